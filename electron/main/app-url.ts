// The app's own URLs (claimmark://app/...) and the files they may name. No Electron import,
// so the rules are unit-tested in plain Node.

import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'claimmark';
export const APP_HOST = 'app';
export const APP_START_URL = 'claimmark://app/index.html';

/** The file a claimmark://app/ URL names inside `root`, or null if it points outside it. */
export function resolveAppFile(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
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

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}


/**
 * The dev server's address while `npm run dev` serves the renderer (never in a packaged app,
 * whatever the environment says).
 */
export function devServerUrl(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return isPackaged ? undefined : env.ELECTRON_RENDERER_URL || undefined;
}

/** Whether a page at `url` is the app's own renderer: its own scheme, or the dev server when there is one. */
export function isRendererUrl(url: string, devServer: string | undefined): boolean {
  if (isAppUrl(url)) return true;
  if (devServer === undefined) return false;
  try {
    return new URL(url).origin === new URL(devServer).origin;
  } catch {
    return false;
  }
}
