// The one fixture every end-to-end spec uses: a running ClaimMark on a fresh data folder,
// either the Electron app or the browser host in Chromium (see support/host-choice.ts).
// Specs see the same surface either way: the page, restart(), and exportFile().

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  _electron as electron,
  chromium,
  expect,
  test as base,
  type Browser,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { chooseHost, type HostChoice } from './support/host-choice';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));
const webHostScript = join(appRoot, 'out', 'main', 'web-host.js');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--no-first-run',
];

export interface ClaimMarkApp {
  host: HostChoice['kind'];
  page: Page;
  /** The folder holding library.json and articles/. */
  dataDir: string;
  /**
   * Quits the app (waiting for it to exit) and starts it again: on the same data, or on a new,
   * empty data folder (another analyst's machine, say); optionally with files on its command line.
   */
  restart(options?: { files?: string[]; freshData?: boolean; readOnly?: boolean }): Promise<void>;
  /** Presses "Export", makes the choices given in the dialog, saves, and returns the file's name and text. */
  exportFile(choices?: ExportChoices): Promise<{ fileName: string; content: string }>;
  /** Runs `save` (which presses "Save export" in the open dialog, by mouse or keyboard) and returns the file written. */
  saveExport(save: () => Promise<void>): Promise<{ fileName: string; content: string }>;
  /** Every URL the app's page has requested since it started (or restarted). */
  requests: string[];
  /** The origin the app's own page is served from. */
  appOrigin(): string;
}

export interface ExportChoices {
  /** The format's label in the dialog, e.g. "CSV spreadsheet". */
  format?: string;
  scope?: 'This article' | 'The whole library';
  publisher?: string;
  reviewPageUrl?: string;
  /** "Your name" for the W3C formats. */
  annotator?: string;
}

interface RunningHost {
  page: Page;
  stop(): Promise<void>;
}

function startWebHostProcess(dataDir: string, args: readonly string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [webHostScript, '--port', '0', '--data-dir', dataDir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The browser host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /open: (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser host exited with code ${code}:\n${output}`));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function startBrowserHost(browser: Browser, dataDir: string, files: readonly string[]): Promise<RunningHost> {
  const { child, url } = await startWebHostProcess(dataDir, files);
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(url);
  return {
    page,
    stop: async () => {
      await context.close();
      await stopProcess(child);
    },
  };
}

async function startElectron(
  executablePath: string,
  userDataDir: string,
  files: readonly string[],
): Promise<RunningHost & { app: ElectronApplication }> {
  const app = await electron.launch({
    executablePath,
    args: [appRoot, ...files],
    env: { ...process.env, CLAIMMARK_USER_DATA: userDataDir },
  });
  const page = await app.firstWindow();
  return { app, page, stop: () => app.close() };
}

export const test = base.extend<{ app: ClaimMarkApp }, { hostChoice: HostChoice; chromiumBrowser: Browser | null }>({
  hostChoice: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      await use(chooseHost());
    },
    { scope: 'worker' },
  ],
  chromiumBrowser: [
    async ({ hostChoice }, use) => {
      if (hostChoice.kind !== 'browser') {
        // The Electron host brings its own Chromium.
        await use(null);
        return;
      }
      const browser = await chromium.launch({ executablePath: hostChoice.browser.executablePath, args: CHROMIUM_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ hostChoice, chromiumBrowser }, use, testInfo) => {
    const root = await mkdtemp(join(tmpdir(), 'claimmark-e2e-'));
    let userDataDir = join(root, 'user-data');
    // Electron keeps its library in <userData>/library; the browser host is pointed at the same place.
    const libraryOf = (folder: string) => join(folder, 'library');
    // `files` may start with --read-only, which both hosts take.
    const launch = (files: readonly string[] = []): Promise<RunningHost> => {
      if (hostChoice.kind === 'electron') return startElectron(hostChoice.executablePath, userDataDir, files);
      if (chromiumBrowser === null) throw new Error('The browser host needs Chromium, and none was launched.');
      return startBrowserHost(chromiumBrowser, libraryOf(userDataDir), files);
    };

    const requests: string[] = [];
    const record = (page: Page) => page.on('request', (request) => requests.push(request.url()));
    let running = await launch();
    record(running.page);
    const app: ClaimMarkApp = {
      host: hostChoice.kind,
      page: running.page,
      dataDir: libraryOf(userDataDir),
      requests,
      appOrigin: () => new URL(app.page.url()).origin,
      async restart(options) {
        await running.stop();
        if (options?.freshData) {
          userDataDir = join(root, `user-data-${Date.now()}`);
          app.dataDir = libraryOf(userDataDir);
        }
        running = await launch([...(options?.readOnly === true ? ['--read-only'] : []), ...(options?.files ?? [])]);
        requests.length = 0;
        record(running.page);
        app.page = running.page;
      },
      async exportFile(choices = {}) {
        const page = app.page;
        await page.getByRole('button', { name: 'Export', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'Export claims' });
        if (choices.scope !== undefined) await dialog.getByRole('radio', { name: choices.scope }).check();
        if (choices.format !== undefined) await dialog.getByRole('radio', { name: choices.format }).check();
        if (choices.publisher !== undefined) await dialog.getByLabel('Organisation', { exact: true }).fill(choices.publisher);
        if (choices.reviewPageUrl !== undefined) await dialog.getByLabel('Page publishing these fact checks').fill(choices.reviewPageUrl);
        if (choices.annotator !== undefined) await dialog.getByLabel('Your name').fill(choices.annotator);
        return app.saveExport(() => dialog.getByRole('button', { name: 'Save export' }).click());
      },
      async saveExport(save) {
        const page = app.page;
        if (hostChoice.kind === 'browser') {
          const download = page.waitForEvent('download');
          await save();
          const saved = await download;
          return { fileName: saved.suggestedFilename(), content: await readFile(await saved.path(), 'utf8') };
        }
        const target = testInfo.outputPath(`export-${Date.now()}`);
        const electronApp = (running as RunningHost & { app: ElectronApplication }).app;
        await electronApp.evaluate(({ dialog: electronDialog }, filePath) => {
          electronDialog.showSaveDialog = ((_window: unknown, options: { defaultPath?: string }) =>
            Promise.resolve({ canceled: false, filePath: `${filePath}-${(options.defaultPath ?? '').split(/[\\/]/).pop() ?? ''}` })) as typeof electronDialog.showSaveDialog;
        }, target);
        await save();
        const notice = page.getByRole('status').filter({ hasText: 'Exported to' });
        await expect(notice).toBeVisible();
        // What the export left out follows the path after " — ".
        const path = ((await notice.textContent()) ?? '').replace(/^Exported to /, '').replace(/Dismiss$/, '').split(' — ')[0]?.trim() ?? '';
        return { fileName: path.slice(`${target}-`.length), content: await readFile(path, 'utf8') };
      },
    };
    await use(app);
    await running.stop();
    await rm(root, { recursive: true, force: true });
  },
});

export { expect };
