// The host's side of the article worker: one long-lived worker thread, started by the first
// job (or ahead of it), that loads article files and re-anchors claims while the host's own
// thread answers other calls. Jobs go to it one at a time, each within a time budget and the
// worker's heap limit: a worker past either is ended, its job fails with a plain message, and
// the jobs waiting behind it go to a new worker.

import { Worker } from 'node:worker_threads';
import type { LabelDecisions } from '../../shared/import/label-mapping';
import type { AnchorBatch } from '../../shared/anchoring/anchor-batch';
import type { ReanchorOutcome } from '../../shared/anchoring/reanchor-claims';
import type { ReadImportFile } from '../../shared/import/read-import-file';
import { ApiError } from '../../shared/api-error';
import type { Article, Claim, ClaimSelectors } from '../../shared/model';
import type { ArticleJob, ArticleJobAnswers, ArticleWork } from './article-worker-jobs';
import { receivedReadImport } from './carried-read-import';
import { rebuiltError, type ArticleWorkerAnswer, type ArticleWorkerData, type ArticleWorkerRequest } from './article-worker-protocol';
import { receivePlan } from './carried-plan';
import type { ImportPlanRequest, PlannedImport } from './import-planning';
import type { ArticleOrigin } from './load-article';

/**
 * The built worker. Every file of the main build lies in out/main (electron.vite.config.ts),
 * so whichever of them this module was bundled into, the worker is beside it.
 */
export const ARTICLE_WORKER_URL = new URL('./article-worker.js', import.meta.url);

export interface ArticleWorkLimits {
  /** How long one job of each kind may run before its worker is ended. */
  budgetMs: Readonly<Record<ArticleJob['kind'], number>>;
  /** The worker's heap (V8's old generation), in MB. */
  heapMb: number;
}

// An ordinary saved page of 20 MB loads in a few seconds; one that needs 20 s of work or
// 2 GB of heap would hold every later load up for as long, and is refused instead.
export const ARTICLE_WORK_LIMITS: ArticleWorkLimits = { budgetMs: { load: 20_000, reanchor: 60_000, anchor: 60_000, readImport: 20_000, planImport: 60_000 }, heapMb: 2048 };

interface QueuedJob {
  job: ArticleJob;
  transfer: ArrayBuffer[];
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

/** What the analyst reads when a job ran past its budget. */
function overBudgetError(job: ArticleJob, budgetMs: number): ApiError {
  const count = Math.round(budgetMs / 1000);
  const seconds = `${count} ${count === 1 ? 'second' : 'seconds'}`;
  if (job.kind === 'anchor') return new ApiError('internal', `Placing the imported claims took more than ${seconds}, so ClaimMark stopped; nothing was imported.`);
  if (job.kind === 'readImport') return new ApiError('invalid-input', `Reading the file to import took more than ${seconds}, so ClaimMark stopped; nothing was imported.`);
  if (job.kind === 'planImport') return new ApiError('invalid-input', `Reading the file to import and placing its claims took more than ${seconds}, so ClaimMark stopped; nothing was imported.`);
  if (job.kind === 'reanchor') {
    return new ApiError('internal', `Moving the claims to the new version of the article took more than ${seconds}, so ClaimMark stopped; the article was not updated.`);
  }
  return new ApiError('invalid-input', `${job.origin.fileName}: this article is too long or complex to open (ClaimMark stopped after ${seconds} of work on it).`);
}

/** What the analyst reads when the worker ran out of its heap on a job. */
function outOfMemoryError(job: ArticleJob, heapMb: number): ApiError {
  if (job.kind === 'anchor') return new ApiError('internal', `Placing the imported claims needed more than ${heapMb} MB of memory, so ClaimMark stopped; nothing was imported.`);
  if (job.kind === 'readImport') return new ApiError('invalid-input', `Reading the file to import needed more than ${heapMb} MB of memory, so ClaimMark stopped; nothing was imported.`);
  if (job.kind === 'planImport') {
    return new ApiError('invalid-input', `Reading the file to import and placing its claims needed more than ${heapMb} MB of memory, so ClaimMark stopped; nothing was imported.`);
  }
  if (job.kind === 'reanchor') {
    return new ApiError('internal', `Moving the claims to the new version of the article needed more than ${heapMb} MB of memory, so ClaimMark stopped; the article was not updated.`);
  }
  return new ApiError('invalid-input', `${job.origin.fileName}: this article is too large or complex to open (it needed more than ${heapMb} MB of memory).`);
}

export class ArticleWorkerPool implements ArticleWork {
  private readonly script: URL;
  private readonly limits: ArticleWorkLimits;
  private worker: Worker | null = null;
  /** Jobs not yet sent, oldest first; their bytes are still the pool's to send. */
  private readonly queue: QueuedJob[] = [];
  /** The one job sent to the worker, and once the worker started on it, the timer that ends it past its budget. */
  private running: { id: number; queued: QueuedJob; timer: NodeJS.Timeout | null } | null = null;
  private lastId = 0;
  private closed = false;

