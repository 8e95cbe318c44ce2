// The host's side of the article worker: one long-lived worker thread, started by the first
// job (or ahead of it), that loads article files and re-anchors claims while the host's own
// thread answers other calls. A worker that dies fails the jobs it had; the next job starts a new one.

import { Worker } from 'node:worker_threads';
import type { ReanchorOutcome } from '../../shared/anchoring/reanchor-claims';
import type { Article, Claim } from '../../shared/model';
import type { ArticleJob, ArticleJobAnswers, ArticleWork } from './article-worker-jobs';
import { rebuiltError, type ArticleWorkerAnswer, type ArticleWorkerData, type ArticleWorkerRequest } from './article-worker-protocol';
import type { ArticleOrigin } from './load-article';

/**
 * The built worker. Every file of the main build lies in out/main (electron.vite.config.ts),
 * so whichever of them this module was bundled into, the worker is beside it.
 */
export const ARTICLE_WORKER_URL = new URL('./article-worker.js', import.meta.url);

interface WaitingJob {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Bytes the worker can take over: the caller's own buffer when the view spans all of it, else
 * a copy, since a small Buffer is a slice of Node's shared pool, which must not be detached.
 */
function transferableBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return new Uint8Array(buffer);
  return new Uint8Array(bytes);
}

export class ArticleWorkerPool implements ArticleWork {
  private readonly script: URL;
  private worker: Worker | null = null;
  /** The jobs the running worker has not answered yet, by id. */
  private readonly waiting = new Map<number, WaitingJob>();
  private lastId = 0;
  private closed = false;

  /** `script` is the worker's entry; tests name another build of it. */
  constructor(script: URL = ARTICLE_WORKER_URL) {
    this.script = script;
  }

  load(origin: ArticleOrigin, id: string, added: string): Promise<Article> {
    const bytes = transferableBytes(origin.bytes);
    return this.request<'load'>({ kind: 'load', origin: { fileName: origin.fileName, bytes }, id, added }, [bytes.buffer]);
  }

  reanchor(text: string, claims: readonly Claim[], since: string): Promise<ReanchorOutcome> {
    return this.request<'reanchor'>({ kind: 'reanchor', text, claims, since }, []);
  }

  /**
   * Starts the worker ahead of its first job, so that the first article opened does not wait
   * while it loads its modules, and has it warm up its anchoring code (anchoring-warm-up.ts).
   */
  warmUp(): void {
    if (!this.closed && this.worker === null) this.start(true);
  }

  /** Ends the worker; jobs it had not answered fail, as does any job asked for later. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.ended(worker, new Error('ClaimMark closed before the article was loaded or updated.'));
    await worker?.terminate();
  }

  private request<K extends ArticleJob['kind']>(job: ArticleJob & { kind: K }, transfer: ArrayBuffer[]): Promise<ArticleJobAnswers[K]> {
    if (this.closed) return Promise.reject(new Error('ClaimMark is closing: no more articles are loaded or updated.'));
    // A worker started for a job runs it at once, without warming up first.
    const worker = this.worker ?? this.start(false);
    const id = ++this.lastId;
    const request: ArticleWorkerRequest = { id, job };
    return new Promise((resolve, reject) => {
      // A job that cannot be sent (it does not clone) throws here and rejects at once.
      worker.postMessage(request, transfer);
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.ref();
    });
  }

  private start(warmUp: boolean): Worker {
    const workerData: ArticleWorkerData = { warmUp };
    const worker = new Worker(this.script, { workerData });
    // Only a worker with jobs keeps the process alive.
    worker.unref();
    const died = (why: string) =>
      this.ended(worker, new Error(`The article worker ${why} before it finished; ClaimMark starts a new one on the next try.`));
    worker.on('message', (answer: ArticleWorkerAnswer) => this.answered(worker, answer));
    worker.on('error', (error) => died(`failed (${error.message})`));
    worker.on('exit', (code) => died(`stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  private answered(worker: Worker, answer: ArticleWorkerAnswer): void {
    const job = this.waiting.get(answer.id);
    if (job === undefined) return;
    this.waiting.delete(answer.id);
    if (this.waiting.size === 0) worker.unref();
    if (answer.ok) job.resolve(answer.value);
    else job.reject(rebuiltError(answer.error));
  }

  /** The running worker is gone: every job it had fails with `why`, and the next job starts a new worker. */
  private ended(worker: Worker | null, why: Error): void {
    // An old worker's late 'exit' must not touch the jobs of the one after it.
    if (worker === null || worker !== this.worker) return;
    this.worker = null;
    const jobs = [...this.waiting.values()];
    this.waiting.clear();
    for (const job of jobs) job.reject(why);
  }
}
