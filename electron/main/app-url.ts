// The app's own URLs (claimmark://app/...) and the files they may name. No Electron import,
// so the rules are unit-tested in plain Node.

import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'claimmark';
export const APP_HOST = 'app';
export const APP_START_URL = 'claimmark://app/index.html';

/** The file a claimmark://app/ URL names inside `root`, or null if it points outside it. */
export function resolveAppFile(root: string, url: string): string | null {
  const parsed = parseUrl(url);
  if (parsed === null || !isOwnOrigin(parsed)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const target = resolve(root, `.${pathname}`);
  const inside = relative(root, target);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return inside === '' ? join(root, 'index.html') : target;
}

/** Whether `url` is one of the app's own pages: exactly its scheme and host, no port, no user name. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && isOwnOrigin(parsed);
}

// Node's URL gives a custom scheme the origin "null", so scheme and host are compared instead.
function isOwnOrigin(parsed: URL): boolean {
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** Where the window's page comes from: the built app, or in development electron-vite's dev server. */
export interface RendererChoice {
  startUrl: string;
  /** The dev server's origin (`http://localhost:5173`), or null when the page is the built app. */
  devServerOrigin: string | null;
  /** Why ELECTRON_RENDERER_URL was set but not used, for the console. */
  refused: string | null;
}

/**
 * Reads ELECTRON_RENDERER_URL. A packaged app ignores it entirely: whoever can set the app's
 * environment must not be able to swap its page and the trust that page gets. Unpackaged, it
 * is used only when it names an http://localhost or http://127.0.0.1 server.
 */
export function chooseRenderer(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): RendererChoice {
  const named = env.ELECTRON_RENDERER_URL;
  const builtApp = { startUrl: APP_START_URL, devServerOrigin: null, refused: null };
  if (isPackaged || named === undefined || named === '') return builtApp;
  const parsed = parseUrl(named);
  const loopback =
    parsed !== null &&
    parsed.protocol === 'http:' &&
    (parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1') &&
    parsed.username === '' &&
    parsed.password === '';
  if (!loopback) {
    const refused = `ELECTRON_RENDERER_URL is ignored: ${JSON.stringify(named)} is not an http://localhost or http://127.0.0.1 address.`;
    return { ...builtApp, refused };
  }
  return { startUrl: parsed.href, devServerOrigin: parsed.origin, refused: null };
}

/**
 * Whether a page at `url` is the app's own renderer, for navigation and IPC trust: the app's
 * scheme and host exactly, or the dev server's origin exactly (parsed, never a string prefix,
 * so `http://localhost:5173.evil.com` and `claimmark://app.evil` are not the app).
 */
export function isRendererUrl(url: string, devServerOrigin: string | null): boolean {
  if (isAppUrl(url)) return true;
  if (devServerOrigin === null) return false;
  return parseUrl(url)?.origin === devServerOrigin;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
