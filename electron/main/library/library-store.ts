// Persistence with lowdb: one small library index plus one JSON file per article, so that
// saving one article's claims never rewrites another article's file.
//
//   <dataDir>/library.json          the index: which articles exist
//   <dataDir>/articles/<id>.json    one article with its claims
//
// Every file read is checked against its schema; every change is on disk before the
// promise that made it resolves.

import { mkdir } from 'node:fs/promises';
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

    const library = this.index();
    const previous = library.data;
    library.data = {
      ...previous,
      sampleLoaded: previous.sampleLoaded || options.isSample,
      articles: [
        ...previous.articles,
        {
          id: article.id,
          title: article.title,
          source: article.source,
          added: article.added,
          fileName: article.fileName,
          contentHash: article.contentHash,
        },
      ],
    };
    try {
      await save(library, 'the library index');
    } catch (error) {
      library.data = previous;
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
    const previousChange = this.pending.get(articleId) ?? Promise.resolve();
    const run = previousChange.catch(() => undefined).then(() => this.applyClaimChange(articleId, change));
    this.pending.set(articleId, run);
    try {
      return await run;
    } finally {
      if (this.pending.get(articleId) === run) this.pending.delete(articleId);
    }
  }

  private async applyClaimChange<R>(articleId: string, change: (claims: Claim[]) => R): Promise<R> {
    const file = await this.articleFile(articleId);
    const previous = file.data.claims;
    const next = previous.map((claim) => ({ ...claim }));
    const result = change(next);
    file.data.claims = next;
    try {
      await save(file, `the claims of "${file.data.article.title}"`);
    } catch (error) {
      file.data.claims = previous;
      throw error;
    }
    return result;
  }

  /** Waits for every change already asked for (used before quitting). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.pending.values()]);
  }
}
