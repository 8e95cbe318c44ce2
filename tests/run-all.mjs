// `npm test`: every check, in order: types, lint, build, unit tests, checks of the build
// output and package, end-to-end tests. Stops at the first failing step and ends with
// one line counting every test that ran, after the Playwright projects that ran, on which host,
// and why any other did not (tests/e2e/support/e2e-projects.ts decides which can run here).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const steps = [
  { name: 'typecheck', args: [bin('typescript', 'bin/tsc'), '-b', 'tsconfig.json'] },
  { name: 'lint', args: [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0'] },
  { name: 'build', args: [bin('electron-vite', 'bin/electron-vite.js'), 'build'] },
  {
    name: 'unit tests',
    args: [bin('vitest', 'vitest.mjs'), 'run', '--project', 'unit', '--project', 'unit-isolated', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'unit.json')}`],
    report: { kind: 'vitest', file: join(results, 'unit.json') },
  },
  {
    name: 'integration tests',
    args: [bin('vitest', 'vitest.mjs'), 'run', '--project', 'integration', '--project', 'integration-isolated', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'integration.json')}`],
    report: { kind: 'vitest', file: join(results, 'integration.json') },
  },
  {
    name: 'build and package checks',
    args: [bin('vitest', 'vitest.mjs'), 'run', '--project', 'build', '--reporter=default', '--reporter=json', `--outputFile.json=${join(results, 'build.json')}`],
    report: { kind: 'vitest', file: join(results, 'build.json') },
  },
  {
    name: 'end-to-end tests',
    args: [bin('@playwright/test', 'cli.js'), 'test'],
    report: { kind: 'playwright', file: join(results, 'e2e-results.json') },
  },
];

function count(report) {
  if (!existsSync(report.file)) return { passed: 0, failed: 0, skipped: 0 };
  const data = JSON.parse(readFileSync(report.file, 'utf8'));
  if (report.kind === 'vitest') {
    return {
      passed: data.numPassedTests,
      failed: data.numFailedTests,
      skipped: data.numPendingTests + data.numTodoTests,
    };
  }
  return {
    passed: data.stats.expected,
    failed: data.stats.unexpected + data.stats.flaky,
    skipped: data.stats.skipped,
  };
}

/** How many tests of each Playwright project the JSON report holds. */
function testsPerProject(file) {
  const perProject = new Map();
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const run of spec.tests ?? []) perProject.set(run.projectName, (perProject.get(run.projectName) ?? 0) + 1);
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of JSON.parse(readFileSync(file, 'utf8')).suites ?? []) visit(suite);
  return perProject;
}

/** "Playwright project e2e: 31 tests on …" per project that ran, and why each other did not. */
function projectsSummary() {
  const planFile = join(results, 'e2e-projects.json');
  const reportFile = join(results, 'e2e-results.json');
  if (!existsSync(planFile) || !existsSync(reportFile)) return [];
  const plan = JSON.parse(readFileSync(planFile, 'utf8'));
  const ran = testsPerProject(reportFile);
  return [
    ...plan.selected.map((project) =>
      ran.has(project.name)
        ? `Playwright project ${project.name}: ${ran.get(project.name)} test${ran.get(project.name) === 1 ? '' : 's'} on ${project.host}`
        : `${project.name} project not run: not among the projects asked for`,
    ),
    ...plan.notSelected.map((project) => `${project.name} project not run: ${project.reason}`),
  ];
}

const total = { passed: 0, failed: 0, skipped: 0 };
let failedStep = null;
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, step.args, { cwd: root, stdio: 'inherit' });
  if (step.report) {
    const counted = count(step.report);
    total.passed += counted.passed;
    total.failed += counted.failed;
    total.skipped += counted.skipped;
  }
  console.log(`--- ${step.name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) {
    failedStep = step.name;
    break;
  }
}

const projects = projectsSummary();
if (projects.length > 0) console.log(`\n${projects.join('\n')}`);
if (failedStep !== null) console.log(`\nStopped: ${failedStep} failed.`);
else if (total.skipped > 0) console.log(`\n${total.skipped} tests were skipped; every test must run.`);
else if (total.passed === 0) console.log('\nNo test ran.');
const ok = failedStep === null && total.skipped === 0 && total.passed > 0;
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
