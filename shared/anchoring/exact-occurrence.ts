// Chooses among the exact occurrences of a claim's quote: a repeated phrase is told apart by
// the context stored beside it, then by nearness to the old position.

import type { TextQuoteSelector } from '../model';
import { splitsSurrogatePair } from './selectors';
import { scorePlacement } from './score-placement';

/** True when the stored prefix and suffix still sit right beside [start, start + exact.length). */
export function contextUnchanged(text: string, quote: TextQuoteSelector, start: number): boolean {
  return text.endsWith(quote.prefix, start) && text.startsWith(quote.suffix, start + quote.exact.length);
}

/** Every exact occurrence of `exact` that keeps surrogate pairs whole, overlaps included. */
export function exactOccurrences(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let from = text.indexOf(exact); from !== -1; from = text.indexOf(exact, from + 1)) {
    if (!splitsSurrogatePair(text, from) && !splitsSurrogatePair(text, from + exact.length)) starts.push(from);
  }
  return starts;
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
  const nearest = (candidates: readonly number[]): number | null =>
    candidates.reduce<number | null>(
      (best, start) => (best === null || Math.abs(start - hint) < Math.abs(best - hint) ? start : best),
      null,
    );

  const unchanged = starts.filter((start) => contextUnchanged(text, quote, start));
  if (unchanged.length > 0) return nearest(unchanged);

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
  return nearest(best);
}
