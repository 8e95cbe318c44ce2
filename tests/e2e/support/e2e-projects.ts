// Which Playwright projects a run selects, and on which host each runs: `e2e` always (the
// user flows, on Electron or the browser host), `electron` only where an Electron binary is
// installed, `packaged` only where electron-builder has left a packaged app in dist/. A
// project that cannot run here is left out of the config rather than skipped, and the
// reason is kept for the summary of `npm test` (tests/run-all.mjs).

import { findPackagedBinary } from '../../e2e-electron/support/packaged-binary';
import { findElectronBinary } from './electron-binary';
import { chooseHost, hostSummary } from './host-choice';

export interface ProjectPlan {
  name: string;
  testDir: string;
  testMatch: string;
  /** Which host the project's specs run against, as the summary prints it. */
  host: string;
}

export interface ProjectsPlan {
  selected: ProjectPlan[];
  notSelected: { name: string; reason: string }[];
}

/** Written by the global setup, read by tests/run-all.mjs. */
export const PROJECTS_PLAN_FILE = 'test-results/e2e-projects.json';

export function planProjects(env: NodeJS.ProcessEnv = process.env): ProjectsPlan {
  const plan: ProjectsPlan = {
    selected: [{ name: 'e2e', testDir: './tests/e2e', testMatch: '**/*.spec.ts', host: hostSummary(chooseHost(env)) }],
    notSelected: [],
  };
  const electron = findElectronBinary(env);
  if (electron.found) {
    plan.selected.push({
      name: 'electron',
      testDir: './tests/e2e-electron',
      testMatch: 'electron-*.spec.ts',
      host: `Electron (${electron.executablePath}), launched by each spec`,
    });
  } else {
    plan.notSelected.push({ name: 'electron', reason: electron.reason });
  }
  const packaged = findPackagedBinary();
  if (packaged.found) {
    plan.selected.push({
      name: 'packaged',
      testDir: './tests/e2e-electron',
      testMatch: 'packaged-*.spec.ts',
      host: `the packaged app (${packaged.executablePath}), read, not started`,
    });
  } else {
    plan.notSelected.push({ name: 'packaged', reason: packaged.reason });
  }
  return plan;
}
