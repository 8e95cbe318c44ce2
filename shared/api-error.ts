// The one error type whose message is meant for the analyst, with the codes the API answers
// with. Its own module, so pure code (claim edits, the store) can throw it without pulling in
// the whole contract.

export const API_ERROR_CODES = ['invalid-input', 'not-found', 'storage', 'read-only', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** A failure whose message is meant for the analyst. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}
