// Opening one of the library's files, checked against its schema, and what happens when it
// is not as it should be: an older version is migrated (after keeping a copy), a damaged
// file is moved aside and restored from its `.bak` or rebuilt, a missing one is restored.
// What could not be repaired is a typed error, so callers never read the message to tell.

import { copyFile, constants as fsConstants, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { ApiError } from '../../shared/api';
import { DamagedFileError, DurableJsonFile, backupPath, type DurableFileSystem } from './durable-json-file';
import { CURRENT_FORMAT_VERSION, FileFormatError, type MigrationResult } from './format-migrations';

/** What opening a file needs besides the file: how to touch the disk, the time, where to report. */
export interface StoreContext {
  fs: DurableFileSystem;
  now: () => Date;
  /** Tells the analyst something happened to their files (a repair, a restore). */
  notice: (message: string) => void;
  /**
   * True when the folder is never written in this run (opened read-only): a file of an older
   * format is then migrated in memory only, and `unmigrated` is told of it.
   */
  readOnly?: () => boolean;
  unmigrated?: (path: string) => void;
}

/** What the analyst is told of `count` files of an older format read from a library open read-only. */
export function unmigratedNotice(count: number): string {
  const files = count === 1 ? "1 of the library's files is" : `${count.toLocaleString('en-US')} of the library's files are`;
  return `${files} from an older ClaimMark; ${count === 1 ? 'it is' : 'they are'} read as this version reads them, but not migrated on disk while the library is open read-only. ${count === 1 ? 'It is' : 'They are'} migrated at the next start that can write to the folder.`;
}

/** A file with no sensible empty value is gone, and so is its backup. */
export class MissingFileError extends ApiError {
  readonly path: string;

  constructor(path: string) {
    super('storage', `The file ${path} is missing.`);
    this.path = path;
  }
}

/** A file was damaged and could be neither restored nor rebuilt; it was moved aside. */
export class UnrepairableFileError extends ApiError {
  readonly path: string;
  /** Why the file could not be read. */
  readonly reason: string;
  /** Where the damaged file is now. */
  readonly keptAs: string;

  constructor(path: string, reason: string, keptAs: string) {
    super('storage', `${path} was damaged (${reason}) and has no usable backup. The damaged file was kept as ${keptAs}.`);
    this.path = path;
    this.reason = reason;
    this.keptAs = keptAs;
  }
}

function timeStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/**
 * Keeps the file as it was before a migration, beside it: `<name>.v<N>.bak`, or with a
 * time stamp when that name is taken, so an earlier copy is never overwritten.
 */
async function keepPreviousVersion(path: string, version: number, now: Date): Promise<string> {
  const plain = `${path}.v${version}.bak`;
  try {
    await copyFile(path, plain, fsConstants.COPYFILE_EXCL);
    return plain;
  } catch {
    const stamped = `${path}.v${version}.${timeStamp(now)}.bak`;
    await copyFile(path, stamped, fsConstants.COPYFILE_EXCL);
    return stamped;
  }
}

/** Moves a damaged file aside under a time-stamped name that never replaces another file. */
export async function moveAside(path: string, now: Date, label = 'damaged'): Promise<string> {
  const stamp = timeStamp(now);
  for (let attempt = 0; ; attempt += 1) {
    const aside = `${path}.${label}-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
    try {
      await copyFile(path, aside, fsConstants.COPYFILE_EXCL);
      await rm(path, { force: true });
      return aside;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** The latest copy of `path` moved aside as damaged, while it is still there; null when there is none. */
async function damagedCopyOf(path: string): Promise<string | null> {
  const prefix = `${basename(path)}.damaged-`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  // The names carry the time they were moved aside, so the last in order is the latest.
  const latest = names.filter((name) => name.startsWith(prefix)).sort().at(-1);
  return latest === undefined ? null : join(dirname(path), latest);
}

function isDamage(error: unknown): boolean {
  return error instanceof DamagedFileError || (error instanceof FileFormatError && !error.newer);
}

export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The error the analyst reads when `what` could not be written. It says what failed, not
 * that something was not saved: the window puts it after its own "Not saved:" or "Claim not added:".
 */
export function notSaved(what: string, error: unknown): ApiError {
  return new ApiError('storage', `Could not write ${what} (${reasonOf(error)}).`);
}

/** Writes a file; `what` names it in the message the analyst reads when that fails. */
export async function saveFile<T>(db: Low<T>, what: string): Promise<void> {
  try {
    await db.write();
  } catch (error) {
    throw notSaved(what, error);
  }
}

/**
 * Opens a lowdb file, migrating an older version and checking the result against the
 * current schema. A missing file becomes `empty`, or is restored from its backup when there
 * is no sensible empty value (an article's own file), or else is a MissingFileError.
 *
 * A damaged file (empty, binary, not JSON, not the schema) is moved aside and restored from
 * its `.bak`; without a usable backup, `rebuild` makes a fresh one where it can, and
 * otherwise it is an UnrepairableFileError. The analyst is told what happened and where
 * the damaged file now is.
 */
export async function openCheckedFile<T>(
  path: string,
  migrate: (raw: unknown, what: string) => MigrationResult<T>,
  empty: T | null,
  context: StoreContext,
  rebuild?: () => Promise<T>,
): Promise<Low<T>> {
  const adapter = new DurableJsonFile<T>(path, context.fs);
  const load = async (source: DurableJsonFile<unknown>): Promise<MigrationResult<T> | null> => {
    const raw = await source.read();
    return raw === null ? null : migrate(raw, source.path);
  };
  const restore = async (data: T, notice: string): Promise<Low<T>> => {
    const db = new Low<T>(adapter, data);
    await saveFile(db, path);
    context.notice(notice);
    return db;
  };
  const loadBackup = () => load(new DurableJsonFile<unknown>(backupPath(path), context.fs)).catch(() => null);
  let loaded: MigrationResult<T> | null;
  try {
    loaded = await load(adapter as DurableJsonFile<unknown>);
  } catch (error) {
    if (!isDamage(error)) {
      if (error instanceof FileFormatError) throw new ApiError('storage', error.message);
      throw new ApiError('storage', `Cannot read ${path}: ${reasonOf(error)}`);
    }
    const aside = await moveAside(path, context.now());
    const backup = await loadBackup();
    if (backup !== null) {
      return restore(backup.data, `${path} was damaged (${reasonOf(error)}). It was restored from its backup copy; the damaged file was kept as ${aside}.`);
    }
    if (rebuild !== undefined) {
      return restore(await rebuild(), `${path} was damaged (${reasonOf(error)}) and had no usable backup; it was rebuilt. The damaged file was kept as ${aside}.`);
    }
    throw new UnrepairableFileError(path, reasonOf(error), aside);
  }
  if (loaded === null) {
    if (empty !== null) return new Low<T>(adapter, empty);
    const backup = await loadBackup();
    if (backup === null) {
      // Moved aside at an earlier start: it is still damaged, not missing, until the analyst deals with the copy.
      const copy = await damagedCopyOf(path);
      if (copy !== null) throw new UnrepairableFileError(path, 'found when ClaimMark started before', copy);
      throw new MissingFileError(path);
    }
    return restore(backup.data, `${path} was missing. It was restored from its backup copy.`);
  }
  const db = new Low<T>(adapter, loaded.data);
  if (loaded.migratedFrom !== null && context.readOnly?.() === true) {
    // Neither the copy nor the migrated file can be written: the next writable start does both.
    context.unmigrated?.(path);
  } else if (loaded.migratedFrom !== null) {
    await keepPreviousVersion(path, loaded.migratedFrom, context.now());
    await saveFile(db, `${path} (migrated to format version ${CURRENT_FORMAT_VERSION})`);
  }
  return db;
}
