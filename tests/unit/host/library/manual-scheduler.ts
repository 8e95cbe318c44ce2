// A Scheduler whose time stands still until the test moves it, for the store's save retries:
// `advance(ms)` runs, in order, every run that falls due, waiting for each to finish.

import type { Cancel, Scheduler } from '../../../../host/library/save-retry';

export class ManualScheduler implements Scheduler {
  /** Milliseconds since the scheduler was made. */
  now = 0;
  private queued: { at: number; order: number; run: () => Promise<void> }[] = [];
  private made = 0;

  schedule(delayMs: number, run: () => Promise<void>): Cancel {
    const entry = { at: this.now + delayMs, order: this.made++, run };
    this.queued.push(entry);
    return () => {
      this.queued = this.queued.filter((queued) => queued !== entry);
    };
  }

  /** When the scheduled runs will start, earliest first. */
  pending(): number[] {
    return this.queued.map((entry) => entry.at).sort((a, b) => a - b);
  }

  /** Moves time on by `ms`; a run scheduled by a run within that time runs too. */
  async advance(ms: number): Promise<void> {
    const until = this.now + ms;
    for (;;) {
      const due = this.queued.filter((entry) => entry.at <= until).sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (due === undefined) break;
      this.queued = this.queued.filter((entry) => entry !== due);
      this.now = due.at;
      await due.run();
    }
    this.now = until;
  }
}
