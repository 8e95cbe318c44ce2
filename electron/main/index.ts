// Electron's main process: app lifecycle, the window, the save dialog and the IPC table.
// Everything ClaimMark does lives in services that run in plain Node (see
// claimmark-service.ts); this file only wires them to Electron.

import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session, type IpcMainInvokeEvent } from 'electron';
import { createApiDispatcher } from './api-dispatch';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { APP_START_URL, isAppUrl } from './app-url';
import { ClaimMarkService, hostApi } from './claimmark-service';
import { libraryDir } from './default-data-dir';
import { registerApiHandlers } from './ipc';
import { LibraryStore } from './library/library-store';
import { SAMPLE_ARTICLE_FILE } from './sample-article';
import { mainWindowOptions } from './window-options';

// An ES module has no __dirname; this file is bundled to out/main/index.js.
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');

// What must happen before `ready` happens here, synchronously, before any await.
registerAppScheme();
if (process.env.CLAIMMARK_USER_DATA) app.setPath('userData', process.env.CLAIMMARK_USER_DATA);
if (!app.requestSingleInstanceLock()) {
  app.quit();
  process.exit(0);
}

let mainWindow: BrowserWindow | null = null;

function isOwnWindow(event: IpcMainInvokeEvent): boolean {
  return mainWindow !== null && event.sender === mainWindow.webContents;
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(join(outDir, 'preload', 'index.cjs')));
  const devServer = process.env.ELECTRON_RENDERER_URL;
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url) && !(devServer !== undefined && event.url.startsWith(devServer))) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(!app.isPackaged && devServer !== undefined ? devServer : APP_START_URL);
  return window;
}

async function start(): Promise<void> {
  const service = await ClaimMarkService.open({
    store: new LibraryStore(libraryDir(app.getPath('userData'))),
    sampleArticlePath: join(app.getAppPath(), SAMPLE_ARTICLE_FILE),
    now: () => new Date(),
    newId: randomUUID,
  });

  const api = hostApi(service, async (input) => {
    const file = await service.exportFile(input.articleId);
    const options = {
      title: 'Export claims',
      defaultPath: join(app.getPath('documents'), file.fileName),
      filters: [{ name: 'ClaimMark JSON', extensions: ['json'] }],
    };
    const choice = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { kind: 'cancelled' };
    await writeFile(choice.filePath, file.content, 'utf8');
    return { kind: 'saved', path: choice.filePath, fileName: file.fileName };
  });
  registerApiHandlers(
    createApiDispatcher(api, (message) => console.error(message)),
    isOwnWindow,
  );

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveAppScheme(join(outDir, 'renderer'));

  mainWindow = createMainWindow();

  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    // Quitting waits for saves still in flight.
    event.preventDefault();
    closing = true;
    void service.close().finally(() => app.quit());
  });
}

app.on('second-instance', () => {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

app.on('activate', () => {
  if (mainWindow === null && app.isReady()) mainWindow = createMainWindow();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app
  .whenReady()
  .then(start)
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('ClaimMark cannot start', message);
    app.exit(1);
  });
