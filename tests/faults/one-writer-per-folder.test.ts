// Two ClaimMarks on one library folder would tear its files: the second is refused with a
// clear message, and a folder whose holder crashed (kill -9) can be used again.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_STALE_MS } from '../../host/library/folder-lock';
import { makeTempDir, removeDir } from '../integration/support/library-fixture';
import { startHost } from './web-host-process';

describe('one writer per library folder', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('lock');
  });

  afterEach(async () => {
    await removeDir(dataDir);
  });

  it('refuses a second browser host on the same folder, saying why', async () => {
    const first = await startHost(dataDir);
    const second = await startHost(dataDir).catch((error: unknown) => error as Error);
    expect(second).toBeInstanceOf(Error);
    expect((second as Error).message).toContain(`The library folder ${dataDir} is in use by another ClaimMark`);
    // The first one is unaffected.
    expect((await first.call('listArticles', {})).ok).toBe(true);
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    // Once it has quit, the folder is free.
    const third = await startHost(dataDir);
    third.child.kill('SIGTERM');
    await third.exited;
  });

  it('takes over the folder of a host that was killed, once its lock has gone stale', async () => {
    const crashed = await startHost(dataDir);
    crashed.child.kill('SIGKILL');
    await crashed.exited;
    await new Promise((resolve) => setTimeout(resolve, LOCK_STALE_MS + 500));
    const next = await startHost(dataDir);
    expect((await next.call('listArticles', {})).ok).toBe(true);
    next.child.kill('SIGTERM');
    await next.exited;
  }, 30_000);
});
