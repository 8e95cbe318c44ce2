// The library list with the open article's counts taken from its claims as shown, so a
// status chosen a moment ago is counted at once (and uncounted if its save is rolled back),
// without asking the host to list the library again.

import { useMemo } from 'react';
import { countsFollowing } from './claims-since';
import type { ArticleSummary, ArticleWithClaims } from '../../../shared/model';

/**
 * The open article's counts, worked out from the claims replaced since the last version (the
 * header's progress and the library's line count the same claims).
 */
export const openArticleCounts = countsFollowing();

export function withLiveCounts(articles: readonly ArticleSummary[], open: ArticleWithClaims | null): readonly ArticleSummary[] {
  if (open === null) return articles;
  return articles.map((summary) => (summary.id === open.article.id && summary.problem === null ? { ...summary, ...openArticleCounts(open.claims) } : summary));
}

export function useLiveCounts(articles: readonly ArticleSummary[], open: ArticleWithClaims | null): readonly ArticleSummary[] {
  return useMemo(() => withLiveCounts(articles, open), [articles, open]);
}
