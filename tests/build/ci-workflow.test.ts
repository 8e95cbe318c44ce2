// The release pipeline (.github/workflows/ci.yml), checked where it cannot run: that GitHub
// would accept it (its workflow schema, through action-validator), that it runs the README's
// test command on all three systems with Electron, and that it keeps the installers
// electron-builder.yml names.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const read = (path: string): string => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
const workflowText = read('.github/workflows/ci.yml');

interface Step {
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { 'runs-on': string; env: Record<string, string>; strategy: { matrix: { os: string[] } }; steps: Step[] }>;
}
const job = (parseYaml(workflowText) as Workflow).jobs['test-and-package'];

/** The command the README's quick start gives for running every check and test, after the install. */
function readmeTestCommand(): string {
  const quickStart = /## Quick start\n+```sh\n([\s\S]*?)```/.exec(read('README.md'))?.[1] ?? '';
  const line = quickStart.split('\n').find((entry) => entry.includes('run every check and test')) ?? '';
  return /&&\s*(.*?)\s*#/.exec(line)?.[1] ?? '';
}

/** Every [path, title] of an answer, those of the alternatives a `oneOf` tried included. */
function problems(errors: readonly ValidationError[]): string[] {
  return errors.flatMap((error) => [
    `${'path' in error ? error.path : ''} ${error.title}`,
    ...('states' in error && error.states ? error.states.flatMap((state) => problems(state.errors)) : []),
  ]);
}

describe('the CI workflow', () => {
  it('is a workflow GitHub accepts', () => {
    expect(validateWorkflow(workflowText).errors).toEqual([]);
  });

  it('runs exactly the README’s test command, on a virtual display on Linux', () => {
    expect(readmeTestCommand()).toBe('npm test');
    const testSteps = (job?.steps ?? []).filter((step) => step.name?.startsWith('Test'));
    expect(testSteps.map((step) => [step.if, step.run])).toEqual([
      ["runner.os == 'Linux'", `xvfb-run -a --server-args="-screen 0 1920x1080x24" ${readmeTestCommand()}`],
      ["runner.os != 'Linux'", readmeTestCommand()],
    ]);
  });

  it('tests on Windows, macOS and Linux with Node 22 and the Electron binary, in Electron', () => {
    expect(job?.strategy.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(job?.['runs-on']).toBe('${{ matrix.os }}');
    expect(job?.env.CLAIMMARK_E2E_HOST).toBe('electron');
    const steps = job?.steps ?? [];
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(22);
    const order = ['npm ci', 'npx install-electron', 'npm test', 'npx electron-builder --publish never', 'npx playwright test --project packaged'];
    // Each where it must be: installed, then tested, then packaged, then the package checked.
    expect(order.map((command) => steps.findIndex((step) => step.run?.endsWith(command)))).toEqual([3, 4, 5, 8, 9]);
  });

  it('builds every installer electron-builder.yml names, unsigned, and keeps them as artefacts', () => {
    const builder = parseYaml(read('electron-builder.yml')) as Record<'win' | 'mac' | 'linux', { target: string[] }>;
    expect([...builder.win.target, ...builder.mac.target, ...builder.linux.target]).toEqual(['nsis', 'dmg', 'AppImage', 'deb']);
    expect(job?.env.CSC_IDENTITY_AUTO_DISCOVERY).toBe('false');
    const upload = job?.steps.find((step) => step.name === 'Upload the installers');
    expect(upload?.uses).toBe('actions/upload-artifact@v4');
    expect(String(upload?.with?.path).trim().split('\n')).toEqual(['dist/*.exe', 'dist/*.dmg', 'dist/*.AppImage', 'dist/*.deb']);
    expect(upload?.with?.['if-no-files-found']).toBe('error');
  });
});

describe('the workflow check', () => {
  it('reports a job without runs-on', () => {
    const broken = workflowText.replace('    runs-on: ${{ matrix.os }}\n', '');
    expect(broken).not.toBe(workflowText);
    expect(problems(validateWorkflow(broken).errors)).toContain('/jobs/test-and-package/runs-on This property is required');
  });

  it('reports a step that both uses an action and runs a command', () => {
    const broken = workflowText.replace('        run: npm ci\n', '        run: npm ci\n        uses: actions/setup-node@v4\n');
    expect(broken).not.toBe(workflowText);
    expect(problems(validateWorkflow(broken).errors)).toContain('/jobs/test-and-package/steps/3 OneOf conditions are not met');
  });
});
