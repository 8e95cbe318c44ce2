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

/**
 * The claims with `claim` put back as it was (same id, same record), as undoing its deletion
 * does. Refused when a claim with its id is there, or when an anchored claim's text is no
 * longer at its place in the article (`text`): it would highlight the wrong words.
 */
export function restoreClaim(claims: readonly Claim[], claim: Claim, text: string): Claim[] {
  if (claims.some((existing) => existing.id === claim.id)) throw new ApiError('invalid-input', 'That claim is already there; nothing was restored.');
  const { start, end } = claim.selectors.position;
  if (claim.anchor.state === 'anchored' && text.slice(start, end) !== claim.selectors.quote.exact) {
    throw new ApiError('invalid-input', 'The article’s text has changed since the claim was deleted, so it cannot be put back where it was.');
  }
  return [...claims, claim];
}
