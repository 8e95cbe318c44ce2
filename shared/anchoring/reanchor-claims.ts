// Re-anchors every claim of an article whose text changed: each claim either keeps or
// moves its place (its selectors rewritten for the new text) or becomes an orphan that
// keeps its old selectors and the best candidate found. No claim is ever dropped.

import type { ReanchorReport } from '../api';
import type { Claim } from '../model';
import { anchorClaim, type AnchorOptions } from './anchor-claim';
import { describeRange } from './selectors';

export interface ReanchorOutcome {
  claims: Claim[];
  report: ReanchorReport;
}

/** Which count of the report each way of anchoring adds to. */
const REPORT_COUNT = { position: 'unchanged', quote: 'moved', fuzzy: 'fuzzy' } as const;

export function reanchorClaims(text: string, claims: readonly Claim[], options?: AnchorOptions): ReanchorOutcome {
  const report: ReanchorReport = { unchanged: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  const next = claims.map((claim): Claim => {
    const result = anchorClaim(text, claim.selectors, options);
    if (result.kind === 'orphan') {
      report.orphaned += 1;
      return { ...claim, anchor: { state: 'orphaned', method: claim.anchor.method, score: null, candidate: result.candidate } };
    }
    report[REPORT_COUNT[result.kind]] += 1;
    return {
      ...claim,
      selectors: describeRange(text, result),
      anchor: { state: 'anchored', method: result.kind, score: result.kind === 'fuzzy' ? result.score : 1, candidate: null },
    };
  });
  return { claims: next, report };
}
