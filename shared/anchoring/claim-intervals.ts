// The claims' spans of text as an interval index: which claims cover a character (a click
// on the article), and which share text with a span (overlaps are drawn darker). Built once
// per set of spans in O(n log n); a lookup walks back only over spans that can reach it.

import { countBefore } from '../sorted-search';
import type { TextRange } from './selectors';

export interface ClaimSpan extends TextRange {
  claimId: string;
}

export interface ClaimIntervals {
  /** Spans by start, then longest first. */
  readonly spans: readonly ClaimSpan[];
  /** maxEnd[i]: the furthest end among spans[0..i], so a lookup knows where to stop looking back. */
  readonly maxEnd: readonly number[];
}

export function buildIntervals(spans: readonly ClaimSpan[]): ClaimIntervals {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const maxEnd: number[] = [];
  let furthest = -1;
  for (const span of sorted) {
    furthest = Math.max(furthest, span.end);
    maxEnd.push(furthest);
  }
  return { spans: sorted, maxEnd };
}

/** The index of the last span starting before `offset`, or -1. */
function lastStartingBefore(spans: readonly ClaimSpan[], offset: number): number {
  return countBefore(spans.length, (index) => (spans[index]?.start ?? Infinity) < offset) - 1;
}

/** The claims sharing at least one character with [start, end), in index order (by start, then longest). */
export function claimsOverlapping(intervals: ClaimIntervals, start: number, end: number): string[] {
  const { spans, maxEnd } = intervals;
  const found: string[] = [];
  // Spans starting before `end`, walked back while some earlier span can still reach `start`.
  let index = lastStartingBefore(spans, end);
  for (; index >= 0 && (maxEnd[index] ?? -1) > start; index -= 1) {
    const span = spans[index];
    if (span !== undefined && span.end > start) found.push(span.claimId);
  }
  return found.reverse();
}

/** The claims covering the character at `offset`, outermost (earliest start, then longest) first. */
export function claimsAt(intervals: ClaimIntervals, offset: number): string[] {
  return claimsOverlapping(intervals, offset, offset + 1);
}
