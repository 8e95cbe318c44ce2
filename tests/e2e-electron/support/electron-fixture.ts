// The fixture of the Electron-only specs: a fresh user-data folder per test and `launch`,
// which starts the unpacked app (out/, built first) in the installed Electron binary on it.
// Every app a test launched is closed after it; `close` lets a test quit one earlier.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../e2e/support/electron-binary';

export const APP_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
  /** Quits the app, waiting for it to save and exit. */
  close(): Promise<void>;
}

/** The Electron binary; the `electron` project is only in the config where there is one. */
export function electronPath(): string {
  const binary = findElectronBinary();
  if (!binary.found) throw new Error(`The Electron-only specs need Electron: ${binary.reason}.`);
  return binary.executablePath;
}

/** The environment both a Playwright launch and a plain second launch give the app. */
export function appEnv(userDataDir: string): Record<string, string> {
  const inherited = Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { ...Object.fromEntries(inherited), CLAIMMARK_USER_DATA: userDataDir };
}

export const test = base.extend<{ userDataDir: string; launch: (files?: readonly string[]) => Promise<LaunchedApp> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  userDataDir: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'claimmark-electron-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },
  launch: async ({ userDataDir }, use) => {
    const running = new Set<ElectronApplication>();
    await use(async (files = []) => {
      const app = await electron.launch({ executablePath: electronPath(), args: [APP_ROOT, ...files], env: appEnv(userDataDir) });
      running.add(app);
      const page = await app.firstWindow();
      return {
        app,
        page,
        close: async () => {
          running.delete(app);
          await app.close();
        },
      };
    });
    for (const app of running) await app.close();
  },
});

export { expect } from '@playwright/test';
