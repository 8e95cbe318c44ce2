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

/**
 * The longest answer a call of the start reads on the window's thread: 4 MiB, an article
 * with about 5,000 claims, whose JSON parses in a few tens of ms here. Up to then the API
 * worker is still starting, and an answer handed to it costs the window more than reading it
 * (the response streamed through the window's thread into the worker, the article sent back
 * in pieces and taken in again: a 3.8 MB answer was shown about 80 ms later that way); a
 * longer answer (a long article) still goes to the worker, so the window never stalls
 * parsing it.
 */
export const START_READ_HERE_BYTES = 4 * 1024 * 1024;

/** Whether a start's answer is short enough, by the length the host declared, to read on the window's thread. */
export function readAtStartHere(response: Response): boolean {
  const length = response.headers.get('content-length');
  return length !== null && /^\d+$/.test(length) && Number(length) <= START_READ_HERE_BYTES;
}
