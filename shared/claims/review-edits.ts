// A verdict stays with the words it was given on: when a claim comes to hold other words
// (a fuzzy re-anchoring, an accepted candidate, a re-attachment), it keeps the words its
// status was given on and needs review until the analyst keeps or changes the status.

import { ApiError } from '../api-error';
import type { Claim, ClaimReview, ClaimStatus, StatusChange } from '../model';
import type { EditTime } from './edit-context';

/**
 * The review a claim needs once it holds `current` instead of the words it held: the words
 * reviewed first are kept through several moves, and a claim back on exactly those words
 * needs none. A claim nothing was said about yet (unverified, no note, no evidence) has no
 * verdict to keep.
 */
export function reviewAfterMove(claim: Claim, current: string, since: string): ClaimReview | null {
  const reviewed = claim.review?.quote ?? claim.selectors.quote.exact;
  if (reviewed === current) return null;
  if (claim.review !== null) return claim.review;
  const saidAnything = claim.status !== 'unverified' || claim.note !== '' || claim.evidence.length > 0;
  return saidAnything ? { quote: reviewed, since } : null;
}

/** The history entry of a status given (or kept) on a claim; a claim under review records both quotes. */
function statusChange(claim: Claim, to: ClaimStatus, at: string): StatusChange {
  const change: StatusChange = { from: claim.status, to, at };
  return claim.review === null ? change : { ...change, quotes: { reviewed: claim.review.quote, current: claim.selectors.quote.exact } };
}

/**
 * `claim` with `status`: a status that differs from the current one is added to the history.
 * On a claim that needs review, giving a status settles the review, and keeping the same
 * one (`from === to`) is recorded too.
 */
export function withStatus(claim: Claim, status: ClaimStatus, { now }: EditTime): Claim {
  if (status === claim.status && claim.review === null) return claim;
  return { ...claim, status, review: null, history: [...claim.history, statusChange(claim, status, now)], modified: now };
}

/** The analyst's review of a claim that moved onto other words: keep its status (the same `status`) or give another. */
export function settleReview(claim: Claim, status: ClaimStatus, time: EditTime): Claim {
  if (claim.review === null) {
    throw new ApiError('invalid-input', 'This claim does not need review: its status was given on the words it holds.');
  }
  return withStatus(claim, status, time);
}
