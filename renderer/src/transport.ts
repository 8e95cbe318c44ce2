// How the renderer reaches its host, without checking anything: the Electron preload's object,
// or HTTP to the browser host. Kept free of the schemas so that the first calls can leave
// before the rest of the page's scripts have run (see boot-calls.ts); api.ts checks every
// answer against the shared contract.

import { PRELOAD_GLOBAL, apiPath, type ApiTransport } from '../../shared/api-methods';
import { uploadBody } from './article/article-file';

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

/** The request for a call: JSON, or a file's bytes as the body with the rest of the call in a header. */
function httpRequest(input: unknown, token: string): RequestInit {
  const file = fileBytesOf(input);
  if (file === null) {
    return { method: 'POST', headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token }, body: JSON.stringify(input) };
  }
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', [TOKEN_HEADER]: token, [INPUT_HEADER]: encodeURIComponent(JSON.stringify(file.rest)) },
    body: uploadBody(file.bytes),
  };
}

/** Thrown (as a plain Error) when the browser host cannot be reached; api.ts turns it into an ApiError. */
export const UNREACHABLE_MESSAGE = 'ClaimMark is not reachable: is the browser host (npm run web) still running?';

export class HostUnreachable extends Error {
  constructor() {
    super(UNREACHABLE_MESSAGE);
  }
}

function httpTransport(): ApiTransport {
  const token = document.querySelector<HTMLMetaElement>('meta[name="claimmark-token"]')?.content ?? '';
  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await fetch(apiPath(method), httpRequest(input, token));
      } catch {
        throw new HostUnreachable();
      }
      return response.json() as Promise<unknown>;
    },
  };
}

const preload = preloadTransport();

/** True in the desktop app (the preload's object is there). */
export const isDesktop = preload !== null;

export const transport: ApiTransport = preload ?? httpTransport();
