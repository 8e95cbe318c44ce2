import { describe, expect, it } from 'vitest';
import { buildClaimReviews, claimReviewRemarks, type ClaimReview } from '../../../../shared/export/claim-review';
import { serializeJson } from '../../../../shared/export/serialize-json';
import type { ClaimStatus } from '../../../../shared/model';
import { STATUS_INFO } from '../../../../shared/statuses';
import { checkClaimReview, claimReviewAdvice } from '../../../support/claim-review-conformance';
import { EXPORTED_AT, LIBRARY, MAIN_ARTICLE, MAIN_CLAIMS, MAIN_ONLY, NOTE_WITH_MARKUP, WEB_ARTICLE, claimOf, uuid } from './exchange-fixture';

const AUTHOR = { name: 'Example Fact Checks', url: 'https://checks.example.org' };
const REVIEW_PAGE = 'https://checks.example.org/2025/06/minister-unemployment';
const reviews = buildClaimReviews({ articles: LIBRARY, exportedAt: EXPORTED_AT, author: AUTHOR, reviewPageUrl: REVIEW_PAGE });
const withoutPage = buildClaimReviews({ articles: LIBRARY, exportedAt: EXPORTED_AT, author: AUTHOR });

/** The claims reviewed, in reading order: a review without a url is known by its place. */
const REVIEWED = [uuid(1), uuid(2), uuid(3), uuid(4), uuid(11)];

