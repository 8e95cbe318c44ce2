// The work every export is built from: articles with their claims, and the one reading
// order that every format lists claims in.

import type { Article, Claim } from '../model';

export interface ArticleClaims {
  article: Article;
  claims: readonly Claim[];
}

/** Reading order: by start, then end, then creation time, then id, so ties never depend on input order. */
export function compareReadingOrder(a: Claim, b: Claim): number {
  return (
    a.selectors.position.start - b.selectors.position.start ||
    a.selectors.position.end - b.selectors.position.end ||
    a.created.localeCompare(b.created) ||
    a.id.localeCompare(b.id)
  );
}

/** A sorted copy; the caller's list is left as it was. */
export function inReadingOrder(claims: readonly Claim[]): Claim[] {
  return [...claims].sort(compareReadingOrder);
}

/** Every claim with its article: the articles in the order given, each one's claims in reading order. */
export function* claimsInReadingOrder(articles: readonly ArticleClaims[]): Generator<{ article: Article; claim: Claim }> {
  for (const { article, claims } of articles) {
    for (const claim of inReadingOrder(claims)) yield { article, claim };
  }
}
