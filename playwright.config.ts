import { defineConfig } from '@playwright/test';
import { planProjects } from './tests/e2e/support/e2e-projects';

// Only the projects that can run here are in the config (see tests/e2e/support/e2e-projects.ts):
// the Electron-only specs are left out, never skipped, where there is no Electron binary.
const plan = planProjects();

export default defineConfig({
  globalSetup: './tests/e2e/global-setup.ts',
  projects: plan.selected.map(({ name, testDir, testMatch }) => ({ name, testDir, testMatch })),
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // Generous: CI often runs with both cores busy; no spec relies on how long a step takes.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  outputDir: 'test-results/e2e',
});
