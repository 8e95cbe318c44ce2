// The worker thread's entry (out/main/article-worker.js): it runs one article job at a time,
// as the host sends them, and answers each with its result or its error.

import { parentPort, workerData } from 'node:worker_threads';
import { warmUpAnchoring } from './anchoring-warm-up';
import { answerBuffers, runArticleJob } from './article-worker-jobs';
import { carryError, type ArticleWorkerAnswer, type ArticleWorkerData, type ArticleWorkerRequest } from './article-worker-protocol';

const port = parentPort;
if (port === null) throw new Error('article-worker.js runs only as a worker thread (see article-worker-pool.ts).');

// The host sends the next job only once this one is answered, so an awaited job runs alone too.
port.on('message', async ({ id, job }: ArticleWorkerRequest) => {
  port.postMessage({ id, started: true } satisfies ArticleWorkerAnswer);
  let answer: ArticleWorkerAnswer;
  let transfer: ArrayBuffer[] = [];
  try {
    const value = await runArticleJob(job);
    transfer = answerBuffers(value);
    answer = { id, ok: true, value };
  } catch (error) {
    answer = { id, ok: false, error: carryError(error) };
  }
  port.postMessage(answer, transfer);
});

// Jobs sent meanwhile wait in the port until it is done.
if ((workerData as ArticleWorkerData | null)?.warmUp === true) {
  try {
    warmUpAnchoring();
  } catch {
    // Only speed is lost: the jobs run the same code, and report their own errors.
  }
}
