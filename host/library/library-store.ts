// Persistence with lowdb: one small library index plus one JSON file per article, so that
// saving one article's claims never rewrites another article's file.
//
//   <dataDir>/library.json          the index: which articles exist
//   <dataDir>/articles/<id>.json    one article with its claims
//
// Every file read is checked against its schema; every change is on disk before the
// promise that made it resolves. This class ties the parts together: the index, the
// article files, one queue per article, and the retry of saves that failed.

import { mkdir } from 'node:fs/promises';
import type { Low } from 'lowdb';
import { ApiError } from '../../shared/api';
import type { Article, Claim } from '../../shared/model';
import { ArticleFiles } from './article-files';
import { nodeFileSystem, type DurableFileSystem } from './durable-json-file';
import { reasonOf, saveFile, type StoreContext } from './file-recovery';
import type { ArticleFile, LibraryEntry } from './format-migrations';
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
  /** When failed saves are tried again; tests pass one they move by hand. Default: setTimeout. */
  scheduler?: Scheduler;
}

type ArticleChange<R> = (current: { article: Article; claims: readonly Claim[] }) => { next: { article: Article; claims: Claim[] }; result: R };

export class LibraryStore {
  readonly dataDir: string;
  /** What happened to the files that the analyst should hear about, oldest first. */
  private readonly noticeList: string[] = [];
  private readonly index: LibraryIndex;
  private readonly files: ArticleFiles;
  /** Changes and retries of one article's file run one after another. */
  private readonly queue = new KeyedQueue();
  /** Articles with changes only in memory because saving them failed. */
  private readonly retry: SaveRetry;

  constructor(dataDir: string, options: LibraryStoreOptions = {}) {
    this.dataDir = dataDir;
    const context: StoreContext = {
      fs: options.fs ?? nodeFileSystem,
      now: options.now ?? (() => new Date()),
      notice: (message) => this.noticeList.push(message),
    };
    this.files = new ArticleFiles(dataDir, context);
    this.index = new LibraryIndex(dataDir, this.files.folder, context);
    this.retry = new SaveRetry(options.scheduler ?? timerScheduler, (articleId) => this.retryUnsaved(articleId));
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

  /** Adds an article: its own file first, then the index entry that points at it. */
  async addArticle(article: Article, options: { isSample: boolean }): Promise<void> {
    await this.files.create(article);
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
   * Applies `change` to a copy of the article's claims and saves it; memory is updated only
   * once the file is written, so a failed save leaves both as they were.
   */
  async updateClaims<R>(articleId: string, change: (claims: Claim[]) => R, onFailure: OnSaveFailure = 'keep'): Promise<R> {
    return this.changeArticle(
      articleId,
      (current) => {
        const claims = current.claims.map((claim) => ({ ...claim }));
        const result = change(claims);
        return { next: { article: current.article, claims }, result };
      },
      onFailure,
    );
  }

  /**
   * Replaces an article (a newer version of its text) together with its re-anchored
   * claims, in one write of its file, then brings the index entry up to date.
   */
  async replaceArticle<R>(
    articleId: string,
    change: (current: { article: Article; claims: readonly Claim[] }) => { article: Article; claims: Claim[]; result: R },
  ): Promise<R> {
    const result = await this.changeArticle(articleId, (current) => {
      const changed = change(current);
      return { next: { article: changed.article, claims: changed.claims }, result: changed };
    });
    await this.index.updateEntry(articleId, result.article);
    return result.result;
  }

  private changeArticle<R>(articleId: string, change: ArticleChange<R>, onFailure: OnSaveFailure = 'rollback'): Promise<R> {
    return this.queue.run(articleId, () => this.applyArticleChange(articleId, change, onFailure));
  }

  private async applyArticleChange<R>(articleId: string, change: ArticleChange<R>, onFailure: OnSaveFailure): Promise<R> {
    const file = await this.articleFile(articleId);
    const previous = file.data;
    const { next, result } = change({ article: previous.article, claims: previous.claims });
    file.data = { ...previous, article: next.article, claims: next.claims };
    try {
      await saveFile(file, `the claims of "${next.article.title}"`);
      this.retry.markSaved(articleId);
    } catch (error) {
      if (onFailure === 'rollback') {
        file.data = previous;
        throw error;
      }
      // The analyst's change stays in memory and is saved as soon as the disk allows.
      const reason = reasonOf(error);
      this.retry.markUnsaved(articleId, next.article.title, reason);
      throw new ApiError('storage', `${reason} The change is kept, and ClaimMark keeps trying to save it.`);
    }
    return result;
  }

  /** Articles whose latest changes are only in memory, with why the last save failed. */
  unsavedArticles(): UnsavedArticle[] {
    return this.retry.list();
  }

  /** Tries again to save an article whose last save failed (also run by the scheduler). */
  retryUnsaved(articleId: string): Promise<void> {
    return this.queue.run(articleId, async () => {
      const title = this.retry.titleOf(articleId);
      if (title === null) return;
      // Deleted while this try waited for its turn: nothing is left to save.
      if (!this.index.has(articleId)) return this.retry.markSaved(articleId);
      const file = await this.articleFile(articleId);
      try {
        await saveFile(file, `the claims of "${file.data.article.title}"`);
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
    await this.files.remove(articleId);
  }

  /** Waits for every change already asked for (used before quitting). */
  async settle(): Promise<void> {
    await this.queue.settled();
    // One last try for changes still only in memory.
    await Promise.allSettled(this.retry.articleIds().map((articleId) => this.retryUnsaved(articleId)));
  }
}
