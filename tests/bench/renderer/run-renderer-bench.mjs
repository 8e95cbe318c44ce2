// Runs the renderer bench (renderer-bench.ts) through Vite's module runner, which loads the
// TypeScript sources as the app's build does. Usage: node tests/bench/renderer/run-renderer-bench.mjs [--json]

import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../../../', import.meta.url));

try {
  const { module: bench } = await runnerImport(fileURLToPath(new URL('renderer-bench.ts', import.meta.url)), { root, logLevel: 'error' });
  process.exitCode = await bench.runRendererBench(root, process.argv.slice(2));
} catch (error) {
  process.stderr.write(`renderer bench: could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
