// The pool's own work, against a scripted stand-in for the worker (scripted-article-worker.mjs):
// answers matched to their jobs, one job at a time, errors as the analyst would read them,
// bytes handed over without a copy, a worker that dies, runs past its budget or its heap, and closing. The built worker is tested in tests/build.

import { afterEach, describe, expect, it } from 'vitest';
import { ArticleWorkerPool, type ArticleWorkLimits } from '../../../../host/article-loading/article-worker-pool';
import { loadArticle } from '../../../../host/article-loading/load-article';
import { ApiError } from '../../../../shared/api-error';
import type { Article } from '../../../../shared/model';
import { claimOf } from '../../support/claim-builder';

const SCRIPTED_WORKER = new URL('./scripted-article-worker.mjs', import.meta.url);
const ADDED = '2025-06-01T08:00:00.000Z';
/** Limits a scripted job that works forever or fills its heap runs into at once. */
const TIGHT: ArticleWorkLimits = { budgetMs: { load: 1000, reanchor: 1000, anchor: 1000, readImport: 1000, planImport: 1000 }, heapMb: 32 };

/** What the scripted worker answers for a `describe:` job, in place of an Article. */
interface Described {
  fileName: string;
  firstByte: number;
  byteLength: number;
  id: string;
  added: string;
  /** Which worker thread answered. */
  threadId: number;
  /** Whether that worker was told to warm up when it started. */
  warmUp: boolean;
}

let pool: ArticleWorkerPool;

afterEach(async () => {
  await pool.close();
});

function load(fileName: string, bytes: Uint8Array = new Uint8Array([0x61, 0x62, 0x63])): Promise<Article> {
  return pool.load({ fileName, bytes }, 'article-1', ADDED);
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('expected the job to fail, but it was answered');
}

