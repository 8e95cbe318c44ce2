// Why a file could not be imported, in words for the analyst, and the limits that keep a
// hostile file from exhausting memory or the stack.

export class ImportError extends Error {
  override readonly name = 'ImportError';
}

export interface ImportLimits {
  /** Largest file, in bytes of UTF-8. */
  maxBytes: number;
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
  /** Most claims (annotations) in one file. */
  maxClaims: number;
}

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = {
  maxBytes: 20 * 1024 * 1024,
  maxDepth: 64,
  maxClaims: 50_000,
};
