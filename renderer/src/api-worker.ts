// The window's API worker: it sends the browser host's requests, reads their answers (up to
// the 20 MB of an article's text) and checks each one's envelope, all off the window's
// thread; the desktop host's answers come in from the window and are read the same way. The
// host has checked every value against the contract before sending it (host/api-dispatch.ts).
// The window gets back the values, a long article in pieces. The browser host's last article
// read in full stays here, and is not sent again while it is current (held-article.ts).

import type { ArticleWithClaims } from '../../shared/model';
import { checkAnswer, type CheckedAnswer } from './answer-check';
import { splitPieces, type ApiWorkerMessage, type ApiWorkerRequest } from './api-worker-protocol';
import { ArticleHolder } from './held-article';
import { fetchFromHost, readAnswer } from './host-answer';

const holder = new ArticleHolder();

async function checked(request: ApiWorkerRequest): Promise<CheckedAnswer> {
  if (request.kind === 'check') return checkAnswer(request.method, request.raw);
  const getArticle = request.method === 'getArticle';
  if (request.kind === 'read') {
    const answer = await readAnswer(request.method, request.body);
    return getArticle ? holder.take(answer, new Headers(request.headers), null) : answer;
  }
  const held = getArticle ? holder.heldFor(request.articleId) : null;
  const response = await fetchFromHost(request.url, getArticle ? { ...request.init, headers: holder.headers(request.init.headers, held) } : request.init);
  if (!(response instanceof Response)) return response;
  const answer = await readAnswer(request.method, response);
  return getArticle ? holder.take(answer, response.headers, held) : answer;
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
