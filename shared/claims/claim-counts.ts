// How many claims an article has, by status, how many are checked, need review or are orphaned: what the library
// lists for each article. The host counts saved claims; the renderer counts the open
// article's claims as shown, so a new status is counted the moment it is chosen.

import type { ArticleSummary, Claim } from '../model';
import { CLAIM_STATUSES, type ClaimStatus } from '../statuses';
import { isChecked, needsReview } from './checked';

export type ClaimCounts = Pick<ArticleSummary, 'claimCount' | 'checkedCount' | 'reviewCount' | 'statusCounts' | 'orphanCount'>;

export function claimCounts(claims: readonly Claim[]): ClaimCounts {
  const statusCounts = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  let orphanCount = 0;
  let checkedCount = 0;
  let reviewCount = 0;
  for (const claim of claims) {
    statusCounts[claim.status] += 1;
    if (claim.anchor.state === 'orphaned') orphanCount += 1;
    if (isChecked(claim)) checkedCount += 1;
    if (needsReview(claim)) reviewCount += 1;
  }
  return { claimCount: claims.length, checkedCount, reviewCount, statusCounts, orphanCount };
}
