// Runs the core bench (core-bench.ts) through Vite's module runner, which loads the
// TypeScript sources as the app's build does. It needs the main build (`npx electron-vite
// build`, which `npm run bench` runs first): the hosts' article worker is taken from out/main.
// Usage: node tests/bench/core/run-core-bench.mjs [--json] [--import-only | --reanchor-only]

import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const builtMain = join(root, 'out', 'main');
const hostFolder = join(root, 'host') + sep;

// The build puts every host module in out/main and finds files of its own (the article worker)
// beside itself; run from their sources here, host modules look for those files there too.
const hostAsBuilt = {
  name: 'claimmark-host-as-built',
  transform(code, id) {
    if (!id.startsWith(hostFolder) || !code.includes('import.meta.url')) return null;
    return { code: code.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(join(builtMain, 'host.js')).href)), map: null };
  },
};

if (!existsSync(builtMain)) {
  process.stderr.write(`core bench: the built app is missing (${builtMain}); run "npx electron-vite build" first.\n`);
  process.exitCode = 1;
} else {
  try {
    const { module: bench } = await runnerImport(fileURLToPath(new URL('core-bench.ts', import.meta.url)), { root, logLevel: 'error', plugins: [hostAsBuilt] });
    process.exitCode = await bench.runCoreBench(root, process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`core bench: could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
