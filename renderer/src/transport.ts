// How the renderer reaches its host: through the Electron preload's object, or by HTTP to
// the browser host. Kept free of the schemas (host-calls.ts checks every answer in the API
// worker), so the first calls can leave before the rest of the page's scripts have run.

import { PRELOAD_GLOBAL, apiPath, type ApiMethod, type ApiTransport } from '../../shared/api-methods';
import { uploadBody } from './article/article-file';
import { TOKEN_META_NAME } from '../../shared/page-meta';

const TOKEN_HEADER = 'X-ClaimMark-Token';
/** The browser host reads a call that sends a file's bytes as its body from this header. */
const INPUT_HEADER = 'X-ClaimMark-Input';

function preloadTransport(): ApiTransport | null {
  const candidate: unknown = Reflect.get(window, PRELOAD_GLOBAL);
  if (typeof candidate === 'object' && candidate !== null && typeof Reflect.get(candidate, 'call') === 'function') {
    return candidate as ApiTransport;
  }
  return null;
}

/** A call's file bytes, when it carries a file as bytes (openArticle, importClaims). */
function fileBytesOf(input: unknown): { bytes: Uint8Array; rest: unknown } | null {
  if (typeof input !== 'object' || input === null) return null;
  const file: unknown = Reflect.get(input, 'file');
  if (typeof file !== 'object' || file === null) return null;
  const bytes: unknown = Reflect.get(file, 'bytes');
  if (!(bytes instanceof Uint8Array)) return null;
  return { bytes, rest: { ...input, file: { fileName: Reflect.get(file, 'fileName') } } };
}

const token = (): string => document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META_NAME}"]`)?.content ?? '';

const callUrls = new Map<ApiMethod, string>();

/** The address of a call (the same for the window's life, so it is made once). */
function callUrl(method: ApiMethod): string {
  let url = callUrls.get(method);
  if (url === undefined) {
    url = new URL(apiPath(method), window.location.origin).href;
    callUrls.set(method, url);
  }
  return url;
}

/**
 * The browser host's request for a call: JSON, or a file's bytes as the body with the rest of
 * the call in a header. Built here, where the picked file behind the bytes is known, and sent
 * by the API worker.
 */
export function httpRequest(method: ApiMethod, input: unknown): { url: string; init: RequestInit } {
  const url = callUrl(method);
  const file = fileBytesOf(input);
  if (file === null) {
    return { url, init: { method: 'POST', headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token() }, body: JSON.stringify(input) } };
  }
  return {
    url,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', [TOKEN_HEADER]: token(), [INPUT_HEADER]: encodeURIComponent(JSON.stringify(file.rest)) },
      body: uploadBody(file.bytes),
    },
  };
}

/** The desktop app's preload object, or null in the browser host. */
export const desktopTransport: ApiTransport | null = preloadTransport();

/** True in the desktop app (the preload's object is there). */
export const isDesktop = desktopTransport !== null;
