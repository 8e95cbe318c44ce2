// The names of the API methods and how they travel. Kept free of dependencies so the
// sandboxed preload can include it without pulling in the schemas.

export const API_METHODS = [
  'listArticles',
  'getArticle',
  'getSession',
  'getSaveStatus',
  'openArticle',
  'takePendingFiles',
  'deleteArticle',
  'createClaim',
  'updateClaim',
  'deleteClaim',
  'restoreClaim',
  'addEvidence',
  'updateEvidence',
  'deleteEvidence',
  'reattachClaim',
  'reviewClaim',
  'exportClaims',
  'importClaims',
  'undoImport',
  'redoImport',
  'openExternal',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}

/** The IPC channel of a method. */
export function apiChannel(method: ApiMethod): string {
  return `claimmark:${method}`;
}

/** The HTTP path of a method in the browser host. */
export function apiPath(method: ApiMethod): string {
  return `/api/${method}`;
}

/** The channel on which the Electron main process says that files wait to be opened. */
export const FILES_WAITING_CHANNEL = 'claimmark:files-waiting';

/** The raw, untyped bridge a host exposes; renderer/src/api.ts types and checks it. */
export interface ApiTransport {
  call(method: ApiMethod, input: unknown): Promise<unknown>;
  /** Calls `listener` whenever the host has files waiting (see takePendingFiles); returns an unsubscribe. */
  onFilesWaiting?(listener: () => void): () => void;
  /** Calls `listener` with each command the desktop app's menu gives (see shared/app-commands.ts); returns an unsubscribe. */
  onAppCommand?(listener: (command: string) => void): () => void;
}

/** The name of the one object the Electron preload puts on `window`. */
export const PRELOAD_GLOBAL = 'claimmark';