function reviewOf(list: ClaimReview[], id: string): ClaimReview {
  const review = list[REVIEWED.indexOf(id)];
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
    expect(reviews).toHaveLength(REVIEWED.length);
    for (const review of reviews) expect(checkClaimReview(JSON.parse(serializeJson(review)), { pageUrl: REVIEW_PAGE })).toEqual([]);
    expect(checkClaimReview(reviewOf(withoutPage, uuid(11)))).toEqual([]);
    // Google reads the long claim as reviewed too, but advises against it, as the remarks do.
    expect(reviews.map((review) => claimReviewAdvice(JSON.parse(serializeJson(review)) as Record<string, unknown>))).toEqual([[], [], ['claimReviewed should have at most 75 characters (it has 82)'], [], []]);
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
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, name: 'True', alternateName: 'True' },
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
    expect(review?.reviewRating).toEqual({ '@type': 'Rating', ratingValue, bestRating: 5, worstRating: 1, name: alternateName, alternateName });
    expect(STATUS_INFO[status].ratingText).toBe(alternateName);
  });

  it('reviews the quote itself when no claim-as-reviewed is set', () => {
    expect(reviewOf(reviews, uuid(2)).claimReviewed).toBe('the lowest rate since 1974');
  });

  it('gives the claimant as the Person or Organization chosen on the claim, and leaves it out when not chosen or unknown', () => {
    expect(reviewOf(reviews, uuid(1)).itemReviewed.author).toEqual({ '@type': 'Person', name: 'Jane Doe, Minister of Labour' });
    expect(reviewOf(reviews, uuid(11)).itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Analyst Group' });
    // Jane Doe, with no type chosen: neither is published, and the remarks say so.
    expect(Object.keys(reviewOf(reviews, uuid(3)).itemReviewed)).not.toContain('author');
    expect(Object.keys(reviewOf(reviews, uuid(2)).itemReviewed)).not.toContain('author');
  });

  it('links the article where the claim appeared, and first appeared, when it has a web address', () => {
    expect(reviewOf(reviews, uuid(11)).itemReviewed.appearance).toEqual([
      { '@type': 'CreativeWork', url: 'https://news.example.com/2025/06/jobs-report', headline: WEB_ARTICLE.title },
    ]);
    expect(reviewOf(reviews, uuid(11)).itemReviewed.firstAppearance).toEqual({ '@type': 'CreativeWork', url: 'https://news.example.com/2025/06/jobs-report' });
    expect(Object.keys(reviewOf(reviews, uuid(1)).itemReviewed)).not.toContain('firstAppearance'); // "Daily Example"
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

    it('is the pattern with the claim’s id for {claim}: one page per review', () => {
      const perClaim = buildClaimReviews({ articles: LIBRARY, exportedAt: EXPORTED_AT, author: AUTHOR, reviewPageUrl: 'https://checks.example.org/reviews/{claim}' });
      expect(perClaim.map((review) => review.url)).toEqual([
        'https://checks.example.org/reviews/00000000-0000-4000-8000-000000000001',
        'https://checks.example.org/reviews/00000000-0000-4000-8000-000000000002',
        'https://checks.example.org/reviews/00000000-0000-4000-8000-000000000003',
        'https://checks.example.org/reviews/00000000-0000-4000-8000-000000000004',
        'https://checks.example.org/reviews/00000000-0000-4000-8000-000000000011',
      ]);
      const legacy = claimOf(MAIN_ARTICLE, 'legacy claim/8', 'Critics say', { status: 'false', created: EXPORTED_AT });
      const [review] = buildClaimReviews({ articles: [{ article: MAIN_ARTICLE, claims: [legacy] }], exportedAt: EXPORTED_AT, author: AUTHOR, reviewPageUrl: 'https://checks.example.org/r?id={claim}' });
      expect(review?.url).toBe('https://checks.example.org/r?id=legacy%20claim%2F8');
    });

    it('is the pattern with the article’s id for {article}, with #claim-<id>: one page per article', () => {
      const perArticle = buildClaimReviews({ articles: LIBRARY, exportedAt: EXPORTED_AT, author: AUTHOR, reviewPageUrl: 'https://checks.example.org/articles/{article}/' });
      expect(perArticle.map((review) => review.url)).toEqual([
        'https://checks.example.org/articles/00000000-0000-4000-8000-000000000100/#claim-00000000-0000-4000-8000-000000000001',
        'https://checks.example.org/articles/00000000-0000-4000-8000-000000000100/#claim-00000000-0000-4000-8000-000000000002',
        'https://checks.example.org/articles/00000000-0000-4000-8000-000000000100/#claim-00000000-0000-4000-8000-000000000003',
        'https://checks.example.org/articles/00000000-0000-4000-8000-000000000100/#claim-00000000-0000-4000-8000-000000000004',
        'https://checks.example.org/articles/00000000-0000-4000-8000-000000000200/#claim-00000000-0000-4000-8000-000000000011',
      ]);
    });

    it('is the article’s own address with #claim-<id> otherwise', () => {
      expect(reviewOf(withoutPage, uuid(11)).url).toBe('https://news.example.com/2025/06/jobs-report#claim-00000000-0000-4000-8000-000000000011');
    });

    it('is left out when the article has no web address, never an id that is not a page', () => {
      const review = reviewOf(withoutPage, uuid(1));
      expect(Object.keys(review)).not.toContain('url');
      expect(serializeJson(withoutPage)).not.toContain('urn:');
      expect(checkClaimReview(review)).toEqual(['url is required: the http(s) address of the page with the fact check, not undefined']);
    });
  });

  describe('the remarks', () => {
    const LONG_JOBS = '“The government says 250,000 new jobs wer…”';

    it('say which reviews lack a page, a claimant’s type or fit in what search engines show', () => {
      expect(claimReviewRemarks(LIBRARY, undefined)).toEqual([
        '4 reviews have no url: their articles have no web address, and search engines show a review only with the page that publishes it. Give that page as “Page publishing these fact checks”.',
        '1 claim names a claimant without saying whether a person or an organisation; the claimant was left out of its review. Choose Person or Organisation next to the claimant.',
        `1 claim has a claim as reviewed longer than the 75 characters search engines show: ${LONG_JOBS}.`,
      ]);
    });

    it('say nothing of the url when a review page is given', () => {
      expect(claimReviewRemarks(LIBRARY, REVIEW_PAGE)).toEqual([
        '1 claim names a claimant without saying whether a person or an organisation; the claimant was left out of its review. Choose Person or Organisation next to the claimant.',
        `1 claim has a claim as reviewed longer than the 75 characters search engines show: ${LONG_JOBS}.`,
      ]);
    });

    it('name at most three long claims as reviewed, counting characters and not UTF-16 units', () => {
      const long = (n: number, text: string) => claimOf(MAIN_ARTICLE, uuid(60 + n), 'Critics say', { status: 'false', claimReviewed: text, created: EXPORTED_AT });
      const emoji = '🇺🇦'.repeat(37) + 'x'; // 75 characters, 149 UTF-16 units: not cut
      const claims = [long(1, 'a'.repeat(76)), long(2, 'b'.repeat(80)), long(3, 'c'.repeat(90)), long(4, 'd'.repeat(100)), long(5, emoji)];
      expect(claimReviewRemarks([{ article: MAIN_ARTICLE, claims }], REVIEW_PAGE)).toEqual([
        `4 claims have a claim as reviewed longer than the 75 characters search engines show: “${'a'.repeat(40)}…”, “${'b'.repeat(40)}…”, “${'c'.repeat(40)}…” and 1 more.`,
      ]);
    });
  });

  it.each([
    { reviewPageUrl: 'checks.example.org/page', author: AUTHOR, problem: /reviewPageUrl "checks\.example\.org\/page": The page must be an http:\/\/ or https:\/\/ address\./ },
    { reviewPageUrl: 'https://{article}.example.org/', author: AUTHOR, problem: /can be filled in after the site’s name, not in it/ },
    { reviewPageUrl: 'https://checks.example.org/{id}', author: AUTHOR, problem: /Only \{claim\} and \{article\} can be filled in/ },
    { reviewPageUrl: undefined, author: { name: 'Desk', url: 'javascript:alert(1)' }, problem: /author\.url must be an http\(s\) address/ },
  ])('refuses a page or address it cannot use: $problem', ({ reviewPageUrl, author, problem }) => {
    expect(() => buildClaimReviews({ articles: MAIN_ONLY, exportedAt: EXPORTED_AT, author, ...(reviewPageUrl === undefined ? {} : { reviewPageUrl }) })).toThrow(problem);
  });

  it('never publishes the analyst’s notes', () => {
    const json = serializeJson(reviews);
    for (const claim of MAIN_CLAIMS) if (claim.note !== '') expect(json).not.toContain(JSON.stringify(claim.note).slice(1, 30));
    expect(json).not.toContain(NOTE_WITH_MARKUP.slice(0, 20));
  });
});
