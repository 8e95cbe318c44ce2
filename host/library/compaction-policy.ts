// When an article's journal is folded into its file: once no change has come for a while,
// or at once when the journal has grown long, so replaying it on start stays quick. Time
// comes from a Scheduler, as for save retries, so tests move it by hand.

import type { Cancel, Scheduler } from './save-retry';

export interface CompactionLimits {
  /** Fold after this long without a new change. */
  idleMs: number;
  /** Fold at once when the journal holds this many changes… */
  maxEntries: number;
  /** …or this many bytes. */
  maxBytes: number;
}

export const DEFAULT_COMPACTION: CompactionLimits = { idleMs: 2000, maxEntries: 1000, maxBytes: 8 * 1024 * 1024 };

export class CompactionPolicy {
  private readonly scheduler: Scheduler;
  private readonly limits: CompactionLimits;
  private readonly compact: (articleId: string) => Promise<void>;
  private readonly journals = new Map<string, { entries: number; bytes: number; cancel: Cancel }>();

  constructor(scheduler: Scheduler, limits: CompactionLimits, compact: (articleId: string) => Promise<void>) {
    this.scheduler = scheduler;
    this.limits = limits;
    this.compact = compact;
  }

  /** Changes were appended to the article's journal. */
  appended(articleId: string, entries: number, bytes: number): void {
    const earlier = this.journals.get(articleId);
    earlier?.cancel();
    const total = { entries: (earlier?.entries ?? 0) + entries, bytes: (earlier?.bytes ?? 0) + bytes };
    if (total.entries >= this.limits.maxEntries || total.bytes >= this.limits.maxBytes) {
      this.journals.set(articleId, { ...total, cancel: () => undefined });
      void this.compact(articleId);
      return;
    }
    const cancel = this.scheduler.schedule(this.limits.idleMs, () => this.compact(articleId));
    this.journals.set(articleId, { ...total, cancel });
  }

  /** The journal was folded (or the article is gone): nothing is waiting. */
  folded(articleId: string): void {
    this.journals.get(articleId)?.cancel();
    this.journals.delete(articleId);
  }
}
