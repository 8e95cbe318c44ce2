// `npm test`: every check, in order: types, lint, build, unit tests, checks of the build
// output and package, end-to-end tests. Stops at the first failing step and ends with
// one line counting every test that ran.

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

if (failedStep !== null) console.log(`\nStopped: ${failedStep} failed.`);
else if (total.skipped > 0) console.log(`\n${total.skipped} tests were skipped; every test must run.`);
else if (total.passed === 0) console.log('\nNo test ran.');
const ok = failedStep === null && total.skipped === 0 && total.passed > 0;
console.log(`\ntests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
