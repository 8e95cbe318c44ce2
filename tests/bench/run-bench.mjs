// `npm run bench`: the vitest benches of the core, then the renderer bench in Chromium
// (tests/bench/renderer). With --json only the renderer bench's JSON goes to stdout.

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

const run = (script, scriptArgs, stdout) =>
  spawnSync(process.execPath, [script, ...scriptArgs], { cwd: root, stdio: ['inherit', stdout, 'inherit'] });

// Under --json the vitest report goes to stderr, so stdout is the renderer bench's one JSON object.
const core = run(vitest, ['bench', '--run', '--project', 'unit'], json ? process.stderr : 'inherit');
const renderer = run(join(root, 'tests', 'bench', 'renderer', 'run-renderer-bench.mjs'), args, 'inherit');
for (const [name, result] of [['vitest bench', core], ['renderer bench', renderer]]) {
  if (result.error) process.stderr.write(`${name} could not start: ${result.error.message}\n`);
}
process.exitCode = core.status === 0 && renderer.status === 0 ? 0 : 1;
