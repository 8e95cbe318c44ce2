// Two small articles and their claims for the renderer state tests, with fixed ids and
// times. Only ids, article ids and claims matter to the state, so the articles are plain.

import type { Article, ArticleSummary, ArticleWithClaims, Claim } from '../../../../shared/model';
import { claimOf } from '../../support/claim-builder';

const CREATED = '2025-06-01T08:00:00.000Z';

function plainArticle(id: string, title: string, text: string): Article {
  return {
    id,
    title,
    text,
    source: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    dir: null,
    format: 'txt',
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    links: [],
    marks: [],
    contentHash: `sha256:${'0'.repeat(64)}`,
    fileName: `${id}.txt`,
    added: CREATED,
    updated: null,
  };
}

export const BUDGET = plainArticle('article-budget', 'Budget', 'The budget grew by 12%. Taxes fell by 2%.');
export const JOBS = plainArticle('article-jobs', 'Jobs', 'Unemployment fell to 3.9%.');

export const GREW = claimOf(BUDGET, 'claim-grew', 'The budget grew by 12%', { created: CREATED });
export const FELL = claimOf(BUDGET, 'claim-fell', 'Taxes fell by 2%', { created: CREATED });
export const UNEMPLOYMENT = claimOf(JOBS, 'claim-unemployment', 'Unemployment fell to 3.9%', { created: CREATED });

export function withClaims(article: Article, claims: Claim[]): ArticleWithClaims {
  return { article, claims };
}

/** A claim as the host sends it back after a change. */
export function changed(claim: Claim, fields: Partial<Claim>): Claim {
  return { ...claim, modified: '2025-06-02T09:00:00.000Z', ...fields };
}

/** BUDGET as the library lists it. */
export const SUMMARY: ArticleSummary = {
  id: 'article-budget',
  title: 'Budget',
  source: null,
  siteName: null,
  fileName: 'article-budget.txt',
  format: 'txt',
  added: '2025-06-01T08:00:00.000Z',
  updated: null,
  claimCount: 0,
  checkedCount: 0,
  reviewCount: 0,
  statusCounts: { unverified: 0, 'in-progress': 0, verified: 0, false: 0, misleading: 0, inconclusive: 0 },
  orphanCount: 0,
  problem: null,
};
