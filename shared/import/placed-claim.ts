// An imported claim on its way into the library: waiting to be anchored (PendingClaim),
// then placed where the anchoring found it in the article's text (placedClaim).

import type { AnchorResult } from '../anchoring/anchor-claim';
import { describeRange } from '../anchoring/selectors';
import { reviewAfterMove } from '../claims/review-edits';
import type { Claim, ClaimOrigin, ClaimSelectors, Evidence } from '../model';
import type { ImportedClaim } from './import-bundle';
import type { ImportArticleOutcome } from './import-plan-types';

/** An imported claim with its id and selectors settled, waiting to be anchored. */
export interface PendingClaim {
  imported: ImportedClaim;
  id: string;
  selectors: ClaimSelectors;
  evidence: Evidence[];
  created: string;
  /** Where the claim it updates stands in the article's claims; null for a new claim. */
  replaces: number | null;
  outcome: ImportArticleOutcome;
  /** The file's id could not be kept as it is (an address, say): the library's is made from it, so a claim imported before from another copy is known by its words and place. */
  idDerived: boolean;
  /** Where the claim came from; null for ClaimMark's own. */
  origin: ClaimOrigin | null;
}

export function placedClaim(text: string, articleId: string, claim: PendingClaim, result: AnchorResult, now: string): Claim {
  const { imported } = claim;
  const base: Claim = {
    id: claim.id,
    articleId,
    status: imported.status,
    note: imported.note,
    claimant: imported.claimant,
    claimReviewed: imported.claimReviewed,
    claimantType: imported.claimantType,
    tags: [...imported.tags],
    evidence: claim.evidence,
    history: imported.history,
    review: imported.review,
    selectors: claim.selectors,
    anchor: { state: 'orphaned', method: 'imported', score: null, candidate: null },
    ...(claim.origin === null ? {} : { origin: claim.origin }),
    created: claim.created,
    modified: imported.modified ?? now,
  };
  if (result.kind === 'orphan') {
    return { ...base, anchor: { state: 'orphaned', method: 'imported', score: null, candidate: result.candidate } };
  }
  const placed = describeRange(text, result);
  return {
    ...base,
    selectors: placed,
    // On other words than the file's claim held, its status needs review as after an update.
    review: result.kind === 'fuzzy' ? reviewAfterMove(base, placed.quote.exact, now) : base.review,
    anchor: { state: 'anchored', method: 'imported', score: result.kind === 'fuzzy' ? result.score : 1, candidate: null },
  };
}

/** The same words at the same place: a claim the import would add twice. */
export function sameWords(one: Claim, other: Claim): boolean {
  if (one.selectors.quote.exact !== other.selectors.quote.exact) return false;
  if (one.anchor.state !== other.anchor.state) return false;
  return one.anchor.state === 'orphaned' || (one.selectors.position.start === other.selectors.position.start && one.selectors.position.end === other.selectors.position.end);
}
