import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECTS_PLAN_FILE, planProjects } from './support/e2e-projects';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));

export default function globalSetup(): void {
  const built = join(appRoot, 'out', 'main', 'web-host.js');
  if (!existsSync(built)) throw new Error('The app is not built: run "npm run build" before the end-to-end tests.');
  const plan = planProjects();
  // Printed once per run, so every log says which host each project ran against, and kept for
  // the summary of `npm test`, which also says why a project was not run.
  for (const project of plan.selected) console.log(`Playwright project ${project.name}: ${project.host}`);
  for (const project of plan.notSelected) console.log(`Playwright project ${project.name} not selected: ${project.reason}`);
  const file = join(appRoot, PROJECTS_PLAN_FILE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(plan, null, 2));
}
