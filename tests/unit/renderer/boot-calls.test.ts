// The start's calls leave before the page's scripts have run; each answer goes once to the
// first identical call, and what nobody took by the end of the start is dropped, so a later
// call never gets an answer from before.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiMethod } from '../../../shared/api-methods';

interface SentCall {
  method: ApiMethod;
  input: unknown;
  answer(raw: unknown): void;
  fail(problem: unknown): void;
}

const sent: SentCall[] = [];

vi.mock('../../../renderer/src/host-calls', () => ({
  callHostAtStart: (method: ApiMethod, input: unknown) =>
    new Promise<unknown>((answer, fail) => {
      sent.push({ method, input, answer, fail });
    }),
}));

const { endBootCalls, sendBootCalls, takeBootAnswer } = await import('../../../renderer/src/boot-calls');

// Checked answers, as host-calls.ts resolves them.
const SESSION = { lastArticleId: 'article-7', notices: [] };
const LIBRARY: unknown[] = [];
const ARTICLE = { article: { id: 'article-7' }, claims: [] };

function sentCall(method: ApiMethod): SentCall {
  const found = sent.find((call) => call.method === method);
  if (found === undefined) throw new Error(`no ${method} call was sent`);
  return found;
}

/** Lets the answers' callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  endBootCalls();
  sent.length = 0;
});

describe('the start’s calls', () => {
  it('asks for the session and the library at once, and for the last article once the session names it', async () => {
    sendBootCalls();
    expect(sent.map((call) => call.method)).toEqual(['getSession', 'listArticles']);
    sentCall('getSession').answer(SESSION);
    await settle();
    expect(sent.map((call) => [call.method, call.input])).toEqual([
      ['getSession', {}],
      ['listArticles', {}],
      ['getArticle', { articleId: 'article-7' }],
    ]);
  });

  it('asks for the article the page names at once, beside the session, and only once when the session names it too', async () => {
    sendBootCalls('article-7');
    expect(sent.map((call) => [call.method, call.input])).toEqual([
      ['getSession', {}],
      ['listArticles', {}],
      ['getArticle', { articleId: 'article-7' }],
    ]);
    sentCall('getSession').answer(SESSION);
    await settle();
    expect(sent).toHaveLength(3);
    sentCall('getArticle').answer(ARTICLE);
    await expect(takeBootAnswer('getArticle', { articleId: 'article-7' })).resolves.toEqual(ARTICLE);
  });

  it('asks for the session’s article when it is not the one the page named, and drops the named one’s answer at the end', async () => {
    sendBootCalls('article-3');
    sentCall('getSession').answer(SESSION);
    await settle();
    expect(sent.map((call) => [call.method, call.input])).toEqual([
      ['getSession', {}],
      ['listArticles', {}],
      ['getArticle', { articleId: 'article-3' }],
      ['getArticle', { articleId: 'article-7' }],
    ]);
    sent[2]?.answer({ article: { id: 'article-3' }, claims: [] });
    sent[3]?.answer(ARTICLE);
    await expect(takeBootAnswer('getArticle', { articleId: 'article-7' })).resolves.toEqual(ARTICLE);
    endBootCalls();
    expect(takeBootAnswer('getArticle', { articleId: 'article-3' })).toBeNull();
  });

  it('hands each answer once, to a call with the same input', async () => {
    sendBootCalls();
    sentCall('getSession').answer(SESSION);
    sentCall('listArticles').answer(LIBRARY);
    await settle();
    sentCall('getArticle').answer(ARTICLE);
    expect(takeBootAnswer('getArticle', { articleId: 'article-8' })).toBeNull();
    await expect(takeBootAnswer('getArticle', { articleId: 'article-7' })).resolves.toEqual(ARTICLE);
    expect(takeBootAnswer('getArticle', { articleId: 'article-7' })).toBeNull();
    await expect(takeBootAnswer('getSession', {})).resolves.toEqual(SESSION);
    await expect(takeBootAnswer('listArticles', {})).resolves.toEqual(LIBRARY);
    expect(takeBootAnswer('listArticles', {})).toBeNull();
  });

  it('asks for no article when the session names none, or cannot be read', async () => {
    sendBootCalls();
    sentCall('getSession').answer({ lastArticleId: null, notices: [] });
    await settle();
    sendBootCalls();
    sent[2]?.fail(new Error('the host went away'));
    await settle();
    expect(sent.map((call) => call.method)).toEqual(['getSession', 'listArticles', 'getSession', 'listArticles']);
    expect(takeBootAnswer('getArticle', { articleId: 'article-7' })).toBeNull();
  });

  it('never serialises the input of a call the start does not make', () => {
    sendBootCalls();
    const bytes = { toJSON: () => { throw new Error('a file’s bytes were serialised'); } };
    expect(takeBootAnswer('openArticle', { file: bytes })).toBeNull();
  });

  it('passes a failed call’s failure to the call that takes it', async () => {
    sendBootCalls();
    sentCall('listArticles').fail(new Error('the host went away'));
    await expect(takeBootAnswer('listArticles', {})).rejects.toThrow('the host went away');
  });

  it('drops what nobody took when the start ends', async () => {
    sendBootCalls();
    sentCall('getSession').answer(SESSION);
    await settle();
    endBootCalls();
    expect(takeBootAnswer('getSession', {})).toBeNull();
    expect(takeBootAnswer('listArticles', {})).toBeNull();
    expect(takeBootAnswer('getArticle', { articleId: 'article-7' })).toBeNull();
  });

  it('neither asks for nor keeps the last article when the start ended before the session came in', async () => {
    sendBootCalls();
    endBootCalls();
    sentCall('getSession').answer(SESSION);
    await settle();
    expect(sent.map((call) => call.method)).toEqual(['getSession', 'listArticles']);
    expect(takeBootAnswer('getArticle', { articleId: 'article-7' })).toBeNull();
  });
});
