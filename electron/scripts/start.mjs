// `npm start`: builds ClaimMark and opens it in Electron. Electron downloads its binary on
// first start; where that cannot happen (no internet), this says so plainly and points to
// the browser host instead of failing with a stack trace.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

function run(args, what) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nClaimMark: ${what} failed (exit code ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

function installedElectron(packageDir) {
  if (process.env.ELECTRON_EXEC_PATH) return existsSync(process.env.ELECTRON_EXEC_PATH) ? process.env.ELECTRON_EXEC_PATH : null;
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

run([join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], 'the build');

const electronDir = dirname(require.resolve('electron/package.json'));
let executable = installedElectron(electronDir);
if (executable === null) {
  console.log('ClaimMark: the Electron binary is not installed yet; downloading it (first start only)…');
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  executable = download.status === 0 ? installedElectron(electronDir) : null;
  if (executable === null) {
    // The downloader prints a stack trace; the first line says what went wrong.
    const reason = (download.stderr ?? '').split('\n').find((line) => line.trim() !== '') ?? download.error?.message;
    if (reason) console.error(`Download failed: ${reason.trim()}`);
  }
}
if (executable === null) {
  console.error(
    [
      '',
      'ClaimMark cannot start the desktop app: the Electron binary is not installed and could not be',
      'downloaded (Electron fetches it on first start, which needs internet access).',
      '',
      'Either run "npm start" again on a machine with internet access, or use the browser host,',
      'which runs the same app in your browser on this machine:',
      '',
      '    npm run web',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(executable, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
