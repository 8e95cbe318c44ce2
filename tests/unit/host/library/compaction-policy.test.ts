import { describe, expect, it } from 'vitest';
import { CompactionPolicy } from '../../../../host/library/compaction-policy';
import { ManualScheduler } from './manual-scheduler';

function policy(): { scheduler: ManualScheduler; compacted: string[]; policy: CompactionPolicy } {
  const scheduler = new ManualScheduler();
  const compacted: string[] = [];
  const made = new CompactionPolicy(scheduler, { idleMs: 100, maxEntries: 5, maxBytes: 1000 }, (articleId) => {
    compacted.push(`${articleId}@${scheduler.now}`);
    return Promise.resolve();
  });
  return { scheduler, compacted, policy: made };
}

describe('CompactionPolicy', () => {
  it('folds once no change has come for the idle time, each article on its own clock', async () => {
    const { scheduler, compacted, policy: compaction } = policy();
    compaction.appended('a-1', 1, 10);
    await scheduler.advance(60);
    compaction.appended('a-1', 1, 10);
    compaction.appended('a-2', 1, 10);
    await scheduler.advance(99);
    expect(compacted).toEqual([]);
    await scheduler.advance(1);
    expect(compacted).toEqual(['a-1@160', 'a-2@160']);
  });

  it.each([
    { name: 'the most changes', appends: [[3, 10], [2, 10]] },
    { name: 'the most bytes', appends: [[1, 600], [1, 400]] },
  ])('folds at once when the journal reaches $name', async ({ appends }) => {
    const { scheduler, compacted, policy: compaction } = policy();
    for (const [entries, bytes] of appends) compaction.appended('a-1', entries ?? 0, bytes ?? 0);
    expect(compacted).toEqual(['a-1@0']);
    expect(scheduler.pending()).toEqual([]);
  });

  it('waits for nothing once the journal is folded, and counts from zero again', async () => {
    const { scheduler, compacted, policy: compaction } = policy();
    compaction.appended('a-1', 4, 10);
    compaction.folded('a-1');
    expect(scheduler.pending()).toEqual([]);
    compaction.appended('a-1', 4, 10);
    expect(compacted).toEqual([]);
    expect(scheduler.pending()).toEqual([100]);
  });
});
