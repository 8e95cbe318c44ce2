// The one place where a call from the renderer meets the services: it checks the method
// name and the input against the shared contract, runs the method, checks its answer
// against the contract too, and turns every outcome into an ApiResult, so a bad call gets a
// clear message and never a crash, and no answer leaves the host that does not fit the
// contract (the window checks only the envelope of what it gets: renderer/src/answer-check.ts).

import { ApiError, apiContract, type ApiResult, type ClaimMarkApi } from '../shared/api';
import { isApiMethod } from '../shared/api-methods';
import { answerIssues } from './answer-contract';
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
      // The answer goes out as the service made it; the check only reads it.
      const issues = answerIssues(method, value);
      if (issues.length > 0) {
        log(`${method} answered outside the contract: ${issues.map((issue) => `${issue.path.join('.') || '(answer)'}: ${issue.message}`).join('; ')}`);
        return { ok: false, error: { code: 'internal', message: `ClaimMark made an answer to ${method} that does not fit its contract (a fault in ClaimMark, written to its log); the window did not take it.` } };
      }
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
