// The article's anchored claims in reading order (by start, then the shorter first), the
// order of the side panel and of stepping through highlights with the keyboard.

import type { Claim } from '../../../shared/model';

export function readingOrder(claims: readonly Claim[]): Claim[] {
  return claims
    .filter((claim) => claim.anchor.state === 'anchored')
    .sort((a, b) => a.selectors.position.start - b.selectors.position.start || a.selectors.position.end - b.selectors.position.end);
}
