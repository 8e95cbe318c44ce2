// Persistence with lowdb: one small library index plus one JSON file per article, so that
// saving one article's claims never rewrites another article's file.
//
//   <dataDir>/library.json          the index: which articles exist
//   <dataDir>/articles/<id>.json    one article with its claims
//
// Every file read is checked against its schema; every change is on disk before the
// promise that made it resolves.

import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import { ApiError } from '../../../shared/api';
import { articleSchema, claimSchema, idSchema, type Article, type Claim } from '../../../shared/model';

export const LIBRARY_FORMAT_VERSION = 1;

const libraryEntrySchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  source: z.string().nullable(),
  added: z.iso.datetime(),
  fileName: z.string(),
  contentHash: z.string(),
});
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

const libraryFileSchema = z.strictObject({
  format: z.literal('claimmark-library'),
  version: z.literal(LIBRARY_FORMAT_VERSION),
  /** Set once the bundled sample article has been added, so deleting it is final. */
  sampleLoaded: z.boolean(),
  articles: z.array(libraryEntrySchema),
  /** The article the analyst last looked at, to reopen on start. */
  lastArticleId: idSchema.nullable().default(null),
});
export type LibraryFile = z.infer<typeof libraryFileSchema>;

const articleFileSchema = z.strictObject({
  format: z.literal('claimmark-article'),
  version: z.literal(LIBRARY_FORMAT_VERSION),
  article: articleSchema,
  claims: z.array(claimSchema),
});
export type ArticleFile = z.infer<typeof articleFileSchema>;

/**
 * Opens a lowdb file and checks it against its schema. A missing file becomes `empty`,
 * or is an error when there is no sensible empty value (an article's own file).
 */
async function openChecked<T>(path: string, schema: z.ZodType<T>, empty: T | null): Promise<Low<T>> {
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
  const checked = schema.safeParse(raw.data);
  if (!checked.success) {
    throw new ApiError('storage', `${path} is not a valid ClaimMark file: ${z.prettifyError(checked.error)}`);
  }
  return new Low<T>(new JSONFile<T>(path), checked.data);
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
    this.library = await openChecked(this.libraryPath, libraryFileSchema, {
      format: 'claimmark-library',
      version: LIBRARY_FORMAT_VERSION,
      sampleLoaded: false,
      articles: [],
      lastArticleId: null,
    });
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
      version: LIBRARY_FORMAT_VERSION,
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

  private articleFile(articleId: string): Promise<Low<ArticleFile>> {
    if (!this.entries().some((entry) => entry.id === articleId)) {
      return Promise.reject(new ApiError('not-found', `No article with id "${articleId}" in the library.`));
    }
    let file = this.articles.get(articleId);
    if (file === undefined) {
      file = openChecked<ArticleFile>(this.articlePath(articleId), articleFileSchema, null).catch((error: unknown) => {
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
