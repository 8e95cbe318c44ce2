// The claims' spans of text as an interval index: which claims cover a character (a click
// on the article), and where two or more claims overlap (drawn darker). Built once per set
// of spans in O(n log n); a lookup is a binary search plus the spans that can reach it.

import type { TextRange } from './selectors';

export interface ClaimSpan extends TextRange {
  claimId: string;
}

export interface OverlapRun extends TextRange {
  /** How many claims cover every character of the run (2 or more). */
  depth: number;
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

/** The claims covering the character at `offset`, outermost (earliest start, then longest) first. */
export function claimsAt(intervals: ClaimIntervals, offset: number): string[] {
  const { spans, maxEnd } = intervals;
  // The last span starting at or before the offset.
  let low = 0;
  let high = spans.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.start ?? Infinity) <= offset) {
      last = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  const found: string[] = [];
  for (let index = last; index >= 0 && (maxEnd[index] ?? -1) > offset; index -= 1) {
    const span = spans[index];
    if (span !== undefined && span.end > offset) found.push(span.claimId);
  }
  return found.reverse();
}

/** Every run of text covered by two or more claims, in text order, with how many cover it. */
export function overlapRuns(intervals: ClaimIntervals): OverlapRun[] {
  const events: [offset: number, change: number][] = [];
  for (const span of intervals.spans) events.push([span.start, 1], [span.end, -1]);
  // Ends before starts at the same offset: spans that only touch do not overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: OverlapRun[] = [];
  let depth = 0;
  let runStart = 0;
  for (const [offset, change] of events) {
    if (depth >= 2 && offset > runStart) {
      const previous = runs[runs.length - 1];
      if (previous !== undefined && previous.end === runStart && previous.depth === depth) previous.end = offset;
      else runs.push({ start: runStart, end: offset, depth });
    }
    depth += change;
    runStart = offset;
  }
  return runs;
}
