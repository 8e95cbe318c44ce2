// `npm run web`: starts the browser host and prints its address.
//   --port <n>        port on 127.0.0.1 (0 = any free port; default 5174)
//   --data-dir <dir>  the library folder (default: the same folder the desktop app uses)
//   --read-only       opens the library without writing to it (read, search and export only)
//   --recovery-dir <dir>  where changes the library folder cannot take are kept
//                     (default: <user folder>/recovery, then <tmp>/claimmark-recovery)
//   [files…]          article files to open, as `claimmark path/to/file` does

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultUserDataDir, libraryDir } from '../host/default-data-dir';
import { defaultRecoveryFolders } from '../host/library/recovery-file';
import { openHost } from '../host/open-host';
import { SAMPLE_ARTICLE_FILE } from '../host/sample-article';
import { startWebHost } from './web-host';

// This file is bundled to out/main/web-host.js; the project root is two folders up.
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function fail(message: string): never {
  process.stderr.write(`claimmark web: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      options: {
        port: { type: 'string', default: '5174' },
        'data-dir': { type: 'string' },
        'read-only': { type: 'boolean', default: false },
        'recovery-dir': { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run web -- [--port <n>] [--data-dir <folder>] [--read-only] [--recovery-dir <folder>] [article files…]`);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  const dataDir = resolve(values['data-dir'] ?? libraryDir(defaultUserDataDir()));
  const recoveryDir = values['recovery-dir'];

  const opened = await openHost({
    dataDir,
    sampleArticlePath: join(appRoot, SAMPLE_ARTICLE_FILE),
    readOnly: values['read-only'],
    recoveryFolders: recoveryDir === undefined ? defaultRecoveryFolders(defaultUserDataDir()) : [resolve(recoveryDir)],
    // The host stays up: the page says the library is read-only, and unsaved changes are kept.
    onLockLost: (error) => process.stderr.write(`claimmark web: lost the lock on ${dataDir}, which is no longer written: ${error.message}\n`),
    onUnreadableFile: (path, error) => fail(`cannot read ${path}: ${error.message}`),
  });
  await opened.queueFiles(positionals);
  const host = await startWebHost({
    service: opened.service,
    rendererDir: join(appRoot, 'out', 'renderer'),
    port,
    log: (message) => process.stderr.write(`${message}\n`),
  });
  const access = opened.libraryAccess();
  const mode = access.state === 'read-only' ? ` (read-only: ${access.reason})` : '';
  process.stdout.write(`ClaimMark browser host\n  data folder: ${dataDir}${mode}\n  open: ${host.url}\n`);

  const stop = (): void => {
    // Saves still in flight finish before the server and then the folder are let go.
    void opened.service
      .close()
      .then(() => host.close())
      .then(() => opened.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') fail('that port is in use; pick another with --port <n> (or --port 0 for any free port).');
  fail(error instanceof Error ? error.message : String(error));
});
