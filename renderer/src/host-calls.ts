// Every call to the host, checked: the browser host's are sent, read and checked by the API
// worker (the start's few leave from this thread, see callHostAtStart); the desktop host's go
// through the preload and their answers are checked by the same worker. Either way the
// window's thread gets a checked value (a long article put back together from its pieces) or
// an ApiError.

import { ApiError } from '../../shared/api-error';
import type { ApiMethod } from '../../shared/api-methods';
import type { ArticleWithClaims } from '../../shared/model';
import { joinPieces, type ApiWorkerCall, type ApiWorkerMessage, type ApiWorkerRequest, type ArticlePiece } from './api-worker-protocol';
import { fetchFromHost, readAnswer, readAtStartHere } from './host-answer';
import { desktopTransport, httpRequest } from './transport';

type Waiting = { resolve(value: unknown): void; reject(problem: unknown): void; pieces: ArticlePiece[] };

const waiting = new Map<number, Waiting>();
let lastId = 0;
/** Set when the worker could not be started: every call fails with it. */
let broken: ApiError | null = null;

const worker = new Worker(new URL('./api-worker.ts', import.meta.url), { type: 'module', name: 'claimmark-api' });

worker.addEventListener('message', (event: MessageEvent<ApiWorkerMessage>) => {
  const message = event.data;
  const call = waiting.get(message.id);
  if (call === undefined) return;
  if (message.kind === 'piece') {
    call.pieces.push(message);
    return;
  }
  waiting.delete(message.id);
  if (!message.ok) call.reject(new ApiError(message.code, message.message));
  else call.resolve(message.inPieces ? joinPieces(call.pieces, message.value as ArticleWithClaims) : message.value);
});

worker.addEventListener('error', (event) => {
  broken = new ApiError('internal', `ClaimMark could not start its link to the host${event.message ? ` (${event.message})` : ''}. Reload the window.`);
  for (const call of waiting.values()) call.reject(broken);
  waiting.clear();
});

function ask(call: ApiWorkerCall, transfer: Transferable[] = []): Promise<unknown> {
  if (broken !== null) return Promise.reject(broken);
  const id = ++lastId;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, pieces: [] });
    // A request that does not clone throws here and rejects at once.
    try {
      const request: ApiWorkerRequest = { ...call, id };
      worker.postMessage(request, transfer);
    } catch (problem) {
      waiting.delete(id);
      reject(problem);
    }
  });
}

/** The article a getArticle asks for, which the API worker may hold already. */
function articleIdOf(method: ApiMethod, input: unknown): { articleId?: string } {
  if (method !== 'getArticle' || typeof input !== 'object' || input === null || !('articleId' in input)) return {};
  return typeof input.articleId === 'string' ? { articleId: input.articleId } : {};
}

/** Calls `method` on the host; resolves with its checked answer, or rejects with an ApiError. */
export async function callHost(method: ApiMethod, input: unknown): Promise<unknown> {
  if (desktopTransport === null) {
    const { url, init } = httpRequest(method, input);
    return ask({ method, kind: 'fetch', url, init, ...articleIdOf(method, input) });
  }
  const raw = await desktopTransport.call(method, input);
  return ask({ method, kind: 'check', raw });
}

/**
 * A call of the start, sent from the window's thread so it leaves before the API worker's
 * own script has loaded (the browser fetches a worker's script after the page's). A short
 * answer (the session, the library, an article of ordinary length: readAtStartHere in
 * host-answer.ts) is read and checked on this thread; a longer one is handed to the worker as
 * it streams in.
 * The desktop host's calls go as any other.
 */
export async function callHostAtStart(method: ApiMethod, input: unknown): Promise<unknown> {
  if (desktopTransport !== null) return callHost(method, input);
  const { url, init } = httpRequest(method, input);
  const response = await fetchFromHost(url, init);
  if (!(response instanceof Response) || response.body === null || readAtStartHere(response)) {
    const answer = response instanceof Response ? await readAnswer(method, response) : response;
    if (!answer.ok) throw new ApiError(answer.code, answer.message);
    return answer.value;
  }
  return ask({ method, kind: 'read', body: response.body, headers: Object.fromEntries(response.headers) }, [response.body]);
}
