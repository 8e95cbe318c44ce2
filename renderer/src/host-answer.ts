// The browser host's answers as fetched and read, the same on whichever thread asks: the API
// worker for most calls, the window's own thread for the start's (host-calls.ts).

import type { ApiMethod } from '../../shared/api-methods';
import { checkAnswer, type CheckedAnswer } from './answer-check';
import { UNREACHABLE_MESSAGE } from './api-worker-protocol';

/** What a call answers when the browser host does not answer at all. */
const UNREACHABLE: CheckedAnswer = { ok: false, code: 'internal', message: UNREACHABLE_MESSAGE };

/** The host's response to the request, or the unreachable answer when there is none. */
export async function fetchFromHost(url: string, init: RequestInit): Promise<Response | CheckedAnswer> {
  try {
    return await fetch(url, init);
  } catch {
    return UNREACHABLE;
  }
}

/** The answer in `body` (a response, or its stream), checked; one that is not JSON is unreadable, which the check says. */
export async function readAnswer(method: ApiMethod, body: Response | ReadableStream<Uint8Array>): Promise<CheckedAnswer> {
  const response = body instanceof Response ? body : new Response(body);
  return checkAnswer(method, await response.json().catch(() => undefined));
}
