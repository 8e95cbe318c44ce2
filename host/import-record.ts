// The staged record of an import in progress, <dataDir>/import-in-progress.json: written and
// flushed before the import changes anything, removed once every change is on disk. One
// left behind at start means ClaimMark stopped in the middle, and what it lists is undone.

import { join } from 'node:path';
import { z } from 'zod';
import { backupPath, DurableJsonFile, nodeFileSystem } from './library/durable-json-file';

const claimStampSchema = z.strictObject({ id: z.string(), modified: z.string() });

export const importRecordSchema = z.strictObject({
  format: z.literal('claimmark-import-in-progress'),
  version: z.literal(1),
  fileName: z.string(),
  started: z.string(),
  /** Articles the import creates: undone by removing them. */
  newArticles: z.array(z.strictObject({ id: z.string(), title: z.string() })),
  /** Articles it adds claims to or updates claims of. */
  updates: z.array(
    z.strictObject({
      articleId: z.string(),
      title: z.string(),
      /** Claims it adds, with the time they carry, so one the analyst changed since is told apart. */
      added: z.array(claimStampSchema),
      /** Claims it replaces: the claim before (any JSON the store checks again), and the time the new one carries. */
      replaced: z.array(z.strictObject({ before: z.unknown(), modified: z.string() })),
    }),
  ),
});
export type ImportRecord = z.infer<typeof importRecordSchema>;

export const IMPORT_RECORD_NAME = 'import-in-progress.json';

export class ImportRecordFile {
  readonly path: string;
  private readonly folder: string;

  constructor(dataDir: string) {
    this.folder = dataDir;
    this.path = join(dataDir, IMPORT_RECORD_NAME);
  }

  /** Writes the record durably (flushed, folder flushed) before the import may start. */
  async write(record: ImportRecord): Promise<void> {
    await new DurableJsonFile<ImportRecord>(this.path, nodeFileSystem).write(record);
  }

  /**
   * The record left behind, null when there is none. The record is renamed into place whole,
   * so only damage on the disk makes it unreadable: then its backup is read, and failing that
   * 'unreadable' is returned. `writable` says whether the folder may be written: a backup
   * left alone is tidied away only then.
   */
  async read(writable: boolean): Promise<ImportRecord | 'unreadable' | null> {
    const main = await this.readOne(this.path);
    if (main === null) {
      // A backup alone is what a removal cut short left: the import had finished, so the
      // backup is harmless, and one that cannot be removed now is removed by a later start.
      if (writable) await nodeFileSystem.remove(backupPath(this.path)).catch(() => undefined);
      return null;
    }
    if (main !== 'unreadable') return main;
    const backup = await this.readOne(backupPath(this.path));
    return backup ?? 'unreadable';
  }

  private async readOne(path: string): Promise<ImportRecord | 'unreadable' | null> {
    try {
      const value = await new DurableJsonFile<unknown>(path, nodeFileSystem).read();
      if (value === null) return null;
      const parsed = importRecordSchema.safeParse(value);
      return parsed.success ? parsed.data : 'unreadable';
    } catch {
      return 'unreadable';
    }
  }

  /** Removes the record and its backup (the backup first: a backup alone means done), and flushes the folder. */
  async remove(): Promise<void> {
    await nodeFileSystem.remove(backupPath(this.path));
    await nodeFileSystem.remove(this.path);
    await nodeFileSystem.syncFolder(this.folder);
  }
}
