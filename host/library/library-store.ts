// Persistence with lowdb: one small library index plus one JSON file per article, so that
// saving one article's claims never rewrites another article's file.
//
//   <dataDir>/library.json          the index: which articles exist
//   <dataDir>/articles/<id>.json    one article with its claims
//   <dataDir>/articles/<id>.journal claim changes since the article file was last written
//
// Every file read is checked against its schema; every change is on disk before the
// promise that made it resolves. This class ties the parts together: the index, the
// article files and their journals, one queue per article, and the retry of saves that failed.

import { mkdir } from 'node:fs/promises';
import type { Low } from 'lowdb';
import { ApiError } from '../../shared/api';
import type { Article, Claim } from '../../shared/model';
import { ArticleFiles } from './article-files';
import { claimOps, deepFreeze } from './claim-diff';
import { ClaimJournal } from './claim-journal';
import { DEFAULT_COMPACTION, type CompactionLimits } from './compaction-policy';
import { nodeFileSystem, type DurableFileSystem } from './durable-json-file';
import { reasonOf, type StoreContext } from './file-recovery';
import type { ArticleFile, LibraryEntry } from './format-migrations';
import { GroupCommit } from './group-commit';
import type { ClaimOp } from './journal-codec';
import { KeyedQueue } from './keyed-queue';
import { LibraryIndex } from './library-index';
import { SaveRetry, timerScheduler, type Scheduler, type UnsavedArticle } from './save-retry';

export type { ArticleFile, LibraryEntry, LibraryFile } from './format-migrations';
export type { StoreContext } from './file-recovery';
export type { Cancel, Scheduler, UnsavedArticle } from './save-retry';

/** On a failed save: keep the change in memory and retry (an analyst's edit), or undo it (an import). */
export type OnSaveFailure = 'keep' | 'rollback';

export interface LibraryStoreOptions {
  /** The disk operations; tests replace them to make writes fail. */
  fs?: DurableFileSystem;
  now?: () => Date;
  /** When failed saves are tried again and journals folded; tests pass one they move by hand. Default: setTimeout. */
  scheduler?: Scheduler;
  /** When an article's journal is folded into its file. */
  compaction?: CompactionLimits;
}

/** A claim change waiting for its batch to be saved. */
interface PendingChange {
  change: (claims: Claim[]) => unknown;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

export class LibraryStore {
  readonly dataDir: string;
  /** What happened to the files that the analyst should hear about, oldest first. */
  private readonly noticeList: string[] = [];
  private readonly index: LibraryIndex;
  private readonly files: ArticleFiles;
  /** Changes and retries of one article's file run one after another. */
  private readonly queue = new KeyedQueue();
  /** Claim changes that wait together are saved together. */
  private readonly commits = new GroupCommit<PendingChange>(this.queue, (articleId, onFailure, changes) =>
    // Every change is answered, even should saving them throw where it was not expected to.
    this.commitClaims(articleId, onFailure as OnSaveFailure, changes).catch((error: unknown) => {
      for (const pending of changes) pending.reject(error);
    }),
  );
  private readonly journal: ClaimJournal;
  /** Articles with changes only in memory because saving them failed. */
  private readonly retry: SaveRetry;

  constructor(dataDir: string, options: LibraryStoreOptions = {}) {
    this.dataDir = dataDir;
    const context: StoreContext = {
      fs: options.fs ?? nodeFileSystem,
      now: options.now ?? (() => new Date()),
      notice: (message) => this.noticeList.push(message),
    };
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
    this.retry = new SaveRetry(scheduler, (articleId) => this.retryUnsaved(articleId));
  }

  /** Repairs and restores done while opening files, for the analyst to read. */
  notices(): readonly string[] {
    return this.noticeList;
  }

  get libraryPath(): string {
    return this.index.path;
  }

  articlePath(articleId: string): string {
    return this.files.path(articleId);
  }

  async open(): Promise<void> {
    await mkdir(this.files.folder, { recursive: true });
    await this.index.open();
    await this.journal.keepStrays(new Set(this.entries().map((entry) => entry.id)));
    // Older article files are migrated now, on start, rather than whenever first opened.
    // A damaged file stays as it is; it is reported when the library is listed.
    await Promise.all(this.entries().map((entry) => this.readArticle(entry.id).catch(() => undefined)));
  }

