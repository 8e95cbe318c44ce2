// Chooses among the exact occurrences of a claim's quote: a repeated phrase is told apart by
// the context stored beside it, then by nearness to the old position.

import type { TextQuoteSelector } from '../model';
import { splitsSurrogatePair } from './selectors';
import { scorePlacement } from './score-placement';

/** How a caller bounds the search: told the code units each window reads, and asked before a wider one is read. */
export interface QuoteSearch {
  meter?: (steps: number) => void;
  widen?: (steps: number) => boolean;
}

/** True when the stored prefix and suffix still sit right beside [start, start + exact.length). */
export function contextUnchanged(text: string, quote: TextQuoteSelector, start: number): boolean {
  return text.endsWith(quote.prefix, start) && text.startsWith(quote.suffix, start + quote.exact.length);
}

/**
 * Every exact occurrence of `exact` inside text[from, to) (by default the whole text) that
 * keeps surrogate pairs whole, overlaps included; offsets count in the whole text.
 */
export function exactOccurrences(text: string, exact: string, from = 0, to = text.length): number[] {
  const lo = Math.min(text.length, Math.max(0, from));
  const hi = Math.min(text.length, Math.max(lo, to));
  // A slice bounds the scan: indexOf on the whole text would read on to its end after the last occurrence.
  const part = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  const starts: number[] = [];
  for (let at = part.indexOf(exact); at !== -1; at = part.indexOf(exact, at + 1)) {
    const start = lo + at;
    if (!splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, start + exact.length)) starts.push(start);
  }
  return starts;
}

/** The start nearest `hint`, the earliest among equals; null when there is none. */
function nearest(starts: readonly number[], hint: number): number | null {
  return starts.reduce<number | null>(
    (best, start) => (best === null || Math.abs(start - hint) < Math.abs(best - hint) ? start : best),
    null,
  );
}

/**
 * The exact occurrence whose surroundings agree best with the stored prefix and suffix, the
 * nearest to the old position among equals; null when there is none. Agreement comes first
 * (unlike the fuzzy score, where nearness is weighed in) because a repeated phrase is told
 * apart by its context. Occurrences whose context is unchanged, the usual case, are found by
 * plain comparison; only when there is none is each one's context measured by edit distance.
 */
export function bestOccurrence(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  starts: readonly number[],
): number | null {
  if (starts.length <= 1) return starts[0] ?? null;
  const unchanged = starts.filter((start) => contextUnchanged(text, quote, start));
  if (unchanged.length > 0) return nearest(unchanged, hint);

  let bestAgreement = -1;
  let best: number[] = [];
  for (const start of starts) {
    const { contextAgreement } = scorePlacement(text, quote, hint, { start, end: start + quote.exact.length }, 0);
    if (contextAgreement > bestAgreement) {
      bestAgreement = contextAgreement;
      best = [start];
    } else if (contextAgreement === bestAgreement) {
      best.push(start);
    }
  }
  return nearest(best, hint);
}

/**
 * `bestOccurrence` among every occurrence of the quote in the text, looked for within `window`
 * code units of `hint` first and then in windows twice as wide each time, because a quote
 * that moved is usually near its old place. An occurrence whose context is unchanged settles
 * it without reading the rest of the text: bestOccurrence takes the nearest such one, and
 * every occurrence at most as far from `hint` lies inside the same window. Without one, the
 * last window is the whole text and bestOccurrence chooses among all its occurrences.
 */
export function placeExactQuote(text: string, quote: TextQuoteSelector, hint: number, window: number, search: QuoteSearch = {}): number | null {
  const length = quote.exact.length;
  const read = (from: number, to: number) => Math.min(text.length, to) - Math.max(0, from);
  for (let reach = Math.max(1, window); ; reach *= 2) {
    const from = hint - reach;
    const to = hint + reach + length;
    search.meter?.(read(from, to));
    const starts = exactOccurrences(text, quote.exact, from, to);
    const settled = nearest(starts.filter((start) => contextUnchanged(text, quote, start)), hint);
    if (settled !== null) return settled;
    if (from <= 0 && to >= text.length) return bestOccurrence(text, quote, hint, starts);
    // Refused a wider window, it chooses among the occurrences found so far.
    if (search.widen?.(read(hint - 2 * reach, hint + 2 * reach + length)) === false) return bestOccurrence(text, quote, hint, starts);
  }
}
