// Re-anchors every claim of an article whose text changed: each claim either keeps or
// moves its place (its selectors rewritten for the new text) or becomes an orphan that
// keeps its old selectors and the best candidate found. No claim is ever dropped. A claim
// moved onto other words keeps the words its status was given on, and needs review.

import type { ReanchorReport } from '../api';
import type { Claim } from '../model';
import { reviewAfterMove } from '../claims/review-edits';
import { anchorClaim, type AnchorOptions } from './anchor-claim';
import { describeRange } from './selectors';

export interface ReanchorOutcome {
  claims: Claim[];
  report: ReanchorReport;
}

/** Which count of the report each way of anchoring adds to. */
const REPORT_COUNT = { position: 'unchanged', quote: 'moved', fuzzy: 'fuzzy' } as const;

/** `since`: when the new text came (the time a review that this asks for starts). */
export function reanchorClaims(text: string, claims: readonly Claim[], since: string, options?: AnchorOptions): ReanchorOutcome {
  const report: ReanchorReport = { unchanged: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  const next = claims.map((claim): Claim => {
    const result = anchorClaim(text, claim.selectors, options);
    if (result.kind === 'orphan') {
      report.orphaned += 1;
      return { ...claim, anchor: { state: 'orphaned', method: claim.anchor.method, score: null, candidate: result.candidate } };
    }
    report[REPORT_COUNT[result.kind]] += 1;
    const selectors = describeRange(text, result);
    return {
      ...claim,
      selectors,
      // Only a fuzzy match can hold other words; an exact one holds the same words elsewhere.
      review: result.kind === 'fuzzy' ? reviewAfterMove(claim, selectors.quote.exact, since) : claim.review,
      anchor: { state: 'anchored', method: result.kind, score: result.kind === 'fuzzy' ? result.score : 1, candidate: null },
    };
  });
  return { claims: next, report };
}