  /** `script` is the worker's entry; tests name another build of it, and tighter limits. */
  constructor(script: URL = ARTICLE_WORKER_URL, limits: ArticleWorkLimits = ARTICLE_WORK_LIMITS) {
    this.script = script;
    this.limits = limits;
  }

  load(origin: ArticleOrigin, id: string, added: string): Promise<Article> {
    const bytes = transferableBytes(origin.bytes);
    return this.request<'load'>({ kind: 'load', origin: { fileName: origin.fileName, bytes }, id, added }, [bytes.buffer]);
  }

  reanchor(text: string, claims: readonly Claim[], since: string): Promise<ReanchorOutcome> {
    return this.request<'reanchor'>({ kind: 'reanchor', text, claims, since }, []);
  }

  anchor(text: string, selectors: readonly ClaimSelectors[]): Promise<AnchorBatch> {
    return this.request<'anchor'>({ kind: 'anchor', text, selectors }, []);
  }

  readImport(bytes: Uint8Array, decisions: LabelDecisions): Promise<ReadImportFile> {
    const own = transferableBytes(bytes);
    return this.request<'readImport'>({ kind: 'readImport', bytes: own, decisions }, [own.buffer]).then(receivedReadImport);
  }

  async planImport(bytes: Uint8Array, request: ImportPlanRequest, newId: () => string): Promise<PlannedImport> {
    const own = transferableBytes(bytes);
    const carried = await this.request<'planImport'>({ kind: 'planImport', bytes: own, request }, [own.buffer]);
    return carried.kind === 'planned' ? { ...carried, plan: await receivePlan(carried.plan, newId) } : carried;
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
    const why = new Error('ClaimMark closed before the article was loaded or updated.');
    for (const queued of this.queue.splice(0)) queued.reject(why);
    this.ended(worker, () => why);
    await worker?.terminate();
  }

  private request<K extends ArticleJob['kind']>(job: ArticleJob & { kind: K }, transfer: ArrayBuffer[]): Promise<Awaited<ArticleJobAnswers[K]>> {
    if (this.closed) return Promise.reject(new Error('ClaimMark is closing: no more articles are loaded or updated.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, transfer, resolve: resolve as (value: unknown) => void, reject });
      this.sendNext();
    });
  }

  /** Sends the oldest waiting job, unless the worker is busy with one. */
  private sendNext(): void {
    while (!this.closed && this.running === null) {
      const queued = this.queue.shift();
      if (queued === undefined) return;
      // A worker started for a job runs it at once, without warming up first.
      const worker = this.worker ?? this.start(false);
      const id = ++this.lastId;
      const request: ArticleWorkerRequest = { id, job: queued.job };
      try {
        worker.postMessage(request, queued.transfer);
      } catch (error) {
        // A job that does not clone fails alone; the next one is sent.
        queued.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      this.running = { id, queued, timer: null };
      worker.ref();
    }
  }

  private start(warmUp: boolean): Worker {
    const workerData: ArticleWorkerData = { warmUp };
    const worker = new Worker(this.script, { workerData, resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb } });
    // Only a worker with a job keeps the process alive.
    worker.unref();
    const died = (why: string) => () => new Error(`The article worker ${why} before it finished; ClaimMark starts a new one on the next try.`);
    worker.on('message', (answer: ArticleWorkerAnswer) => this.answered(worker, answer));
    worker.on('error', (error: Error & { code?: string }) =>
      this.ended(worker, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? (job) => outOfMemoryError(job, this.limits.heapMb) : died(`failed (${error.message})`)),
    );
    worker.on('exit', (code) => this.ended(worker, died(`stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private answered(worker: Worker, answer: ArticleWorkerAnswer): void {
    const running = this.running;
    if (worker !== this.worker || running === null || running.id !== answer.id) return;
    if ('started' in answer) {
      // Counted from here, not from sending: a new worker first loads its code and may warm up.
      const budgetMs = this.limits.budgetMs[running.queued.job.kind];
      running.timer = setTimeout(() => this.overBudget(worker, budgetMs), budgetMs);
      return;
    }
    if (running.timer !== null) clearTimeout(running.timer);
    this.running = null;
    worker.unref();
    if (answer.ok) running.queued.resolve(answer.value);
    else running.queued.reject(rebuiltError(answer.error));
    this.sendNext();
  }

  private overBudget(worker: Worker, budgetMs: number): void {
    this.ended(worker, (job) => overBudgetError(job, budgetMs));
    void worker.terminate();
  }

  /** The worker is gone or being ended: its job fails with `why`, and the next job starts a new worker. */
  private ended(worker: Worker | null, why: (job: ArticleJob) => Error): void {
    // An old worker's late 'exit' must not touch the job of the one after it.
    if (worker === null || worker !== this.worker) return;
    this.worker = null;
    const running = this.running;
    this.running = null;
    if (running !== null) {
      if (running.timer !== null) clearTimeout(running.timer);
      running.queued.reject(why(running.queued.job));
    }
    this.sendNext();
  }
}
