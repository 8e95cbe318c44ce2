// The renderer's only door to its host. It finds the transport (the Electron preload's
// object, or HTTP to the browser host), checks every answer against the shared contract,
// and turns failures into ApiError. Nothing else in the renderer knows which host it is in.

import { ApiError, apiContract, apiResultSchema, type ClaimMarkApi, type ExportOutcome } from '../../shared/api';
import { API_METHODS, PRELOAD_GLOBAL, apiPath, type ApiMethod, type ApiTransport } from '../../shared/api-methods';
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

function httpTransport(): ApiTransport {
  const token = document.querySelector<HTMLMetaElement>('meta[name="claimmark-token"]')?.content ?? '';
  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await fetch(apiPath(method), httpRequest(input, token));
      } catch {
        throw new ApiError('internal', 'ClaimMark is not reachable: is the browser host (npm run web) still running?');
      }
      return response.json() as Promise<unknown>;
    },
  };
}

const desktop = preloadTransport();
const transport: ApiTransport = desktop ?? httpTransport();

async function call(method: ApiMethod, input: unknown): Promise<unknown> {
  const raw = await transport.call(method, input);
  const result = apiResultSchema.safeParse(raw);
  if (!result.success) throw new ApiError('internal', `The host sent an unreadable answer to ${method}.`);
  if (!result.data.ok) throw new ApiError(result.data.error.code, result.data.error.message);
  const output = apiContract[method].output.safeParse(result.data.value);
  if (!output.success) throw new ApiError('internal', `The host's answer to ${method} does not fit the contract.`);
  return output.data;
}

export const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (input: unknown) => call(method, input)]),
) as unknown as ClaimMarkApi;

/**
 * Finishes an export in the renderer when the host asks for it (the browser host has written
 * the file and offers it once at its own address, which the browser downloads from disk).
 * Returns a sentence for the analyst.
 */
export function completeExport(outcome: ExportOutcome): string | null {
  switch (outcome.kind) {
    case 'cancelled':
      return null;
    case 'saved':
      return `Exported to ${outcome.path}`;
    case 'download': {
      const link = document.createElement('a');
      link.href = outcome.url;
      link.download = outcome.fileName;
      link.click();
      return `Downloaded ${outcome.fileName}`;
    }
  }
}

/** Calls `listener` when the host has files waiting to be opened (Electron's menu, a second launch). */
export function onFilesWaiting(listener: () => void): () => void {
  return transport.onFilesWaiting?.(listener) ?? (() => undefined);
}

/**
 * Opens an article's link, only after the analyst clicked it and only for http(s): the
 * desktop app hands it to the system browser; in the browser host the browser opens it.
 */
export async function openLink(url: string): Promise<void> {
  if (!/^https?:\/\//i.test(url)) return;
  if (desktop !== null) {
    await api.openExternal({ url }); // eng-disable OPEN_EXTERNAL_JS_CHECK -- an API call, not shell.openExternal; the host checks http(s) again
    return;
  }
  window.open(url, '_blank', 'noopener,noreferrer'); // eng-disable OPEN_EXTERNAL_JS_CHECK -- http(s) only, checked above, after a click
}
