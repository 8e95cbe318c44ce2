// Checks a host's raw answer against the shared contract: the value a call gave, or the
// failure it reported, in a form that travels between threads. Runs in the API worker
// (api-worker.ts), so the window's own thread neither builds the schemas nor checks long
// answers.

import { apiContract, apiResultSchema } from '../../shared/api';
import type { ApiErrorCode } from '../../shared/api-error';
import type { ApiMethod } from '../../shared/api-methods';

export type CheckedAnswer = { ok: true; value: unknown } | { ok: false; code: ApiErrorCode; message: string };

export function checkAnswer(method: ApiMethod, raw: unknown): CheckedAnswer {
  const result = apiResultSchema.safeParse(raw);
  if (!result.success) return { ok: false, code: 'internal', message: `The host sent an unreadable answer to ${method}.` };
  if (!result.data.ok) return { ok: false, code: result.data.error.code, message: result.data.error.message };
  const output = apiContract[method].output.safeParse(result.data.value);
  if (!output.success) return { ok: false, code: 'internal', message: `The host's answer to ${method} does not fit the contract.` };
  return { ok: true, value: output.data };
}
