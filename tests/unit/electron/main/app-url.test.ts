import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_START_URL, isAppUrl, resolveAppFile } from '../../../../electron/main/app-url';

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
