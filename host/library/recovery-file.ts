// The recovery file: claim changes the library folder could not take (read-only, full,
// taken by another ClaimMark), written outside it so that they outlive the process. One
// file per library folder, named by a hash of its path, in the first of the recovery
// folders that can be written (the per-user folder beside the library, then the system's
// temporary folder). The next start with a writable library offers it back.

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { claimSchema } from '../../shared/model';
import { nodeFileSystem } from './durable-json-file';
import { reasonOf } from './file-recovery';

const recoveredArticleSchema = z.strictObject({
  articleId: z.string(),
  title: z.string(),
  /** The article's claims as last saved in the library, before the changes that could not be. */
  saved: z.array(claimSchema),
  /** Its claims with those changes, as held in memory. */
  kept: z.array(claimSchema),
});
export type RecoveredArticle = z.infer<typeof recoveredArticleSchema>;

const recoveryFileSchema = z.strictObject({
  format: z.literal(1),
  library: z.string(),
  written: z.string(),
  articles: z.array(recoveredArticleSchema),
});

/** Where recovery files go when the host names no folders: `<user folder>/recovery`, then `<tmp>/claimmark-recovery`. */
export function defaultRecoveryFolders(userDataDir: string): string[] {
  return [join(userDataDir, 'recovery'), join(tmpdir(), 'claimmark-recovery')];
}

/** The recovery file of the library at `dataDir` inside one recovery folder. */
export function recoveryFilePath(folder: string, dataDir: string): string {
  return join(folder, `${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16)}.json`);
}

export interface FoundRecovery {
  path: string;
  written: string;
  articles: RecoveredArticle[];
}

export class RecoveryFile {
  private readonly dataDir: string;
  private readonly paths: readonly string[];
  /** Where the kept changes were last written, or null when they are not in a file. */
  private written: string | null = null;
  /** Why they could not be written to any recovery folder, if so. */
  private problem: string | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly now: () => Date;

  constructor(dataDir: string, folders: readonly string[], now: () => Date = () => new Date()) {
    this.dataDir = dataDir;
    this.now = now;
    this.paths = folders.map((folder) => recoveryFilePath(folder, dataDir));
  }

  /** Where the kept changes are, or why they are only in memory; null while nothing is kept. */
  whereKept(): { path: string } | { problem: string } | null {
    if (this.written !== null) return { path: this.written };
    return this.problem === null ? null : { problem: this.problem };
  }

  /** Writes what `snapshot` gives, each write after the last; none removes the file. Never rejects. */
  keep(snapshot: () => Promise<RecoveredArticle[]>): Promise<void> {
    this.writing = this.writing.then(async () => {
      const articles = await snapshot().catch(() => null);
      if (articles === null) return;
      if (articles.length === 0) return this.clear();
      const content = `${JSON.stringify({ format: 1, library: resolve(this.dataDir), written: this.now().toISOString(), articles }, null, 2)}\n`;
      const problems: string[] = [];
      for (const path of this.paths) {
        try {
          await writeReplacing(path, content);
          this.written = path;
          this.problem = null;
          return;
        } catch (error) {
          problems.push(reasonOf(error));
        }
      }
      this.written = null;
      this.problem = problems.join('; ');
    });
    return this.writing;
  }

  /** Resolves once every write asked for so far is done. */
  settled(): Promise<void> {
    return this.writing;
  }

  /** Removes every recovery file of this library (once what they held was offered back). */
  discard(): Promise<void> {
    this.writing = this.writing.then(() => this.clear());
    return this.writing;
  }

  /** The recovery files a past run left for this library, newest first; damaged ones are named in `unreadable`. */
  async find(): Promise<{ found: FoundRecovery[]; unreadable: string[] }> {
    const found: FoundRecovery[] = [];
    const unreadable: string[] = [];
    for (const path of this.paths) {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        continue;
      }
      const parsed = recoveryFileSchema.safeParse(safeJson(text));
      if (parsed.success) found.push({ path, written: parsed.data.written, articles: parsed.data.articles });
      else unreadable.push(path);
    }
    return { found: found.sort((a, b) => b.written.localeCompare(a.written)), unreadable };
  }

  private async clear(): Promise<void> {
    await Promise.all(this.paths.map((path) => rm(path, { force: true }).catch(() => undefined)));
    this.written = null;
    this.problem = null;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

async function writeReplacing(path: string, content: string): Promise<void> {
  await mkdir(resolve(path, '..'), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await nodeFileSystem.writeFileSynced(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
