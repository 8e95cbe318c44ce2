// Scores a range of the text as a claim's place the way Hypothesis' `matchQuote` does, and
// orders placements by that score.

import type { TextQuoteSelector } from '../model';
import type { TextRange } from './selectors';
import { contextErrors } from './text-similarity';

// Hypothesis' weights (src/annotator/anchoring/match-quote.ts).
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** A range of the text considered as the claim's place, with what was measured there. */
export interface Placement extends TextRange {
  /** Edits between the stored quote and text[start, end). */
  quoteErrors: number;
  /** Edits between the stored prefix and suffix and the text now beside the range. */
  contextErrors: number;
  /** Prefix and suffix similarity, each in [0, 1], weighted as in the score. */
  contextAgreement: number;
  score: number;
}

function similarity(errors: number, length: number): number {
  return length === 0 ? 1 : Math.max(0, 1 - errors / length);
}

/**
 * Measures `range` as the claim's place and scores it, in [0, 1]:
 *
 *   score = (50·q + 20·p + 20·s + 2·n) / 92
 *
 *   q = 1 − quoteErrors / exact.length     edits between the quote and text[start, end)
 *   p = 1 − prefixErrors / prefix.length   fewest edits turning the stored prefix into a
 *   s = 1 − suffixErrors / suffix.length     substring of the text just before / after
 *                                            (stored context that is empty counts as 1)
 *   n = 1 − |start − old start| / text.length   nearness to the old position, a tie-breaker
 *
 * These are Hypothesis' weights and terms, so 1 means the identical quote, in the same
 * context, at the same place.
 */
export function scorePlacement(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  range: TextRange,
  quoteErrors: number,
): Placement {
  const { prefix, suffix } = quote;
  const prefixErrors = contextErrors(text.slice(Math.max(0, range.start - prefix.length), range.start), prefix);
  const suffixErrors = contextErrors(text.slice(range.end, range.end + suffix.length), suffix);
  const contextAgreement =
    PREFIX_WEIGHT * similarity(prefixErrors, prefix.length) + SUFFIX_WEIGHT * similarity(suffixErrors, suffix.length);
  const nearness = text.length === 0 ? 1 : Math.max(0, 1 - Math.abs(range.start - hint) / text.length);
  const raw =
    QUOTE_WEIGHT * similarity(quoteErrors, quote.exact.length) + contextAgreement + POSITION_WEIGHT * nearness;
  return {
    ...range,
    quoteErrors,
    contextErrors: prefixErrors + suffixErrors,
    contextAgreement,
    score: Math.min(1, Math.max(0, raw / TOTAL_WEIGHT)),
  };
}

/** Higher score first; among equals the one nearer the old position, then the earlier. */
export function better(a: Placement, b: Placement, hint: number): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const nearA = Math.abs(a.start - hint);
  const nearB = Math.abs(b.start - hint);
  if (nearA !== nearB) return nearA < nearB;
  return a.start < b.start;
}

/** The best of `placements` by `better`; null when there are none. */
export function bestOf(placements: readonly Placement[], hint: number): Placement | null {
  let best: Placement | null = null;
  for (const placement of placements) {
    if (best === null || better(placement, best, hint)) best = placement;
  }
  return best;
}
