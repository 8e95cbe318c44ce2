// Persistence with lowdb: one small library index plus one JSON file per article, so that
// saving one article's claims never rewrites another article's file.
//
//   <dataDir>/library.json          the index: which articles exist
//   <dataDir>/articles/<id>.json    one article with its claims
//
// Every file read is checked against its schema; every change is on disk before the
// promise that made it resolves.

import { copyFile, constants as fsConstants, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { ApiError } from '../../../shared/api';
import type { Article, Claim } from '../../../shared/model';
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

/**
 * Opens a lowdb file, migrating an older version (after keeping a copy of it) and checking
 * the result against the current schema. A missing file becomes `empty`, or is an error
 * when there is no sensible empty value (an article's own file).
 */
async function openChecked<T>(
  path: string,
  migrate: (raw: unknown, what: string) => MigrationResult<T>,
  empty: T | null,
): Promise<Low<T>> {
  const raw = new Low<unknown>(new JSONFile<unknown>(path), null);
  try {
    await raw.read();
  } catch (error) {
    throw new ApiError('storage', `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (raw.data === null) {
    if (empty === null) throw new ApiError('storage', `The file ${path} is missing.`);
    return new Low<T>(new JSONFile<T>(path), empty);
  }
  let migrated: MigrationResult<T>;
  try {
    migrated = migrate(raw.data, path);
  } catch (error) {
    if (error instanceof FileFormatError) throw new ApiError('storage', error.message);
    throw error;
  }
  const db = new Low<T>(new JSONFile<T>(path), migrated.data);
  if (migrated.migratedFrom !== null) {
    await keepPreviousVersion(path, migrated.migratedFrom, new Date());
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

export class LibraryStore {
  readonly dataDir: string;
  private library: Low<LibraryFile> | null = null;
  private readonly articles = new Map<string, Promise<Low<ArticleFile>>>();
  /** The last pending change of each article: changes to one file run one after another. */
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(dataDir: string) {
    this.dataDir = dataDir;
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
    this.library = await openChecked(this.libraryPath, migrateLibraryFile, {
      format: 'claimmark-library',
      version: CURRENT_FORMAT_VERSION,
      sampleLoaded: false,
      articles: [],
      lastArticleId: null,
    });
    // Older article files are migrated now, on start, rather than whenever first opened.
    // A damaged file stays as it is; it is reported when the library is listed.
    await Promise.all(this.entries().map((entry) => this.readArticle(entry.id).catch(() => undefined)));
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
    const file = new Low<ArticleFile>(new JSONFile<ArticleFile>(this.articlePath(article.id)), {
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
        articles: [
          ...library.articles,
          {
            id: article.id,
            title: article.title,
            source: article.source,
            added: article.added,
            fileName: article.fileName,
            contentHash: article.contentHash,
          },
        ],
      }));
    } catch (error) {
      this.articles.delete(article.id);
      throw error;
    }
  }

  private async articleFile(articleId: string): Promise<Low<ArticleFile>> {
    if (!this.entries().some((entry) => entry.id === articleId)) {
      throw new ApiError('not-found', `No article with id "${articleId}" in the library.`);
    }
    let file = this.articles.get(articleId);
    if (file === undefined) {
      file = openChecked<ArticleFile>(this.articlePath(articleId), migrateArticleFile, null).catch((error: unknown) => {
        this.articles.delete(articleId);
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
  async updateClaims<R>(articleId: string, change: (claims: Claim[]) => R): Promise<R> {
    return this.changeArticle(articleId, (current) => {
      const claims = current.claims.map((claim) => ({ ...claim }));
      const result = change(claims);
      return { next: { article: current.article, claims }, result };
    });
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
  ): Promise<R> {
    const previousChange = this.pending.get(articleId) ?? Promise.resolve();
    const run = previousChange.catch(() => undefined).then(() => this.applyArticleChange(articleId, change));
    this.pending.set(articleId, run);
    return run.finally(() => {
      if (this.pending.get(articleId) === run) this.pending.delete(articleId);
    });
  }

  private async applyArticleChange<R>(
    articleId: string,
    change: (current: { article: Article; claims: readonly Claim[] }) => { next: { article: Article; claims: Claim[] }; result: R },
  ): Promise<R> {
    const file = await this.articleFile(articleId);
    const previous = file.data;
    const { next, result } = change({ article: previous.article, claims: previous.claims });
    file.data = { ...previous, article: next.article, claims: next.claims };
    try {
      await save(file, `the claims of "${next.article.title}"`);
    } catch (error) {
      file.data = previous;
      throw error;
    }
    return result;
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
  }

  /** Waits for every change already asked for (used before quitting). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.pending.values()]);
  }
}
