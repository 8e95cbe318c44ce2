// The index is derived data: every article file says what its entry is. This reads the
// article folder (each `<id>.json`, or its `.bak` when that is all that is left) and finds
// the articles an index does not list, so that a lost or short index is made whole again.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../shared/model';
import { DurableJsonFile, backupPath } from './durable-json-file';
import { reasonOf, type StoreContext } from './file-recovery';
import { CURRENT_FORMAT_VERSION, migrateArticleFile, type LibraryEntry, type LibraryFile } from './format-migrations';

/** What the index knows of an article. */
export function indexEntryOf(article: Article): LibraryEntry {
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    added: article.added,
    fileName: article.fileName,
    contentHash: article.contentHash,
  };
}

/** The article files found in the folder: an entry for each readable one, and why the others are not. */
export interface ScannedArticles {
  entries: LibraryEntry[];
  unreadable: { articleId: string; path: string; reason: string }[];
}

async function entryFrom(path: string, articleId: string, context: StoreContext): Promise<LibraryEntry> {
  const raw = await new DurableJsonFile<unknown>(path, context.fs).read();
  if (raw === null) throw new Error('the file is missing');
  const { article } = migrateArticleFile(raw, path).data;
  // The file name is the id the index points with; a file naming another article is not this one.
  if (article.id !== articleId) throw new Error(`the file holds the article "${article.id}"`);
  return indexEntryOf(article);
}

/** The ids of the article files in `folder` (an `<id>.json`, or only its `.bak`). */
export async function articleIdsIn(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const ids = names.map((name) => /^([A-Za-z0-9-]+)\.json(?:\.bak)?$/.exec(name)?.[1]).filter((id) => id !== undefined);
  return [...new Set(ids)];
}

/**
 * Reads the files of the articles `ids` (only those an index does not list, as they can be
 * large), oldest added first; a file that cannot be read is tried from its backup.
 */
export async function scanArticleFiles(folder: string, ids: readonly string[], context: StoreContext): Promise<ScannedArticles> {
  const scanned: ScannedArticles = { entries: [], unreadable: [] };
  for (const articleId of ids) {
    const path = join(folder, `${articleId}.json`);
    try {
      scanned.entries.push(await entryFrom(path, articleId, context));
    } catch (error) {
      const entry = await entryFrom(backupPath(path), articleId, context).catch(() => null);
      if (entry === null) scanned.unreadable.push({ articleId, path, reason: reasonOf(error) });
      else scanned.entries.push(entry);
    }
  }
  scanned.entries.sort((a, b) => a.added.localeCompare(b.added) || a.id.localeCompare(b.id));
  return scanned;
}

/** A new index listing every article file found; nothing says which article was last viewed. */
export function indexFromScan(scanned: ScannedArticles): LibraryFile {
  // There were articles, so this is not a first start: the sample is not added again.
  return { format: 'claimmark-library', version: CURRENT_FORMAT_VERSION, sampleLoaded: true, articles: scanned.entries, lastArticleId: null };
}

/** `library` with an entry added for each article file it does not list; `added` counts them. */
export function withUnlisted(library: LibraryFile, scanned: ScannedArticles): { library: LibraryFile; added: number } {
  const listed = new Set(library.articles.map((entry) => entry.id));
  const unlisted = scanned.entries.filter((entry) => !listed.has(entry.id));
  if (unlisted.length === 0) return { library, added: 0 };
  return { library: { ...library, sampleLoaded: true, articles: [...library.articles, ...unlisted] }, added: unlisted.length };
}

export function articleFiles(count: number): string {
  return count === 1 ? '1 article file' : `${count} article files`;
}

/** What the analyst is told about a short index and about article files no index could list. */
export function scanNotices(path: string, library: LibraryFile, added: number, scanned: ScannedArticles): string[] {
  const notices: string[] = [];
  const listedBefore = library.articles.length - added;
  if (added > 0) {
    notices.push(
      `The library index ${path} listed ${listedBefore === 1 ? '1 article' : `${listedBefore} articles`} but the folder holds ${articleFiles(listedBefore + added)}; ` +
        `it was rebuilt, adding the ${added === 1 ? 'article' : `${added} articles`} it missed from their files.`,
    );
  }
  // A listed article whose file is damaged is reported when it is opened.
  const listed = new Set(library.articles.map((entry) => entry.id));
  for (const { path: file, reason } of scanned.unreadable.filter((unreadable) => !listed.has(unreadable.articleId))) {
    notices.push(`${file} could not be read (${reason}) and has no usable backup, so the library cannot list it; it was left as it is.`);
  }
  return notices;
}