describe('ArticleWorkerPool', () => {
  it('sends one job at a time and answers each with its own answer, in the order asked', async () => {
    pool = new ArticleWorkerPool(SCRIPTED_WORKER);
    // The scripted worker answers 'late:' jobs after a while: a job sent meanwhile would come back first.
    const first = load('late:first.txt');
    const second = load('describe:second.txt', new Uint8Array([0x7a]));
    const answers: string[] = [];
    await Promise.all([first.then(() => answers.push('first')), second.then(() => answers.push('second'))]);
    expect(answers).toEqual(['first', 'second']);
    expect(await first).toMatchObject({ fileName: 'first.txt', firstByte: 0x61, byteLength: 3, id: 'article-1', added: ADDED });
    expect(await second).toMatchObject({ fileName: 'second.txt', firstByte: 0x7a, byteLength: 1, id: 'article-1', added: ADDED });
  });

  it('re-anchors through the worker', async () => {
    pool = new ArticleWorkerPool(SCRIPTED_WORKER);
    const article = loadArticle({ fileName: 'raid.txt', bytes: new TextEncoder().encode('Raid\n\nThree men were held.\n') }, 'article-1', ADDED);
    const claim = claimOf(article, 'claim-1', 'Three men were held.', { created: ADDED });
    expect(await pool.reanchor(article.text, [claim], ADDED)).toEqual({
      claims: [claim],
      report: { unchanged: 1, moved: 0, fuzzy: 0, orphaned: 0 },
    });
  });

  it('fails with the ApiError the worker met, its code and message unchanged', async () => {
    pool = new ArticleWorkerPool(SCRIPTED_WORKER);
    const error = await rejectionOf(load('api-error:empty.txt'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'ApiError', code: 'invalid-input', message: 'empty.txt is empty.' });
  });

  it('fails with any other error as an Error of the same name and message, with the worker’s stack', async () => {
    pool = new ArticleWorkerPool(SCRIPTED_WORKER);
    const error = await rejectionOf(load('type-error:not a function'));
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'TypeError', message: 'not a function', stack: 'TypeError: in the worker' });
  });

  it('hands a buffer of the caller’s own to the worker without a copy (it is detached here)', async () => {
    pool = new ArticleWorkerPool(SCRIPTED_WORKER);
    const bytes = new Uint8Array(new ArrayBuffer(4)).fill(0x62);
    const described = (await load('describe:own.txt', bytes)) as unknown as Described;
    expect(described.byteLength).toBe(4);
    expect(described.firstByte).toBe(0x62);
    expect(bytes.byteLength).toBe(0);
  });

  it('copies a view on part of a buffer, such as a small Buffer from Node’s shared pool, and leaves the buffer whole', async () => {
    pool = new ArticleWorkerPool(SCRIPTED_WORKER);
    const shared = new ArrayBuffer(8);
    const part = new Uint8Array(shared, 2, 3).fill(0x63);
    const described = (await load('describe:part.txt', part)) as unknown as Described;
    expect(described.byteLength).toBe(3);
    expect(described.firstByte).toBe(0x63);
    expect(shared.byteLength).toBe(8);
    expect([...part]).toEqual([0x63, 0x63, 0x63]);
  });

  it('fails the job of a worker that stops, says so, and answers the jobs behind it from a new worker', async () => {
    pool = new ArticleWorkerPool(SCRIPTED_WORKER);
    const before = (await load('describe:before.txt')) as unknown as Described;
    const crash = rejectionOf(load('exit:7'));
    const behind = load('describe:behind.txt');
    expect((await crash).message).toBe('The article worker stopped (exit code 7) before it finished; ClaimMark starts a new one on the next try.');
    const after = (await behind) as unknown as Described;
    expect(after.fileName).toBe('behind.txt');
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('ends a worker past its time budget, says the article is too long or complex, and serves the jobs behind it from a new worker', async () => {
    pool = new ArticleWorkerPool(SCRIPTED_WORKER, TIGHT);
    const before = (await load('describe:before.txt')) as unknown as Described;
    const stuck = rejectionOf(load('spin:nested.html'));
    const behind = load('describe:behind.txt');
    const error = await stuck;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid-input', message: 'spin:nested.html: this article is too long or complex to open (ClaimMark stopped after 1 second of work on it).' });
    const after = (await behind) as unknown as Described;
    expect(after.fileName).toBe('behind.txt');
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('ends a worker that fills its heap, says how much memory the article needed, and serves the next job from a new worker', async () => {
    pool = new ArticleWorkerPool(SCRIPTED_WORKER, { budgetMs: { load: 60_000, reanchor: 60_000, anchor: 60_000, readImport: 60_000, planImport: 60_000 }, heapMb: 32 });
    const before = (await load('describe:before.txt')) as unknown as Described;
    const error = await rejectionOf(load('grow:huge.html'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid-input', message: 'grow:huge.html: this article is too large or complex to open (it needed more than 32 MB of memory).' });
    const after = (await load('describe:after.txt')) as unknown as Described;
    expect(after.fileName).toBe('after.txt');
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('runs every job in the one worker, also the one it started ahead of its first job', async () => {
    pool = new ArticleWorkerPool(SCRIPTED_WORKER);
    pool.warmUp();
    const first = (await load('describe:first.txt')) as unknown as Described;
    pool.warmUp();
    const second = (await load('describe:second.txt')) as unknown as Described;
    expect(second.threadId).toBe(first.threadId);
  });

  it('has a worker started ahead of its first job warm up, and one started by a job run it at once', async () => {
    pool = new ArticleWorkerPool(SCRIPTED_WORKER);
    pool.warmUp();
    expect(((await load('describe:ahead.txt')) as unknown as Described).warmUp).toBe(true);
    await pool.close();
    pool = new ArticleWorkerPool(SCRIPTED_WORKER);
    expect(((await load('describe:on-demand.txt')) as unknown as Described).warmUp).toBe(false);
  });

  it('fails with the reason when the worker cannot start', async () => {
    pool = new ArticleWorkerPool(new URL('./no-such-worker.mjs', import.meta.url));
    const error = await rejectionOf(load('describe:any.txt'));
    expect(error.message).toMatch(/^The article worker failed \(Cannot find module '.*no-such-worker\.mjs'.*\) before it finished/);
  });

  it('on close, fails the job running and those still waiting, and refuses new ones', async () => {
    pool = new ArticleWorkerPool(SCRIPTED_WORKER);
    const running = rejectionOf(load('late:running.txt'));
    const waiting = rejectionOf(load('describe:waiting.txt'));
    await pool.close();
    expect((await running).message).toBe('ClaimMark closed before the article was loaded or updated.');
    expect((await waiting).message).toBe('ClaimMark closed before the article was loaded or updated.');
    expect((await rejectionOf(load('describe:later.txt'))).message).toBe('ClaimMark is closing: no more articles are loaded or updated.');
  });
});
