// The calls every start makes, sent the moment the page's scripts begin to run: the session,
// the library and the article the analyst left open. Their answers travel while the rest of
// the scripts are read and the window is first drawn, instead of after. Each answer is handed
// out once, to the first identical call, and checked there like any other (api.ts); nothing
// here reads an answer except the last article's id, which is only a hint for what to fetch.

import type { ApiMethod } from '../../shared/api-methods';
import { transport } from './transport';

interface BootCall {
  method: ApiMethod;
  input: string;
  answer: Promise<unknown>;
}

const pending: BootCall[] = [];
/** From sendBootCalls to endBootCalls: an answer that comes in later is not kept. */
let starting = false;

function send(method: ApiMethod, input: Record<string, unknown>): Promise<unknown> {
  const answer = transport.call(method, input);
  // Taken later or never: until then a failure must not count as unhandled.
  answer.catch(() => undefined);
  pending.push({ method, input: JSON.stringify(input), answer });
  return answer;
}

/** The id of the last article in a raw getSession answer, if it has one. */
function lastArticleIdIn(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Reflect.get(raw, 'ok') !== true) return null;
  const value: unknown = Reflect.get(raw, 'value');
  if (typeof value !== 'object' || value === null) return null;
  const id: unknown = Reflect.get(value, 'lastArticleId');
  return typeof id === 'string' ? id : null;
}

/** Sends the start's calls; the article's once the session has named it. */
export function sendBootCalls(): void {
  starting = true;
  const session = send('getSession', {});
  send('listArticles', {});
  const article = session.then((raw) => {
    const articleId = starting ? lastArticleIdIn(raw) : null;
    return articleId === null ? null : transport.call('getArticle', { articleId });
  });
  article.catch(() => undefined);
  // Listed now, answered once the session is in; an article that was never asked for is never handed out.
  void session.then((raw) => {
    const articleId = starting ? lastArticleIdIn(raw) : null;
    if (articleId !== null) pending.push({ method: 'getArticle', input: JSON.stringify({ articleId }), answer: article });
  }, () => undefined);
}

/** The raw answer of a call identical to one sent at start, once; null for any other call. */
export function takeBootAnswer(method: ApiMethod, input: unknown): Promise<unknown> | null {
  const key = JSON.stringify(input);
  const index = pending.findIndex((call) => call.method === method && call.input === key);
  if (index < 0) return null;
  const [call] = pending.splice(index, 1);
  return call?.answer ?? null;
}

/** Ends the start: answers nobody took are dropped, so a later call always asks the host afresh. */
export function endBootCalls(): void {
  starting = false;
  pending.length = 0;
}
