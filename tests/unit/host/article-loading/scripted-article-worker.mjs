// A stand-in for the built article worker, for the pool's unit tests (which run TypeScript
// sources the worker thread cannot load). It speaks the same messages; the file name of a
// load job says what it does: answer, fail, exit, answer late, work forever, or use up its heap.
import { parentPort, threadId, workerData } from 'node:worker_threads';

function answerOf(id, job) {
  const [action, detail] = job.origin.fileName.split(':');
  const bytes = job.origin.bytes;
  switch (action) {
    case 'describe':
      return { id, ok: true, value: { fileName: detail, firstByte: bytes[0], byteLength: bytes.byteLength, id: job.id, added: job.added, threadId, warmUp: workerData.warmUp } };
    case 'api-error':
      return { id, ok: false, error: { name: 'ApiError', message: `${detail} is empty.`, code: 'invalid-input', stack: null } };
    case 'type-error':
      return { id, ok: false, error: { name: 'TypeError', message: detail, code: null, stack: 'TypeError: in the worker' } };
    default:
      throw new Error(`the scripted worker has no action "${action}"`);
  }
}

parentPort.on('message', ({ id, job }) => {
  parentPort.postMessage({ id, started: true });
  if (job.kind === 'reanchor') {
    parentPort.postMessage({ id, ok: true, value: { claims: job.claims, report: { unchanged: job.claims.length, moved: 0, fuzzy: 0, orphaned: 0 } } });
    return;
  }
  const [action, detail] = job.origin.fileName.split(':');
  if (action === 'exit') process.exit(Number(detail));
  if (action === 'late') {
    // Answered after a while: a job sent meanwhile would be answered first.
    setTimeout(() => parentPort.postMessage(answerOf(id, { ...job, origin: { ...job.origin, fileName: `describe:${detail}` } })), 50);
    return;
  }
  if (action === 'spin') for (;;);
  if (action === 'grow') {
    const kept = [];
    for (;;) kept.push(new Array(100_000).fill(kept.length));
  }
  parentPort.postMessage(answerOf(id, job));
});
