// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
// item by item. Electron cannot start here, so `electron` is replaced by recorders and the
// real main process (electron/main/index.ts) and preload run against them: the checks are on
// what the shell does (the window it makes, the handlers it installs and how they answer),
// plus what the built bundle (out/) ships and the browser host serves.

import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../host/content-security-policy';
import { apiContract, type ApiResult } from '../../shared/api';
import { apiChannel, type ApiTransport } from '../../shared/api-methods';
import { startHost } from '../faults/web-host-process';

type Listener = (...args: unknown[]) => unknown;
interface ShellEvent {
  url?: string;
  preventDefault: () => void;
}

const electron = vi.hoisted(() => {
  const deferred = <T>() => {
    let resolve: (value: T) => void = () => undefined;
    let reject: (error: Error) => void = () => undefined;
    const promise = new Promise<T>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    return { promise, resolve, reject };
  };
  const ready = deferred<void>();
  const windowLoaded = deferred<string>();
  const quit = deferred<void>();
  const state = {
    isReady: false,
    paths: new Map<string, string>(),
    /** Whether registerSchemesAsPrivileged ran while the app was not yet ready, as Electron requires. */
    schemesRegisteredBeforeReady: null as boolean | null,
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcHandlers: new Map<string, Listener>(),
    appListeners: new Map<string, Listener>(),
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    errorBoxes: [] as string[],
    opened: [] as string[],
    fetched: [] as string[],
    exposed: [] as [string, unknown][],
    invoked: [] as [string, unknown][],
    /** What the preload listens to on ipcRenderer, by channel. */
    rendererListeners: new Map<string, Listener>(),
    /** The template of the application menu. */
    menu: null as unknown,
  };

  class FakeWebContents {
    readonly listeners = new Map<string, Listener>();
    windowOpenHandler: Listener | null = null;
    readonly sent: string[] = [];
    setWindowOpenHandler(handler: Listener): void {
      this.windowOpenHandler = handler;
    }
    on(name: string, listener: Listener): void {
      this.listeners.set(name, listener);
    }
    readonly sentArgs: unknown[][] = [];
    send(channel: string, ...args: unknown[]): void {
      this.sent.push(channel);
      this.sentArgs.push([channel, ...args]);
    }
  }

  // One 1920 × 1080 display with a 40 px task bar.
  const workArea = { x: 0, y: 0, width: 1920, height: 1040 };

  class FakeWindow {
    static readonly made: FakeWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly loadedUrls: string[] = [];
    readonly loadedFiles: string[] = [];
    readonly listeners = new Map<string, Listener[]>();
    constructor(readonly options: { x?: number; y?: number; width?: number; height?: number; webPreferences?: Record<string, unknown> }) {
      FakeWindow.made.push(this);
    }
    getNormalBounds(): { x: number; y: number; width: number; height: number } {
      const { x = 0, y = 0, width = 0, height = 0 } = this.options;
      return { x, y, width, height };
    }
    isMaximized(): boolean {
      return false;
    }
    isFullScreen(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    isDestroyed(): boolean {
      return false;
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrls.push(url);
      windowLoaded.resolve(url);
      return Promise.resolve();
    }
    loadFile(path: string): Promise<void> {
      this.loadedFiles.push(path);
      return Promise.resolve();
    }
    once(): void {}
    on(name: string, listener: Listener): void {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    }
    show(): void {}
  }

  const module = {
    app: {
      isPackaged: false,
      setPath: (name: string, path: string) => void state.paths.set(name, path),
      getPath: (name: string) => state.paths.get(name) ?? join(tmpdir(), `claimmark-checklist-${name}`),
      getAppPath: () => fileURLToPath(new URL('../..', import.meta.url)),
      requestSingleInstanceLock: () => true,
      whenReady: () => ready.promise,
      isReady: () => state.isReady,
      on: (name: string, listener: Listener) => void state.appListeners.set(name, listener),
      quit: () => quit.resolve(),
      exit: (code: number) => windowLoaded.reject(new Error(`the app exited (${code}): ${state.errorBoxes.join('\n')}`)),
    },
    BrowserWindow: FakeWindow,
    screen: {
      getAllDisplays: () => [{ workArea }],
      getPrimaryDisplay: () => ({ workArea }),
    },
    dialog: {
      showErrorBox: (title: string, content: string) => void state.errorBoxes.push(`${title}: ${content}`),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => void (state.menu = menu),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => void (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => void (state.permissionCheck = handler),
      },
    },
    shell: {
      openExternal: (url: string) => {
        state.opened.push(url);
        return Promise.resolve();
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => void state.ipcHandlers.set(channel, handler),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        state.schemesRegisteredBeforeReady = !state.isReady;
        state.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void state.protocolHandlers.set(scheme, handler),
    },
    net: {
      fetch: (url: string) => {
        state.fetched.push(url);
        return Promise.resolve(new Response('<!DOCTYPE html><title>ClaimMark</title>', { headers: { 'Content-Type': 'text/html' } }));
      },
    },
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => void state.exposed.push([key, api]),
    },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        state.invoked.push([channel, input]);
        return Promise.resolve({ ok: true, value: null });
      },
      on: (channel: string, listener: Listener) => void state.rendererListeners.set(channel, listener),
      removeListener: () => undefined,
    },
  };
  return { module, state, ready, windowLoaded, quit, FakeWindow };
});

