// Two ClaimMarks on one library folder would tear its files: the second is refused with a
// clear message, and a folder whose holder crashed (kill -9) can be used again.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../integration/support/library-fixture';
import { startHost, touchLeftoverLock } from './web-host-process';

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
    // While the lock looks freshly touched, as a live holder keeps it, the folder is refused.
    // (A minute ahead, so that a slow start on a busy machine still finds it fresh.)
    await touchLeftoverLock(dataDir, new Date(Date.now() + 60_000));
    const tooSoon = await startHost(dataDir).catch((error: unknown) => error as Error);
    expect(tooSoon).toBeInstanceOf(Error);
    expect((tooSoon as Error).message).toContain(`The library folder ${dataDir} is in use by another ClaimMark`);
    // Nobody touches a dead holder's lock: an hour later it is stale, and taken over.
    await touchLeftoverLock(dataDir, new Date(Date.now() - 60 * 60_000));
    const next = await startHost(dataDir);
    expect((await next.call('listArticles', {})).ok).toBe(true);
    next.child.kill('SIGTERM');
    expect((await next.exited).code).toBe(0);
  });
});