  entries(): readonly LibraryEntry[] {
    return this.index.entries();
  }

  sampleLoaded(): boolean {
    return this.index.sampleLoaded();
  }

  /** Adds an article, with its first claims if any: its own file first, then the index entry that points at it. */
  async addArticle(article: Article, options: { isSample: boolean; claims?: readonly Claim[] }): Promise<void> {
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
   * they were. Changes that wait for their turn together are saved with one append.
   */
  updateClaims<R>(articleId: string, change: (claims: Claim[]) => R, onFailure: OnSaveFailure = 'keep'): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.commits.join(articleId, onFailure, { change, resolve: resolve as (result: unknown) => void, reject });
    });
  }

  /** Saves a batch of claim changes, each made on top of the one before, and answers each. */
  private async commitClaims(articleId: string, onFailure: OnSaveFailure, changes: PendingChange[]): Promise<void> {
    let file: Low<ArticleFile>;
    try {
      file = await this.articleFile(articleId);
    } catch (error) {
      for (const pending of changes) pending.reject(error);
      return;
    }
    const previous = file.data;
    let claims = previous.claims;
    /** The ops of each change, or null once one cannot be said as ops and the whole file is written. */
    // Changes still only in memory are not in the journal: the whole file saves them too.
    let journalLines: ClaimOp[][] | null = this.retry.titleOf(articleId) === null ? [] : null;
    const made: { pending: PendingChange; result: unknown }[] = [];
    for (const pending of changes) {
      const given = [...claims];
      let result: unknown;
      try {
        result = pending.change(given);
      } catch (error) {
        pending.reject(error);
        continue;
      }
      const diff = claimOps(claims, given);
      if (diff === null) journalLines = null;
      else if (diff.ops.length > 0) journalLines?.push(diff.ops);
      claims = diff?.claims ?? given.map(deepFreeze);
      made.push({ pending, result });
    }
    if (made.length === 0) return;
    const next = { ...previous, claims };
    try {
      await this.journal.save(articleId, file, next, journalLines, onFailure === 'keep');
      this.retry.markSaved(articleId);
      for (const { pending, result } of made) pending.resolve(result);
    } catch (error) {
      if (onFailure === 'rollback') {
        for (const { pending } of made) pending.reject(error);
        return;
      }
      // The analyst's changes stay in memory and are saved as soon as the disk allows.
      file.data = next;
      const reason = reasonOf(error);
      this.retry.markUnsaved(articleId, previous.article.title, reason);
      const kept = new ApiError('storage', `${reason} The change is kept, and ClaimMark keeps trying to save it.`);
      for (const { pending } of made) pending.reject(kept);
    }
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
      if (!this.index.has(articleId) || this.retry.titleOf(articleId) !== null) return;
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
    return this.commits.run(articleId, async () => {
      const title = this.retry.titleOf(articleId);
      if (title === null) return;
      // Deleted while this try waited for its turn: nothing is left to save.
      if (!this.index.has(articleId)) return this.retry.markSaved(articleId);
      const file = await this.articleFile(articleId);
      try {
        await this.journal.fold(articleId, file, file.data);
        this.retry.markSaved(articleId);
      } catch (error) {
        this.retry.markUnsaved(articleId, title, reasonOf(error));
      }
    });
  }

  lastArticleId(): string | null {
    return this.index.lastArticleId();
  }

  async setLastArticle(articleId: string): Promise<void> {
    await this.index.setLastArticle(articleId);
  }

  /** Removes an article and its claims: first from the index, then its file. */
  async deleteArticle(articleId: string): Promise<void> {
    this.mustBeListed(articleId);
    await this.queue.idle(articleId);
    await this.index.remove(articleId);
    // Its unsaved changes went with it; a retry would only find no article.
    this.retry.markSaved(articleId);
    await this.journal.forget(articleId);
    await this.files.remove(articleId);
  }

  /** Waits for every change already asked for (used before quitting). */
  async settle(): Promise<void> {
    await this.queue.settled();
    // One last try for changes still only in memory, and every journal folded into its file.
    await Promise.allSettled(this.retry.articleIds().map((articleId) => this.retryUnsaved(articleId)));
    await Promise.allSettled(this.journal.withJournal().map((articleId) => this.compact(articleId)));
  }
}
