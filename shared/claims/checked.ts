// The one definition of a checked claim, used wherever the app says how far a check has got:
// the header, the library, the report and the exports.

import type { Claim } from '../model';
import { STATUS_INFO } from '../statuses';

/** Whether the claim has been checked: its status is a verdict. */
export function isChecked(claim: Pick<Claim, 'status'>): boolean {
  return STATUS_INFO[claim.status].checked;
}
