// Group commit on top of the keyed queue: claim changes to one article that arrive while its
// queue is busy wait together and are saved by one journal append (one fsync), in order.
// Any other task closes the waiting batch, so nothing asked for later runs before it.

import type { KeyedQueue } from './keyed-queue';

export class GroupCommit<T> {
  private readonly queue: KeyedQueue;
  private readonly commit: (key: string, group: string, items: T[]) => Promise<void>;
  /** The batch still waiting for its turn under each key, and the group its items share. */
  private readonly waiting = new Map<string, { group: string; items: T[] }>();

  /** `commit` saves a batch and answers each of its items itself; it must not reject. */
  constructor(queue: KeyedQueue, commit: (key: string, group: string, items: T[]) => Promise<void>) {
    this.queue = queue;
    this.commit = commit;
  }

  /** Adds `item` to the batch waiting under `key` if it is of the same group, or queues a new batch. */
  join(key: string, group: string, item: T): void {
    const waiting = this.waiting.get(key);
    if (waiting?.group === group) {
      waiting.items.push(item);
      return;
    }
    const batch = { group, items: [item] };
    this.waiting.set(key, batch);
    void this.queue.run(key, () => {
      if (this.waiting.get(key) === batch) this.waiting.delete(key);
      return this.commit(key, group, batch.items);
    });
  }

  /** Queues a task of its own under `key`, after every batch and task asked for so far. */
  run<R>(key: string, task: () => Promise<R>): Promise<R> {
    this.waiting.delete(key);
    return this.queue.run(key, task);
  }
}
