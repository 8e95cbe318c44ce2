// The article's anchored claims in reading order (by start, then the shorter first), the
// order of the side panel and of stepping through highlights with the keyboard.

import { useMemo, useRef } from 'react';
import type { Claim } from '../../../shared/model';

const byPlace = (a: Claim, b: Claim) =>
  a.selectors.position.start - b.selectors.position.start || a.selectors.position.end - b.selectors.position.end;

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
  return ordered.sort(byPlace);
}

/** readingOrder, kept from render to render so each change costs about one pass over the list. */
export function useReadingOrder(claims: readonly Claim[]): readonly Claim[] {
  const last = useRef<readonly Claim[]>([]);
  return useMemo(() => {
    last.current = readingOrder(claims, last.current);
    return last.current;
  }, [claims]);
}
