import { describe, expect, it } from 'vitest';
import { buildClaimReviews, type ClaimReview } from '../../../../shared/export/claim-review';
import { serializeJson } from '../../../../shared/export/serialize-json';
import type { ClaimStatus } from '../../../../shared/model';
import { STATUS_INFO } from '../../../../shared/statuses';
import { checkClaimReview } from '../../../support/claim-review-conformance';
import { EXPORTED_AT, LIBRARY, MAIN_ARTICLE, MAIN_CLAIMS, MAIN_ONLY, NOTE_WITH_MARKUP, WEB_ARTICLE, claimOf, uuid } from './exchange-fixture';

const AUTHOR = { name: 'Example Fact Checks', url: 'https://checks.example.org' };
const REVIEW_PAGE = 'https://checks.example.org/2025/06/minister-unemployment';
const reviews = buildClaimReviews({ articles: LIBRARY, exportedAt: EXPORTED_AT, author: AUTHOR, reviewPageUrl: REVIEW_PAGE });
const withoutPage = buildClaimReviews({ articles: LIBRARY, exportedAt: EXPORTED_AT, author: AUTHOR });

function reviewOf(list: ClaimReview[], id: string): ClaimReview {
  const review = list.find((candidate) => candidate.url.endsWith(`claim-${id}`) || candidate.url.endsWith(id));
  if (review === undefined) throw new Error(`no review for ${id}`);
  return review;
}

