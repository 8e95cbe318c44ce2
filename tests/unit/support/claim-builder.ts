// Builds a claim on a quote of an article through the edit the service makes a new claim
// with (shared/claims), so tests hold no copy of a new claim's defaults; they override only
// what they are about.

import { newClaim } from '../../../shared/claims/claim-edits';
import type { Article, Claim } from '../../../shared/model';

type ClaimFields = Partial<Omit<Claim, 'id' | 'articleId' | 'selectors'>> & Pick<Claim, 'created'>;

/** A claim on the first occurrence of `quote`, made at `created`; `modified` defaults to `created`. */
export function claimOf(article: Article, id: string, quote: string, fields: ClaimFields): Claim {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in "${article.title}"`);
  const made = newClaim(article, { start, end: start + quote.length, exact: quote }, { now: fields.created, newId: () => id });
  return { ...made, ...fields };
}
