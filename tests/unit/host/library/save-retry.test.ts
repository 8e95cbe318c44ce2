import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveRetry, retryDelayMs, timerScheduler } from '../../../../host/library/save-retry';
import { ManualScheduler } from './manual-scheduler';

describe('retryDelayMs', () => {
  it.each([
    { failures: 1, delay: 1000 },
    { failures: 2, delay: 2000 },
    { failures: 3, delay: 4000 },
    { failures: 4, delay: 8000 },
    { failures: 5, delay: 16_000 },
    { failures: 6, delay: 30_000 },
    { failures: 7, delay: 30_000 },
    { failures: 40, delay: 30_000 },
  ])('waits $delay ms after $failures failed saves in a row', ({ failures, delay }) => {
    expect(retryDelayMs(failures)).toBe(delay);
  });
});

describe('SaveRetry', () => {
  /** A retry whose save keeps failing until `fixed` is set; it logs when each try ran. */
  function failingUntilFixed(scheduler: ManualScheduler): { retry: SaveRetry; tries: number[]; fix: () => void } {
    const tries: number[] = [];
    let fixed = false;
    const retry: SaveRetry = new SaveRetry(scheduler, async (articleId) => {
      tries.push(scheduler.now);
      if (fixed) retry.markSaved(articleId);
      else retry.markUnsaved(articleId, 'Kyiv talks resume', `ENOSPC at ${scheduler.now} ms`);
    });
    return { retry, tries, fix: () => (fixed = true) };
  }

  it('tries again after 1 s, 2 s, 4 s, 8 s, 16 s, then every 30 s', async () => {
    const scheduler = new ManualScheduler();
    const { retry, tries } = failingUntilFixed(scheduler);
    retry.markUnsaved('a-1', 'Kyiv talks resume', 'ENOSPC');
    await scheduler.advance(121_000);
    expect(tries).toEqual([1000, 3000, 7000, 15_000, 31_000, 61_000, 91_000, 121_000]);
    expect(retry.list()).toEqual([{ articleId: 'a-1', title: 'Kyiv talks resume', reason: 'ENOSPC at 121000 ms' }]);
  });

  it('stops trying once a save succeeds, and starts again from 1 s at the next failure', async () => {
    const scheduler = new ManualScheduler();
    const { retry, tries, fix } = failingUntilFixed(scheduler);
    retry.markUnsaved('a-1', 'Kyiv talks resume', 'ENOSPC');
    await scheduler.advance(3000);
    fix();
    await scheduler.advance(4000);
    expect(tries).toEqual([1000, 3000, 7000]);
    expect(retry.list()).toEqual([]);
    expect(scheduler.pending()).toEqual([]);

    retry.markUnsaved('a-1', 'Kyiv talks resume', 'EACCES');
    expect(scheduler.pending()).toEqual([8000]);
  });

  it('replaces the waiting try when another save fails first, waiting longer', async () => {
    const scheduler = new ManualScheduler();
    const { retry, tries } = failingUntilFixed(scheduler);
    retry.markUnsaved('a-1', 'Kyiv talks resume', 'ENOSPC');
    await scheduler.advance(500);
    retry.markUnsaved('a-1', 'Kyiv talks resume, updated', 'ENOSPC again');
    expect(scheduler.pending()).toEqual([2500]);
    expect(retry.list()).toEqual([{ articleId: 'a-1', title: 'Kyiv talks resume, updated', reason: 'ENOSPC again' }]);
    await scheduler.advance(2000);
    expect(tries).toEqual([2500]);
  });

  it('cancels the waiting try when the article is saved by another change', async () => {
    const scheduler = new ManualScheduler();
    const { retry, tries } = failingUntilFixed(scheduler);
    retry.markUnsaved('a-1', 'Kyiv talks resume', 'ENOSPC');
    retry.markSaved('a-1');
    await scheduler.advance(60_000);
    expect(tries).toEqual([]);
    expect(retry.titleOf('a-1')).toBeNull();
  });

  it('keeps each article’s count of failures apart', async () => {
    const scheduler = new ManualScheduler();
    const { retry } = failingUntilFixed(scheduler);
    retry.markUnsaved('a-1', 'Kyiv talks resume', 'ENOSPC');
    await scheduler.advance(3000);
    retry.markUnsaved('a-2', 'Talks in Istanbul', 'ENOSPC');
    expect(scheduler.pending()).toEqual([4000, 7000]);
    expect(retry.articleIds()).toEqual(['a-1', 'a-2']);
    expect(retry.titleOf('a-2')).toBe('Talks in Istanbul');
  });
});

describe('timerScheduler', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('runs after the delay on a timer that does not keep the process alive, unless cancelled', () => {
    vi.useFakeTimers();
    const ran: string[] = [];
    timerScheduler.schedule(1000, async () => void ran.push('kept'));
    const cancel = timerScheduler.schedule(1000, async () => void ran.push('cancelled'));
    cancel();
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    timerScheduler.schedule(2000, async () => void ran.push('later'));
    const timer = setTimeoutSpy.mock.results[0]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);

    vi.advanceTimersByTime(999);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['kept']);
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual(['kept', 'later']);
  });
});
