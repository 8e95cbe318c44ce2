// The library list with the open article's counts taken from its claims as shown, so a
// status chosen a moment ago is counted at once (and uncounted if its save is rolled back),
// without asking the host to list the library again.

import { useMemo } from 'react';
import { claimCounts } from '../../../shared/claims/claim-counts';
import type { ArticleSummary, ArticleWithClaims } from '../../../shared/model';

export function withLiveCounts(articles: readonly ArticleSummary[], open: ArticleWithClaims | null): readonly ArticleSummary[] {
  if (open === null) return articles;
  return articles.map((summary) => (summary.id === open.article.id && summary.problem === null ? { ...summary, ...claimCounts(open.claims) } : summary));
}

export function useLiveCounts(articles: readonly ArticleSummary[], open: ArticleWithClaims | null): readonly ArticleSummary[] {
  return useMemo(() => withLiveCounts(articles, open), [articles, open]);
}
