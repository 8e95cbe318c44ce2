// One process at a time per library folder: two writers on one file tear it. The lock is
// a folder `.lock` inside the library that its holder touches every few seconds; a lock
// nobody has touched for a while (its holder crashed) is taken over. A lock removed with
// its folder while ClaimMark runs is free, so it is taken again rather than given up.

import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

export class FolderInUseError extends Error {}

export const LOCK_STALE_MS = 10_000;

export interface FolderLockOptions {
  /**
   * A lock whose modification time is older than this belongs to a holder that crashed, and
   * is taken over. Default LOCK_STALE_MS; proper-lockfile treats less than 2 s as 2 s.
   */
  staleMs?: number;
  /** How often the holder touches its lock. Default half of staleMs; never less than 1 s. */
  updateMs?: number;
  /** The lock was removed (with its folder, say) and has been taken again: the library is written back. */
  onRetaken?: () => Promise<void>;
}

/** The folder that marks `folder` as taken; its modification time says when it was last touched. */
export function lockPath(folder: string): string {
  return join(folder, '.lock');
}

async function take(folder: string, onCompromised: (error: Error) => void, options: FolderLockOptions): Promise<() => Promise<void>> {
  const staleMs = options.staleMs ?? LOCK_STALE_MS;
  await mkdir(folder, { recursive: true });
  try {
    return await lockfile.lock(folder, {
      lockfilePath: lockPath(folder),
      realpath: false,
      stale: staleMs,
      update: options.updateMs ?? staleMs / 2,
      onCompromised,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new FolderInUseError(
        `The library folder ${folder} is in use by another ClaimMark (the desktop app or a browser host). ` +
          'Close that one first, or choose another folder with --data-dir.',
      );
    }
    throw error;
  }
}

/**
 * Locks `folder` for this process; resolves to the function that releases it. `onLost` is
 * told when the lock is lost for good: another process holds it, or it cannot be taken again.
 */
export async function lockLibraryFolder(
  folder: string,
  onLost: (error: Error) => void,
  options: FolderLockOptions = {},
): Promise<() => Promise<void>> {
  let released = false;
  /** Whether this process holds the lock now; a lock lost for good has nothing to release. */
  let held = true;
  const lostForGood = (error: Error): void => {
    held = false;
    onLost(error);
  };
  const compromised = (error: Error): void => {
    void stat(lockPath(folder)).then(
      // The lock is there but no longer ours: another process touched it.
      () => lostForGood(error),
      async () => {
        if (released) return;
        try {
          release = await take(folder, compromised, options);
        } catch (retake) {
          lostForGood(retake instanceof Error ? retake : error);
          return;
        }
        // Writing the library back may fail (a full disk): the lock stays held, and the next write tries again.
        await options.onRetaken?.().catch(() => undefined);
      },
    );
  };
  let release = await take(folder, compromised, options);
  return async () => {
    released = true;
    if (held) await release();
  };
}
