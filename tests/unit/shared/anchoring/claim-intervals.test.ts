// The claims' interval index: the order it keeps the spans in, which claims cover a clicked
// character (outermost first), and which share text with a span (to draw overlaps darker).

import { describe, expect, it } from 'vitest';
import { buildIntervals, claimsAt, claimsOverlapping, type ClaimSpan } from '../../../../shared/anchoring/claim-intervals';

function span(claimId: string, start: number, end: number): ClaimSpan {
  return { claimId, start, end };
}

// A [0,10) holds B [2,5) and C [3,8); D [12,15) stands alone. Given out of order on purpose.
const NESTED = [span('C', 3, 8), span('D', 12, 15), span('B', 2, 5), span('A', 0, 10)];

describe('buildIntervals', () => {
  it('sorts by start, then longest first, with the furthest end so far', () => {
    const intervals = buildIntervals([...NESTED, span('E', 0, 4)]);
    expect(intervals.spans).toEqual([span('A', 0, 10), span('E', 0, 4), span('B', 2, 5), span('C', 3, 8), span('D', 12, 15)]);
    expect(intervals.maxEnd).toEqual([10, 10, 10, 10, 15]);
  });

  it('leaves out spans that cover no character', () => {
    const intervals = buildIntervals([span('empty', 4, 4), span('backwards', 6, 2), span('A', 1, 3)]);
    expect(intervals.spans).toEqual([span('A', 1, 3)]);
    expect(intervals.maxEnd).toEqual([3]);
  });

  it('keeps the spans it was given as they were', () => {
    const given = [span('B', 5, 9), span('A', 1, 3)];
    buildIntervals(given);
    expect(given).toEqual([span('B', 5, 9), span('A', 1, 3)]);
  });
});

describe('claimsAt', () => {
  const nested = buildIntervals(NESTED);
  const cases: [string, number, string[]][] = [
    ['before every span', -1, []],
    ['the first character of the outer span', 0, ['A']],
    ['the first character of a nested span', 2, ['A', 'B']],
    ['under three claims, outermost first', 4, ['A', 'B', 'C']],
    ['the end of a span is not in it', 5, ['A', 'C']],
    ['the last character of the outer span', 9, ['A']],
    ['the gap between spans', 10, []],
    ['a span standing alone', 14, ['D']],
    ['past every span', 15, []],
  ];
  it.each(cases)('%s (offset %i)', (_name, offset, expected) => {
    expect(claimsAt(nested, offset)).toEqual(expected);
  });

  it('finds a long span that started well before short ones that have ended', () => {
    const intervals = buildIntervals([span('long', 0, 20), span('short-1', 1, 2), span('short-2', 3, 4), span('short-3', 5, 6)]);
    expect(claimsAt(intervals, 10)).toEqual(['long']);
  });

  it('puts the longer of two spans with the same start first', () => {
    const intervals = buildIntervals([span('short', 4, 6), span('long', 4, 9)]);
    expect(claimsAt(intervals, 5)).toEqual(['long', 'short']);
  });

  it('finds nothing without spans', () => {
    expect(claimsAt(buildIntervals([]), 0)).toEqual([]);
  });
});

describe('claimsOverlapping', () => {
  const nested = buildIntervals(NESTED);
  const cases: [string, number, number, string[]][] = [
    ['a span under three claims, in index order', 4, 6, ['A', 'B', 'C']],
    ['a span starting where a claim ends', 5, 6, ['A', 'C']],
    ['a span reaching into the next claim', 9, 13, ['A', 'D']],
    ['a span ending where a claim starts', 8, 12, ['A']],
    ['spans that only touch do not overlap', 10, 12, []],
    ['a span over everything', 0, 20, ['A', 'B', 'C', 'D']],
    ['a claim’s own span finds it', 12, 15, ['D']],
    ['past every claim', 15, 20, []],
    ['before every claim', -5, 0, []],
  ];
  it.each(cases)('%s [%i, %i)', (_name, start, end, expected) => {
    expect(claimsOverlapping(nested, start, end)).toEqual(expected);
  });

  it('finds a long claim that started well before short ones that have ended', () => {
    const intervals = buildIntervals([span('long', 0, 20), span('short-1', 1, 2), span('short-2', 3, 4), span('short-3', 5, 6)]);
    expect(claimsOverlapping(intervals, 10, 12)).toEqual(['long']);
  });

  it('finds nothing without spans', () => {
    expect(claimsOverlapping(buildIntervals([]), 0, 10)).toEqual([]);
  });
});
