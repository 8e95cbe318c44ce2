// Persistence with lowdb: one small library index plus one JSON file per article, so that
// saving one article's claims never rewrites another article's file.
//
//   <dataDir>/library.json          the index: which articles exist
//   <dataDir>/articles/<id>.json    one article with its claims
//
// Every file read is checked against its schema; every change is on disk before the
// promise that made it resolves.

import { copyFile, constants as fsConstants, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { ApiError } from '../../shared/api';
import type { Article, Claim } from '../../shared/model';
import { DamagedFileError, DurableJsonFile, backupPath, nodeFileSystem, type DurableFileSystem } from './durable-json-file';
import {
  CURRENT_FORMAT_VERSION,
  FileFormatError,
  migrateArticleFile,
  migrateLibraryFile,
  type ArticleFile,
  type LibraryEntry,
  type LibraryFile,
  type MigrationResult,
} from './format-migrations';

export type { ArticleFile, LibraryEntry, LibraryFile } from './format-migrations';

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
    const stamped = `${path}.v${version}.${now.toISOString().replace(/[:.]/g, '-')}.bak`;
    await copyFile(path, stamped, fsConstants.COPYFILE_EXCL);
    return stamped;
  }
}

/** What opening a file needs besides the file: how to touch the disk, the time, where to report. */
export interface StoreContext {
  fs: DurableFileSystem;
  now: () => Date;
  /** Tells the analyst something happened to their files (a repair, a restore). */
  notice: (message: string) => void;
}