describe('buildClaimReviews', () => {
  it('reviews only checked claims, in reading order', () => {
    expect(reviews.map((review) => review.url)).toEqual(
      [uuid(1), uuid(2), uuid(3), uuid(4)].map((id) => `${REVIEW_PAGE}#claim-${id}`).concat(`${REVIEW_PAGE}#claim-${uuid(11)}`),
    );
    expect(buildClaimReviews({ articles: [{ article: WEB_ARTICLE, claims: [] }], exportedAt: EXPORTED_AT, author: AUTHOR })).toEqual([]);
  });

  it('meets Google’s requirements for every review with a page address', () => {
    for (const review of reviews) expect(checkClaimReview(JSON.parse(serializeJson(review)), { pageUrl: REVIEW_PAGE })).toEqual([]);
    expect(checkClaimReview(reviewOf(withoutPage, uuid(11)))).toEqual([]);
  });

  it('writes the full review, keys in a fixed order', () => {
    expect(reviewOf(reviews, uuid(1))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${REVIEW_PAGE}#claim-${uuid(1)}`,
      claimReviewed: 'Unemployment fell to 3.9% in May 2025',
      author: { '@type': 'Organization', name: 'Example Fact Checks', url: 'https://checks.example.org/' },
      datePublished: '2025-06-02',
      sdDatePublished: '2025-06-03',
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Jane Doe, Minister of Labour' },
        datePublished: '2025-06-01T07:30:00Z',
        appearance: [{ '@type': 'CreativeWork', headline: MAIN_ARTICLE.title }],
      },
    });
    expect(Object.keys(reviewOf(reviews, uuid(1)))).toEqual([
      '@context', '@type', 'url', 'claimReviewed', 'author', 'datePublished', 'sdDatePublished', 'reviewRating', 'itemReviewed',
    ]);
  });

  const ratings: { status: ClaimStatus; ratingValue: number; alternateName: string }[] = [
    { status: 'verified', ratingValue: 5, alternateName: 'True' },
    { status: 'false', ratingValue: 1, alternateName: 'False' },
    { status: 'misleading', ratingValue: 2, alternateName: 'Misleading' },
    { status: 'inconclusive', ratingValue: 3, alternateName: 'Inconclusive' },
  ];

  it.each(ratings)('rates a $status claim $ratingValue, "$alternateName", on the 1–5 scale', ({ status, ratingValue, alternateName }) => {
    const claim = claimOf(MAIN_ARTICLE, uuid(50), 'Critics say', { status, created: '2025-06-01T09:00:00.000Z' });
    const [review] = buildClaimReviews({ articles: [{ article: MAIN_ARTICLE, claims: [claim] }], exportedAt: EXPORTED_AT, author: AUTHOR });
    expect(review?.reviewRating).toEqual({ '@type': 'Rating', ratingValue, bestRating: 5, worstRating: 1, alternateName });
    expect(STATUS_INFO[status].ratingText).toBe(alternateName);
  });

  it('reviews the quote itself when no claim-as-reviewed is set', () => {
    expect(reviewOf(reviews, uuid(2)).claimReviewed).toBe('the lowest rate since 1974');
  });

  it('gives the claimant as a Person, or an Organization when asked, and leaves it out when unknown', () => {
    expect(reviewOf(reviews, uuid(3)).itemReviewed.author).toEqual({ '@type': 'Person', name: 'Jane Doe' });
    const organisations = buildClaimReviews({ articles: MAIN_ONLY, exportedAt: EXPORTED_AT, author: AUTHOR, claimantType: 'Organization' });
    expect(organisations[0]?.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Jane Doe, Minister of Labour' });
    expect(Object.keys(reviewOf(reviews, uuid(2)).itemReviewed)).not.toContain('author');
  });

  it('links the article where the claim appeared when it has a web address', () => {
    expect(reviewOf(reviews, uuid(11)).itemReviewed.appearance).toEqual([
      { '@type': 'CreativeWork', url: WEB_ARTICLE.source, headline: WEB_ARTICLE.title },
    ]);
  });

  it('dates the claim by the article only when the article’s date is ISO 8601', () => {
    expect(reviewOf(reviews, uuid(1)).itemReviewed.datePublished).toBe('2025-06-01T07:30:00Z');
    expect(Object.keys(reviewOf(reviews, uuid(11)).itemReviewed)).not.toContain('datePublished'); // "Monday"
  });

  describe('the review url', () => {
    it('is the review page with #claim-<id> when one is given', () => {
      expect(reviewOf(reviews, uuid(11)).url).toBe(`${REVIEW_PAGE}#claim-${uuid(11)}`);
      const withFragment = buildClaimReviews({ articles: MAIN_ONLY, exportedAt: EXPORTED_AT, author: AUTHOR, reviewPageUrl: `${REVIEW_PAGE}#top` });
      expect(withFragment[0]?.url).toBe(`${REVIEW_PAGE}#claim-${uuid(1)}`);
    });

    it('is the article’s own address with #claim-<id> otherwise', () => {
      expect(reviewOf(withoutPage, uuid(11)).url).toBe(`${WEB_ARTICLE.source}#claim-${uuid(11)}`);
    });

    it('is the claim’s urn:uuid when the article has no web address, which Google cannot show', () => {
      const review = reviewOf(withoutPage, uuid(1));
      expect(review.url).toBe(`urn:uuid:${uuid(1)}`);
      expect(checkClaimReview(review)).toEqual([
        `url is required: the http(s) address of the page with the fact check, not "urn:uuid:${uuid(1)}"`,
      ]);
    });
  });

  it.each([
    { reviewPageUrl: 'checks.example.org/page', author: AUTHOR, problem: /reviewPageUrl must be an http\(s\) address/ },
    { reviewPageUrl: undefined, author: { name: 'Desk', url: 'javascript:alert(1)' }, problem: /author\.url must be an http\(s\) address/ },
  ])('refuses an address that is not http(s): $problem', ({ reviewPageUrl, author, problem }) => {
    expect(() => buildClaimReviews({ articles: MAIN_ONLY, exportedAt: EXPORTED_AT, author, ...(reviewPageUrl === undefined ? {} : { reviewPageUrl }) })).toThrow(problem);
  });

  it('never publishes the analyst’s notes', () => {
    const json = serializeJson(reviews);
    for (const claim of MAIN_CLAIMS) if (claim.note !== '') expect(json).not.toContain(JSON.stringify(claim.note).slice(1, 30));
    expect(json).not.toContain(NOTE_WITH_MARKUP.slice(0, 20));
  });
});
