// Electron's main process: app lifecycle, the window, the menu, dialogs and the IPC table.
// Everything ClaimMark does lives in services that run in plain Node (see
// claimmark-service.ts); this file only wires them to Electron.

import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, screen, session, shell, type IpcMainInvokeEvent } from 'electron';
import { FILES_WAITING_CHANNEL } from '../../shared/api-methods';
import { APP_COMMAND_CHANNEL, type AppCommand } from '../../shared/app-commands';
import { menuTemplate } from './app-menu';
import { createApiDispatcher } from '../../host/api-dispatch';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { chooseRenderer, isRendererUrl } from './app-url';
import { hostApi } from '../../host/claimmark-service';
import { filesFromCommandLine } from './command-line';
import { libraryDir } from '../../host/default-data-dir';
import { writeExportFile } from '../../host/export-writer';
import { registerApiHandlers } from './ipc';
import { ARTICLE_EXTENSIONS } from '../../host/article-loading/exported-article';
import { defaultRecoveryFolders } from '../../host/library/recovery-file';
import { openHost, type OpenedHost } from '../../host/open-host';
import { SAMPLE_ARTICLE_FILE } from '../../host/sample-article';
import { newMainWindow } from './main-window';
import { timerScheduler } from '../../host/library/save-retry';
import { placeWindow } from './window-placement';
import { WindowStateFile, windowStatePath } from './window-state-file';
import { showRestored, WindowStateKeeper } from './window-state-keeper';

// An ES module has no __dirname; this file is bundled to out/main/index.js.
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');

// What must happen before `ready` happens here, synchronously, before any await.
registerAppScheme();
if (process.env.CLAIMMARK_USER_DATA) app.setPath('userData', process.env.CLAIMMARK_USER_DATA);
if (!app.requestSingleInstanceLock()) {
  app.quit();
  process.exit(0);
}

// Chosen once: the page the window loads and the origin navigation and IPC trust.
const renderer = chooseRenderer(app.isPackaged);
if (renderer.refused !== null) console.error(renderer.refused);

let mainWindow: BrowserWindow | null = null;
let host: OpenedHost | null = null;
/** Set once the saved window state is read, just before the first window is made. */
let windowState: WindowStateKeeper | null = null;

function isOwnWindow(event: IpcMainInvokeEvent): boolean {
  return mainWindow !== null && event.sender === mainWindow.webContents;
}

/**
 * Hands files to the renderer, which opens them exactly as it opens a file the analyst
 * picked or dropped (so a changed version of a known article is offered as an update).
 */
async function queueFiles(paths: readonly string[]): Promise<void> {
  if (host === null) return;
  await host.queueFiles(paths);
  mainWindow?.webContents.send(FILES_WAITING_CHANNEL);
}

async function chooseArticleFiles(): Promise<void> {
  const options = {
    title: 'Open article',
    properties: ['openFile' as const, 'multiSelections' as const],
    filters: [{ name: 'Articles', extensions: ARTICLE_EXTENSIONS.map((extension) => extension.slice(1)) }],
  };
  const choice = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  if (!choice.canceled) await queueFiles(choice.filePaths);
}

function buildMenu(): void {
  const actions = {
    isMac: process.platform === 'darwin',
    send: (command: AppCommand) => mainWindow?.webContents.send(APP_COMMAND_CHANNEL, command),
    openArticles: () => void chooseArticleFiles(),
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions)));
}

function createMainWindow(keeper: WindowStateKeeper): BrowserWindow {
  // The saved place is checked against the displays there are now (one may be unplugged).
  const placed = placeWindow(keeper.state, {
    workAreas: screen.getAllDisplays().map((display) => display.workArea),
    primaryWorkArea: screen.getPrimaryDisplay().workArea,
  });
  const window = newMainWindow(join(outDir, 'preload', 'index.cjs'), placed.bounds);
  keeper.track(window);
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // No <webview> may ever be attached (webviewTag is off; this is the second lock).
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.on('will-navigate', (event) => {
    if (!isRendererUrl(event.url, renderer.devServerOrigin)) event.preventDefault();
  });
  window.once('ready-to-show', () => showRestored(window, placed));
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(renderer.startUrl);
  return window;
}

async function start(): Promise<void> {
  const folder = libraryDir(app.getPath('userData'));
  // A browser host may be running on the same folder; two writers must never share it.
  const opened = await openHost({
    dataDir: folder,
    sampleArticlePath: join(app.getAppPath(), SAMPLE_ARTICLE_FILE),
    readOnly: process.argv.includes('--read-only'),
    recoveryFolders: defaultRecoveryFolders(app.getPath('userData')),
    // Not fatal: the window says the library is read-only, and unsaved changes are kept.
    onLockLost: (error) => console.error(`ClaimMark lost its lock on ${folder}, which it no longer writes: ${error.message}`),
    onUnreadableFile: (path, error) => dialog.showErrorBox('ClaimMark cannot open this file', `${path}\n\n${error.message}`),
  });
  host = opened;

  const api = hostApi(opened.service, {
    exportClaims: async (input) => {
      const file = await opened.service.exportFile(input);
      const extension = extname(file.fileName).slice(1);
      const options = {
        title: 'Export claims',
        defaultPath: join(app.getPath('documents'), file.fileName),
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      };
      const choice = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { kind: 'cancelled' };
      // Piece by piece into a file beside the chosen one, renamed over it once complete.
      await writeExportFile(choice.filePath, file.chunks);
      return { kind: 'saved', path: choice.filePath, fileName: file.fileName, remarks: file.remarks };
    },
    // The contract only lets http(s) URLs through; the renderer asks only on a click.
    openExternal: async (input) => {
      await shell.openExternal(input.url); /* eng-disable OPEN_EXTERNAL_JS_CHECK -- only http(s) URLs pass the schema, after a click */
      return { opened: true };
    },
  });
  registerApiHandlers(
    createApiDispatcher(api, (message) => console.error(message)),
    isOwnWindow,
    renderer.devServerOrigin,
  );

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveAppScheme(join(outDir, 'renderer'));
  buildMenu();

  // Files named on the command line wait for the renderer, which asks for them when it starts.
  await queueFiles(filesFromCommandLine(process.argv, { isPackaged: app.isPackaged, cwd: process.cwd() }));

  const stateFile = new WindowStateFile(windowStatePath(app.getPath('userData')));
  const saved = await stateFile.read();
  if (saved.problem !== null) console.error(`The window opens at its default size: ${saved.problem}`);
  const keeper = new WindowStateKeeper(
    {
      scheduler: timerScheduler,
      write: (state) => stateFile.write(state),
      onWriteError: (error) => console.error('The window size and position were not saved:', error),
    },
    saved.state,
  );
  windowState = keeper;
  mainWindow = createMainWindow(keeper);

  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    // Quitting waits for saves still in flight, the window's place among them.
    event.preventDefault();
    closing = true;
    void Promise.allSettled([keeper.saveNow(), opened.close()]).finally(() => app.quit());
  });
}

// A second launch (say, `claimmark other-article.html`) hands its files to this one.
app.on('second-instance', (_event, argv, workingDirectory) => {
  void queueFiles(filesFromCommandLine(argv, { isPackaged: app.isPackaged, cwd: workingDirectory }));
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

app.on('activate', () => {
  if (mainWindow === null && windowState !== null) mainWindow = createMainWindow(windowState);
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
