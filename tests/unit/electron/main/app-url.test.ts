import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_START_URL, chooseRenderer, isAppUrl, isRendererUrl, resolveAppFile } from '../../../../electron/main/app-url';

const ROOT = resolve('/opt/claimmark/out/renderer');

describe('resolveAppFile', () => {
  it.each([
    { url: 'claimmark://app/', file: join(ROOT, 'index.html') },
    { url: 'claimmark://app', file: join(ROOT, 'index.html') },
    { url: 'claimmark://app/index.html', file: join(ROOT, 'index.html') },
    { url: APP_START_URL, file: join(ROOT, 'index.html') },
    { url: 'claimmark://app/assets/index-3f2a.js', file: join(ROOT, 'assets', 'index-3f2a.js') },
    { url: 'claimmark://app/assets/fonts/Noto%20Sans.woff2', file: join(ROOT, 'assets', 'fonts', 'Noto Sans.woff2') },
    { url: 'claimmark://app/assets/app.js?v=2#top', file: join(ROOT, 'assets', 'app.js') },
    // The URL parser already removes ".." segments, so these stay inside the folder.
    { url: 'claimmark://app/../secret.txt', file: join(ROOT, 'secret.txt') },
    { url: 'claimmark://app/%2e%2e/secret.txt', file: join(ROOT, 'secret.txt') },
    { url: 'claimmark://app/assets/%2E%2E/%2e%2e/%2e%2e/secret.txt', file: join(ROOT, 'secret.txt') },
  ])('$url -> the file inside the renderer folder', ({ url, file }) => {
    expect(resolveAppFile(ROOT, url)).toBe(file);
  });

  it.each([
    'claimmark://app/..%2fsecret.txt',
    'claimmark://app/%2e%2e%2fsecret.txt',
    'claimmark://app/assets/..%2f..%2f..%2fetc%2fpasswd',
    'claimmark://app/%2e%2e%2f%2e%2e%2fpackage.json',
    `claimmark://app/${'..%2F'.repeat(10)}etc%2Fpasswd`,
    'claimmark://app/%E0%A4%A',
    'claimmark://evil/index.html',
    'claimmark://app.evil.example/index.html',
    'claimmark://app:8080/index.html',
    'claimmark://user@evil/index.html',
    'file:///opt/claimmark/out/renderer/index.html',
    'https://app/index.html',
    'http://127.0.0.1:5174/index.html',
  ])('%s -> null', (url) => {
    expect(resolveAppFile(ROOT, url)).toBeNull();
  });

  it('never names a file outside the renderer folder', () => {
    const segments = ['..', '%2e%2e', '%2E.', '.%2e', '..%2f', '%2e%2e%2f', '..%5c', 'assets', '%2f', 'x', '.'];
    for (const a of segments) {
      for (const b of segments) {
        for (const c of segments) {
          const file = resolveAppFile(ROOT, `claimmark://app/${a}/${b}/${c}/target.txt`);
          if (file === null) continue;
          const inside = relative(ROOT, file);
          expect(inside.startsWith(`..${sep}`) || inside === '..').toBe(false);
        }
      }
    }
  });
});

