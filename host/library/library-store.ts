// Persistence with lowdb: one small library index (library.json) plus one JSON file per
// article (articles/<id>.json, with its claim journal articles/<id>.journal), so that saving
// one article's claims never rewrites another article's file. Every file read is checked
// against its schema; every change is on disk before the promise that made it resolves.
// This class ties together the index, the article files and journals, one queue per article,
// the retry of failed saves (and the recovery file that keeps them), the gate that holds
// writes back while the folder cannot take them, and the guard that recreates the folder.

import { mkdir } from 'node:fs/promises';
import type { Low } from 'lowdb';
import { ApiError } from '../../shared/api';
import type { Article, Claim } from '../../shared/model';
import { ArticleFiles } from './article-files';
import { commitClaimBatch, keptChanges, retryKeptBatch, type BatchParts, type OnSaveFailure, type PendingChange } from './claim-batch';
import { deepFreeze } from './frozen-records';
import { ClaimJournal } from './claim-journal';
import { DEFAULT_COMPACTION, type CompactionLimits } from './compaction-policy';
import { nodeFileSystem, removeLeftoverTemporaries, type DurableFileSystem } from './durable-json-file';
import { unmigratedNotice, type StoreContext } from './file-recovery';
import { FolderGuard } from './folder-guard';
import type { ArticleFile, LibraryEntry } from './format-migrations';
import { GroupCommit } from './group-commit';
import { KeyedQueue } from './keyed-queue';
import { LibraryIndex } from './library-index';
import type { RecoveryFile } from './recovery-file';
import { SaveRetry, timerScheduler, type Scheduler, type UnsavedArticle } from './save-retry';
import { WriteGate, gatedFileSystem } from './write-gate';

export type { OnSaveFailure } from './claim-batch';
export type { ArticleFile, LibraryEntry, LibraryFile } from './format-migrations';
export type { StoreContext } from './file-recovery';
export type { Cancel, Scheduler, UnsavedArticle } from './save-retry';
export type { LibraryAccess } from './write-gate';

export interface LibraryStoreOptions {
  /** The disk operations; tests replace them to make writes fail. */
  fs?: DurableFileSystem;
  now?: () => Date;
  /** When failed saves are tried again and journals folded; tests pass one they move by hand. Default: setTimeout. */
  scheduler?: Scheduler;
  /** When an article's journal is folded into its file. */
  compaction?: CompactionLimits;
  /** Where claim changes the folder cannot take are kept too, outside it. */
  recovery?: RecoveryFile;
  /** Opens the library without ever writing to it, saying why. */
  readOnly?: string;
}

export class LibraryStore {
  readonly dataDir: string;
  /** What happened to the files that the analyst should hear about, oldest first. */
  private readonly noticeList: string[] = [];
  /** Files of an older format read while open read-only, so migrated in memory only. */
  private readonly unmigrated = new Set<string>();
  private readonly index: LibraryIndex;
  private readonly files: ArticleFiles;
  /** Changes and retries of one article's file run one after another. */
  private readonly queue = new KeyedQueue();
  /** Claim changes that wait together are saved together. */
  private readonly commits = new GroupCommit<PendingChange>(this.queue, (articleId, onFailure, changes) =>
    // Every change is answered, even should saving them throw where it was not expected to.
    commitClaimBatch(this.batchParts, articleId, onFailure as OnSaveFailure, changes).catch((error: unknown) => {
      for (const pending of changes) pending.reject(error);
    }),
  );
  private readonly journal: ClaimJournal;
  /** Articles with changes only in memory because saving them failed. */
  private readonly retry: SaveRetry;
  private readonly batchParts: BatchParts;
  private readonly context: StoreContext;
  private readonly guard: FolderGuard;
  /** Whether the folder takes writes now; the host pauses it while the lock cannot be touched, and closes it once another holder took it. */
  readonly gate = new WriteGate();
  readonly recovery: RecoveryFile | null;

