// A lowdb adapter that survives crashes and damaged disks better than lowdb's own:
// every write goes to a temporary file with a unique name, is flushed to disk (fsync),
// renamed over the target, and the folder is flushed too, so after a crash the file is
// either the previous complete version or the new one. After each good write the same
// bytes are kept as `<file>.bak`, the copy a damaged file is restored from.

import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { jsonInTurns, piecesOrText, withLineEnd, type TextPieces } from './json-in-turns';

/** The file's text could not be read as JSON (empty, binary or cut short). */
export class DamagedFileError extends Error {
  readonly path: string;

  constructor(path: string, reason: string) {
    super(`${path} is damaged: ${reason}`);
    this.path = path;
  }
}

export function backupPath(path: string): string {
  return `${path}.bak`;
}

/** The name of a write's temporary file: `.<name>.<pid>.<12 hex digits>.tmp`, and nothing else. */
const TEMPORARY_NAME = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/** Where a write of `target` goes first, beside it, under a name no other write has. */
export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Removes the temporary files a killed writer left in `folder` (a crash between writing one
 * and renaming it), resolving to their names. Only for a folder no other process writes to:
 * the library folder once its lock is held.
 */
export async function removeLeftoverTemporaries(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => []);
  const leftovers = names.filter((name) => TEMPORARY_NAME.test(name));
  await Promise.all(leftovers.map((name) => rm(join(folder, name), { force: true })));
  return leftovers;
}

/** A file's text: one string, or pieces written one after another (a large file, made in turns). */
export type FileText = string | TextPieces;

/** The operations the adapter needs, so tests can make any of them fail (disk full, read-only). */
export interface DurableFileSystem {
  writeFileSynced(path: string, content: FileText): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  syncFolder(path: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readFile(path: string): Promise<Buffer>;
  remove(path: string): Promise<void>;
  /** Appends and flushes; `create` makes a new file (failing if one exists), else the file must exist. */
  appendFileSynced(path: string, content: FileText, create: boolean): Promise<void>;
  /** Whether a file is there (an article file, before its journal is started). */
  exists(path: string): Promise<boolean>;
}

/** The UTF-8 bytes of a file's text. */
export function fileTextBytes(content: FileText): number {
  return typeof content === 'string' ? Buffer.byteLength(content) : content.reduce((total, piece) => total + Buffer.byteLength(piece), 0);
}

/** Writes the text at the handle's position; each piece is encoded only when its turn comes, so a large file never holds the thread up as a whole. */
async function writeText(handle: FileHandle, content: FileText): Promise<void> {
  if (typeof content === 'string') return handle.writeFile(content, 'utf8');
  for (const piece of content) await handle.writeFile(piece, 'utf8');
}

export const nodeFileSystem: DurableFileSystem = {
  async writeFileSynced(path, content) {
    const handle = await open(path, 'wx');
    try {
      await writeText(handle, content);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  async syncFolder(path) {
    // Windows cannot open a folder to flush it; its renames are durable on their own.
    if (process.platform === 'win32') return;
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  mkdir: async (path) => {
    await mkdir(path, { recursive: true });
  },
  readFile: (path) => readFile(path),
  remove: (path) => rm(path, { force: true }),
  async appendFileSynced(path, content, create) {
    const flags = fsConstants.O_WRONLY | fsConstants.O_APPEND | (create ? fsConstants.O_CREAT | fsConstants.O_EXCL : 0);
    const handle = await open(path, flags, 0o666);
    try {
      await writeText(handle, content);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  exists: (path) =>
    stat(path).then(
      () => true,
      () => false,
    ),
};

/** Parses a file's bytes as JSON, or says why they are not. */
export function parseJsonBytes(path: string, bytes: Buffer): unknown {
  if (bytes.length === 0) throw new DamagedFileError(path, 'the file is empty');
  if (bytes.includes(0)) throw new DamagedFileError(path, 'the file holds binary data');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DamagedFileError(path, 'the file is not UTF-8 text');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DamagedFileError(path, `the file is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string;
  private readonly fs: DurableFileSystem;

  constructor(path: string, fs: DurableFileSystem = nodeFileSystem) {
    this.path = path;
    this.fs = fs;
  }

  /** The parsed JSON, null when the file does not exist; DamagedFileError when it cannot be read. */
  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return parseJsonBytes(this.path, bytes) as T;
  }

  async write(data: T): Promise<void> {
    const content = piecesOrText(withLineEnd(await jsonInTurns(data, 2)));
    await this.replace(this.path, content);
    // The backup is a second copy of the same good bytes; failing to make it loses nothing.
    await this.replace(backupPath(this.path), content).catch(() => undefined);
  }

  private async replace(target: string, content: FileText): Promise<void> {
    const folder = dirname(target);
    // The folder may have been removed while the app runs: the next save recreates it.
    await this.fs.mkdir(folder);
    const temporary = temporaryPath(target);
    try {
      await this.fs.writeFileSynced(temporary, content);
      await this.fs.rename(temporary, target);
    } catch (error) {
      await this.fs.remove(temporary).catch(() => undefined);
      throw error;
    }
    await this.fs.syncFolder(folder);
  }
}
