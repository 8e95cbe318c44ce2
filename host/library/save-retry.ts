// Remembers which articles have changes only in memory because saving them failed, and
// tries again later: after 1 s, then 2, 4, … up to every 30 s. Time comes from a Scheduler
// so tests can move it by hand instead of waiting.

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
  private readonly unsaved = new Map<string, { title: string; reason: string; failures: number; cancel: Cancel }>();
  private readonly scheduler: Scheduler;
  private readonly retry: (articleId: string) => Promise<void>;

  /** `retry` saves the article again and reports back through markSaved or markUnsaved. */
  constructor(scheduler: Scheduler, retry: (articleId: string) => Promise<void>) {
    this.scheduler = scheduler;
    this.retry = retry;
  }

  /** A save failed: the next try comes later the more saves of this article failed in a row. */
  markUnsaved(articleId: string, title: string, reason: string): void {
    const earlier = this.unsaved.get(articleId);
    earlier?.cancel();
    const failures = (earlier?.failures ?? 0) + 1;
    const cancel = this.scheduler.schedule(retryDelayMs(failures), () => this.retry(articleId));
    this.unsaved.set(articleId, { title, reason, failures, cancel });
  }

  /** The article's changes are on disk (or the article is gone): no more tries. */
  markSaved(articleId: string): void {
    this.unsaved.get(articleId)?.cancel();
    this.unsaved.delete(articleId);
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
