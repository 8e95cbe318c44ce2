// The library's index, library.json: which articles exist, whether the sample was ever
// added, and the article last viewed. When it is damaged beyond its backup, it is rebuilt
// from the article files themselves.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import type { Article } from '../../shared/model';
import { DurableJsonFile } from './durable-json-file';
import { openCheckedFile, saveFile, type StoreContext } from './file-recovery';
import { CURRENT_FORMAT_VERSION, migrateArticleFile, migrateLibraryFile, type LibraryEntry, type LibraryFile } from './format-migrations';

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

/** A new index listing every readable article file in `folder`, for when library.json is lost. */
async function indexFromArticleFiles(folder: string, context: StoreContext): Promise<LibraryFile> {
  const names = (await readdir(folder)).filter((name) => /^[A-Za-z0-9-]+\.json$/.test(name));
  const entries: LibraryEntry[] = [];
  for (const name of names) {
    try {
      const loaded = await new DurableJsonFile<unknown>(join(folder, name), context.fs).read();
      const { article } = migrateArticleFile(loaded, name).data;
      entries.push(indexEntryOf(article));
    } catch {
      // An unreadable article file is left for its own repair when it is opened.
    }
  }
  entries.sort((a, b) => a.added.localeCompare(b.added));
  return { format: 'claimmark-library', version: CURRENT_FORMAT_VERSION, sampleLoaded: true, articles: entries, lastArticleId: null };
}

export class LibraryIndex {
  readonly path: string;
  private readonly articlesFolder: string;
  private readonly context: StoreContext;
  private library: Low<LibraryFile> | null = null;

  constructor(dataDir: string, articlesFolder: string, context: StoreContext) {
    this.path = join(dataDir, 'library.json');
    this.articlesFolder = articlesFolder;
    this.context = context;
  }

  async open(): Promise<void> {
    this.library = await openCheckedFile(
      this.path,
      migrateLibraryFile,
      { format: 'claimmark-library', version: CURRENT_FORMAT_VERSION, sampleLoaded: false, articles: [], lastArticleId: null },
      this.context,
      () => indexFromArticleFiles(this.articlesFolder, this.context),
    );
  }

  private opened(): Low<LibraryFile> {
    if (this.library === null) throw new Error('LibraryStore.open() must finish before the store is used.');
    return this.library;
  }

  entries(): readonly LibraryEntry[] {
    return this.opened().data.articles;
  }

  has(articleId: string): boolean {
    return this.entries().some((entry) => entry.id === articleId);
  }

  sampleLoaded(): boolean {
    return this.opened().data.sampleLoaded;
  }

  lastArticleId(): string | null {
    return this.opened().data.lastArticleId;
  }

  add(article: Article, isSample: boolean): Promise<void> {
    return this.update((library) => ({
      ...library,
      sampleLoaded: library.sampleLoaded || isSample,
      articles: [...library.articles, indexEntryOf(article)],
    }));
  }

  /** Brings the entry of `articleId` up to date with a newer version of its article. */
  updateEntry(articleId: string, article: Article): Promise<void> {
    return this.update((library) => ({
      ...library,
      articles: library.articles.map((entry) =>
        entry.id === articleId
          ? { ...entry, title: article.title, source: article.source, fileName: article.fileName, contentHash: article.contentHash }
          : entry,
      ),
    }));
  }

  remove(articleId: string): Promise<void> {
    return this.update((library) => ({
      ...library,
      articles: library.articles.filter((entry) => entry.id !== articleId),
      lastArticleId: library.lastArticleId === articleId ? null : library.lastArticleId,
    }));
  }

  async setLastArticle(articleId: string): Promise<void> {
    if (this.lastArticleId() === articleId) return;
    await this.update((library) => ({ ...library, lastArticleId: articleId }));
  }

  /** Saves a change to the index; on failure the index in memory stays as it was. */
  private async update(change: (library: LibraryFile) => LibraryFile): Promise<void> {
    const library = this.opened();
    const previous = library.data;
    library.data = change(previous);
    try {
      await saveFile(library, 'the library index');
    } catch (error) {
      library.data = previous;
      throw error;
    }
  }
}
