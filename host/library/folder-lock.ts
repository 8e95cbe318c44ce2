// One process at a time per library folder: two writers on one file tear it. The lock is
// a folder `.lock` inside the library that its holder touches every few seconds; a lock
// nobody has touched for a while (its holder crashed) is taken over.

import { mkdir } from 'node:fs/promises';
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
}

/** The folder that marks `folder` as taken; its modification time says when it was last touched. */
export function lockPath(folder: string): string {
  return join(folder, '.lock');
}

/** Locks `folder` for this process; resolves to the function that releases it. */
export async function lockLibraryFolder(
  folder: string,
  onLost: (error: Error) => void,
  options: FolderLockOptions = {},
): Promise<() => Promise<void>> {
  const staleMs = options.staleMs ?? LOCK_STALE_MS;
  await mkdir(folder, { recursive: true });
  try {
    return await lockfile.lock(folder, {
      lockfilePath: lockPath(folder),
      realpath: false,
      stale: staleMs,
      update: options.updateMs ?? staleMs / 2,
      onCompromised: onLost,
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
