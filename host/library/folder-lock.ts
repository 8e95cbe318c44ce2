// One process at a time per library folder: two writers on one file tear it. The lock is a
// folder `.lock` inside the library, made with mkdir (which only one process can win), holding
// who took it. On this machine a lock is its holder's while that process exists, however long
// ago the lock was touched (a paused or busy holder keeps its folder; a killed one frees it at
// once). A holder on another machine (a shared folder) is known only by its touches, which a
// worker thread makes, so no work on the host's own thread can make its lock look abandoned.
// A lock removed with its folder while ClaimMark runs is free, so it is taken again rather
// than given up; one that another holder has taken is lost for good. One that cannot be
// touched (the folder turned read-only) is the disk's doing: it is tried again until it can.

import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';

export class FolderInUseError extends Error {
  /** Who has the folder, as the analyst reads it: "another ClaimMark (process 4711)". */
  readonly holder: string;

  constructor(folder: string, holder: string) {
    super(`The library folder ${folder} is in use by ${holder} (the desktop app or a browser host). Close that one first, or choose another folder with --data-dir.`);
    this.holder = holder;
  }
}

export const LOCK_STALE_MS = 10_000;

export interface FolderLockOptions {
  /** A lock of another machine's holder that nobody touched for this long is taken over. Default LOCK_STALE_MS. */
  staleMs?: number;
  /** How often the holder touches its lock. Default half of staleMs. */
  updateMs?: number;
  /** The lock was removed (with its folder, say) or could not be touched, and is held again: the library is written back. */
  onRetaken?: () => Promise<void>;
  /** The lock cannot be touched (the folder turned read-only): it is tried again every updateMs. Without it, this is onLost. */
  onUntouchable?: (error: Error) => void;
}

/** Errors that say the folder cannot be written (read-only, not permitted), rather than that it is in use. */
export function isUnwritableFolderError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EROFS' || code === 'EACCES' || code === 'EPERM';
}

/** The folder that marks `folder` as taken; its modification time says when it was last touched. */
export function lockPath(folder: string): string {
  return join(folder, '.lock');
}

/** Who holds a lock: written inside it by its holder. */
export function lockOwnerPath(folder: string): string {
  return join(lockPath(folder), 'owner.json');
}

const lockOwnerSchema = z.object({ pid: z.number().int(), hostname: z.string(), token: z.string(), since: z.string() });
type LockOwner = z.infer<typeof lockOwnerSchema>;

