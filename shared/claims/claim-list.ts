// Edits to the list of an article's claims: one claim replaced by its edit, or taken out.
// Pure functions; an id that is not in the list is refused, never ignored.

import { ApiError } from '../api-error';
import type { Claim } from '../model';

/** The claims with the one whose id is `claimId` replaced by `edit` of it, in its place; and that edited claim. */
export function replaceClaim(
  claims: readonly Claim[],
  claimId: string,
  edit: (claim: Claim) => Claim,
): { claims: Claim[]; claim: Claim } {
  const index = claims.findIndex((claim) => claim.id === claimId);
  const current = claims[index];
  if (current === undefined) throw new ApiError('not-found', 'That claim no longer exists; it may have been deleted.');
  const edited = edit(current);
  return { claims: claims.with(index, edited), claim: edited };
}

/** The claims without the one whose id is `claimId`. */
export function removeClaim(claims: readonly Claim[], claimId: string): Claim[] {
  const index = claims.findIndex((claim) => claim.id === claimId);
  if (index < 0) throw new ApiError('not-found', 'That claim no longer exists; it may have been deleted already.');
  return claims.toSpliced(index, 1);
}
