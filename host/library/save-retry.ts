// Remembers which articles have changes only in memory because saving them failed, and
// tries again later: after 1 s, then 2, 4, … up to every 30 s. Time comes from a Scheduler
// so tests can move it by hand instead of waiting. It also keeps each article's claims as
// last saved, so that a recovery file can tell the changes kept from what the disk holds.

import type { Claim } from '../../shared/model';

/** Stops a scheduled run that has not started yet. */
export type Cancel = () => void;

export interface Scheduler {
  /** Runs `run` once, `delayMs` from now, unless the returned Cancel is called first. */
  schedule(delayMs: number, run: () => Promise<void>): Cancel;
}

/** The real clock: setTimeout, without keeping a quitting process alive for a retry. */
export const timerScheduler: Scheduler = {
  schedule(delayMs, run) {
    const timer = setTimeout(() => void run(), delayMs);
    timer.unref?.();
    return () => clearTimeout(timer);
  },
};

const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

/** How long to wait before the retry that follows the `failures`-th failed save in a row. */
export function retryDelayMs(failures: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (failures - 1));
}

export interface UnsavedArticle {
  articleId: string;
  title: string;
  /** Why the last save failed, as the analyst reads it. */
  reason: string;
}

export class SaveRetry {
  private readonly unsaved = new Map<string, { title: string; reason: string; failures: number; cancel: Cancel; saved: readonly Claim[] }>();
  private readonly scheduler: Scheduler;
  private readonly retry: (articleId: string) => Promise<void>;
  private readonly changed: () => void;

  /** `retry` saves the article again and reports back through markSaved or markUnsaved; `changed` hears of every change to the set. */
  constructor(scheduler: Scheduler, retry: (articleId: string) => Promise<void>, changed: () => void = () => undefined) {
    this.scheduler = scheduler;
    this.retry = retry;
    this.changed = changed;
  }

  /**
   * A save failed: the next try comes later the more saves of this article failed in a row.
   * `saved` is the article's claims as on disk before the change; the first failure's is kept.
   */
  markUnsaved(articleId: string, title: string, reason: string, saved: readonly Claim[] = []): void {
    const earlier = this.unsaved.get(articleId);
    earlier?.cancel();
    const failures = (earlier?.failures ?? 0) + 1;
    const cancel = this.scheduler.schedule(retryDelayMs(failures), () => this.retry(articleId));
    this.unsaved.set(articleId, { title, reason, failures, cancel, saved: earlier?.saved ?? saved });
    this.changed();
  }

  /** The article's changes are on disk (or the article is gone): no more tries. */
  markSaved(articleId: string): void {
    const entry = this.unsaved.get(articleId);
    if (entry === undefined) return;
    entry.cancel();
    this.unsaved.delete(articleId);
    this.changed();
  }

  /** The article's claims as last saved, while it has changes that are not. */
  savedClaimsOf(articleId: string): readonly Claim[] | null {
    return this.unsaved.get(articleId)?.saved ?? null;
  }

  /** The title the article had when its save failed, or null when nothing is unsaved. */
  titleOf(articleId: string): string | null {
    return this.unsaved.get(articleId)?.title ?? null;
  }

  articleIds(): string[] {
    return [...this.unsaved.keys()];
  }

  list(): UnsavedArticle[] {
    return [...this.unsaved].map(([articleId, entry]) => ({ articleId, title: entry.title, reason: entry.reason }));
  }
}
