// The folder lock against real folders. A holder that crashed leaves `.lock` behind and stops
// touching it; the tests make such a lock by hand and age it with utimes instead of waiting.

import { mkdir, readdir, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderInUseError, lockLibraryFolder, lockPath } from '../../../../host/library/folder-lock';
import { makeTempDir, removeDir } from '../../support/library-fixture';

describe('lockLibraryFolder', () => {
  let dataDir: string;
  let releases: (() => Promise<void>)[];
  let lost: Error[];
  const onLost = (error: Error): void => void lost.push(error);

  beforeEach(async () => {
    dataDir = await makeTempDir('lock');
    releases = [];
    lost = [];
  });

  afterEach(async () => {
    await Promise.all(releases.map((release) => release()));
    await removeDir(dataDir);
  });

  async function lock(options?: Parameters<typeof lockLibraryFolder>[2]): Promise<() => Promise<void>> {
    const release = await lockLibraryFolder(dataDir, onLost, options);
    releases.push(release);
    return release;
  }

  /** What a holder that crashed `ageMs` after last touching its lock leaves behind. */
  async function crashedHolderLock(ageMs: number): Promise<Date> {
    await mkdir(lockPath(dataDir));
    const touched = new Date(Date.now() - ageMs);
    await utimes(lockPath(dataDir), touched, touched);
    return touched;
  }

  it('marks the folder with .lock while held, and removes it on release', async () => {
    const release = await lock();
    expect(await readdir(dataDir)).toEqual(['.lock']);
    expect(lockPath(dataDir)).toBe(join(dataDir, '.lock'));
    await release();
    releases = [];
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('refuses a second holder with a message that says what to do', async () => {
    await lock();
    const refused = await lockLibraryFolder(dataDir, onLost).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(FolderInUseError);
    expect((refused as Error).message).toBe(
      `The library folder ${dataDir} is in use by another ClaimMark (the desktop app or a browser host). ` +
        'Close that one first, or choose another folder with --data-dir.',
    );
    expect(lost).toEqual([]);
  });

  it('takes over the lock of a holder that last touched it 12 s ago, and touches it afresh', async () => {
    const touched = await crashedHolderLock(12_000);
    await lock();
    expect((await stat(lockPath(dataDir))).mtime.getTime()).toBeGreaterThan(touched.getTime());
    expect(lost).toEqual([]);
  });

  it('leaves a lock touched 8 s ago to its holder: by default a lock goes stale after 10 s', async () => {
    await crashedHolderLock(8000);
    expect(await lockLibraryFolder(dataDir, onLost).catch((error: unknown) => error)).toBeInstanceOf(FolderInUseError);
  });

  it('takes over a lock touched 5 s ago when told locks go stale after 3 s', async () => {
    await crashedHolderLock(5000);
    await lock({ staleMs: 3000, updateMs: 1000 });
    expect(await readdir(dataDir)).toEqual(['.lock']);
  });

  it('takes the lock again when its folder is removed while held, then has the library written back, and shuts out a second holder', async () => {
    let retaken = 0;
    await lock({ updateMs: 1000, onRetaken: async () => void (retaken += 1) });
    await removeDir(dataDir);
    // The holder notices when it next touches the lock (every second here).
    await until(async () => retaken > 0);
    expect(retaken).toBe(1);
    expect(await readdir(dataDir)).toEqual(['.lock']);
    expect(lost).toEqual([]);
    await expect(lockLibraryFolder(dataDir, onLost)).rejects.toBeInstanceOf(FolderInUseError);
  });

  it('gives the lock up, saying so, when another process touched it', async () => {
    await lock({ updateMs: 1000 });
    const later = new Date(Date.now() + 60_000);
    await utimes(lockPath(dataDir), later, later);
    await until(async () => lost.length > 0);
    expect(lost.map((error) => (error as NodeJS.ErrnoException).code)).toEqual(['ECOMPROMISED']);
    // The lock is another's now: releasing it leaves it alone.
    await releases[0]?.();
    expect(await readdir(dataDir)).toEqual(['.lock']);
  });
});

/** Waits for `condition`, checking every 50 ms, for at most 20 s. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 400; tries += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('gave up waiting');
}
