// schema.org ClaimReview JSON-LD (the markup Google and other fact-check aggregators read),
// one for each checked claim. Unchecked claims (unverified, in progress) have no verdict and
// get none, nor does a claim that needs review: its verdict was given on other words than
// it holds now (claimsLeftForReview counts them for the analyst). Notes are working notes
// and are never published here.
//
// `url` must name the page that publishes the fact check. ClaimMark does not host pages, so:
// with `reviewPageUrl` it is that page filled in for the claim (review-page.ts: `{claim}`,
// `{article}`, or one page with `#claim-<id>`); otherwise the article's own http(s) source
// with `#claim-<id>`; otherwise it is left out (no `urn:` that is not a page), and
// claimReviewRemarks says that search engines need the page.
//
// The claimant (`itemReviewed.author`) is a Person or an Organization as the analyst chose
// on the claim. schema.org and Google know no "unknown" agent, and guessing would publish
// something the analyst did not say, so a claimant whose type is not said is left out of the
// markup and the remarks say so. `firstAppearance` is the article, when it has a web address.
//
// Ratings follow statuses.ts: 1 = false, 2 = misleading, 3 = inconclusive, 5 = true; the
// verdict's words are both `name` and `alternateName` (Google reads the latter). The
// claim's `modified` day is the review's datePublished; `sdDatePublished` is the export day.

import type { Article, Claim } from '../model';
import { isChecked } from '../claims/checked';
import { RATING_SCALE, STATUS_INFO } from '../statuses';
import { claimsInReadingOrder, type ArticleClaims } from './article-claims';
import { JsonList, materialize, type Streamable } from './json-chunks';
import { httpUrlOrNull } from '../exchange/web-annotation-terms';
import { CLAIM_REVIEWED_SHOWN, isCutBySearchEngines } from './claim-reviewed-length';
import { claimOnPage, reviewPageProblem, reviewPageUrl } from './review-page';

export interface ClaimReviewAuthor {
  name: string;
  url?: string;
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  /** Absent when neither a review page nor the article's web address is known. */
  url?: string;
  claimReviewed: string;
  author: { '@type': 'Organization'; name: string; url?: string };
  datePublished: string;
  sdDatePublished: string;
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    name: string;
    alternateName: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person' | 'Organization'; name: string };
    datePublished?: string;
    appearance: [{ '@type': 'CreativeWork'; url?: string; headline: string }];
    firstAppearance?: { '@type': 'CreativeWork'; url: string };
  };
}

export interface ClaimReviewInput {
  articles: readonly ArticleClaims[];
  /** `sdDatePublished`: when this structured data was made. */
  exportedAt: string;
  /** The fact-checking organisation publishing the reviews. */
  author: ClaimReviewAuthor;
  /** The page (or pattern of pages) publishing the fact checks; see the note on `url` above. */
  reviewPageUrl?: string;
}

const AUTHOR_TYPES = { person: 'Person', organization: 'Organization' } as const;


export function buildClaimReviews(input: ClaimReviewInput): ClaimReview[] {
  return materialize(claimReviewsJson(input));
}

/** The same for jsonChunks: each review made as it is written. Bad addresses are refused at once, before anything is written. */
export function claimReviewsJson(input: ClaimReviewInput): Streamable<ClaimReview[]> {
  const problem = input.reviewPageUrl === undefined ? null : reviewPageProblem(input.reviewPageUrl);
  if (problem !== null) throw new Error(`reviewPageUrl "${input.reviewPageUrl ?? ''}": ${problem}`);
  const authorUrl = checkedUrl(input.author.url, 'author.url');
  return new JsonList<ClaimReview>(function* () {
    for (const { article, claim, ratingValue } of reviewedClaims(input.articles)) yield claimReviewOf(claim, ratingValue, article, input, authorUrl);
  });
}

/** The claims that get a review, each with its rating. */
function* reviewedClaims(articles: readonly ArticleClaims[]): Generator<{ article: Article; claim: Claim; ratingValue: number }> {
  for (const { article, claim } of claimsInReadingOrder(articles)) {
    const { ratingValue } = STATUS_INFO[claim.status];
    if (isChecked(claim) && ratingValue !== null) yield { article, claim, ratingValue };
  }
}

function claimReviewedOf(claim: Claim): string {
  return claim.claimReviewed ?? claim.selectors.quote.exact;
}

