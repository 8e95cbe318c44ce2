// The calls every start makes, sent the moment the page's scripts begin to run: the session,
// the library and the article the analyst left open. They leave from the window's thread,
// before the API worker's script has loaded, and their answers travel (and are checked, see
// host-calls.ts) while the rest of the scripts are read and the window is first drawn,
// instead of after. Each answer is handed out once, to the first identical call; what
// nobody took when the start ends is dropped.

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
  // The session is read on the window's thread: the last article is asked for the moment it is known.
  const answer = callHostAtStart(method, input, method === 'getSession');
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

/** Sends the start's calls; the article's once the session has named it. */
export function sendBootCalls(): void {
  starting = true;
  const session = send('getSession', {});
  send('listArticles', {});
  void session.then((answer) => {
    const articleId = starting ? lastArticleIdIn(answer) : null;
    if (articleId !== null) send('getArticle', { articleId });
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