describe('isAppUrl', () => {
  it.each([APP_START_URL, 'claimmark://app/', 'claimmark://app/assets/app.js?x=1#y'])('%s is the app', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'claimmark://evil/index.html',
    'claimmark://app.evil.example/',
    'claimmark://app:1/',
    'claimmark://app.evil/',
    'claimmark://evil@app/index.html',
    'claimmark://app:secret@app/index.html',
    'claimmarks://app/index.html',
    'https://app/index.html',
    'http://localhost:5173/',
    'file:///index.html',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
    '',
  ])('%s is not the app', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

const BUILT_APP = { startUrl: 'claimmark://app/index.html', devServerOrigin: null, refused: null };

describe('chooseRenderer', () => {
  it.each([
    'http://localhost:5173/',
    'https://evil.example/',
    'http://localhost:5173.evil.com/',
  ])('a packaged app ignores ELECTRON_RENDERER_URL=%s and loads the built app, without a word', (url) => {
    expect(chooseRenderer(true, { ELECTRON_RENDERER_URL: url })).toEqual(BUILT_APP);
  });

  it('loads the built app when the variable is unset or empty', () => {
    expect(chooseRenderer(false, {})).toEqual(BUILT_APP);
    expect(chooseRenderer(false, { ELECTRON_RENDERER_URL: '' })).toEqual(BUILT_APP);
  });

  it.each([
    { named: 'http://localhost:5173', startUrl: 'http://localhost:5173/', devServerOrigin: 'http://localhost:5173' },
    { named: 'http://localhost:5173/', startUrl: 'http://localhost:5173/', devServerOrigin: 'http://localhost:5173' },
    { named: 'http://127.0.0.1:5174/index.html', startUrl: 'http://127.0.0.1:5174/index.html', devServerOrigin: 'http://127.0.0.1:5174' },
    { named: 'http://LOCALHOST:80/', startUrl: 'http://localhost/', devServerOrigin: 'http://localhost' },
  ])('unpackaged, uses the dev server at $named', ({ named, startUrl, devServerOrigin }) => {
    expect(chooseRenderer(false, { ELECTRON_RENDERER_URL: named })).toEqual({ startUrl, devServerOrigin, refused: null });
  });

  it.each([
    'http://localhost:5173.evil.com/',
    'http://localhost.evil.com:5173/',
    'http://127.0.0.1.evil.com/',
    'http://evil.example/',
    'https://localhost:5173/',
    'http://user@localhost:5173/',
    'http://[::1]:5173/',
    'http://192.168.1.20:5173/',
    'file:///tmp/index.html',
    'claimmark://app.evil/',
    'localhost:5173',
    'not a url',
  ])('unpackaged, refuses ELECTRON_RENDERER_URL=%s, says so, and loads the built app', (named) => {
    expect(chooseRenderer(false, { ELECTRON_RENDERER_URL: named })).toEqual({
      ...BUILT_APP,
      refused: `ELECTRON_RENDERER_URL is ignored: "${named}" is not an http://localhost or http://127.0.0.1 address.`,
    });
  });
});

describe('isRendererUrl', () => {
  it.each([
    { url: 'claimmark://app/index.html', devServer: null, trusted: true },
    { url: 'claimmark://app/assets/app.js', devServer: 'http://localhost:5173', trusted: true },
    { url: 'http://localhost:5173/', devServer: 'http://localhost:5173', trusted: true },
    { url: 'http://localhost:5173/src/main.tsx?t=1#x', devServer: 'http://localhost:5173', trusted: true },
    { url: 'http://127.0.0.1:5174/', devServer: 'http://127.0.0.1:5174', trusted: true },
    // Without a dev server, no http page is the app.
    { url: 'http://localhost:5173/', devServer: null, trusted: false },
    // Each of these starts with a trusted string but is another origin.
    { url: 'http://localhost:5173.evil.com/', devServer: 'http://localhost:5173', trusted: false },
    { url: 'http://localhost:51730/', devServer: 'http://localhost:5173', trusted: false },
    { url: 'http://localhost:5173@evil.com/', devServer: 'http://localhost:5173', trusted: false },
    { url: 'claimmark://app.evil/index.html', devServer: null, trusted: false },
    { url: 'claimmark://app.evil/index.html', devServer: 'http://localhost:5173', trusted: false },
    { url: 'claimmark://application/index.html', devServer: null, trusted: false },
    // The same host by another scheme, port or name is not the dev server either.
    { url: 'https://localhost:5173/', devServer: 'http://localhost:5173', trusted: false },
    { url: 'http://localhost:5174/', devServer: 'http://localhost:5173', trusted: false },
    { url: 'http://127.0.0.1:5173/', devServer: 'http://localhost:5173', trusted: false },
    { url: 'https://evil.example/', devServer: 'http://localhost:5173', trusted: false },
    { url: 'file:///tmp/page.html', devServer: 'http://localhost:5173', trusted: false },
    { url: 'about:blank', devServer: 'http://localhost:5173', trusted: false },
    { url: 'data:text/html,<p>x</p>', devServer: 'http://localhost:5173', trusted: false },
    { url: '', devServer: 'http://localhost:5173', trusted: false },
  ])('$url with dev server $devServer: trusted $trusted', ({ url, devServer, trusted }) => {
    expect(isRendererUrl(url, devServer)).toBe(trusted);
  });
});
