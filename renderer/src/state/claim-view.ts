// Which claims the analyst is looking at: the filter and sort chosen in the claims panel,
// applied to the open article's claims. The panel lists what it lets through and the article
// paints only those, so the two always agree.

import { useMemo, useState } from 'react';
import { claimMatcher, NO_FILTER, sortClaims, type ClaimFilter, type ClaimSort } from '../../../shared/claims/claim-filter';
import type { Claim } from '../../../shared/model';
import { orphansFollowing, tagsFollowing } from './claims-since';

export interface ClaimView {
  filter: ClaimFilter;
  setFilter(filter: ClaimFilter): void;
  sort: ClaimSort;
  setSort(sort: ClaimSort): void;
  /** Every claim the filter lets through, anchored or not: what the article paints. */
  shown: readonly Claim[];
  /** The anchored claims shown, in reading order: stepping through the highlights. */
  readingOrder: readonly Claim[];
  /** The anchored claims shown, in the chosen order: the panel's list. */
  listed: readonly Claim[];
  /** The orphaned claims shown. */
  orphans: readonly Claim[];
  /** How many of the article's claims the filter hides. */
  hiddenCount: number;
  /** Every tag of the article's claims, to filter by. */
  tags: readonly string[];
}

/** `claims` is every claim of the article; `ordered` its anchored claims in reading order. */
export function useClaimView(claims: readonly Claim[], ordered: readonly Claim[]): ClaimView {
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const [sort, setSort] = useState<ClaimSort>('reading');
  const [orphansOf] = useState(orphansFollowing);
  const derived = useMemo(() => {
    const matches = claimMatcher(filter);
    // With nothing chosen the lists are the article's own, so nothing downstream redraws.
    const shown = filter === NO_FILTER ? claims : claims.filter(matches);
    const inOrder = filter === NO_FILTER ? ordered : ordered.filter(matches);
    return {
      shown,
      readingOrder: inOrder,
      listed: sortClaims(inOrder, sort),
      orphans: orphansOf(shown),
      hiddenCount: claims.length - shown.length,
    };
  }, [claims, ordered, filter, sort, orphansOf]);
  const [tagsOf] = useState(tagsFollowing);
  const tags = useMemo(() => tagsOf(claims), [tagsOf, claims]);
  return { filter, setFilter, sort, setSort, ...derived, tags };
}
