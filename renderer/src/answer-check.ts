// Reads a host's raw answer: the value a call gave, or the failure it reported, in a form
// that travels between threads. Runs in the API worker (api-worker.ts), off the window's
// thread. The host checks every answer against the shared contract before it sends it
// (host/api-dispatch.ts), so the window checks only the envelope, by hand: the schema library
// stays out of the window's scripts.

import { API_ERROR_CODES, type ApiErrorCode } from '../../shared/api-error';
import type { ApiMethod } from '../../shared/api-methods';

export type CheckedAnswer = { ok: true; value: unknown } | { ok: false; code: ApiErrorCode; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isErrorCode = (value: unknown): value is ApiErrorCode => API_ERROR_CODES.some((code) => code === value);

const hasOnlyKeys = (value: Record<string, unknown>, keys: readonly string[]) => Object.keys(value).every((key) => keys.includes(key));

export function checkAnswer(method: ApiMethod, raw: unknown): CheckedAnswer {
  const unreadable: CheckedAnswer = { ok: false, code: 'internal', message: `The host sent an unreadable answer to ${method}.` };
  if (!isRecord(raw)) return unreadable;
  if (raw.ok === true && 'value' in raw && hasOnlyKeys(raw, ['ok', 'value'])) return { ok: true, value: raw.value };
  if (raw.ok !== false || !hasOnlyKeys(raw, ['ok', 'error'])) return unreadable;
  const { error } = raw;
  if (!isRecord(error) || !isErrorCode(error.code) || typeof error.message !== 'string' || !hasOnlyKeys(error, ['code', 'message'])) return unreadable;
  return { ok: false, code: error.code, message: error.message };
}
