// What each edit the analyst makes does to a claim, as pure functions over plain data: a new
// claim from a selection, its fields and status, and re-attaching it to other text. Time and
// ids come in, so the hosts and the tests get the same claim from the same edit. An edit
// that cannot be made throws an ApiError whose message is for the analyst.

import { ApiError } from '../api-error';
import { ANCHORED_AS_CREATED, type Article, type Claim, type ClaimAnchor, type ClaimantType, type ClaimStatus } from '../model';
import type { EditContext, EditTime } from './edit-context';
import { reviewAfterMove, withStatus } from './review-edits';
import { selectionSelectors, type SelectedText } from './selection-selectors';

/** The fields the analyst changes; a field left out keeps its value. */
export interface ClaimFieldChange {
  status?: ClaimStatus;
  note?: string;
  /** Blank or null clears it. */
  claimant?: string | null;
  /** Blank or null clears it: the quote is then the claim as reviewed. */
  claimReviewed?: string | null;
  claimantType?: ClaimantType;
  /** Replaces the claim's tags (checked by tagsSchema: trimmed, each once). */
  tags?: readonly string[];
}

/** Where a claim is put again: a new selection, or the candidate the search found for an orphan. */
export type ReattachTarget = ({ kind: 'selection' } & SelectedText) | { kind: 'candidate' };

const REATTACHED: ClaimAnchor = { state: 'anchored', method: 're-attached', score: null, candidate: null };
const ACCEPTED: ClaimAnchor = { state: 'anchored', method: 'accepted', score: null, candidate: null };

/** An unverified claim on `selection` of the article, with nothing written about it yet. */
export function newClaim(article: Pick<Article, 'id' | 'text'>, selection: SelectedText, { now, newId }: EditContext): Claim {
  const selectors = selectionSelectors(article.text, selection);
  return {
    id: newId(),
    articleId: article.id,
    selectors,
    status: 'unverified',
    note: '',
    anchor: ANCHORED_AS_CREATED,
    evidence: [],
    history: [],
    claimant: null,
    claimantType: null,
    claimReviewed: null,
    review: null,
    tags: [],
    created: now,
    modified: now,
  };
}

/**
 * `claim` with `status`; a status that differs from the current one is added to the history,
 * and settles the review of a claim that needs one (see review-edits.ts).
 */
export function changeStatus(claim: Claim, status: ClaimStatus, time: EditTime): Claim {
  return status === claim.status ? claim : withStatus(claim, status, time);
}

/** `claim` with the fields of `change`; it counts as modified even when no value differs. */
export function editClaim(claim: Claim, change: ClaimFieldChange, time: EditTime): Claim {
  return {
    ...changeStatus(claim, change.status ?? claim.status, time),
    note: change.note ?? claim.note,
    claimant: change.claimant === undefined ? claim.claimant : blankToNull(change.claimant),
    claimReviewed: change.claimReviewed === undefined ? claim.claimReviewed : blankToNull(change.claimReviewed),
    claimantType: change.claimantType === undefined ? claim.claimantType : change.claimantType,
    tags: change.tags === undefined ? claim.tags : [...change.tags],
    modified: time.now,
  };
}

/**
 * `claim` on other text of the article, chosen by hand or the candidate accepted; its status,
 * note and evidence stay, and on other words than its status was given on it needs review.
 */
export function reattachClaim(claim: Claim, text: string, target: ReattachTarget, { now }: EditTime): Claim {
  const selection = target.kind === 'selection' ? target : claim.anchor.candidate;
  if (selection === null) {
    throw new ApiError('invalid-input', 'This claim has no candidate match to accept; select its text instead.');
  }
  const selectors = selectionSelectors(text, selection);
  const anchor = target.kind === 'selection' ? REATTACHED : ACCEPTED;
  return { ...claim, selectors, anchor, review: reviewAfterMove(claim, selectors.quote.exact, now), modified: now };
}

function blankToNull(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value.trim();
}
