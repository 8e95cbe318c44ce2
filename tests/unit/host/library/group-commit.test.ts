import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../../../host/library/group-commit';
import { KeyedQueue } from '../../../../host/library/keyed-queue';

describe('GroupCommit', () => {
  function recording(): { commits: GroupCommit<string>; log: string[] } {
    const log: string[] = [];
    const commits = new GroupCommit<string>(new KeyedQueue(), (key, group, items) => {
      log.push(`${key}/${group}: ${items.join(' ')}`);
      return Promise.resolve();
    });
    return { commits, log };
  }

  it('saves the items that wait together as one batch, per key and per group', async () => {
    const { commits, log } = recording();
    commits.join('a-1', 'keep', 'one');
    commits.join('a-1', 'keep', 'two');
    commits.join('a-2', 'keep', 'three');
    commits.join('a-1', 'rollback', 'four');
    commits.join('a-1', 'keep', 'five');
    await commits.run('a-1', () => Promise.resolve());
    await commits.run('a-2', () => Promise.resolve());
    expect(log).toEqual(['a-1/keep: one two', 'a-2/keep: three', 'a-1/rollback: four', 'a-1/keep: five']);
  });

  it('never lets an item asked for after a task of its own join a batch that runs before it', async () => {
    const { commits, log } = recording();
    commits.join('a-1', 'keep', 'before');
    const task = commits.run('a-1', () => {
      log.push('task');
      return Promise.resolve();
    });
    commits.join('a-1', 'keep', 'after');
    await task;
    await commits.run('a-1', () => Promise.resolve());
    expect(log).toEqual(['a-1/keep: before', 'task', 'a-1/keep: after']);
  });
});
