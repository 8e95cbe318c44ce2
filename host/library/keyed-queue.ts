// Runs tasks one after another per key (an article id) and side by side across keys, so two
// writes of one file never overlap while different articles save at the same time.

export class KeyedQueue {
  /** The last task asked for under each key; a key leaves the map once its queue is empty. */
  private readonly last = new Map<string, Promise<unknown>>();

  /**
   * Starts `task` once every task queued before it under `key` has finished, whether that
   * one succeeded or failed: a failed change must not block the changes after it.
   */
  run<R>(key: string, task: () => Promise<R>): Promise<R> {
    const previous = this.last.get(key) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(task);
    this.last.set(key, run);
    return run.finally(() => {
      if (this.last.get(key) === run) this.last.delete(key);
    });
  }

  /** Waits for the tasks queued under `key` so far, ignoring how they ended. */
  async idle(key: string): Promise<void> {
    await this.last.get(key)?.catch(() => undefined);
  }

  /** Waits for the tasks queued under every key so far, ignoring how they ended. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.last.values()]);
  }
}
