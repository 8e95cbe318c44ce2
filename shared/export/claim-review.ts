// schema.org ClaimReview JSON-LD (the markup Google and other fact-check aggregators read),
// one for each checked claim. Unchecked claims (unverified, in progress) have no verdict and
// get none, nor does a claim that needs review: its verdict was given on other words than
// it holds now (claimsLeftForReview counts them for the analyst). Notes are working notes
// and are never published here.
//
// `url` must name the page that publishes the fact check. ClaimMark does not host pages, so:
// with `reviewPageUrl` (the publisher's page for this article) it is that URL with
// `#claim-<id>`; otherwise the article's own http(s) source with `#claim-<id>`; otherwise,
// when the article has no web address, the claim's `urn:uuid:` IRI, which identifies the
// review but is not a page, so Google will not show that review until it is published.
//
// Ratings follow statuses.ts: 1 = false, 2 = misleading, 3 = inconclusive, 5 = true. The
// claim's `modified` day is the review's datePublished; `sdDatePublished` is the export day.

import type { Article, Claim } from '../model';
import { isChecked } from '../claims/checked';
import { RATING_SCALE, STATUS_INFO } from '../statuses';
import { claimsInReadingOrder, type ArticleClaims } from './article-claims';
import { JsonList, materialize, type Streamable } from './json-chunks';
import { claimIri, httpUrlOrNull } from '../exchange/web-annotation-terms';

export interface ClaimReviewAuthor {
  name: string;
  url?: string;
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  author: { '@type': 'Organization'; name: string; url?: string };
  datePublished: string;
  sdDatePublished: string;
  reviewRating: {
    '@type': 'Rating';
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person' | 'Organization'; name: string };
    datePublished?: string;
    appearance: [{ '@type': 'CreativeWork'; url?: string; headline: string }];
  };
}

export interface ClaimReviewInput {
  articles: readonly ArticleClaims[];
  /** `sdDatePublished`: when this structured data was made. */
  exportedAt: string;
  /** The fact-checking organisation publishing the reviews. */
  author: ClaimReviewAuthor;
  /** The publisher's page for the article's fact checks; see the note on `url` above. */
  reviewPageUrl?: string;
  /** The model does not say whether a claimant is a person or an organisation; default Person. */
  claimantType?: 'Person' | 'Organization';
}

export function buildClaimReviews(input: ClaimReviewInput): ClaimReview[] {
  return materialize(claimReviewsJson(input));
}

/** The same for jsonChunks: each review made as it is written. Bad addresses are refused at once, before anything is written. */
export function claimReviewsJson(input: ClaimReviewInput): Streamable<ClaimReview[]> {
  const reviewPageUrl = checkedUrl(input.reviewPageUrl, 'reviewPageUrl');
  const authorUrl = checkedUrl(input.author.url, 'author.url');
  return new JsonList<ClaimReview>(function* () {
    for (const { article, claim } of claimsInReadingOrder(input.articles)) {
      const { ratingValue } = STATUS_INFO[claim.status];
      if (isChecked(claim) && ratingValue !== null) yield claimReviewOf(claim, ratingValue, article, input, reviewPageUrl, authorUrl);
    }
  });
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
  reviewPageUrl: string | null,
  authorUrl: string | null,
): ClaimReview {
  const articleUrl = httpUrlOrNull(article.source);
  const publishedTime = isoDateOrNull(article.publishedTime);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: reviewUrl(claim, reviewPageUrl ?? articleUrl),
    claimReviewed: claim.claimReviewed ?? claim.selectors.quote.exact,
    author: { '@type': 'Organization', name: input.author.name, ...(authorUrl === null ? {} : { url: authorUrl }) },
    datePublished: claim.modified.slice(0, 10),
    sdDatePublished: input.exportedAt.slice(0, 10),
    reviewRating: {
      '@type': 'Rating',
      ratingValue,
      bestRating: RATING_SCALE.bestRating,
      worstRating: RATING_SCALE.worstRating,
      alternateName: STATUS_INFO[claim.status].ratingText,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(claim.claimant === null ? {} : { author: { '@type': input.claimantType ?? 'Person', name: claim.claimant } }),
      ...(publishedTime === null ? {} : { datePublished: publishedTime }),
      appearance: [{ '@type': 'CreativeWork', ...(articleUrl === null ? {} : { url: articleUrl }), headline: article.title }],
    },
  };
}

function reviewUrl(claim: Claim, page: string | null): string {
  if (page === null) return claimIri(claim.id);
  const url = new URL(page);
  url.hash = `claim-${claim.id}`;
  return url.href;
}

/** An ISO 8601 date or date-time as the article gives it; anything else (e.g. "Monday") is dropped. */
function isoDateOrNull(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  const pattern = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
  return pattern.test(trimmed) && !Number.isNaN(Date.parse(trimmed)) ? trimmed : null;
}