  constructor(dataDir: string, options: LibraryStoreOptions = {}) {
    this.dataDir = dataDir;
    this.recovery = options.recovery ?? null;
    if (options.readOnly !== undefined) this.gate.closeForGood(options.readOnly);
    const context: StoreContext = {
      fs: gatedFileSystem(options.fs ?? nodeFileSystem, this.gate),
      now: options.now ?? (() => new Date()),
      notice: (message) => this.noticeList.push(message),
      readOnly: () => this.gate.current().state === 'read-only',
      unmigrated: (path) => this.unmigrated.add(path),
    };
    this.context = context;
    const scheduler = options.scheduler ?? timerScheduler;
    this.files = new ArticleFiles(dataDir, context, {
      recover: (articleId, file) => this.journal.recover(articleId, file),
      lost: (articleId) => this.journal.keepOrphan(articleId, 'an article whose file is missing'),
    });
    this.journal = new ClaimJournal(
      { folder: this.files.folder, articlePath: (articleId) => this.files.path(articleId) },
      context,
      scheduler,
      options.compaction ?? DEFAULT_COMPACTION,
      (articleId) => this.compact(articleId),
    );
    this.index = new LibraryIndex(dataDir, this.files.folder, context);
    this.retry = new SaveRetry(
      scheduler,
      (articleId) => this.retryUnsaved(articleId),
      () => void this.recovery?.keep(() => keptChanges(this.batchParts, this.files)),
    );
    this.batchParts = { articleFile: (articleId) => this.articleFile(articleId), journal: this.journal, retry: this.retry, gate: this.gate };
    const folder = { dataDir, indexPath: this.index.path, articlesFolder: this.files.folder };
    this.guard = new FolderGuard(folder, context, () => this.recreateFolder());
  }

  /** Repairs and restores done while opening files or since (a folder recreated), for the analyst to read. */
  notices(): readonly string[] {
    return this.noticeList;
  }

  get libraryPath(): string {
    return this.index.path;
  }

  articlePath(articleId: string): string {
    return this.files.path(articleId);
  }

  /**
   * Opens the library; `leftOut` names article files an import cut short made, which the index
   * does not take in. Only ever called with the folder locked, so no other process is writing there.
   */
  async open(leftOut: ReadonlySet<string> = new Set()): Promise<void> {
    if (this.gate.writable()) {
      await mkdir(this.files.folder, { recursive: true });
      // What a killed write left half done is never data: the file it was to replace is whole.
      await Promise.all([removeLeftoverTemporaries(this.dataDir), removeLeftoverTemporaries(this.files.folder)]);
    }
    await this.index.open(leftOut);
    await this.journal.keepStrays(new Set(this.entries().map((entry) => entry.id)));
    // Older article files are migrated now, on start, rather than whenever first opened.
    await this.files.openAll(this.entries().map((entry) => entry.id));
    if (this.unmigrated.size > 0) this.context.notice(unmigratedNotice(this.unmigrated.size));
  }

  entries(): readonly LibraryEntry[] {
    return this.index.entries();
  }

  sampleLoaded(): boolean {
    return this.index.sampleLoaded();
  }

  /** Adds an article, with its first claims if any: its own file first, then the index entry that points at it. */
  async addArticle(article: Article, options: { isSample: boolean; claims?: readonly Claim[] }): Promise<void> {
    this.gate.mustBeWritable();
    await this.guard.ensure();
    await this.files.create(article, options.claims);
    try {
      await this.index.add(article, options.isSample);
    } catch (error) {
      // Without its index entry the file would be a stray, so it goes too.
      await this.files.remove(article.id);
      throw error;
    }
  }

  private async articleFile(articleId: string): Promise<Low<ArticleFile>> {
    this.mustBeListed(articleId);
    return this.files.open(articleId);
  }

  private mustBeListed(articleId: string): void {
    if (!this.index.has(articleId)) throw new ApiError('not-found', `No article with id "${articleId}" in the library.`);
  }

  async readArticle(articleId: string): Promise<{ article: Article; claims: readonly Claim[] }> {
    const file = await this.articleFile(articleId);
    return { article: file.data.article, claims: file.data.claims };
  }

  /**
   * Applies `change` to a copy of the list of the article's claims (the claims themselves are
   * frozen: an edit replaces one) and saves it; memory is updated only
   * once the change is on disk (appended to the journal), so a failed save leaves both as
   * they were. Changes that wait for their turn together are saved with one append. `written`:
   * the text of the puts the change should make, its journal line when it makes just those.
   */
  updateClaims<R>(articleId: string, change: (claims: Claim[]) => R, onFailure: OnSaveFailure = 'keep', written?: PendingChange['written']): Promise<R> {
    try {
      if (onFailure === 'keep') this.gate.mayTakeClaimChange();
      else this.gate.mustBeWritable();
    } catch (error) {
      return Promise.reject(error);
    }
    // Changes asked for together wait for one check of the folder, and join their batch in order.
    return this.guard.ensure().then(
      () =>
        new Promise<R>((resolve, reject) => {
          this.commits.join(articleId, onFailure, { change, written, resolve: resolve as (result: unknown) => void, reject });
        }),
    );
  }

