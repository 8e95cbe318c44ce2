// `npm run bench`: builds the app, then runs the core bench in Node (tests/bench/core: saves,
// export, re-anchoring) and the renderer bench in headless Chromium (tests/bench/renderer),
// one after the other, and prints one table of both under a line naming the machine; with
// --json one JSON object instead. --core-only leaves the renderer out; --no-build uses out/
// as it is. Progress goes to stderr. It never fails on a budget, only when a part could not
// run. The vitest micro-benches stay apart: npx vitest bench --run --project unit

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const electronVite = join(dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const parts = [
  { name: 'core', script: join(root, 'tests', 'bench', 'core', 'run-core-bench.mjs') },
  ...(args.includes('--core-only') ? [] : [{ name: 'renderer', script: join(root, 'tests', 'bench', 'renderer', 'run-renderer-bench.mjs') }]),
];

// stdout carries only the report, so that under --json it is the one JSON object.
const run = (script, scriptArgs) => spawnSync(process.execPath, [script, ...scriptArgs], { cwd: root, stdio: ['ignore', process.stderr, 'inherit'] });

const folder = mkdtempSync(join(tmpdir(), 'claimmark-bench-'));
try {
  // Both parts measure the built app: the renderer bench its browser host, the core bench its article worker.
  const build = args.includes('--no-build') ? { status: 0 } : run(electronVite, ['build']);
  let ran = build.status === 0;
  if (!ran) process.stderr.write('bench: the build failed; the parts measure out/ as it was.\n');
  const outcomes = parts.map(({ name, script }) => {
    const handOver = join(folder, `${name}.json`);
    // Each part in its own process, so neither's heap or open handles weigh on the other's figures.
    const result = run(script, ['--figures-out', handOver]);
    if (result.error) process.stderr.write(`bench: the ${name} bench could not start: ${result.error.message}\n`);
    if (result.status !== 0) ran = false;
    return { name, handOver };
  });
  const { module: report } = await runnerImport(fileURLToPath(new URL('bench-report.ts', import.meta.url)), { root, logLevel: 'error' });
  const delivered = report.printReport(outcomes, args.includes('--json'));
  process.exitCode = ran && delivered ? 0 : 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
