// checkClaimReview: Google Search's requirements for ClaimReview structured data
// (developers.google.com/search/docs/appearance/structured-data/factcheck), written from
// that documentation and not from ClaimMark's exporter. Returns one message per problem; an
// empty list means Google can read the review.
//
// Google requires claimReviewed, reviewRating (with alternateName) and url, a page on the
// publisher's own domain. It recommends author (an Organization or Person with a name),
// datePublished and itemReviewed (a Claim with author, datePublished, appearance or
// firstAppearance); those are checked when present. ClaimMark always writes an author, so
// this checker requires one too (marked "(ClaimMark)"). claimReviewAdvice gives what Google
// advises but does not require: a claimReviewed of at most 75 characters, shown whole.

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function httpUrl(value: unknown): URL | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A schema.org Date or DateTime in ISO 8601. */
function isIsoDate(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

function number(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return null;
}

export interface ClaimReviewCheckOptions {
  /** The page the markup is published on: `url` must be on its domain or a subdomain. */
  pageUrl?: string;
}

export function checkClaimReview(value: unknown, options: ClaimReviewCheckOptions = {}): string[] {
  const problems: string[] = [];
  if (!isObject(value)) return ['a ClaimReview must be a JSON-LD object'];
  if (value['@context'] !== 'https://schema.org' && value['@context'] !== 'http://schema.org') {
    problems.push('@context must be https://schema.org');
  }
  if (value['@type'] !== 'ClaimReview') problems.push(`@type must be ClaimReview, not ${JSON.stringify(value['@type'])}`);

  if (!isNonEmptyText(value.claimReviewed)) problems.push('claimReviewed is required: a short summary of the claim, as text');

  const url = httpUrl(value.url);
  if (url === null) problems.push(`url is required: the http(s) address of the page with the fact check, not ${JSON.stringify(value.url)}`);
  else if (options.pageUrl !== undefined) {
    const host = new URL(options.pageUrl).hostname;
    if (url.hostname !== host && !url.hostname.endsWith(`.${host}`)) {
      problems.push(`url must be on the domain of the page that holds the markup (${host}), not ${url.hostname}`);
    }
  }

  const rating = value.reviewRating;
  if (!isObject(rating)) {
    problems.push('reviewRating is required: a Rating');
  } else {
    if (rating['@type'] !== 'Rating') problems.push('reviewRating must be a Rating');
    if (!isNonEmptyText(rating.alternateName)) problems.push('reviewRating.alternateName is required: the verdict as text');
    if (rating.name !== undefined && !isNonEmptyText(rating.name)) problems.push('reviewRating.name must be the verdict as text');
    const best = rating.bestRating === undefined ? 5 : number(rating.bestRating);
    const worst = rating.worstRating === undefined ? 1 : number(rating.worstRating);
    if (best === null) problems.push('reviewRating.bestRating must be a number');
    if (worst === null) problems.push('reviewRating.worstRating must be a number');
    if (best !== null && worst !== null && worst >= best) problems.push('reviewRating.worstRating must be below bestRating');
    if (rating.ratingValue !== undefined) {
      const ratingValue = number(rating.ratingValue);
      if (ratingValue === null) problems.push('reviewRating.ratingValue must be a number');
      else if (best !== null && worst !== null && (ratingValue < worst || ratingValue > best)) {
        problems.push(`reviewRating.ratingValue ${ratingValue} must lie between worstRating ${worst} and bestRating ${best}`);
      }
    }
  }

  if (value.author === undefined) problems.push('author is required: the fact-checking Organization or Person (ClaimMark)');
  else problems.push(...agentProblems(value.author, 'author'));

  if (value.datePublished !== undefined && !isIsoDate(value.datePublished)) problems.push('datePublished must be an ISO 8601 date');

  const item = value.itemReviewed;
  if (item !== undefined) {
    if (!isObject(item) || item['@type'] !== 'Claim') problems.push('itemReviewed must be a Claim');
    else {
      if (item.author !== undefined) problems.push(...agentProblems(item.author, 'itemReviewed.author'));
      if (item.datePublished !== undefined && !isIsoDate(item.datePublished)) problems.push('itemReviewed.datePublished must be an ISO 8601 date');
      for (const key of ['appearance', 'firstAppearance']) {
        const appearances = item[key];
        for (const appearance of Array.isArray(appearances) ? appearances : appearances === undefined ? [] : [appearances]) {
          if (typeof appearance === 'string') {
            if (httpUrl(appearance) === null) problems.push(`itemReviewed.${key} must be a URL or a CreativeWork`);
          } else if (!isObject(appearance) || appearance['@type'] !== 'CreativeWork') {
            problems.push(`itemReviewed.${key} must be a URL or a CreativeWork`);
          } else if (appearance.url !== undefined && httpUrl(appearance.url) === null) {
            problems.push(`itemReviewed.${key}.url must be an http(s) address`);
          }
        }
      }
    }
  }
  return problems;
}

function agentProblems(agent: unknown, where: string): string[] {
  if (!isObject(agent) || (agent['@type'] !== 'Organization' && agent['@type'] !== 'Person')) {
    return [`${where} must be an Organization or a Person`];
  }
  const problems: string[] = [];
  if (!isNonEmptyText(agent.name)) problems.push(`${where}.name is required`);
  if (agent.url !== undefined && httpUrl(agent.url) === null) problems.push(`${where}.url must be an http(s) address`);
  return problems;
}

/** Google's advice for a review that it can read: an empty list when there is none. */
export function claimReviewAdvice(value: Json): string[] {
  const text = value.claimReviewed;
  return typeof text === 'string' && [...text].length > 75 ? [`claimReviewed should have at most 75 characters (it has ${[...text].length})`] : [];
}
