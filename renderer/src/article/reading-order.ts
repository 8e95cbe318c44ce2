// The article's anchored claims in reading order (shared/claims/reading-order.ts), the order
// of the side panel and of stepping through highlights with the keyboard, kept cheap to redo.

import { useMemo, useState } from 'react';
import { compareReadingOrder } from '../../../shared/claims/reading-order';
import type { Claim } from '../../../shared/model';
import { orderFollowing } from '../state/claims-since';

/**
 * The claims in reading order. Given the order of an earlier version of the list (one claim
 * edited, added or removed), the sort starts from it and is then almost linear.
 */
export function readingOrder(claims: readonly Claim[], earlier: readonly Claim[] = []): Claim[] {
  const anchored = new Map<string, Claim>();
  for (const claim of claims) if (claim.anchor.state === 'anchored') anchored.set(claim.id, claim);
  const ordered: Claim[] = [];
  for (const claim of earlier) {
    const now = anchored.get(claim.id);
    if (now === undefined) continue;
    ordered.push(now);
    anchored.delete(claim.id);
  }
  ordered.push(...anchored.values());
  return ordered.sort(compareReadingOrder);
}

/**
 * readingOrder, kept from render to render: a change that leaves every claim in its place
 * (a status, a note) costs one pass over the list, and one that moves claims a near-linear sort.
 */
export function useReadingOrder(claims: readonly Claim[]): readonly Claim[] {
  const [inOrder] = useState(() => orderFollowing(readingOrder, compareReadingOrder));
  return useMemo(() => inOrder(claims), [inOrder, claims]);
}