async function readOwner(lockFolder: string): Promise<LockOwner | null> {
  try {
    const parsed = lockOwnerSchema.safeParse(JSON.parse(await readFile(join(lockFolder, 'owner.json'), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    // Missing or half-written: the lock is judged by its age alone.
    return null;
  }
}

/** Whether a process with this id exists on this machine (one we may not signal exists too). */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function inUse(folder: string, owner: LockOwner | null): FolderInUseError {
  const who = owner !== null && owner.hostname === hostname() ? ` (process ${owner.pid})` : owner !== null ? ` on ${owner.hostname}` : '';
  return new FolderInUseError(folder, `another ClaimMark${who}`);
}

/** Whether the lock left in `folder` still has a holder; the owner read from it either way. */
async function judgeLeftoverLock(folder: string, staleMs: number): Promise<{ held: boolean; owner: LockOwner | null }> {
  const owner = await readOwner(lockPath(folder));
  if (owner !== null && owner.hostname === hostname()) {
    return { held: owner.pid === process.pid || processExists(owner.pid), owner };
  }
  const touched = await stat(lockPath(folder)).then(
    (info) => info.mtimeMs,
    () => null,
  );
  // Gone meanwhile: free.
  if (touched === null) return { held: false, owner };
  return { held: Date.now() - touched <= staleMs, owner };
}

/**
 * Moves an abandoned lock aside (a rename, which only one taker can win) and removes it. When
 * what was moved is not the lock judged abandoned (a new holder took the folder meanwhile), it
 * is put back and the folder is in use.
 */
async function removeAbandonedLock(folder: string, judged: LockOwner | null): Promise<boolean> {
  const aside = join(folder, `.lock-abandoned-${randomUUID()}`);
  try {
    await rename(lockPath(folder), aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
  const moved = await readOwner(aside);
  if ((moved?.token ?? null) !== (judged?.token ?? null)) {
    await rename(aside, lockPath(folder)).catch(() => undefined);
    return false;
  }
  await rm(aside, { recursive: true, force: true });
  return true;
}

// Runs in a worker thread: touches the lock every `updateMs`, and reports when the lock is no
// longer this holder's (removed, taken, or the folder gone or read-only).
// An ES module given as a data: URL, so that it ships inside whichever bundle holds this file.
const TOUCHER = `
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync, utimesSync } from 'node:fs';
const { lockFolder, token, updateMs } = workerData;
const timer = setInterval(() => {
  let reason = null;
  try {
    const owner = JSON.parse(readFileSync(lockFolder + '/owner.json', 'utf8'));
    if (owner.token !== token) reason = 'another ClaimMark took the library folder';
    else {
      const now = new Date();
      utimesSync(lockFolder, now, now);
    }
  } catch (error) {
    reason = error && error.code === 'ENOENT' ? 'the lock was removed from the library folder' : 'the lock cannot be touched: ' + (error && error.message);
  }
  if (reason !== null) {
    clearInterval(timer);
    const kind = reason.startsWith('the lock was removed') ? 'removed' : reason.startsWith('another') ? 'taken' : 'untouchable';
    parentPort.postMessage({ reason, kind });
  }
}, updateMs);
`;

/** Locks `folder` for this process; resolves to the function that releases it. */
export async function lockLibraryFolder(
  folder: string,
  onLost: (error: Error) => void,
  options: FolderLockOptions = {},
): Promise<() => Promise<void>> {
  const staleMs = options.staleMs ?? LOCK_STALE_MS;
  const updateMs = options.updateMs ?? staleMs / 2;
  await mkdir(folder, { recursive: true });
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), token: randomUUID(), since: new Date().toISOString() };
  // A few rounds: another taker may win the folder between our looks.
  for (let round = 0; round < 3; round += 1) {
    try {
      await mkdir(lockPath(folder));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const leftover = await judgeLeftoverLock(folder, staleMs);
      if (leftover.held) throw inUse(folder, leftover.owner);
      if (!(await removeAbandonedLock(folder, leftover.owner))) throw inUse(folder, await readOwner(lockPath(folder)));
      continue;
    }
    try {
      await writeFile(lockOwnerPath(folder), JSON.stringify(owner));
    } catch (error) {
      await rm(lockPath(folder), { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
    return holdLock(folder, owner, updateMs, onLost, options);
  }
  throw inUse(folder, await readOwner(lockPath(folder)));
}

/** Takes the lock again after it was removed; false when another holder has it by now. */
async function retake(folder: string, owner: LockOwner): Promise<boolean> {
  await mkdir(folder, { recursive: true });
  try {
    await mkdir(lockPath(folder));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  await writeFile(lockOwnerPath(folder), JSON.stringify(owner));
  return true;
}

/**
 * Whether the lock that could not be touched is this holder's again: still its own and
 * touchable, or removed and taken again. 'taken' when another holder has it; 'not-yet' while
 * the disk still refuses.
 */
async function reclaim(folder: string, owner: LockOwner): Promise<'held' | 'taken' | 'not-yet'> {
  try {
    const current = JSON.parse(await readFile(lockOwnerPath(folder), 'utf8')) as { token?: unknown };
    if (current.token !== owner.token) return 'taken';
    const now = new Date();
    await utimes(lockPath(folder), now, now);
    return 'held';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return 'not-yet';
    return retake(folder, owner).then(
      (taken) => (taken ? 'held' : 'taken'),
      () => 'not-yet',
    );
  }
}

function holdLock(
  folder: string,
  owner: LockOwner,
  updateMs: number,
  onLost: (error: Error) => void,
  { onRetaken, onUntouchable }: FolderLockOptions,
): () => Promise<void> {
  let released = false;
  let toucher: Worker | null = null;
  let retry: NodeJS.Timeout | null = null;
  const heldAgain = async () => {
    touch();
    // Writing the library back may fail (a full disk): the lock stays held, and the next write tries again.
    await onRetaken?.().catch(() => undefined);
  };
  // Tried until the disk lets the lock be touched again, or another holder turns out to have it.
  const reclaimLater = () => {
    retry = setTimeout(() => {
      void reclaim(folder, owner).then(async (outcome) => {
        if (released) return;
        if (outcome === 'not-yet') return reclaimLater();
        if (outcome === 'taken') return onLost(new Error('another ClaimMark took the library folder while it could not be written'));
        await heldAgain();
      });
    }, updateMs);
    retry.unref();
  };
  const touch = () => {
    toucher = new Worker(new URL(`data:text/javascript,${encodeURIComponent(TOUCHER)}`), { workerData: { lockFolder: lockPath(folder), token: owner.token, updateMs } });
    // The host may quit while the lock is held; the toucher never keeps it running.
    toucher.unref();
    toucher.on('message', ({ reason, kind }: { reason: string; kind: 'removed' | 'taken' | 'untouchable' }) => {
      if (released) return;
      if (kind === 'taken' || (kind === 'untouchable' && onUntouchable === undefined)) {
        onLost(new Error(reason));
        return;
      }
      if (kind === 'untouchable') {
        onUntouchable?.(new Error(reason));
        reclaimLater();
        return;
      }
      void retake(folder, owner).then(
        async (taken) => {
          if (released) return;
          if (!taken) {
            onLost(new Error('another ClaimMark took the library folder after its lock was removed'));
            return;
          }
          await heldAgain();
        },
        (error: unknown) => {
          if (released) return;
          if (onUntouchable === undefined || !isUnwritableFolderError(error)) {
            onLost(new Error(`the lock was removed and cannot be taken again: ${error instanceof Error ? error.message : String(error)}`));
            return;
          }
          onUntouchable(new Error(`the lock was removed and cannot be taken again: ${error instanceof Error ? error.message : String(error)}`));
          reclaimLater();
        },
      );
    });
    toucher.on('error', (error) => {
      if (!released) onLost(error);
    });
  };
  touch();
  return async () => {
    if (released) return;
    released = true;
    if (retry !== null) clearTimeout(retry);
    await toucher?.terminate();
    // Only our own lock is removed: one taken over meanwhile belongs to its new holder.
    if ((await readOwner(lockPath(folder)))?.token === owner.token) await rm(lockPath(folder), { recursive: true, force: true });
  };
}