/** What the analyst should know about the reviews written: claims left out, and parts search engines need or cut. */
export function claimReviewRemarks(articles: readonly ArticleClaims[], reviewPageUrl: string | undefined): string[] {
  const remarks: string[] = [];
  const leftOut = claimsLeftForReview(articles);
  if (leftOut > 0) {
    remarks.push(`${leftOut} ${leftOut === 1 ? 'claim needs' : 'claims need'} review (the article changed under ${leftOut === 1 ? 'its' : 'their'} verdict) and ${leftOut === 1 ? 'was' : 'were'} left out.`);
  }
  const reviewed = [...reviewedClaims(articles)];
  const noPage = reviewPageUrl === undefined ? reviewed.filter(({ article }) => httpUrlOrNull(article.source) === null).length : 0;
  if (noPage > 0) {
    remarks.push(
      `${countOf(noPage, 'review has', 'reviews have')} no url: ${noPage === 1 ? 'its article has' : 'their articles have'} no web address, and search engines show a review only with the page that publishes it. Give that page as “Page publishing these fact checks”.`,
    );
  }
  const untyped = reviewed.filter(({ claim }) => claim.claimant !== null && claim.claimantType === null).length;
  if (untyped > 0) {
    remarks.push(
      `${countOf(untyped, 'claim names a claimant', 'claims name a claimant')} without saying whether a person or an organisation; the claimant was left out of ${untyped === 1 ? 'its review' : 'their reviews'}. Choose Person or Organisation next to the claimant.`,
    );
  }
  const long = reviewed.map(({ claim }) => claimReviewedOf(claim)).filter(isCutBySearchEngines);
  if (long.length > 0) {
    const named = long.slice(0, 3).map((text) => `“${[...text].slice(0, 40).join('').trimEnd()}…”`);
    const more = long.length > 3 ? ` and ${long.length - 3} more` : '';
    remarks.push(
      `${countOf(long.length, 'claim has a claim as reviewed', 'claims have a claim as reviewed')} longer than the ${CLAIM_REVIEWED_SHOWN} characters search engines show: ${named.join(', ')}${more}.`,
    );
  }
  return remarks;
}

function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Claims with a verdict that get no review because they need review first. */
export function claimsLeftForReview(articles: readonly ArticleClaims[]): number {
  let count = 0;
  for (const { claims } of articles) for (const claim of claims) if (STATUS_INFO[claim.status].ratingValue !== null && claim.review !== null) count += 1;
  return count;
}

function checkedUrl(value: string | undefined, name: string): string | null {
  if (value === undefined) return null;
  const url = httpUrlOrNull(value);
  if (url === null) throw new Error(`${name} must be an http(s) address, not "${value}".`);
  return url;
}

function claimReviewOf(
  claim: Claim,
  ratingValue: number,
  article: Article,
  input: ClaimReviewInput,
  authorUrl: string | null,
): ClaimReview {
  const articleUrl = httpUrlOrNull(article.source);
  const publishedTime = isoDateOrNull(article.publishedTime);
  const url = input.reviewPageUrl !== undefined ? reviewPageUrl(input.reviewPageUrl, article.id, claim.id) : articleUrl === null ? null : claimOnPage(articleUrl, claim.id);
  const ratingText = STATUS_INFO[claim.status].ratingText;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(url === null ? {} : { url }),
    claimReviewed: claimReviewedOf(claim),
    author: { '@type': 'Organization', name: input.author.name, ...(authorUrl === null ? {} : { url: authorUrl }) },
    datePublished: claim.modified.slice(0, 10),
    sdDatePublished: input.exportedAt.slice(0, 10),
    reviewRating: {
      '@type': 'Rating',
      ratingValue,
      bestRating: RATING_SCALE.bestRating,
      worstRating: RATING_SCALE.worstRating,
      name: ratingText,
      alternateName: ratingText,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(claim.claimant === null || claim.claimantType === null ? {} : { author: { '@type': AUTHOR_TYPES[claim.claimantType], name: claim.claimant } }),
      ...(publishedTime === null ? {} : { datePublished: publishedTime }),
      appearance: [{ '@type': 'CreativeWork', ...(articleUrl === null ? {} : { url: articleUrl }), headline: article.title }],
      ...(articleUrl === null ? {} : { firstAppearance: { '@type': 'CreativeWork', url: articleUrl } }),
    },
  };
}

/** An ISO 8601 date or date-time as the article gives it; anything else (e.g. "Monday") is dropped. */
function isoDateOrNull(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  const pattern = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
  return pattern.test(trimmed) && !Number.isNaN(Date.parse(trimmed)) ? trimmed : null;
}
