// The one definition of a checked claim, used wherever the app says how far a check has got:
// the header, the library, the report and the exports.

import type { Claim } from '../model';
import { STATUS_INFO } from '../statuses';

/** Whether the claim has been checked: its status is a verdict, given on the words it holds now. */
export function isChecked(claim: Pick<Claim, 'status' | 'review'>): boolean {
  return STATUS_INFO[claim.status].checked && claim.review === null;
}

/** Whether the claim moved onto other words and waits for the analyst to keep or change its status. */
export function needsReview(claim: Pick<Claim, 'review'>): boolean {
  return claim.review !== null;
}
