// The one reading order of an article's claims: the claims panel, stepping through the
// highlights, and every export format list claims in it.

import type { Claim } from '../model';

/** Reading order: by start, then end, then creation time, then id, so ties never depend on input order. */
export function compareReadingOrder(a: Claim, b: Claim): number {
  return (
    a.selectors.position.start - b.selectors.position.start ||
    a.selectors.position.end - b.selectors.position.end ||
    a.created.localeCompare(b.created) ||
    a.id.localeCompare(b.id)
  );
}

/** A sorted copy; the caller's list is left as it was. */
export function inReadingOrder(claims: readonly Claim[]): Claim[] {
  return [...claims].sort(compareReadingOrder);
}
