// The window's API worker: it sends the browser host's requests, reads their answers (up to
// the 20 MB of an article's text) and checks each one's envelope, all off the window's
// thread; the desktop host's answers come in from the window and are read the same way. The
// host has checked every value against the contract before sending it (host/api-dispatch.ts).
// The window gets back the values, a long article in pieces.

import type { ArticleWithClaims } from '../../shared/model';
import { checkAnswer, type CheckedAnswer } from './answer-check';
import { splitPieces, type ApiWorkerMessage, type ApiWorkerRequest } from './api-worker-protocol';
import { fetchFromHost, readAnswer } from './host-answer';

async function checked(request: ApiWorkerRequest): Promise<CheckedAnswer> {
  if (request.kind === 'check') return checkAnswer(request.method, request.raw);
  if (request.kind === 'read') return readAnswer(request.method, request.body);
  const response = await fetchFromHost(request.url, request.init);
  return response instanceof Response ? readAnswer(request.method, response) : response;
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
