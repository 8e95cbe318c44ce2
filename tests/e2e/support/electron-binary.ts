// Whether a real Electron binary is available, decided without triggering the download
// that `require('electron')` would start when the binary is missing. It reads the same
// node_modules/electron/path.txt and dist/ folder that `require('electron')` resolves to.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { found: true; executablePath: string } | { found: false; reason: string };

export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): ElectronBinary {
  if (env.ELECTRON_EXEC_PATH) {
    return existsSync(env.ELECTRON_EXEC_PATH)
      ? { found: true, executablePath: env.ELECTRON_EXEC_PATH }
      : { found: false, reason: `ELECTRON_EXEC_PATH names ${env.ELECTRON_EXEC_PATH}, which does not exist` };
  }
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not installed (node_modules/electron missing)' };
  }
  const missing = { found: false, reason: 'no Electron binary is installed here (node_modules/electron/dist missing)' } as const;
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return missing;
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? { found: true, executablePath: executable } : missing;
}

export function electronExecutable(env: NodeJS.ProcessEnv = process.env): string | null {
  const binary = findElectronBinary(env);
  return binary.found ? binary.executablePath : null;
}
