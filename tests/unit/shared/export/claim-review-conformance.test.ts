// Proves that checkClaimReview finds what Google's ClaimReview documentation requires.

import { describe, expect, it } from 'vitest';
import { checkClaimReview, claimReviewAdvice } from '../../../support/claim-review-conformance';

type Json = Record<string, unknown>;

/** Google's own example (the "world is flat" fact check), with an author added. */
function validReview(): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: 'https://example.com/news/science/worldisflat.html',
    claimReviewed: 'The world is flat',
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Square World Society', sameAs: 'https://example.flatworlders.com/we-know-that-the-world-is-flat' },
      datePublished: '2016-06-20',
      appearance: { '@type': 'OpinionNewsArticle', url: 'https://example.com/news/a122121' },
    },
    author: { '@type': 'Organization', name: 'Example.com science watch' },
    reviewRating: { '@type': 'Rating', ratingValue: '1', bestRating: '5', worstRating: '1', alternateName: 'False' },
  };
}

function rating(review: Json): Json {
  return review.reviewRating as Json;
}

const BROKEN: { name: string; problem: RegExp; breakIt: (review: Json) => void }[] = [
  { name: 'no claimReviewed', problem: /claimReviewed is required/, breakIt: (r) => { delete r.claimReviewed; } },
  { name: 'a blank claimReviewed', problem: /claimReviewed is required/, breakIt: (r) => { r.claimReviewed = '   '; } },
  { name: 'no url', problem: /url is required/, breakIt: (r) => { delete r.url; } },
  { name: 'a url that is not a page', problem: /url is required: the http\(s\) address/, breakIt: (r) => { r.url = 'urn:uuid:1'; } },
  { name: 'no reviewRating', problem: /reviewRating is required/, breakIt: (r) => { delete r.reviewRating; } },
  { name: 'a blank rating name', problem: /reviewRating\.name must be the verdict as text/, breakIt: (r) => { rating(r).name = ' '; } },
  { name: 'a claimant of no known type', problem: /itemReviewed\.author must be an Organization or a Person/, breakIt: (r) => { (r.itemReviewed as Json).author = { '@type': 'Thing', name: 'x' }; } },
  { name: 'a first appearance that is not a page', problem: /itemReviewed\.firstAppearance\.url must be an http\(s\) address/, breakIt: (r) => { (r.itemReviewed as Json).firstAppearance = { '@type': 'CreativeWork', url: 'urn:x' }; } },
  { name: 'no alternateName', problem: /alternateName is required/, breakIt: (r) => { delete rating(r).alternateName; } },
  { name: 'a rating above the best', problem: /ratingValue 6 must lie between worstRating 1 and bestRating 5/, breakIt: (r) => { rating(r).ratingValue = 6; } },
  { name: 'a rating below the default worst', problem: /ratingValue 0 must lie between worstRating 1 and bestRating 5/, breakIt: (r) => { delete rating(r).worstRating; rating(r).ratingValue = 0; } },
  { name: 'a rating that is not a number', problem: /ratingValue must be a number/, breakIt: (r) => { rating(r).ratingValue = 'false'; } },
  { name: 'a scale upside down', problem: /worstRating must be below bestRating/, breakIt: (r) => { rating(r).worstRating = 5; rating(r).bestRating = 1; } },
  { name: 'a rating of another type', problem: /reviewRating must be a Rating/, breakIt: (r) => { rating(r)['@type'] = 'Thing'; } },
  { name: 'no author', problem: /author is required/, breakIt: (r) => { delete r.author; } },
  { name: 'an author without name', problem: /author\.name is required/, breakIt: (r) => { r.author = { '@type': 'Organization' }; } },
  { name: 'an author of another type', problem: /author must be an Organization or a Person/, breakIt: (r) => { r.author = { '@type': 'Thing', name: 'x' }; } },
  { name: 'a date that is not ISO 8601', problem: /datePublished must be an ISO 8601 date/, breakIt: (r) => { r.datePublished = '20 June 2016'; } },
  { name: 'an item that is not a Claim', problem: /itemReviewed must be a Claim/, breakIt: (r) => { (r.itemReviewed as Json)['@type'] = 'CreativeWork'; } },
  { name: 'a claimant without name', problem: /itemReviewed\.author\.name is required/, breakIt: (r) => { (r.itemReviewed as Json).author = { '@type': 'Person' }; } },
  { name: 'an appearance that is not a URL', problem: /itemReviewed\.appearance must be a URL or a CreativeWork/, breakIt: (r) => { (r.itemReviewed as Json).appearance = 'page 3'; } },
  { name: 'the wrong @context', problem: /@context must be https:\/\/schema\.org/, breakIt: (r) => { r['@context'] = 'http://www.w3.org/ns/anno.jsonld'; } },
  { name: 'the wrong @type', problem: /@type must be ClaimReview/, breakIt: (r) => { r['@type'] = 'Review'; } },
];

describe('checkClaimReview', () => {
  it('accepts Google’s example', () => {
    // Google's example types its appearance as an OpinionNewsArticle, a CreativeWork subtype.
    const review = validReview();
    (review.itemReviewed as Json).appearance = { '@type': 'CreativeWork', url: 'https://example.com/news/a122121' };
    expect(checkClaimReview(review)).toEqual([]);
  });

  it.each(BROKEN)('reports $name', ({ problem, breakIt }) => {
    const review = validReview();
    (review.itemReviewed as Json).appearance = 'https://example.com/news/a122121';
    breakIt(review);
    const problems = checkClaimReview(review);
    expect(problems.some((message) => problem.test(message)), problems.join('\n') || 'no problems reported').toBe(true);
  });

  it('reports a url on another domain than the page that holds the markup', () => {
    const review = validReview();
    (review.itemReviewed as Json).appearance = 'https://example.com/news/a122121';
    expect(checkClaimReview(review, { pageUrl: 'https://example.com/fact-checks/' })).toEqual([]);
    expect(checkClaimReview({ ...review, url: 'https://science.example.com/flat' }, { pageUrl: 'https://example.com/' })).toEqual([]);
    expect(checkClaimReview(review, { pageUrl: 'https://example.org/page' })).toEqual([
      'url must be on the domain of the page that holds the markup (example.org), not example.com',
    ]);
  });
});

describe('claimReviewAdvice', () => {
  it('advises a claimReviewed of at most 75 characters, counted in characters', () => {
    expect(claimReviewAdvice(validReview())).toEqual([]);
    expect(claimReviewAdvice({ ...validReview(), claimReviewed: '🇺'.repeat(75) })).toEqual([]);
    expect(claimReviewAdvice({ ...validReview(), claimReviewed: 'é'.repeat(76) })).toEqual(['claimReviewed should have at most 75 characters (it has 76)']);
  });
});
