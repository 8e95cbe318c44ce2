// How an article is listed in the library panel: its metadata with counts of its claims, or,
// when its file cannot be read, what the library index still knows and why it failed.

import { CLAIM_STATUSES, type Article, type ArticleSummary, type Claim, type ClaimStatus } from '../shared/model';
import type { LibraryEntry } from './library/library-store';

function countStatuses(claims: readonly Claim[]): Record<ClaimStatus, number> {
  const counts = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  for (const claim of claims) counts[claim.status] += 1;
  return counts;
}

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
    claimCount: claims.length,
    statusCounts: countStatuses(claims),
    orphanCount: claims.filter((claim) => claim.anchor.state === 'orphaned').length,
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
    claimCount: 0,
    statusCounts: countStatuses([]),
    orphanCount: 0,
    problem,
  };
}
