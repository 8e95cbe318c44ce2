// The window's API worker: it sends the browser host's requests, reads their answers (up to
// the 20 MB of an article's text) and checks each one's envelope, all off the window's
// thread; the desktop host's answers come in from the window and are read the same way. The
// host has checked every value against the contract before sending it (host/api-dispatch.ts).
// The window gets back the values, a long article in pieces.

import type { ArticleWithClaims } from '../../shared/model';
import { checkAnswer, type CheckedAnswer } from './answer-check';
import { splitPieces, UNREACHABLE_MESSAGE, type ApiWorkerMessage, type ApiWorkerRequest } from './api-worker-protocol';

async function checked(request: ApiWorkerRequest): Promise<CheckedAnswer> {
  if (request.kind === 'check') return checkAnswer(request.method, request.raw);
  if (request.kind === 'read') return checkAnswer(request.method, await new Response(request.body).json().catch(() => undefined));
  let response: Response;
  try {
    response = await fetch(request.url, request.init);
  } catch {
    return { ok: false, code: 'internal', message: UNREACHABLE_MESSAGE };
  }
  // An answer that is not JSON is unreadable, which the check says.
  const raw: unknown = await response.json().catch(() => undefined);
  return checkAnswer(request.method, raw);
}

const post = (message: ApiWorkerMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ApiWorkerRequest>) => {
  const request = event.data;
  void checked(request).then((answer) => {
    if (!answer.ok || request.method !== 'getArticle') {
      post({ id: request.id, kind: 'answer', inPieces: false, ...answer });
      return;
    }
    // The host checked it against the contract: getArticle answers an article with its claims.
    const { pieces, rest } = splitPieces(request.id, answer.value as ArticleWithClaims);
    for (const piece of pieces) post(piece);
    post({ id: request.id, kind: 'answer', inPieces: true, ok: true, value: rest });
  });
});
