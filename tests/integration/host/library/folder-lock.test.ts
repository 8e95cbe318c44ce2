// The folder lock against real folders. A holder that crashed leaves `.lock` behind and stops
// touching it; the tests make such a lock by hand and age it with utimes instead of waiting.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderInUseError, lockLibraryFolder, lockOwnerPath, lockPath } from '../../../../host/library/folder-lock';
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

  /** A lock left by process `pid` of this machine, touched `ageMs` ago. */
  async function lockOf(pid: number, ageMs: number, machine = hostname()): Promise<void> {
    await mkdir(lockPath(dataDir));
    await writeFile(lockOwnerPath(dataDir), JSON.stringify({ pid, hostname: machine, token: 'left-behind', since: '2026-12-01T08:00:00.000Z' }));
    const touched = new Date(Date.now() - ageMs);
    await utimes(lockPath(dataDir), touched, touched);
  }

  /** The id of a process that ran on this machine and has ended. */
  function endedProcessId(): number {
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(ended.stdout);
  }

  it('marks the folder with .lock while held, and removes it on release', async () => {
    const release = await lock();
    expect(await readdir(dataDir)).toEqual(['.lock']);
    expect(await readdir(lockPath(dataDir))).toEqual(['owner.json']);
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
      `The library folder ${dataDir} is in use by another ClaimMark (process ${process.pid}) (the desktop app or a browser host). ` +
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

  it('takes over at once the lock of a process of this machine that has ended, though touched just now', async () => {
    await lockOf(endedProcessId(), 0);
    await lock();
    expect(await readdir(dataDir)).toEqual(['.lock']);
    expect(lost).toEqual([]);
  });

  describe('with a holder that still runs', () => {
    let holder: ChildProcess;

    beforeEach(() => {
      holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    });

    afterEach(() => {
      holder.kill('SIGKILL');
    });

    it('leaves the folder to it however long ago it touched its lock (a paused or busy holder keeps its folder)', async () => {
      const pid = holder.pid ?? 0;
      await lockOf(pid, 60 * 60_000);
      const refused = await lockLibraryFolder(dataDir, onLost).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(FolderInUseError);
      expect((refused as Error).message).toBe(
        `The library folder ${dataDir} is in use by another ClaimMark (process ${pid}) (the desktop app or a browser host). ` +
          'Close that one first, or choose another folder with --data-dir.',
      );
      expect(await readdir(dataDir)).toEqual(['.lock']);
    });
  });

  it('judges a holder on another machine by its touches alone', async () => {
    await lockOf(process.pid, 8000, 'desk-laptop-7');
    const refused = await lockLibraryFolder(dataDir, onLost).catch((error: unknown) => error);
    expect((refused as Error).message).toContain('is in use by another ClaimMark on desk-laptop-7 (the desktop app or a browser host)');
    await rm(lockPath(dataDir), { recursive: true });
    await lockOf(process.pid, 12_000, 'desk-laptop-7');
    await lock();
    expect(await readdir(dataDir)).toEqual(['.lock']);
  });

  it('keeps touching its lock from a worker thread while its own thread is busy', async () => {
    await lock({ staleMs: 2000, updateMs: 200 });
    const before = (await stat(lockPath(dataDir))).mtimeMs;
    // This thread never yields until it sees the lock touched (or gives up after 30 s), so
    // only another thread can have touched it.
    const giveUpAt = Date.now() + 30_000;
    let touchedWhileBusy = false;
    while (!touchedWhileBusy && Date.now() < giveUpAt) touchedWhileBusy = statSync(lockPath(dataDir)).mtimeMs > before;
    expect(touchedWhileBusy).toBe(true);
    expect(lost).toEqual([]);
  });

  it('says the lock is lost when it is removed or taken from the holder', async () => {
    await lock({ staleMs: 2000, updateMs: 100 });
    await writeFile(lockOwnerPath(dataDir), JSON.stringify({ pid: 1, hostname: 'other', token: 'someone-else', since: '2026-12-01T08:00:00.000Z' }));
    await expect.poll(() => lost.map((error) => error.message), { timeout: 10_000 }).toEqual(['another ClaimMark took the library folder']);
  });

  it('leaves a lock taken over by another holder in place when it releases its own', async () => {
    const release = await lock({ staleMs: 2000, updateMs: 100 });
    await writeFile(lockOwnerPath(dataDir), JSON.stringify({ pid: 1, hostname: 'other', token: 'someone-else', since: '2026-12-01T08:00:00.000Z' }));
    await release();
    releases = [];
    expect(await readdir(lockPath(dataDir))).toEqual(['owner.json']);
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
});

/** Waits for `condition`, checking every 50 ms, for at most 20 s. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 400; tries += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('gave up waiting');
}
