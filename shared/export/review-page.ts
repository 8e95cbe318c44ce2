// The page that publishes the fact checks, as the analyst gives it for ClaimReview: one page
// for all (each review at `#claim-<id>` on it), or a pattern with `{article}` (one page per
// article, each review at `#claim-<id>`) or `{claim}` (one page per review). Ids are put in
// as URL components, so an id with a space or slash stays one part of the address.

import { httpUrlOrNull } from '../exchange/web-annotation-terms';

const PLACEHOLDERS = /\{(claim|article)\}/g;

function filledIn(page: string, articleId: string, claimId: string): string {
  return page.replace(PLACEHOLDERS, (_, name: string) => encodeURIComponent(name === 'claim' ? claimId : articleId));
}

/** Why `page` cannot name the review pages, for the analyst; null when it can. */
export function reviewPageProblem(page: string): string | null {
  const first = filledIn(page.trim(), 'article-1', 'claim-1');
  if (/[{}]/.test(first)) return 'Only {claim} and {article} can be filled in in the page’s address.';
  const url = httpUrlOrNull(first);
  if (url === null) return 'The page must be an http:// or https:// address.';
  const other = httpUrlOrNull(filledIn(page.trim(), 'article-2', 'claim-2'));
  if (other === null || new URL(other).host !== new URL(url).host) return '{claim} and {article} can be filled in after the site’s name, not in it.';
  return null;
}

/**
 * The address of one claim's review: the pattern filled in, and without `{claim}` the
 * claim's place on the page (`#claim-<id>`). `page` must have passed reviewPageProblem.
 */
export function reviewPageUrl(page: string, articleId: string, claimId: string): string {
  const filled = filledIn(page.trim(), articleId, claimId);
  return page.includes('{claim}') ? new URL(filled).href : claimOnPage(filled, claimId);
}

/** The claim's place on a page that holds several reviews. */
export function claimOnPage(page: string, claimId: string): string {
  const url = new URL(page);
  url.hash = `claim-${claimId}`;
  return url.href;
}
