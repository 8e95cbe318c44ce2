// Places a claim again in a possibly edited canonical text: by its stored position, then by
// its exact quote, then by a fuzzy quote search scored the way Hypothesis' `matchQuote` does.
// Offsets are UTF-16 code units of `Article.text` (see shared/model.ts).

import type { AnchorCandidate, ClaimSelectors } from '../model';
import { contextUnchanged, placeExactQuote } from './exact-occurrence';
import { fuzzyPlacements } from './fuzzy-placements';
import { bestOf, type Placement } from './score-placement';
import { anchorByPosition } from './selectors';
import { toWordBoundaries } from './word-boundaries';

export type AnchorResult =
  /** The stored position still holds the quote, and no repeat of it fits the context better. */
  | { kind: 'position'; start: number; end: number }
  /** The exact quote was found elsewhere; context, then nearness, chose among repeats. */
  | { kind: 'quote'; start: number; end: number }
  /** An approximate match; `score` in (0, 1), see `scorePlacement` (score-placement.ts). */
  | { kind: 'fuzzy'; start: number; end: number; score: number }
  /** Nothing good enough; the best approximate match, if the search found any. */
  | { kind: 'orphan'; candidate: AnchorCandidate | null };

export interface AnchorOptions {
  /** Minimum fuzzy score to accept; default `MIN_FUZZY_SCORE`. */
  minScore?: number;
  /**
   * Code units searched on each side of the old position before the whole text is searched,
   * for the exact quote and for an approximate match; default twice the quote's length plus 512.
   */
  window?: number;
  /** Told the code units each search reads (fuzzy ones times the quote's 32-unit blocks), so tests can bound the work. */
  meter?: (steps: number) => void;
  /**
   * Asked before a search reads beyond the claim's neighbourhood (a wider window for the exact
   * quote, a fuzzy search of the whole text), with the steps it would take; false skips it, and
   * the claim is placed with what was found near its old position or becomes an orphan. Default: always.
   */
  wholeText?: (steps: number) => boolean;
}

/**
 * With the context unchanged and the claim in place, a fuzzy match needs a quote similarity of
 * at least 0.54 to reach this; with one side of the context lost, about 0.94; with both sides
 * lost it is out of reach (at most 52/92), so such a claim becomes an orphan for a person to
 * re-attach rather than being moved silently.
 */
export const MIN_FUZZY_SCORE = 0.75;

const WINDOW_PADDING = 512;

/**
 * The share of the quote that may differ in a match found away from the claim's old place:
 * a quarter, not the half allowed nearby. A claim both moved and a third rewritten is not moved
 * there silently (it could be another sentence saying much the same); it becomes an orphan, for
 * a person to re-attach. This also halves the cost of searching the whole text, which is most of
 * an update's work when claims were removed with their paragraphs.
 */
export const FAR_ERROR_SHARE = 1 / 4;

/**
 * Where the claim described by `selectors` stands in `text`: (1) at its stored position if the
 * quote and its context are still there; (2) at the exact occurrence of the quote whose context
 * agrees best, nearest the old position among equals (reported as 'position' if that is the old
 * place); (3) at the best approximate match scoring at least `minScore`, searched near the old
 * position first and in the whole text (with at most a quarter of the quote changed,
 * `FAR_ERROR_SHARE`) only when that finds nothing acceptable; (4) otherwise
 * an orphan, with the best approximate match as a candidate for a person to confirm.
 */
export function anchorClaim(text: string, selectors: ClaimSelectors, options: AnchorOptions = {}): AnchorResult {
  const { quote, position } = selectors;
  const meter = options.meter;
  meter?.(quote.exact.length);
  const byPosition = anchorByPosition(text, selectors);
  if (byPosition !== null && contextUnchanged(text, quote, byPosition.start)) {
    return { kind: 'position', ...byPosition };
  }

  const { exact } = quote;
  if (exact.length === 0) return { kind: 'orphan', candidate: null };
  const hint = position.start;
  const window = Math.max(0, options.window ?? 2 * exact.length + WINDOW_PADDING);

  const occurrence = placeExactQuote(text, quote, hint, window, { meter, widen: options.wholeText });
  if (occurrence !== null) {
    const kind = byPosition !== null && occurrence === byPosition.start ? 'position' : 'quote';
    return { kind, start: occurrence, end: occurrence + exact.length };
  }

  const minScore = options.minScore ?? MIN_FUZZY_SCORE;
  const acceptable = (placement: Placement): boolean => placement.score > 0 && placement.score >= minScore;

  const from = Math.min(text.length, Math.max(0, position.start - window));
  const to = Math.min(text.length, Math.max(from, position.end + window));
  const fuzzySteps = (length: number) => length * Math.ceil(exact.length / 32);
  meter?.(fuzzySteps(to - from));
  const nearby = to > from ? bestOf(fuzzyPlacements(text, quote, hint, from, to), hint) : null;
  if (nearby !== null && acceptable(nearby)) {
    return { kind: 'fuzzy', start: nearby.start, end: nearby.end, score: nearby.score };
  }

  const coversText = from === 0 && to === text.length;
  const searchAll = !coversText && (options.wholeText?.(fuzzySteps(text.length)) ?? true);
  if (searchAll) meter?.(fuzzySteps(text.length));
  const anywhere = !searchAll ? null : bestOf(fuzzyPlacements(text, quote, hint, 0, text.length, FAR_ERROR_SHARE), hint);
  const best = bestOf([nearby, anywhere].filter((placement) => placement !== null), hint);
  if (best !== null && acceptable(best)) return { kind: 'fuzzy', start: best.start, end: best.end, score: best.score };
  if (best === null) return { kind: 'orphan', candidate: null };
  // Shown to the analyst to accept: whole words only.
  const { start, end } = toWordBoundaries(text, best.start, best.end);
  return { kind: 'orphan', candidate: { start, end, exact: text.slice(start, end), score: best.score } };
}

/** `anchorClaim` for each claim of one article, by claim id. */
export function anchorClaims(
  text: string,
  claims: readonly { id: string; selectors: ClaimSelectors }[],
  options: AnchorOptions = {},
): Map<string, AnchorResult> {
  return new Map(claims.map((claim) => [claim.id, anchorClaim(text, claim.selectors, options)]));
}
