// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
// item by item: each names the code that satisfies it and fails if that code regresses.
// Electron cannot start here, so these read the sources and the build output; the window's
// options, the IPC sender check and the app protocol also have unit tests that run the code.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { apiContract } from '../../shared/api';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
function sources(folder: string): { path: string; text: string }[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|html)$/.test(entry.name))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, text: readFileSync(path, 'utf8') };
    });
}
const electronSources = sources('electron');
const rendererSources = sources('renderer');
const everywhere = [...electronSources, ...rendererSources];
const mainIndex = read('electron/main/index.ts');
const mainWindow = read('electron/main/main-window.ts');
const builtMain = read('out/main/index.js');
const builtHtml = read('out/renderer/index.html');

function nowhere(pattern: RegExp): string[] {
  return everywhere.filter((file) => pattern.test(file.text)).map((file) => file.path);
}

const checklist: [number, string, () => void][] = [
  [1, 'only secure content: the window loads the app scheme, nothing remote', () => {
    expect(mainIndex).toMatch(/loadURL\(devServer \?\? APP_START_URL\)/);
    expect(builtMain).toContain('claimmark://app/index.html');
    expect(builtHtml).not.toMatch(/https?:\/\//);
  }],
  [2, 'no Node.js integration for any content', () => {
    expect(mainWindow).toMatch(/nodeIntegration: false/);
    expect(mainWindow).toMatch(/nodeIntegrationInWorker: false/);
    expect(mainWindow).toMatch(/nodeIntegrationInSubFrames: false/);
    expect(nowhere(/nodeIntegration\w*: true/)).toEqual([]);
  }],
  [3, 'context isolation', () => expect(mainWindow).toMatch(/contextIsolation: true/)],
  [4, 'process sandboxing', () => {
    expect(mainWindow).toMatch(/sandbox: true/);
    expect(nowhere(/sandbox: false/)).toEqual([]);
  }],
  [5, 'permission requests denied', () => {
    expect(mainIndex).toMatch(/setPermissionRequestHandler\(\(_contents, _permission, callback\) => callback\(false\)\)/);
    expect(mainIndex).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
  }],
  [6, 'webSecurity never disabled', () => {
    expect(mainWindow).toMatch(/webSecurity: true/);
    expect(nowhere(/webSecurity: false/)).toEqual([]);
  }],
  [7, 'a Content-Security-Policy, in the page and as a header from both hosts', () => {
    expect(builtHtml).toMatch(/http-equiv="Content-Security-Policy"/);
    expect(read('electron/main/app-protocol.ts')).toMatch(/headers\.set\('Content-Security-Policy', CONTENT_SECURITY_POLICY\)/);
    expect(read('web-host/web-host.ts')).toMatch(/'Content-Security-Policy': CONTENT_SECURITY_POLICY/);
  }],
  [8, 'no insecure content', () => {
    expect(mainWindow).toMatch(/allowRunningInsecureContent: false/);
    expect(nowhere(/allowRunningInsecureContent: true/)).toEqual([]);
  }],
  [9, 'no experimental features', () => {
    expect(mainWindow).toMatch(/experimentalFeatures: false/);
    expect(nowhere(/experimentalFeatures: true/)).toEqual([]);
  }],
  [10, 'no enableBlinkFeatures', () => expect(nowhere(/enableBlinkFeatures/)).toEqual([])],
  [11, 'no <webview> (so no allowpopups)', () => {
    expect(mainWindow).toMatch(/webviewTag: false/);
    expect(rendererSources.filter((file) => /<webview|allowpopups/i.test(file.text)).map((file) => file.path)).toEqual([]);
  }],
  [12, 'webview attachment refused', () => expect(mainIndex).toMatch(/'will-attach-webview', \(event\) => event\.preventDefault\(\)/)],
  [13, 'navigation limited to the app', () => {
    expect(mainIndex).toMatch(/'will-navigate', \(event\) => \{\s*if \(!isRendererUrl\(event\.url, devServer\)\)/);
    expect(mainIndex).toMatch(/event\.preventDefault\(\)/);
  }],
  [14, 'new windows denied', () => expect(mainIndex).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/)],
  [15, 'shell.openExternal only for http(s) URLs the contract lets through', () => {
    const calls = everywhere.filter((file) => /shell\.openExternal\(/.test(file.text));
    expect(calls.map((file) => file.path)).toEqual([join(root, 'electron/main/index.ts')]);
    expect(mainIndex).toMatch(/shell\.openExternal\(input\.url\)/);
    const input = apiContract.openExternal.input;
    expect(input.safeParse({ url: 'https://example.org/report' }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'data:text/html,x']) {
      expect(input.safeParse({ url }).success).toBe(false);
    }
  }],
  [16, 'a current Electron', () => {
    const version = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies.electron ?? '';
    expect(Number(/\d+/.exec(version)?.[0])).toBeGreaterThanOrEqual(45);
  }],
  [17, 'the sender of every IPC message checked', () => {
    expect(read('electron/main/ipc.ts')).toMatch(/if \(!isOwnWindow\(event\) \|\| !isRendererUrl\(/);
    expect(mainIndex).toMatch(/event\.sender === mainWindow\.webContents/);
  }],
  [18, 'a custom protocol, not file://', () => {
    expect(read('electron/main/app-protocol.ts')).toMatch(/registerSchemesAsPrivileged/);
    expect(nowhere(/loadFile\(|loadURL\(['"`]file:/)).toEqual([]);
  }],
  [19, 'fuses flipped for packaged builds', () => {
    const config = parseYaml(read('electron-builder.yml')) as { electronFuses: Record<string, boolean> };
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
  [20, 'no Electron API exposed to the page: one object with two functions', () => {
    const preload = read('electron/preload/index.ts');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toMatch(/exposeInMainWorld\(PRELOAD_GLOBAL, transport\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    const transport = /const transport: ApiTransport = \{([\s\S]*?)\n\};/.exec(preload)?.[1] ?? '';
    expect([...transport.matchAll(/^ {2}(\w+)\(/gm)].map((match) => match[1])).toEqual(['call', 'onFilesWaiting']);
  }],
];

describe("Electron's security checklist", () => {
  it('covers all 20 items', () => {
    expect(checklist.map(([item]) => item)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });

  it.each(checklist)('%i. %s', (_item, _title, check) => {
    check();
  });
});
