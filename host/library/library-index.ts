// The library's index, library.json: which articles exist, whether the sample was ever
// added, and the article last viewed. It is derived data: on start it is checked against
// the article files, and when it is missing, damaged or short it is made whole from them.
// Which article was last viewed is kept best-effort: it never holds up opening one.

import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Article } from '../../shared/model';
import { DurableJsonFile } from './durable-json-file';
import { MissingFileError, openCheckedFile, reasonOf, saveFile, type StoreContext } from './file-recovery';
import { CURRENT_FORMAT_VERSION, migrateLibraryFile, type LibraryEntry, type LibraryFile } from './format-migrations';
import { indexOnDiskIs, newestGeneration, rotateGenerations } from './index-generations';
import { articleFiles, articleIdsIn, indexEntryOf, indexFromScan, scanArticleFiles, scanNotices, withUnlisted } from './index-rebuild';

const FIRST_START: LibraryFile = { format: 'claimmark-library', version: CURRENT_FORMAT_VERSION, sampleLoaded: false, articles: [], lastArticleId: null };

export class LibraryIndex {
  readonly path: string;
  private readonly articlesFolder: string;
  private readonly context: StoreContext;
  private library: Low<LibraryFile> | null = null;
  /** The article last opened, while it is not yet on disk; every index write takes it along. */
  private lastViewed: string | null = null;
  /** Index writes, one after another, so an older state never lands after a newer one. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string, articlesFolder: string, context: StoreContext) {
    this.path = join(dataDir, 'library.json');
    this.articlesFolder = articlesFolder;
    this.context = context;
  }

  /**
   * Opens the index, makes it list every article file, and keeps it as a generation once read
   * back whole. `leftOut`: article files an import cut short made, which are about to be undone.
   */
  async open(leftOut: ReadonlySet<string> = new Set()): Promise<void> {
    const ids = (await articleIdsIn(this.articlesFolder)).filter((id) => !leftOut.has(id));
    const library = await this.openOrRestore(ids);
    const listed = new Set(library.data.articles.map((entry) => entry.id));
    const scanned = await scanArticleFiles(this.articlesFolder, ids.filter((id) => !listed.has(id)), this.context);
    const { library: complete, added } = withUnlisted(library.data, scanned);
    for (const notice of scanNotices(this.path, complete, added, scanned)) this.context.notice(notice);
    if (added > 0) {
      library.data = complete;
      await this.saveBestEffort(library);
    }
    this.library = library;
    // An index of no articles is not worth a generation: it would only push out one that lists some.
    if (complete.articles.length > 0 && (await indexOnDiskIs(this.path, complete, this.context))) await rotateGenerations(this.path, this.context);
  }

  /** library.json, or its .bak, or the newest generation, or a new index from the article files. */
  private async openOrRestore(ids: readonly string[]): Promise<Low<LibraryFile>> {
    const fromFiles = async () => indexFromScan(await scanArticleFiles(this.articlesFolder, ids, this.context));
    const rebuild = async () => (await newestGeneration(this.path, this.context))?.data ?? fromFiles();
    try {
      return await openCheckedFile(this.path, migrateLibraryFile, null, this.context, rebuild);
    } catch (error) {
      if (!(error instanceof MissingFileError)) throw error;
    }
    const generation = await newestGeneration(this.path, this.context);
    const library = new Low<LibraryFile>(new DurableJsonFile<LibraryFile>(this.path, this.context.fs), FIRST_START);
    // Only a folder with no article files at all is a first start, which adds the sample.
    if (generation === null && ids.length === 0) {
      // Written now so that a missing index later means it was removed; the first change writes it otherwise.
      await saveFile(library, 'the library index').catch(() => undefined);
      return library;
    }
    library.data = generation?.data ?? (await fromFiles());
    this.context.notice(
      generation === null
        ? `The library index ${this.path} was missing; it was rebuilt from ${articleFiles(library.data.articles.length)}.`
        : `The library index ${this.path} and its backup were missing; the index was restored from its earlier copy ${generation.path}.`,
    );
    await this.saveBestEffort(library);
    return library;
  }

  /** A start is not refused for an index it cannot write: the one in memory is written with the next change. */
  private async saveBestEffort(library: Low<LibraryFile>): Promise<void> {
    await saveFile(library, 'the library index').catch((error: unknown) => {
      this.context.notice(`${reasonOf(error)} The library is shown as rebuilt; it is written with the next change.`);
    });
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
    return this.lastViewed ?? this.opened().data.lastArticleId;
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

  /**
   * Remembers the article last opened and writes it when it can. It never fails and is not
   * waited for: should the write fail, the next index write takes it along.
   */
  noteLastViewed(articleId: string): void {
    if (this.lastArticleId() === articleId) return;
    this.lastViewed = articleId;
    void this.rewrite().catch(() => undefined);
  }

  /** Writes the index as it is in memory (the last article viewed, or after its file was removed from under it). */
  rewrite(): Promise<void> {
    return this.update((library) => library);
  }

  /** Waits for the index writes asked for so far, and makes one more try at a last-viewed article not yet written. */
  async settle(): Promise<void> {
    if (this.lastViewed !== null) await this.rewrite().catch(() => undefined);
    await this.writing.catch(() => undefined);
  }

  /** Saves a change to the index; on failure the index in memory stays as it was. */
  private update(change: (library: LibraryFile) => LibraryFile): Promise<void> {
    const run = this.writing.catch(() => undefined).then(async () => {
      const library = this.opened();
      const previous = library.data;
      const viewed = this.lastViewed;
      library.data = change(viewed === null ? previous : { ...previous, lastArticleId: viewed });
      try {
        await saveFile(library, 'the library index');
      } catch (error) {
        library.data = previous;
        throw error;
      }
      if (this.lastViewed === viewed) this.lastViewed = null;
    });
    this.writing = run;
    return run;
  }
}
