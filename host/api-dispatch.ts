// The one place where a call from the renderer meets the services: it checks the method
// name and the input against the shared contract, runs the method, and turns every
// outcome into an ApiResult, so a bad call gets a clear message and never a crash.

import { ApiError, apiContract, type ApiResult, type ClaimMarkApi } from '../shared/api';
import { isApiMethod } from '../shared/api-methods';
import { inputProblemMessage, plainIssueWords } from './api-input-problems';

export type ApiDispatcher = (method: unknown, input: unknown) => Promise<ApiResult>;

export function createApiDispatcher(api: ClaimMarkApi, log: (message: string) => void): ApiDispatcher {
  return async (method, input) => {
    if (!isApiMethod(method)) {
      return { ok: false, error: { code: 'invalid-input', message: `Unknown request "${String(method)}".` } };
    }
    const checked = apiContract[method].input.safeParse(input, { error: plainIssueWords, reportInput: true });
    if (!checked.success) {
      return { ok: false, error: { code: 'invalid-input', message: inputProblemMessage(method, input, checked.error.issues) } };
    }
    try {
      // The contract ties each method to its own input schema; TypeScript cannot follow
      // that correlation through an indexed call, so the call goes through a plain function type.
      const run = api[method] as (value: unknown) => Promise<unknown>;
      const value = await run.call(api, checked.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
      log(`${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return {
        ok: false,
        error: { code: 'internal', message: `${method} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}` },
      };
    }
  };
}
