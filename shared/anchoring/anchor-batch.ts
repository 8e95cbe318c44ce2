// Anchors many claims of one article at once, as an import does: each as anchorClaim places
// it, with every search beyond a claim's neighbourhood drawing on one budget per article, so
// the work grows with the number of claims and never with claims × text length.

import type { ClaimSelectors } from '../model';
import { anchorClaim, type AnchorResult } from './anchor-claim';

/**
 * Steps (code units read, fuzzy ones times the quote's 32-unit blocks) that the searches of
 * the whole text may take for one article: about 1.5 s of fuzzy search, or the whole-text
 * search of 16 quotes of 100 characters in a 1 MB article, of 250 in a 65 kB one.
 */
export const WHOLE_TEXT_STEPS = 2 ** 26;

export interface AnchorBatch {
  /** One result per claim, in the order given. */
  results: AnchorResult[];
  /** Every step the anchoring took. */
  steps: number;
  /** Searches of the whole text left out because the budget was spent. */
  refused: number;
}

export function anchorBatch(text: string, selectors: readonly ClaimSelectors[], budget = WHOLE_TEXT_STEPS): AnchorBatch {
  let steps = 0;
  let spent = 0;
  let refused = 0;
  const meter = (taken: number): void => {
    steps += taken;
  };
  const wholeText = (cost: number): boolean => {
    if (spent + cost > budget) {
      refused += 1;
      return false;
    }
    spent += cost;
    return true;
  };
  const results = selectors.map((claim) => anchorClaim(text, claim, { meter, wholeText }));
  return { results, steps, refused };
}