  /**
   * Replaces an article (a newer version of its text) together with its re-anchored
   * claims, in one write of its file (which folds its journal), then brings the index entry
   * up to date. On failure nothing changes.
   */
  async replaceArticle<R>(
    articleId: string,
    change: (current: { article: Article; claims: readonly Claim[] }) => { article: Article; claims: Claim[]; result: R },
  ): Promise<R> {
    this.gate.mustBeWritable();
    await this.guard.ensure();
    const changed = await this.commits.run(articleId, async () => {
      const file = await this.articleFile(articleId);
      const result = change({ article: file.data.article, claims: file.data.claims });
      await this.journal.fold(articleId, file, { ...file.data, article: result.article, claims: result.claims.map(deepFreeze) });
      return result;
    });
    await this.index.updateEntry(articleId, changed.article);
    return changed.result;
  }

  /** Folds an article's journal into its file, in its turn (when idle, when long, at quit). */
  private compact(articleId: string): Promise<void> {
    return this.commits.run(articleId, async () => {
      if (!this.index.has(articleId) || this.retry.titleOf(articleId) !== null || !this.gate.writable()) return;
      const file = await this.articleFile(articleId);
      // A failed fold loses nothing: the journal is still there and the next fold tries again.
      await this.journal.fold(articleId, file, file.data).catch(() => undefined);
    });
  }

  /** Articles whose latest changes are only in memory, with why the last save failed. */
  unsavedArticles(): UnsavedArticle[] {
    return this.retry.list();
  }

  /** Tries again to save an article whose last save failed (also run by the scheduler). */
  retryUnsaved(articleId: string): Promise<void> {
    return this.commits.run(articleId, () => retryKeptBatch(this.batchParts, articleId, this.index.has(articleId)));
  }

  lastArticleId(): string | null {
    return this.index.lastArticleId();
  }

  /** Remembers the article last opened; resolves at once, as the write is best-effort and never fails. */
  async setLastArticle(articleId: string): Promise<void> {
    // Reading never waits for, or depends on, a write: a folder that cannot be written is not tried.
    if (this.gate.writable()) this.index.noteLastViewed(articleId);
  }

  /** Removes an article and its claims: first from the index, then its file. */
  async deleteArticle(articleId: string): Promise<void> {
    this.mustBeListed(articleId);
    this.gate.mustBeWritable();
    await this.guard.ensure();
    await this.queue.idle(articleId);
    await this.index.remove(articleId);
    // Its unsaved changes went with it; a retry would only find no article.
    this.retry.markSaved(articleId);
    await this.journal.forget(articleId);
    await this.files.remove(articleId);
  }

  /** The folder can be written again: it is made whole, and every change kept in memory is saved. */
  async resumeWrites(): Promise<void> {
    if (!this.gate.reopen()) return;
    await this.guard.ensure();
    await Promise.allSettled(this.retry.articleIds().map((articleId) => this.retryUnsaved(articleId)));
  }

  /** Waits for every change already asked for (used before quitting). */
  async settle(): Promise<void> {
    await this.queue.settled();
    // One last try for changes still only in memory, and every journal folded into its file.
    await Promise.allSettled(this.retry.articleIds().map((articleId) => this.retryUnsaved(articleId)));
    await Promise.allSettled(this.journal.withJournal().map((articleId) => this.compact(articleId)));
    if (this.gate.writable()) await this.index.settle();
    // The recovery file is written before the process may end.
    await this.recovery?.keep(() => keptChanges(this.batchParts, this.files));
  }

  /** Writes the articles folder, every article held in memory and the index, each article in its turn. */
  private async recreateFolder(): Promise<number> {
    await this.context.fs.mkdir(this.files.folder);
    const written = await Promise.all(
      this.entries().map((entry) =>
        this.commits.run(entry.id, async () => {
          const file = await this.files.held(entry.id);
          if (file === null) return false;
          await this.journal.fold(entry.id, file, file.data);
          this.retry.markSaved(entry.id);
          return true;
        }),
      ),
    );
    await this.index.rewrite();
    return written.filter(Boolean).length;
  }
}
