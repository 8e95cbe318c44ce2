// Writes an export piece by piece, all of it or nothing: the pieces go into a temporary file
// beside the target, which is synced and renamed over the target only after the last piece;
// on any failure the temporary file is removed and the target is left as it was.

import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * How far the pieces may run ahead of the disk, so that making the next ones overlaps
 * writing the last. The pieces go to the stream as they come (it writes what waits with one
 * writev): joining them first would make strings too large for V8's young heap, which is slower.
 */
const WRITE_AHEAD_BYTES = 4 * 1024 * 1024;

/** Opens the stream an export is written into; tests pass one that fails. */
export type OpenWritable = (path: string) => Writable;

const openNewFile: OpenWritable = (path) => createWriteStream(path, { flags: 'wx', flush: true, highWaterMark: WRITE_AHEAD_BYTES });

/** Writes `chunks` to `target` in order, waiting while it is busy; if either fails, `target` is destroyed and this rejects. */
export async function writeChunks(chunks: Iterable<string>, target: Writable): Promise<void> {
  await pipeline(chunks, target);
}

/** Writes the export's pieces to the file at `path`, replacing it only once all of them are on disk. */
export async function writeExportFile(path: string, chunks: Iterable<string>, open: OpenWritable = openNewFile): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  const target = open(temporary);
  try {
    await writeChunks(chunks, target);
    await rename(temporary, path);
  } catch (error) {
    // A file stream still opening when the pieces fail creates the file after this point
    // unless its close is awaited first: only then is there nothing left to come.
    // Its own error may still come then; it is the one already being passed on.
    if (!target.closed) {
      await new Promise<void>((closed) => {
        target.on('error', () => undefined);
        target.once('close', () => closed());
      });
    }
    await rm(temporary, { force: true });
    throw error;
  }
}
