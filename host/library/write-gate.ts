// Whether the store may write to the library folder now: always (writable), not while the
// folder cannot take writes for a while (paused: the analyst's claim changes are kept in
// memory and in the recovery file, and saved once it can), or never in this run (read-only:
// opened on a folder that cannot be written, opened read-only on purpose, or taken by
// another ClaimMark, which must then be the only writer).

import { ApiError } from '../../shared/api-error';
import type { DurableFileSystem } from './durable-json-file';

export type LibraryAccess =
  | { state: 'writable' }
  | { state: 'paused'; reason: string }
  | { state: 'read-only'; reason: string };

export class WriteGate {
  private access: LibraryAccess = { state: 'writable' };

  current(): LibraryAccess {
    return this.access;
  }

  /** Writes fail with `reason` until reopened; claim changes are kept meanwhile. A read-only gate stays read-only. */
  pause(reason: string): void {
    if (this.access.state !== 'read-only') this.access = { state: 'paused', reason };
  }

  /** No more writes in this run. */
  closeForGood(reason: string): void {
    this.access = { state: 'read-only', reason };
  }

  /** The folder can be written again; false when the gate was closed for good. */
  reopen(): boolean {
    if (this.access.state === 'read-only') return false;
    this.access = { state: 'writable' };
    return true;
  }

  writable(): boolean {
    return this.access.state === 'writable';
  }

  /** Throws before a change that cannot be kept for later (an article added, replaced or deleted), unless writable. */
  mustBeWritable(): void {
    if (this.access.state === 'read-only') {
      throw new ApiError('read-only', `The library is open read-only (${this.access.reason}). Reading and exporting still work; this change was not made.`);
    }
    if (this.access.state === 'paused') {
      throw new ApiError('read-only', `The library folder cannot be written just now (${this.access.reason}); this change was not made. Try again once it can be written.`);
    }
  }

  /** Throws before a claim change is saved: a read-only library takes none; a paused one keeps it for later. */
  mayTakeClaimChange(): void {
    if (this.access.state === 'read-only') this.mustBeWritable();
  }

  /** Throws before the disk is touched for a save while the folder cannot be written; the save is then kept for later. */
  mayWriteNow(): void {
    if (this.access.state !== 'writable') throw new Error(`The library folder cannot be written just now (${this.access.reason}).`);
  }
}

/**
 * The store's disk operations behind the gate: while the folder is not writable, every write
 * fails before the disk is touched, whichever part of the store asks (a repair, a rotation
 * of index copies, a compaction), so that a read-only or taken folder is never written.
 */
export function gatedFileSystem(fs: DurableFileSystem, gate: WriteGate): DurableFileSystem {
  const writing =
    <A extends unknown[]>(write: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      gate.mayWriteNow();
      await write(...args);
    };
  return {
    ...fs,
    writeFileSynced: writing((path, content) => fs.writeFileSynced(path, content)),
    rename: writing((from, to) => fs.rename(from, to)),
    mkdir: writing((path) => fs.mkdir(path)),
    remove: writing((path) => fs.remove(path)),
    appendFileSynced: writing((path, content, create) => fs.appendFileSynced(path, content, create)),
  };
}
