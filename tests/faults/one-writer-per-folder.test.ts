// Two ClaimMarks on one library folder would tear its files: the second opens it read-only,
// naming the one that has it; a folder whose holder crashed (kill -9) can be used again at once, and one
// whose holder is only paused (SIGSTOP) stays its holder's.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../integration/support/library-fixture';
import { sampleArticle, startHost, touchLeftoverLock } from './web-host-process';

describe('one writer per library folder', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('lock');
  });

  afterEach(async () => {
    await removeDir(dataDir);
  });

  /** What a host opened on a folder another holds says of it: read-only, naming the holder. */
  const heldBy = (pid: number | undefined) => ({
    access: 'read-only',
    message: `The library folder ${dataDir} is open read-only (it is in use by another ClaimMark (process ${pid}); to make changes, close that one and start this one again): you can read and export, but no change is saved.`,
  });

  it('opens a second browser host on the same folder read-only, naming the one that has it, and leaves the folder to the first', async () => {
    const first = await startHost(dataDir);
    const article = await sampleArticle(first);
    const second = await startHost(dataDir);
    expect((await second.call<{ library: unknown }>('getSession', {})).value?.library).toEqual(heldBy(first.child.pid));
    expect((await second.call<{ id: string }[]>('listArticles', {})).value?.map((entry) => entry.id)).toEqual([article.id]);
    const refused = await second.call('createClaim', { articleId: article.id, start: 0, end: 5, exact: article.text.slice(0, 5) });
    expect(refused.error?.code).toBe('read-only');
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
    // The first one is unaffected, before and after the second quits: its lock is still its own.
    expect((await first.call('createClaim', { articleId: article.id, start: 0, end: 5, exact: article.text.slice(0, 5) })).ok).toBe(true);
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    expect(first.output()).not.toContain('lost the lock');
    // Once it has quit, the folder is free, and its claim is there.
    const third = await startHost(dataDir);
    expect((await third.call<{ library: { access: string } }>('getSession', {})).value?.library.access).toBe('writable');
    expect((await third.call<{ claimCount: number }[]>('listArticles', {})).value?.map((entry) => entry.claimCount)).toEqual([1]);
    third.child.kill('SIGTERM');
    await third.exited;
  });

  it('takes over at once the folder of a host that was killed (kill -9), though its lock looks freshly touched', async () => {
    const crashed = await startHost(dataDir);
    crashed.child.kill('SIGKILL');
    await crashed.exited;
    // As a live holder would have touched it a moment ago (a minute ahead, for a slow start).
    await touchLeftoverLock(dataDir, new Date(Date.now() + 60_000));
    const next = await startHost(dataDir);
    expect((await next.call('listArticles', {})).ok).toBe(true);
    next.child.kill('SIGTERM');
    expect((await next.exited).code).toBe(0);
  });

  it('leaves the folder to a paused host (SIGSTOP) however long it has not touched its lock, and the paused host carries on', async () => {
    const paused = await startHost(dataDir);
    const article = await sampleArticle(paused);
    paused.child.kill('SIGSTOP');
    try {
      // An hour without a touch: a lock judged by its age alone would be taken over.
      await touchLeftoverLock(dataDir, new Date(Date.now() - 60 * 60_000));
      const second = await startHost(dataDir);
      expect((await second.call<{ library: unknown }>('getSession', {})).value?.library).toEqual(heldBy(paused.child.pid));
      second.child.kill('SIGTERM');
      await second.exited;
    } finally {
      paused.child.kill('SIGCONT');
    }
    const created = await paused.call<{ id: string }>('createClaim', { articleId: article.id, start: 0, end: 5, exact: article.text.slice(0, 5) });
    expect(created.ok).toBe(true);
    paused.child.kill('SIGTERM');
    expect((await paused.exited).code).toBe(0);
    expect(paused.output()).not.toContain('lost the lock');
    const next = await startHost(dataDir);
    const listed = await next.call<{ id: string; claimCount: number }[]>('listArticles', {});
    expect(listed.value?.map((entry) => entry.claimCount)).toEqual([1]);
    next.child.kill('SIGTERM');
    await next.exited;
  });
});