/** Moves a damaged file aside under a time-stamped name that never replaces another file. */
async function moveAside(path: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt += 1) {
    const aside = `${path}.damaged-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
    try {
      await copyFile(path, aside, fsConstants.COPYFILE_EXCL);
      await rm(path, { force: true });
      return aside;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** What the index knows of an article. */
function indexEntryOf(article: Article): LibraryEntry {
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    added: article.added,
    fileName: article.fileName,
    contentHash: article.contentHash,
  };
}

function isDamage(error: unknown): boolean {
  return error instanceof DamagedFileError || (error instanceof FileFormatError && !error.newer);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens a lowdb file, migrating an older version (after keeping a copy of it) and checking
 * the result against the current schema. A missing file becomes `empty`, or is an error
 * when there is no sensible empty value (an article's own file).
 *
 * A damaged file (empty, binary, not JSON, not the schema) is moved aside and restored from
 * its `.bak`; without a usable backup, `rebuild` makes a fresh one where it can, and
 * otherwise the damage is reported. The analyst is told what happened and where the
 * damaged file now is.
 */
async function openChecked<T>(
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
  let loaded: MigrationResult<T> | null;
  try {
    loaded = await load(adapter as DurableJsonFile<unknown>);
  } catch (error) {
    if (!isDamage(error)) {
      if (error instanceof FileFormatError) throw new ApiError('storage', error.message);
      throw new ApiError('storage', `Cannot read ${path}: ${reasonOf(error)}`);
    }
    const aside = await moveAside(path, context.now());
    const backup = await load(new DurableJsonFile<unknown>(backupPath(path), context.fs)).catch(() => null);
    if (backup !== null) {
      const db = new Low<T>(adapter, backup.data);
      await save(db, path);
      context.notice(`${path} was damaged (${reasonOf(error)}). It was restored from its backup copy; the damaged file was kept as ${aside}.`);
      return db;
    }
    if (rebuild !== undefined) {
      const db = new Low<T>(adapter, await rebuild());
      await save(db, path);
      context.notice(`${path} was damaged (${reasonOf(error)}) and had no usable backup; it was rebuilt. The damaged file was kept as ${aside}.`);
      return db;
    }
    throw new ApiError('storage', `${path} was damaged (${reasonOf(error)}) and has no usable backup. The damaged file was kept as ${aside}.`);
  }
  if (loaded === null) {
    if (empty !== null) return new Low<T>(adapter, empty);
    const backup = await load(new DurableJsonFile<unknown>(backupPath(path), context.fs)).catch(() => null);
    if (backup === null) throw new ApiError('storage', `The file ${path} is missing.`);
    const db = new Low<T>(adapter, backup.data);
    await save(db, path);
    context.notice(`${path} was missing. It was restored from its backup copy.`);
    return db;
  }
  const db = new Low<T>(adapter, loaded.data);
  if (loaded.migratedFrom !== null) {
    await keepPreviousVersion(path, loaded.migratedFrom, context.now());
    await save(db, `${path} (migrated to format version ${CURRENT_FORMAT_VERSION})`);
  }
  return db;
}

async function save<T>(db: Low<T>, what: string): Promise<void> {
  try {
    await db.write();
  } catch (error) {
    throw new ApiError('storage', `Not saved: could not write ${what} (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** On a failed save: keep the change in memory and retry (an analyst's edit), or undo it (an import). */
export type OnSaveFailure = 'keep' | 'rollback';

/** Retry a failed save after 1 s, then 2, 4, … up to every 30 s. */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

export interface LibraryStoreOptions {
  /** The disk operations; tests replace them to make writes fail. */
  fs?: DurableFileSystem;
  now?: () => Date;
}

export class LibraryStore {
  readonly dataDir: string;
  private readonly context: StoreContext;
  /** What happened to the files that the analyst should hear about, oldest first. */
  private readonly noticeList: string[] = [];
  private library: Low<LibraryFile> | null = null;
  private readonly articles = new Map<string, Promise<Low<ArticleFile>>>();
  /** Why an article's file could not be repaired, kept while the file stays gone. */
  private readonly damage = new Map<string, ApiError>();
  /** Articles with changes only in memory because saving them failed; retried on a timer. */
  private readonly unsaved = new Map<string, { title: string; reason: string; attempts: number; timer: ReturnType<typeof setTimeout> | null }>();
  /** The last pending change of each article: changes to one file run one after another. */
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(dataDir: string, options: LibraryStoreOptions = {}) {
    this.dataDir = dataDir;
    this.context = {
      fs: options.fs ?? nodeFileSystem,
      now: options.now ?? (() => new Date()),
      notice: (message) => this.noticeList.push(message),
    };
  }

  /** Repairs and restores done while opening files, for the analyst to read. */
  notices(): readonly string[] {
    return this.noticeList;
  }

  get libraryPath(): string {
    return join(this.dataDir, 'library.json');
  }

  articlePath(articleId: string): string {
    // Ids are made by the app, but a hostile id must never name a path outside the folder.
    if (!/^[A-Za-z0-9-]+$/.test(articleId)) throw new ApiError('not-found', `No article with id "${articleId}".`);
    return join(this.dataDir, 'articles', `${articleId}.json`);
  }

  async open(): Promise<void> {
    await mkdir(join(this.dataDir, 'articles'), { recursive: true });
    this.library = await openChecked(
      this.libraryPath,
      migrateLibraryFile,
      { format: 'claimmark-library', version: CURRENT_FORMAT_VERSION, sampleLoaded: false, articles: [], lastArticleId: null },
      this.context,
      () => this.indexFromArticleFiles(),
    );
    // Older article files are migrated now, on start, rather than whenever first opened.
    // A damaged file stays as it is; it is reported when the library is listed.
    await Promise.all(this.entries().map((entry) => this.readArticle(entry.id).catch(() => undefined)));
  }

  /** A new index listing every readable article file, for when library.json is lost. */
  private async indexFromArticleFiles(): Promise<LibraryFile> {
    const folder = join(this.dataDir, 'articles');
    const names = (await readdir(folder)).filter((name) => /^[A-Za-z0-9-]+\.json$/.test(name));
    const entries: LibraryEntry[] = [];
    for (const name of names) {
      try {
        const loaded = await new DurableJsonFile<unknown>(join(folder, name), this.context.fs).read();
        const { article } = migrateArticleFile(loaded, name).data;
        entries.push(indexEntryOf(article));
      } catch {
        // An unreadable article file is left for its own repair when it is opened.
      }
    }
    entries.sort((a, b) => a.added.localeCompare(b.added));
    return { format: 'claimmark-library', version: CURRENT_FORMAT_VERSION, sampleLoaded: true, articles: entries, lastArticleId: null };
  }

  private index(): Low<LibraryFile> {
    if (this.library === null) throw new Error('LibraryStore.open() must finish before the store is used.');
    return this.library;
  }

  entries(): readonly LibraryEntry[] {
    return this.index().data.articles;
  }

  sampleLoaded(): boolean {
    return this.index().data.sampleLoaded;
  }

  /** Adds an article: its own file first, then the index entry that points at it. */
  async addArticle(article: Article, options: { isSample: boolean }): Promise<void> {
    const file = new Low<ArticleFile>(new DurableJsonFile<ArticleFile>(this.articlePath(article.id), this.context.fs), {
      format: 'claimmark-article',
      version: CURRENT_FORMAT_VERSION,
      article,
      claims: [],
    });
    await save(file, `the article "${article.title}"`);
    this.articles.set(article.id, Promise.resolve(file));

    try {
      await this.updateIndex((library) => ({
        ...library,
        sampleLoaded: library.sampleLoaded || options.isSample,
        articles: [...library.articles, indexEntryOf(article)],
      }));
    } catch (error) {
      // Without its index entry the file would be a stray, so it goes too.
      this.articles.delete(article.id);
      await rm(this.articlePath(article.id), { force: true });
      await rm(backupPath(this.articlePath(article.id)), { force: true });
      throw error;
    }
  }

  private async articleFile(articleId: string): Promise<Low<ArticleFile>> {
    if (!this.entries().some((entry) => entry.id === articleId)) {
      throw new ApiError('not-found', `No article with id "${articleId}" in the library.`);
    }
    let file = this.articles.get(articleId);
    if (file === undefined) {
      file = openChecked<ArticleFile>(this.articlePath(articleId), migrateArticleFile, null, this.context).catch((error: unknown) => {
        this.articles.delete(articleId);
        // Once a damaged file is moved aside, later reads find no file; they keep saying why.
        const earlier = this.damage.get(articleId);
        if (earlier !== undefined && error instanceof ApiError && error.message.endsWith('is missing.')) throw earlier;
        if (error instanceof ApiError && error.message.includes('was damaged')) this.damage.set(articleId, error);
        throw error;
      });
      this.articles.set(articleId, file);
    }
    return file;
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
    await this.updateIndex((library) => ({
      ...library,
      articles: library.articles.map((entry) =>
        entry.id === articleId
          ? { ...entry, title: result.article.title, source: result.article.source, fileName: result.article.fileName, contentHash: result.article.contentHash }
          : entry,
      ),
    }));
    return result.result;
  }

  /** Runs changes to one article's file one after another. */
  private changeArticle<R>(
    articleId: string,
    change: (current: { article: Article; claims: readonly Claim[] }) => { next: { article: Article; claims: Claim[] }; result: R },
    onFailure: OnSaveFailure = 'rollback',
  ): Promise<R> {
    const previousChange = this.pending.get(articleId) ?? Promise.resolve();
    const run = previousChange.catch(() => undefined).then(() => this.applyArticleChange(articleId, change, onFailure));
    this.pending.set(articleId, run);
    return run.finally(() => {
      if (this.pending.get(articleId) === run) this.pending.delete(articleId);
    });
  }

  private async applyArticleChange<R>(
    articleId: string,
    change: (current: { article: Article; claims: readonly Claim[] }) => { next: { article: Article; claims: Claim[] }; result: R },
    onFailure: OnSaveFailure,
  ): Promise<R> {
    const file = await this.articleFile(articleId);
    const previous = file.data;
    const { next, result } = change({ article: previous.article, claims: previous.claims });
    file.data = { ...previous, article: next.article, claims: next.claims };
    try {
      await save(file, `the claims of "${next.article.title}"`);
      this.markSaved(articleId);
    } catch (error) {
      if (onFailure === 'rollback') {
        file.data = previous;
        throw error;
      }
      // The analyst's change stays in memory and is saved as soon as the disk allows.
      const reason = error instanceof Error ? error.message : String(error);
      this.markUnsaved(articleId, next.article.title, reason);
      throw new ApiError('storage', `${reason} The change is kept, and ClaimMark keeps trying to save it.`);
    }
    return result;
  }

  /** Articles whose latest changes are only in memory, with why the last save failed. */
  unsavedArticles(): { articleId: string; title: string; reason: string }[] {
    return [...this.unsaved].map(([articleId, entry]) => ({ articleId, title: entry.title, reason: entry.reason }));
  }

  private markUnsaved(articleId: string, title: string, reason: string): void {
    const earlier = this.unsaved.get(articleId);
    if (earlier?.timer) clearTimeout(earlier.timer);
    const attempts = (earlier?.attempts ?? 0) + 1;
    const delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (attempts - 1));
    const timer = setTimeout(() => void this.retryUnsaved(articleId), delay);
    // A retry must never keep a quitting process alive.
    timer.unref?.();
    this.unsaved.set(articleId, { title, reason, attempts, timer });
  }

  private markSaved(articleId: string): void {
    const entry = this.unsaved.get(articleId);
    if (entry?.timer) clearTimeout(entry.timer);
    this.unsaved.delete(articleId);
  }

  /** Tries again to save an article whose last save failed (also run on a timer). */
  retryUnsaved(articleId: string): Promise<void> {
    const previousChange = this.pending.get(articleId) ?? Promise.resolve();
    const run = previousChange.catch(() => undefined).then(async () => {
      const entry = this.unsaved.get(articleId);
      if (entry === undefined) return;
      const file = await this.articleFile(articleId);
      try {
        await save(file, `the claims of "${file.data.article.title}"`);
        this.markSaved(articleId);
      } catch (error) {
        this.markUnsaved(articleId, entry.title, error instanceof Error ? error.message : String(error));
      }
    });
    this.pending.set(articleId, run);
    return run.finally(() => {
      if (this.pending.get(articleId) === run) this.pending.delete(articleId);
    });
  }

  /** Saves a change to the index; on failure the index in memory stays as it was. */
  private async updateIndex(change: (library: LibraryFile) => LibraryFile): Promise<void> {
    const library = this.index();
    const previous = library.data;
    library.data = change(previous);
    try {
      await save(library, 'the library index');
    } catch (error) {
      library.data = previous;
      throw error;
    }
  }

  lastArticleId(): string | null {
    return this.index().data.lastArticleId;
  }

  async setLastArticle(articleId: string): Promise<void> {
    if (this.index().data.lastArticleId === articleId) return;
    await this.updateIndex((library) => ({ ...library, lastArticleId: articleId }));
  }

  /** Removes an article and its claims: first from the index, then its file. */
  async deleteArticle(articleId: string): Promise<void> {
    if (!this.entries().some((entry) => entry.id === articleId)) {
      throw new ApiError('not-found', `No article with id "${articleId}" in the library.`);
    }
    await this.pending.get(articleId)?.catch(() => undefined);
    await this.updateIndex((library) => ({
      ...library,
      articles: library.articles.filter((entry) => entry.id !== articleId),
      lastArticleId: library.lastArticleId === articleId ? null : library.lastArticleId,
    }));
    this.articles.delete(articleId);
    await rm(this.articlePath(articleId), { force: true });
    await rm(backupPath(this.articlePath(articleId)), { force: true });
  }

  /** Waits for every change already asked for (used before quitting). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.pending.values()]);
    // One last try for changes still only in memory.
    await Promise.allSettled([...this.unsaved.keys()].map((articleId) => this.retryUnsaved(articleId)));
  }
}
