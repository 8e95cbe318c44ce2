// Builds a claim on a quote of an article, with every field of the model; tests override
// only what they are about.

import { describeRange } from '../../../shared/anchoring/selectors';
import { ANCHORED_AS_CREATED, type Article, type Claim } from '../../../shared/model';

type ClaimFields = Partial<Omit<Claim, 'id' | 'articleId' | 'selectors'>> & Pick<Claim, 'created'>;

/** A claim on the first occurrence of `quote`; `modified` defaults to `created`. */
export function claimOf(article: Article, id: string, quote: string, fields: ClaimFields): Claim {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in "${article.title}"`);
  return {
    id,
    articleId: article.id,
    selectors: describeRange(article.text, { start, end: start + quote.length }),
    status: 'unverified',
    note: '',
    anchor: ANCHORED_AS_CREATED,
    evidence: [],
    history: [],
    claimant: null,
    claimReviewed: null,
    modified: fields.created,
    ...fields,
  };
}

