// How an article is listed in the library panel: its metadata with counts of its claims, or,
// when its file cannot be read, what the library index still knows and why it failed.

import { claimCounts } from '../shared/claims/claim-counts';
import type { Article, ArticleSummary, Claim } from '../shared/model';
import type { LibraryEntry } from './library/library-store';

/** The summary of the article listed as `entry`, read from its file. */
export function articleSummary(entry: LibraryEntry, article: Article, claims: readonly Claim[]): ArticleSummary {
  return {
    id: entry.id,
    title: article.title,
    source: article.source,
    siteName: article.siteName,
    fileName: article.fileName,
    format: article.format,
    added: article.added,
    updated: article.updated,
    ...claimCounts(claims),
    problem: null,
  };
}

/** The summary of an article whose file could not be read: it is listed, but cannot be opened. */
export function unreadableSummary(entry: LibraryEntry, problem: string): ArticleSummary {
  return {
    id: entry.id,
    title: entry.title,
    source: entry.source,
    siteName: null,
    fileName: entry.fileName,
    format: 'txt',
    added: entry.added,
    updated: null,
    ...claimCounts([]),
    problem,
  };
}