vi.mock('electron', () => electron.module);
// The main process runs from its sources here; its article worker is the built one (this
// project runs after the build), as it sits next to the bundled main process in out/main.
vi.mock('../../host/article-loading/article-worker-pool', async (original) => {
  const actual = await original<typeof import('../../host/article-loading/article-worker-pool')>();
  const built = new URL('../../out/main/article-worker.js', import.meta.url);
  return { ...actual, ArticleWorkerPool: class extends actual.ArticleWorkerPool { constructor() { super(built); } } };
});

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFile(join(root, path), 'utf8');
const { state, FakeWindow } = electron;

/** Every file of the built app (out/): what actually ships. */
async function bundle(): Promise<{ path: string; text: string }[]> {
  const entries = await readdir(join(root, 'out'), { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && /\.(js|cjs|mjs|html)$/.test(entry.name));
  return Promise.all(files.map(async (entry) => {
    const path = join(entry.parentPath, entry.name);
    return { path, text: await readFile(path, 'utf8') };
  }));
}

let built: { path: string; text: string }[] = [];
let userData = '';
let savedArgv: string[] = [];
let savedRendererUrl: string | undefined;

/** The files of the bundle in which `pattern` occurs; minified code writes `true` as `!0`. */
function inBundle(pattern: RegExp): string[] {
  return built.filter((file) => pattern.test(file.text)).map((file) => file.path);
}

function theWindow(): InstanceType<typeof FakeWindow> {
  expect(FakeWindow.made).toHaveLength(1);
  const [window] = FakeWindow.made;
  if (window === undefined) throw new Error('no window was made');
  return window;
}

const preferences = (): Record<string, unknown> => theWindow().options.webPreferences ?? {};

function shellEvent(url?: string): ShellEvent & { prevented: () => boolean } {
  let prevented = false;
  return {
    url,
    preventDefault: () => {
      prevented = true;
    },
    prevented: () => prevented,
  };
}

/** Calls an API method's IPC handler as a page in `url` inside a window whose webContents is `sender`. */
function invoke(method: Parameters<typeof apiChannel>[0], sender: unknown, url: string, input: unknown): Promise<ApiResult> {
  const handler = state.ipcHandlers.get(apiChannel(method));
  if (handler === undefined) throw new Error(`no IPC handler for ${method}`);
  return handler({ sender, senderFrame: { url } }, input) as Promise<ApiResult>;
}

const REFUSED = { ok: false, error: { code: 'invalid-input', message: 'Refused: the request did not come from ClaimMark.' } };

beforeAll(async () => {
  built = await bundle();
  userData = await mkdtemp(join(tmpdir(), 'claimmark-checklist-'));
  savedArgv = process.argv;
  savedRendererUrl = process.env.ELECTRON_RENDERER_URL;
  // As `electron .` starts it unpacked, with no article named and no dev server.
  process.argv = [process.execPath, root];
  delete process.env.ELECTRON_RENDERER_URL;
  process.env.CLAIMMARK_USER_DATA = userData;
  await import('../../electron/main/index');
  state.isReady = true;
  electron.ready.resolve();
  await electron.windowLoaded.promise;
  await import('../../electron/preload/index');
});

afterAll(async () => {
  process.argv = savedArgv;
  if (savedRendererUrl !== undefined) process.env.ELECTRON_RENDERER_URL = savedRendererUrl;
  delete process.env.CLAIMMARK_USER_DATA;
  // Quitting lets go of the library folder, so the temp folder can go.
  state.appListeners.get('before-quit')?.(shellEvent());
  await electron.quit.promise;
  await rm(userData, { recursive: true, force: true });
});

const checklist: [number, string, () => void | Promise<void>][] = [
  [1, 'only secure content: the window loads the app scheme, nothing remote', () => {
    expect(theWindow().loadedUrls).toEqual(['claimmark://app/index.html']);
    expect(inBundle(/claimmark:\/\/app\/index\.html/).map((path) => path.slice(root.length))).toEqual(['out/main/index.js']);
    const html = built.find((file) => file.path === join(root, 'out/renderer/index.html'))?.text ?? '';
    expect(html).toContain('<div id="root">');
    expect(html).not.toMatch(/https?:\/\//);
  }],
  [2, 'no Node.js integration for any content', () => {
    expect(preferences()).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
    expect(inBundle(/nodeIntegration\w*["']?\s*:\s*(true|!0)/)).toEqual([]);
  }],
  [3, 'context isolation', () => expect(preferences().contextIsolation).toBe(true)],
  [4, 'process sandboxing', () => {
    expect(preferences().sandbox).toBe(true);
    expect(inBundle(/sandbox["']?\s*:\s*(false|!1)/)).toEqual([]);
  }],
  [5, 'permission requests denied', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = [];
      state.permissionRequest?.(theWindow().webContents, permission, (granted: boolean) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(state.permissionCheck?.(theWindow().webContents, permission, 'claimmark://app', {})).toBe(false);
    }
  }],
  [6, 'webSecurity never disabled', () => {
    expect(preferences().webSecurity).toBe(true);
    expect(inBundle(/webSecurity["']?\s*:\s*(false|!1)/)).toEqual([]);
  }],
  [7, 'a Content-Security-Policy, in the page and as a header from both hosts', async () => {
    expect(built.find((file) => file.path.endsWith('index.html'))?.text).toMatch(/http-equiv="Content-Security-Policy"/);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    // The Electron shell's app scheme…
    const serve = state.protocolHandlers.get('claimmark');
    if (serve === undefined) throw new Error('the app scheme is not served');
    const page = await serve(new Request('claimmark://app/index.html'));
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(state.fetched.at(-1)).toBe(pathToFileURL(join(root, 'electron', 'renderer', 'index.html')).toString());
    // …and the browser host, as built.
    const dataDir = await mkdtemp(join(tmpdir(), 'claimmark-checklist-web-'));
    const web = await startHost(dataDir);
    try {
      const response = await fetch(`${web.origin}/?token=${web.token}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    } finally {
      web.child.kill('SIGTERM');
      await web.exited;
      await rm(dataDir, { recursive: true, force: true });
    }
  }],
  [8, 'no insecure content', () => {
    expect(preferences().allowRunningInsecureContent).toBe(false);
    expect(inBundle(/allowRunningInsecureContent["']?\s*:\s*(true|!0)/)).toEqual([]);
  }],
  [9, 'no experimental features', () => {
    expect(preferences().experimentalFeatures).toBe(false);
    expect(inBundle(/experimentalFeatures["']?\s*:\s*(true|!0)/)).toEqual([]);
  }],
  [10, 'no enableBlinkFeatures', () => {
    expect(preferences()).not.toHaveProperty('enableBlinkFeatures');
    expect(inBundle(/enableBlinkFeatures/)).toEqual([]);
  }],
  [11, 'no <webview> (so no allowpopups)', () => {
    expect(preferences().webviewTag).toBe(false);
    expect(inBundle(/<webview|allowpopups/i)).toEqual([]);
  }],
  [12, 'webview attachment refused', () => {
    const event = shellEvent();
    theWindow().webContents.listeners.get('will-attach-webview')?.(event, {}, {});
    expect(event.prevented()).toBe(true);
  }],
  [13, 'navigation limited to the app', () => {
    const navigate = theWindow().webContents.listeners.get('will-navigate');
    if (navigate === undefined) throw new Error('no will-navigate handler');
    for (const [url, refused] of [
      ['https://evil.example/', true],
      ['file:///etc/passwd', true],
      ['claimmark://elsewhere/index.html', true],
      ['http://localhost:5173/', true],
      ['claimmark://app/x', false],
      ['claimmark://app/index.html', false],
    ] as const) {
      const event = shellEvent(url);
      navigate(event);
      expect([url, event.prevented()]).toEqual([url, refused]);
    }
  }],
  [14, 'new windows denied', () => {
    const open = theWindow().webContents.windowOpenHandler;
    for (const url of ['https://example.org/', 'claimmark://app/index.html', 'about:blank']) {
      expect(open?.({ url, frameName: '', features: '', disposition: 'new-window' })).toEqual({ action: 'deny' });
    }
  }],
  [15, 'shell.openExternal only for http(s) URLs the contract lets through', async () => {
    expect(inBundle(/shell\.openExternal\(/).map((path) => path.slice(root.length))).toEqual(['out/main/index.js']);
    const own = theWindow().webContents;
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'data:text/html,x']) {
      expect(apiContract.openExternal.input.safeParse({ url }).success).toBe(false);
      expect(await invoke('openExternal', own, 'claimmark://app/index.html', { url })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(state.opened).toEqual([]);
    expect(await invoke('openExternal', own, 'claimmark://app/index.html', { url: 'https://example.org/report' })).toEqual({ ok: true, value: { opened: true } });
    expect(state.opened).toEqual(['https://example.org/report']);
  }],
  [16, 'a current Electron', async () => {
    const installed = JSON.parse(await read('node_modules/electron/package.json')) as { version: string };
    expect(Number(/^\d+/.exec(installed.version)?.[0])).toBeGreaterThanOrEqual(45);
  }],
  [17, 'the sender of every IPC message checked', async () => {
    const own = theWindow().webContents;
    const listed = await invoke('listArticles', own, 'claimmark://app/index.html', {});
    expect(listed.ok).toBe(true);
    expect(await invoke('listArticles', { id: 'another window' }, 'claimmark://app/index.html', {})).toEqual(REFUSED);
    expect(await invoke('listArticles', own, 'https://evil.example/', {})).toEqual(REFUSED);
    expect(await invoke('deleteArticle', own, 'file:///tmp/page.html', { articleId: 'a' })).toEqual(REFUSED);
  }],
  [18, 'a custom protocol, not file://', () => {
    expect(state.schemesRegisteredBeforeReady).toBe(true);
    expect(state.privilegedSchemes).toEqual([{ scheme: 'claimmark', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect([...state.protocolHandlers.keys()]).toEqual(['claimmark']);
    expect(theWindow().loadedFiles).toEqual([]);
    expect(inBundle(/loadFile\(|loadURL\(['"`]file:/)).toEqual([]);
  }],
  [19, 'fuses flipped for packaged builds', async () => {
    const config = parseYaml(await read('electron-builder.yml')) as { electronFuses: Record<string, boolean> };
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  }],
  [20, 'no Electron API exposed to the page: one object with three functions', async () => {
    expect(state.exposed.map(([key]) => key)).toEqual(['claimmark']);
    const transport = state.exposed[0]?.[1] as ApiTransport;
    expect(Object.keys(transport).sort()).toEqual(['call', 'onAppCommand', 'onFilesWaiting']);
    // A menu command reaches the page as its name only, and only a known one.
    const heard: string[] = [];
    transport.onAppCommand?.((command) => heard.push(command));
    const forward = state.rendererListeners.get('claimmark:app-command');
    forward?.({ sender: 'the IPC event' }, 'undo');
    forward?.({ sender: 'the IPC event' }, 'openDevTools');
    expect(heard).toEqual(['undo']);
    expect(Object.values(transport).every((value) => typeof value === 'function')).toBe(true);
    // It forwards only the contract's methods, on their own channels.
    await transport.call('listArticles', {});
    // A page could pass any string at all.
    const anyMethod = 'openDevTools' as unknown as Parameters<ApiTransport['call']>[0];
    await expect(transport.call(anyMethod, {})).rejects.toThrow('Unknown API method "openDevTools".');
    expect(state.invoked).toEqual([['claimmark:listArticles', {}]]);
  }],
];

describe("Electron's security checklist", () => {
  it('covers all 20 items', () => {
    expect(checklist.map(([item]) => item)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });

  it('starts the shell without an error', () => {
    expect(state.errorBoxes).toEqual([]);
  });

  it('builds the menu whose Undo hands the command to the window, and keeps the standard Edit roles', () => {
    type Item = { label?: string; role?: string; submenu?: Item[]; click?: () => void };
    const menu = state.menu as Item[];
    expect(menu.map((item) => item.label ?? item.role)).toEqual(
      process.platform === 'darwin' ? ['appMenu', 'File', 'Edit', 'View', 'Claim', 'windowMenu', 'help'] : ['File', 'Edit', 'View', 'Claim', 'windowMenu', 'help'],
    );
    const edit = menu.find((item) => item.label === 'Edit')?.submenu ?? [];
    expect(edit.flatMap((item) => (item.role === undefined ? [] : [item.role]))).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    edit.find((item) => item.label === 'Undo')?.click?.();
    expect(FakeWindow.made[0]?.webContents.sentArgs.at(-1)).toEqual(['claimmark:app-command', 'undo']);
  });

  it('opens the window at its default size centred on the display, and writes its place when it closes', async () => {
    expect(theWindow().options).toMatchObject({ x: 320, y: 90, width: 1280, height: 860 });
    for (const listener of theWindow().listeners.get('close') ?? []) listener();
    await vi.waitFor(async () => {
      expect(JSON.parse(await readFile(join(userData, 'window-state.json'), 'utf8'))).toEqual({
        version: 1,
        bounds: { x: 320, y: 90, width: 1280, height: 860 },
        maximized: false,
        fullScreen: false,
      });
    });
  });

  it.each(checklist)('%i. %s', async (_item, _title, check) => {
    await check();
  });
});
