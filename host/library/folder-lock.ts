// One process at a time per library folder: two writers on one file tear it. The lock is
// a folder `.lock` inside the library that its holder touches every few seconds; a lock
// nobody has touched for a while (its holder crashed) is taken over.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

export class FolderInUseError extends Error {}

export const LOCK_STALE_MS = 10_000;

/** Locks `folder` for this process; resolves to the function that releases it. */
export async function lockLibraryFolder(folder: string, onLost: (error: Error) => void): Promise<() => Promise<void>> {
  await mkdir(folder, { recursive: true });
  try {
    return await lockfile.lock(folder, {
      lockfilePath: join(folder, '.lock'),
      realpath: false,
      stale: LOCK_STALE_MS,
      update: LOCK_STALE_MS / 2,
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
