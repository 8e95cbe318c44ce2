// Electron rules no run-time test here can catch (the Electron binary cannot start on
// these machines), checked on the build output instead. Needs `npm run build` first.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../host/content-security-policy';

const out = fileURLToPath(new URL('../../out', import.meta.url));
const read = (path: string): string => readFileSync(join(out, path), 'utf8');

function requiredModules(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1] ?? '');
}

/** Packages loaded on first use through `createRequire(import.meta.url)` (host/article-loading/lazy-jsdom.ts). */
function lazilyRequired(code: string): string[] {
  return [...code.matchAll(/\bcreateRequire\(import\.meta\.url\)\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1] ?? '');
}

// Static imports of a bundle stand at the start of a line; examples in bundled comments do not.
function importedModules(code: string): string[] {
  return [
    ...code.matchAll(/^import\s+(?:[^'"]*?\bfrom\s*)?["']([^"']+)["']/gm),
    ...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1] ?? '');
}

describe('the sandboxed preload', () => {
  const preloadFiles = readdirSync(join(out, 'preload'));

  it('is one CommonJS file', () => {
    expect(preloadFiles).toEqual(['index.cjs']);
  });

  it('requires nothing but electron and uses no ES module syntax', () => {
    const code = read('preload/index.cjs');
    expect(requiredModules(code)).toEqual(['electron']);
    expect(importedModules(code)).toEqual([]);
    expect(code).not.toMatch(/\bimport\.meta\b/);
    expect(code).not.toMatch(/^\s*export\s/m);
  });

  it('exposes one object through contextBridge and never ipcRenderer itself', () => {
    const code = read('preload/index.cjs');
    expect(code.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(code).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});

describe('the ES module main process', () => {
  const main = read('main/index.js');
  // Entries and shared chunks all lie in out/main (the worker is found beside them).
  const mainFiles = readdirSync(join(out, 'main')).filter((file) => file.endsWith('.js')).map((file) => read(`main/${file}`));

  it('is an ES module (package.json says "type": "module")', () => {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { type?: string; main?: string };
    expect(pkg.type).toBe('module');
    expect(pkg.main).toBe('out/main/index.js');
    expect(importedModules(main)).toContain('electron');
  });

  it('never relies on __dirname or __filename, which ES modules lack', () => {
    for (const code of mainFiles) {
      expect(code).not.toMatch(/(?<![\w$.])__dirname(?![\w$])/);
      expect(code).not.toMatch(/(?<![\w$.])__filename(?![\w$])/);
    }
  });

  it('bundles lowdb (ESM-only) and never require()s it; loads only Node, Electron, jsdom, parse5 and entities', () => {
    const loaded = new Set<string>();
    for (const code of mainFiles) {
      expect(requiredModules(code)).toEqual([]);
      for (const name of [...importedModules(code), ...lazilyRequired(code)]) {
        if (name.startsWith('.') || name.startsWith('node:') || name === 'electron') continue;
        loaded.add(name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/'));
      }
    }
    // Everything else (lowdb, zod, marked, dompurify, Readability, js-yaml…) is in the bundle;
    // these three are the runtime modules electron-builder.yml ships in node_modules.
    expect([...loaded].sort()).toEqual(['entities', 'jsdom', 'parse5']);
    // lowdb's own error text shows its Low class is in the bundle.
    expect(mainFiles.join('\n')).toContain('lowdb: missing adapter');
  });

  it('does its pre-ready set-up before any top-level await', () => {
    const register = main.indexOf('registerSchemesAsPrivileged');
    const lock = main.indexOf('requestSingleInstanceLock');
    expect(register).toBeGreaterThan(-1);
    expect(lock).toBeGreaterThan(-1);
    // No top-level await at all: set-up after `ready` runs in whenReady().then(...).
    const topLevelAwait = main.split('\n').findIndex((line) => /^await\s/.test(line));
    expect(topLevelAwait).toBe(-1);
    expect(main).toMatch(/whenReady\(\)\.then\(/);
  });

  it('loads the preload as .cjs and the window from the custom protocol, not file:// or a remote URL', () => {
    expect(main).toContain('index.cjs');
    expect(mainFiles.join('\n')).toContain('claimmark://app/index.html');
    expect(main).not.toMatch(/loadURL\(\s*["'`](https?|file):/);
    expect(main).not.toMatch(/loadFile\(/);
  });
});

/** The packages a built entry loads before it runs: its static imports, through its own chunks. */
function staticallyLoaded(entry: string): string[] {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const staticImports = [...read(file).matchAll(/^import\s+(?:[^'"]*?\bfrom\s*)?["']([^"']+)["']/gm)].map((match) => match[1] ?? '');
    for (const name of staticImports) {
      if (name.startsWith('./')) visit(`main/${name.slice(2)}`);
      else if (!name.startsWith('node:')) packages.add(name.split('/')[0] ?? name);
    }
  };
  visit(entry);
  return [...packages].sort();
}

describe('the hosts’ own thread', () => {
  // jsdom takes most of a second to load: only the article worker, which parses HTML, loads it.
  it('loads no HTML library at start; the article worker loads parse5 and entities, and jsdom on first use', () => {
    expect(staticallyLoaded('main/web-host.js')).toEqual([]);
    expect(staticallyLoaded('main/index.js')).toEqual(['electron']);
    // jsdom, the heaviest, only once a web page is loaded.
    expect(staticallyLoaded('main/article-worker.js')).toEqual(['entities', 'parse5']);
    expect(lazilyRequired(read('main/article-worker.js'))).toEqual(['jsdom']);
  });
});

describe('the browser host bundle', () => {
  it('runs in plain Node: it imports nothing from electron', () => {
    const code = read('main/web-host.js');
    const chunks = importedModules(code).filter((name) => name.startsWith('./'));
    for (const file of ['main/web-host.js', ...chunks.map((chunk) => `main/${chunk.slice(2)}`)]) {
      expect(importedModules(read(file)).filter((name) => name === 'electron' || name.startsWith('electron/'))).toEqual([]);
    }
  });
});

describe('the built renderer', () => {
  it('carries a strict Content-Security-Policy and no inline script', () => {
    const html = read('renderer/index.html');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    // The policy the hosts send as a header is at least as strict as the page's own.
    for (const directive of csp.split(';').map((part) => part.trim())) expect(CONTENT_SECURITY_POLICY).toContain(directive);
  });

  it('has no source maps and no Node or Electron code', () => {
    const assets = readdirSync(join(out, 'renderer', 'assets'));
    expect(assets.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const file of assets.filter((name) => name.endsWith('.js'))) {
      const code = read(`renderer/assets/${file}`);
      expect(code).not.toMatch(/require\(["']electron["']\)/);
      expect(importedModules(code).filter((name) => name === 'electron' || name.startsWith('node:'))).toEqual([]);
    }
  });

  it('carries no schema library: the host checks its answers against the contract, the API worker reads their envelope', () => {
    const scripts = readdirSync(join(out, 'renderer', 'assets')).filter((name) => name.endsWith('.js'));
    expect(scripts.filter((name) => name.startsWith('api-worker-'))).toHaveLength(1);
    // zod's class names stay in its minified code as the strings its errors and checks use.
    for (const file of scripts) expect(read(`renderer/assets/${file}`), file).not.toContain('$ZodType');
  });

  it('exists where both hosts serve it from', () => {
    expect(existsSync(join(out, 'renderer', 'index.html'))).toBe(true);
  });
});
