// How much of a ClaimReview's `claimReviewed` search engines show: the export's remarks and
// the claim's card both warn about a longer one.

export const CLAIM_REVIEWED_SHOWN = 75;

/** The length search engines count, in characters (code points, so an emoji is one). */
export function claimReviewedLength(text: string): number {
  return [...text].length;
}

/** Whether search engines cut `text` when they show it. */
export function isCutBySearchEngines(text: string): boolean {
  return claimReviewedLength(text) > CLAIM_REVIEWED_SHOWN;
}
