import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../../../../host/library/keyed-queue';

/** A promise the test settles by hand, to decide the order in which tasks finish. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
}

/** A task that logs its start, waits for `gate`, logs its end and returns what the gate gave. */
function gated<T>(log: string[], name: string, gate: Promise<T>): () => Promise<T> {
  return async () => {
    log.push(`${name} starts`);
    const value = await gate;
    log.push(`${name} ends`);
    return value;
  };
}

/** Lets every promise callback that is ready run. */
async function drain(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}

describe('KeyedQueue', () => {
  it('starts a task under a key only once the one before it has finished', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const first = deferred<string>();
    const a = queue.run('article-1', gated(log, 'first', first.promise));
    const b = queue.run('article-1', gated(log, 'second', Promise.resolve('second')));
    await drain();
    expect(log).toEqual(['first starts']);

    first.resolve('first');
    expect(await Promise.all([a, b])).toEqual(['first', 'second']);
    expect(log).toEqual(['first starts', 'first ends', 'second starts', 'second ends']);
  });

  it('runs tasks under different keys side by side', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const blocked = deferred<void>();
    const slow = queue.run('article-1', gated(log, 'article-1', blocked.promise));
    await queue.run('article-2', gated(log, 'article-2', Promise.resolve()));
    expect(log).toEqual(['article-1 starts', 'article-2 starts', 'article-2 ends']);
    blocked.resolve();
    await slow;
    expect(log).toEqual(['article-1 starts', 'article-2 starts', 'article-2 ends', 'article-1 ends']);
  });

  it('gives a failure to its own caller only, and runs the next task after it', async () => {
    const queue = new KeyedQueue();
    const failing = queue.run('article-1', () => Promise.reject(new Error('disk full')));
    const next = queue.run('article-1', async () => 'saved');
    await expect(failing).rejects.toThrow('disk full');
    expect(await next).toBe('saved');
  });

  it('waits in idle() for the tasks of one key so far, however they end, and not for other keys', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const one = deferred<void>();
    const other = deferred<void>();
    const failing = queue.run('article-1', async () => {
      await gated(log, 'article-1', one.promise)();
      throw new Error('read-only');
    });
    const elsewhere = queue.run('article-2', gated(log, 'article-2', other.promise));
    const idle = queue.idle('article-1').then(() => log.push('article-1 idle'));
    await drain();
    expect(log).toEqual(['article-1 starts', 'article-2 starts']);

    one.resolve();
    await idle;
    expect(log).toEqual(['article-1 starts', 'article-2 starts', 'article-1 ends', 'article-1 idle']);
    await expect(failing).rejects.toThrow('read-only');
    other.resolve();
    await elsewhere;
  });

  it('is idle at once for a key with nothing queued', async () => {
    const queue = new KeyedQueue();
    await queue.run('article-1', async () => undefined);
    const log: string[] = [];
    const idle = queue.idle('article-1').then(() => log.push('idle'));
    await drain();
    expect(log).toEqual(['idle']);
    await idle;
  });

  it('waits in settled() for the tasks of every key, however they end', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const saving = deferred<void>();
    const tasks = [
      queue.run('article-1', gated(log, 'article-1', saving.promise)),
      queue.run('article-2', () => Promise.reject(new Error('gone'))),
    ];
    const settled = queue.settled().then(() => log.push('settled'));
    await drain();
    expect(log).toEqual(['article-1 starts']);

    saving.resolve();
    await settled;
    expect(log).toEqual(['article-1 starts', 'article-1 ends', 'settled']);
    expect((await Promise.allSettled(tasks)).map((task) => task.status)).toEqual(['fulfilled', 'rejected']);
  });
});
