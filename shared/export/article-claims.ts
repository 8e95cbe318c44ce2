// The work every export is built from: articles with their claims, listed in the one reading
// order (shared/claims/reading-order.ts) that every format and the app use.

import { inReadingOrder } from '../claims/reading-order';
import type { Article, Claim } from '../model';

export interface ArticleClaims {
  article: Article;
  claims: readonly Claim[];
}

/** Every claim with its article: the articles in the order given, each one's claims in reading order. */
export function* claimsInReadingOrder(articles: readonly ArticleClaims[]): Generator<{ article: Article; claim: Claim }> {
  for (const { article, claims } of articles) {
    for (const claim of inReadingOrder(claims)) yield { article, claim };
  }
}
