// The layering of the house style is enforced by the linter; these cases prove each rule fires
// as an error (a rule that never fires would let a layer leak silently) and that legitimate
// code of the same layer passes.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../..', import.meta.url)) });

/** The rule of each problem found, marked when it is only a warning. */
async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => {
    const id = message.ruleId ?? message.message;
    return message.severity === 2 ? id : `warning: ${id}`;
  });
}

const IMPORTS = 'no-restricted-imports';
const GLOBALS = 'no-restricted-globals';
const PROPERTIES = 'no-restricted-properties';
const SYNTAX = 'no-restricted-syntax';

/** A module importing `names` from `source` and using them, so nothing is reported as unused. */
const importing = (names: string, source: string): string => `import { ${names} } from '${source}';\nexport const used = [${names}];\n`;

describe('layering rules', () => {
  it.each([
    // shared/: only shared/ and pure libraries, no runtime of its own.
    ['shared/x.ts', importing('readFileSync', 'node:fs'), IMPORTS],
    ['shared/x.ts', importing('join', 'path'), IMPORTS],
    ['shared/x.ts', importing('readFile', 'fs/promises'), IMPORTS],
    ['shared/x.ts', importing('app', 'electron'), IMPORTS],
    ['shared/x.ts', importing('useState', 'react'), IMPORTS],
    ['shared/x.ts', importing('createRoot', 'react-dom/client'), IMPORTS],
    ['shared/x.ts', importing('JSDOM', 'jsdom'), IMPORTS],
    ['shared/anchoring/x.ts', importing('LibraryStore', '../../host/library/library-store'), IMPORTS],
    ['shared/x.ts', importing('startWebHost', '../web-host/web-host'), IMPORTS],
    ['shared/x.ts', importing('api', '../renderer/src/api'), IMPORTS],
    ['shared/x.ts', "export { registerApiHandlers } from '../electron/main/ipc';\n", IMPORTS],
    ['shared/x.ts', "export const load = () => import('node:fs');\n", SYNTAX],
    ['shared/x.ts', 'export const load = (name: string) => import(name);\n', SYNTAX],
    ['shared/x.ts', 'export const title = document.title;\n', GLOBALS],
    ['shared/x.ts', 'export const width = window.innerWidth;\n', GLOBALS],
    ['shared/x.ts', 'export const isElement = (value: unknown) => value instanceof HTMLElement;\n', GLOBALS],
    ['shared/x.ts', "export const page = fetch('https://example.org/');\n", GLOBALS],
    ['shared/x.ts', 'export const env = process.env;\n', GLOBALS],
    ['shared/x.ts', "export const bytes = Buffer.from('a');\n", GLOBALS],
    ['shared/x.ts', 'export const title = globalThis.document.title;\n', PROPERTIES],
    ['shared/x.ts', "export const page = globalThis['window'];\n", PROPERTIES],
    ['shared/x.ts', 'const { document } = globalThis;\nexport const title = document.title;\n', PROPERTIES],
    ['shared/x.ts', 'export const env = globalThis.process.env;\n', PROPERTIES],
    ['shared/x.ts', "const key = 'document';\nexport const found = globalThis[key];\n", SYNTAX],
    ['shared/x.ts', 'export const root = globalThis;\n', SYNTAX],
    // host/: plain Node, run by both hosts.
    ['host/x.ts', importing('app', 'electron'), IMPORTS],
    ['host/x.ts', importing('api', '../renderer/src/api'), IMPORTS],
    ['host/library/x.ts', importing('registerApiHandlers', '../../electron/main/ipc'), IMPORTS],
    ['host/x.ts', importing('startWebHost', '../web-host/web-host'), IMPORTS],
    ['host/x.ts', 'export const title = document.title;\n', GLOBALS],
    ['host/x.ts', 'export const title = globalThis.document.title;\n', PROPERTIES],
    ['host/x.ts', 'export const page = global.window;\n', PROPERTIES],
    ['host/x.ts', 'export const root = globalThis;\n', SYNTAX],
    // web-host/: plain Node too.
    ['web-host/x.ts', importing('BrowserWindow', 'electron'), IMPORTS],
    ['web-host/x.ts', importing('registerApiHandlers', '../electron/main/ipc'), IMPORTS],
    ['web-host/x.ts', importing('api', '../renderer/src/api'), IMPORTS],
    ['web-host/x.ts', 'export const title = document.title;\n', GLOBALS],
    // electron/main/: the shell; IPC handlers in one file.
    ['electron/main/x.ts', importing('ipcMain', 'electron'), IMPORTS],
    ['electron/main/x.ts', "import * as electron from 'electron';\nexport const shell = electron;\n", IMPORTS],
    ['electron/main/x.ts', importing('api', '../../renderer/src/api'), IMPORTS],
    ['electron/main/x.ts', importing('startWebHost', '../../web-host/web-host'), IMPORTS],
    ['electron/main/x.ts', "import '../preload/index';\n", IMPORTS],
    ['electron/main/x.ts', 'export const title = document.title;\n', GLOBALS],
    // electron/preload/: electron and the channel list, nothing else.
    ['electron/preload/index.ts', importing('join', 'node:path'), IMPORTS],
    ['electron/preload/index.ts', importing('z', 'zod'), IMPORTS],
    ['electron/preload/index.ts', "import type { AnnotatorApi } from '../../shared/api';\nexport type Api = AnnotatorApi;\n", IMPORTS],
    ['electron/preload/index.ts', importing('ipcMain', 'electron/main'), IMPORTS],
    // renderer/: Chromium, no Node, talks to a host only through the API.
    ['renderer/src/x.ts', importing('ipcRenderer', 'electron'), IMPORTS],
    ['renderer/src/x.ts', importing('join', 'node:path'), IMPORTS],
    ['renderer/src/x.ts', importing('join', 'path'), IMPORTS],
    ['renderer/src/x.ts', importing('LibraryStore', '../../host/library/library-store'), IMPORTS],
    ['renderer/src/x.ts', importing('startWebHost', '../../web-host/web-host'), IMPORTS],
    ['renderer/src/components/x.ts', importing('PRELOAD_GLOBAL', '../../../electron/preload/index'), IMPORTS],
    ['renderer/src/x.ts', "export const shell = () => import('electron');\n", SYNTAX],
    ['renderer/src/x.ts', 'export const env = process.env;\n', GLOBALS],
    ['renderer/src/x.ts', 'export const env = globalThis.process.env;\n', PROPERTIES],
    ['renderer/src/x.ts', 'export const load = window.require;\n', PROPERTIES],
    ['renderer/src/x.ts', 'export const value: any = 1;\n', '@typescript-eslint/no-explicit-any'],
    // Named exports only, in every product folder.
    ['shared/x.ts', 'export default function anchor() {}\n', SYNTAX],
    ['shared/x.ts', 'const limit = 1;\nexport { limit as default };\n', SYNTAX],
    ['host/x.ts', "export { default } from 'approx-string-match';\n", SYNTAX],
    ['web-host/x.ts', 'export default 8080;\n', SYNTAX],
    ['electron/main/x.ts', 'export default class Shell {}\n', SYNTAX],
    ['electron/preload/index.ts', 'export default {};\n', SYNTAX],
    ['renderer/src/App.tsx', 'export default function App() {\n  return <main />;\n}\n', SYNTAX],
  ])('%s: %j is an error (%s)', async (filePath, code, rule) => {
    expect(await ruleIds(filePath, code)).toEqual([rule]);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nexport const schema = z.string();\n"],
    ['shared/x.ts', "import search from 'approx-string-match';\nexport const find = search;\n"],
    ['shared/anchoring/x.ts', "import type { Claim } from '../model';\nexport type Placed = Claim;\n"],
    ['shared/x.ts', "export { default as search } from 'approx-string-match';\n"],
    ['shared/x.ts', "export const link = new URL('https://example.org/');\n"],
    ['shared/x.ts', 'export const later = (run: () => void) => setTimeout(run, 0);\n'],
    ['shared/x.ts', "export const canClone = typeof globalThis.structuredClone === 'function';\n"],
    ['shared/x.ts', 'export const label = (name: string, status: string) => `${name}: ${status}`;\n'],
    ['shared/x.ts', 'export const title = (page: { document: { title: string } }) => page.document.title;\n'],
    ['host/x.ts', importing('readFile', 'node:fs/promises')],
    ['host/x.ts', "import { JSDOM } from 'jsdom';\nexport const title = new JSDOM('').window.document.title;\n"],
    ['host/library/x.ts', "import type { Claim } from '../../shared/model';\nexport type Stored = Claim;\n"],
    ['host/x.ts', 'export const env = process.env;\n'],
    ['web-host/x.ts', importing('openHost', '../host/open-host')],
    ['web-host/x.ts', importing('createServer', 'node:http')],
    ['electron/main/x.ts', importing('app, BrowserWindow', 'electron')],
    ['electron/main/x.ts', importing('join', 'node:path')],
    ['electron/main/x.ts', importing('openHost', '../../host/open-host')],
    ['electron/main/x.ts', importing('API_METHODS', '../../shared/api-methods')],
    ['electron/main/ipc.ts', importing('ipcMain', 'electron')],
    [
      'electron/preload/index.ts',
      "import { contextBridge, ipcRenderer } from 'electron';\nimport { PRELOAD_GLOBAL } from '../../shared/api-methods';\nexport const used = [contextBridge, ipcRenderer, PRELOAD_GLOBAL];\n",
    ],
    ['electron/preload/index.ts', importing('isAppCommand', '../../shared/app-commands')],
    ['renderer/src/x.ts', 'export const title = document.title;\n'],
    ['renderer/src/x.ts', importing('useState', 'react')],
    ['renderer/src/x.ts', importing('createRoot', 'react-dom/client')],
    ['renderer/src/x.ts', importing('CLAIM_STATUSES', '../../shared/statuses')],
    ['renderer/src/x.ts', "export const panel = () => import('./components/ClaimPanel');\n"],
    ['renderer/src/App.tsx', 'export function App() {\n  return <main />;\n}\n'],
    // Config files at the root are read by tools that want a default export.
    ['vitest.config.ts', 'export default {};\n'],
    ['eslint.config.js', 'export default [];\n'],
  ])('%s: %j is allowed', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toEqual([]);
  });
});
