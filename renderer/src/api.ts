// The renderer's only door to its host: one typed object whose calls go through host-calls.ts
// (every answer checked against the shared contract, failures as ApiError), the start's
// first answers taken from boot-calls.ts. Nothing else in the renderer knows which host it is in.

import type { ClaimMarkApi, ExportOutcome } from '../../shared/api';
import { API_METHODS, type ApiMethod } from '../../shared/api-methods';
import { isAppCommand, type AppCommand } from '../../shared/app-commands';
import { takeBootAnswer } from './boot-calls';
import { callHost } from './host-calls';
import { desktopTransport, isDesktop } from './transport';

const call = (method: ApiMethod, input: unknown): Promise<unknown> => takeBootAnswer(method, input) ?? callHost(method, input);

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
      return withRemarks(`Exported to ${outcome.path}`, outcome.remarks);
    case 'download': {
      const link = document.createElement('a');
      link.href = outcome.url;
      link.download = outcome.fileName;
      link.click();
      return withRemarks(`Downloaded ${outcome.fileName}`, outcome.remarks);
    }
  }
}

/** What was done, then what the file left out on purpose ("Downloaded x.jsonld — 1 claim needs review…"). */
function withRemarks(done: string, remarks: readonly string[]): string {
  return remarks.length === 0 ? done : `${done} — ${remarks.join(' ')}`;
}

/** Calls `listener` when the host has files waiting to be opened (Electron's menu, a second launch). */
export function onFilesWaiting(listener: () => void): () => void {
  return desktopTransport?.onFilesWaiting?.(listener) ?? (() => undefined);
}

/** Calls `listener` with each command of the desktop app's menu; names it does not know are dropped. */
export function onAppCommand(listener: (command: AppCommand) => void): () => void {
  return desktopTransport?.onAppCommand?.((command) => {
    if (isAppCommand(command)) listener(command);
  }) ?? (() => undefined);
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
