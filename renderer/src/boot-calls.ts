// The calls every start makes, sent the moment the page's scripts begin to run: the session,
// the library and the article the analyst left open (at once when the page names it, else
// once the session has). They leave from the window's thread, before the API worker's script
// has loaded, and their answers travel (and are checked, see host-calls.ts) while the rest of
// the scripts are read and the window is first drawn, instead of after. Each answer is handed
// out once, to the first identical call; what nobody took when the start ends is dropped.

import type { ApiMethod } from '../../shared/api-methods';
import { callHostAtStart } from './host-calls';

interface BootCall {
  method: ApiMethod;
  input: string;
  answer: Promise<unknown>;
}

const pending: BootCall[] = [];
/** From sendBootCalls to endBootCalls: an answer that comes in later is not kept. */
let starting = false;

function send(method: ApiMethod, input: Record<string, unknown>): Promise<unknown> {
  const answer = callHostAtStart(method, input);
  // Taken later or never: until then a failure must not count as unhandled.
  answer.catch(() => undefined);
  pending.push({ method, input: JSON.stringify(input), answer });
  return answer;
}

/** The last article's id in a checked getSession answer. */
function lastArticleIdIn(session: unknown): string | null {
  const id: unknown = typeof session === 'object' && session !== null ? Reflect.get(session, 'lastArticleId') : null;
  return typeof id === 'string' ? id : null;
}

/**
 * Sends the start's calls. `namedArticleId`: the article the page was served for (the browser
 * host names it), asked for at once; otherwise, or when the session names another one, the
 * session's article is asked for once the session has named it.
 */
export function sendBootCalls(namedArticleId: string | null = null): void {
  starting = true;
  const session = send('getSession', {});
  send('listArticles', {});
  if (namedArticleId !== null) send('getArticle', { articleId: namedArticleId });
  void session.then((answer) => {
    const articleId = starting ? lastArticleIdIn(answer) : null;
    if (articleId !== null && articleId !== namedArticleId) send('getArticle', { articleId });
  }, () => undefined);
}

/** The answer of a call identical to one sent at start, once; null for any other call. */
export function takeBootAnswer(method: ApiMethod, input: unknown): Promise<unknown> | null {
  // Only the start's own methods are compared: any other input (a file's bytes) is never serialised here.
  if (!pending.some((call) => call.method === method)) return null;
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
