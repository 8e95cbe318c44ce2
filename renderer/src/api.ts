// The renderer's only door to its host. It finds the transport (the Electron preload's
// object, or HTTP to the browser host), checks every answer against the shared contract,
// and turns failures into ApiError. Nothing else in the renderer knows which host it is in.

import { ApiError, apiContract, apiResultSchema, type ClaimMarkApi, type ExportOutcome } from '../../shared/api';
import { API_METHODS, type ApiMethod } from '../../shared/api-methods';
import { takeBootAnswer } from './boot-calls';
import { HostUnreachable, isDesktop, transport } from './transport';

async function send(method: ApiMethod, input: unknown): Promise<unknown> {
  try {
    return await (takeBootAnswer(method, input) ?? transport.call(method, input));
  } catch (problem) {
    if (problem instanceof HostUnreachable) throw new ApiError('internal', problem.message);
    throw problem;
  }
}

async function call(method: ApiMethod, input: unknown): Promise<unknown> {
  const raw = await send(method, input);
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
  if (isDesktop) {
    await api.openExternal({ url }); // eng-disable OPEN_EXTERNAL_JS_CHECK -- an API call, not shell.openExternal; the host checks http(s) again
    return;
  }
  window.open(url, '_blank', 'noopener,noreferrer'); // eng-disable OPEN_EXTERNAL_JS_CHECK -- http(s) only, checked above, after a click
}
