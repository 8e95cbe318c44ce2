import { describe, expect, it } from 'vitest';
import { segmentBlock, type HighlightSegment, type HighlightSpan } from '../../../../shared/anchoring/highlight-segments';
import type { TextRange } from '../../../../shared/anchoring/selectors';

function span(claimId: string, start: number, end: number): HighlightSpan {
  return { claimId, start, end };
}

function segment(start: number, end: number, ...claimIds: string[]): HighlightSegment {
  return { start, end, claimIds, href: null };
}

describe('segmentBlock', () => {
  const cases: { name: string; block: TextRange; spans: HighlightSpan[]; expected: HighlightSegment[] }[] = [
    { name: 'no claims: one plain segment', block: { start: 0, end: 20 }, spans: [], expected: [segment(0, 20)] },
    {
      name: 'one claim in the middle',
      block: { start: 0, end: 20 },
      spans: [span('A', 5, 10)],
      expected: [segment(0, 5), segment(5, 10, 'A'), segment(10, 20)],
    },
    {
      name: 'a claim covering the whole block',
      block: { start: 0, end: 20 },
      spans: [span('A', 0, 20)],
      expected: [segment(0, 20, 'A')],
    },
    {
      name: 'disjoint claims',
      block: { start: 0, end: 30 },
      spans: [span('B', 20, 25), span('A', 2, 8)],
      expected: [segment(0, 2), segment(2, 8, 'A'), segment(8, 20), segment(20, 25, 'B'), segment(25, 30)],
    },
    {
      name: 'adjacent claims share a boundary but no segment',
      block: { start: 0, end: 20 },
      spans: [span('A', 0, 10), span('B', 10, 20)],
      expected: [segment(0, 10, 'A'), segment(10, 20, 'B')],
    },
    {
      name: 'overlapping claims',
      block: { start: 0, end: 15 },
      spans: [span('A', 0, 10), span('B', 5, 15)],
      expected: [segment(0, 5, 'A'), segment(5, 10, 'A', 'B'), segment(10, 15, 'B')],
    },
    {
      name: 'overlapping claims given in reverse order',
      block: { start: 0, end: 15 },
      spans: [span('B', 5, 15), span('A', 0, 10)],
      expected: [segment(0, 5, 'A'), segment(5, 10, 'A', 'B'), segment(10, 15, 'B')],
    },
    {
      name: 'nested claims list the outermost first',
      block: { start: 0, end: 20 },
      spans: [span('inner', 5, 10), span('outer', 0, 20)],
      expected: [segment(0, 5, 'outer'), segment(5, 10, 'outer', 'inner'), segment(10, 20, 'outer')],
    },
    {
      name: 'claims with the same start list the longer first',
      block: { start: 0, end: 20 },
      spans: [span('short', 0, 5), span('long', 0, 12)],
      expected: [segment(0, 5, 'long', 'short'), segment(5, 12, 'long'), segment(12, 20)],
    },
    {
      name: 'identical ranges: both claims on the one segment',
      block: { start: 0, end: 10 },
      spans: [span('A', 2, 6), span('B', 2, 6)],
      expected: [segment(0, 2), segment(2, 6, 'A', 'B'), segment(6, 10)],
    },
    {
      name: 'a claim running into the block from the previous one is clipped',
      block: { start: 100, end: 150 },
      spans: [span('A', 80, 110)],
      expected: [segment(100, 110, 'A'), segment(110, 150)],
    },
    {
      name: 'a claim running on into the next block is clipped',
      block: { start: 100, end: 150 },
      spans: [span('A', 140, 170)],
      expected: [segment(100, 140), segment(140, 150, 'A')],
    },
    {
      name: 'a claim spanning past both ends covers the block',
      block: { start: 100, end: 150 },
      spans: [span('A', 0, 500)],
      expected: [segment(100, 150, 'A')],
    },
    {
      name: 'claims in other blocks, or ending or starting right at its edges, are left out',
      block: { start: 100, end: 150 },
      spans: [span('before', 10, 20), span('endsAtStart', 90, 100), span('startsAtEnd', 150, 160), span('after', 200, 210)],
      expected: [segment(100, 150)],
    },
  ];

  it.each(cases)('$name', ({ block, spans, expected }) => {
    expect(segmentBlock(block, spans)).toEqual(expected);
  });

  it('covers each block exactly, without gaps or overlaps, and marks each character with exactly the claims covering it', () => {
    // Many overlapping, nested and cross-block claims over three blocks of a 100-character text.
    const blocks: TextRange[] = [
      { start: 0, end: 30 },
      { start: 32, end: 70 },
      { start: 72, end: 100 },
    ];
    const spans: HighlightSpan[] = [];
    for (let i = 0; i < 40; i += 1) {
      const start = (i * 37) % 97;
      const end = Math.min(100, start + 1 + ((i * 13) % 29));
      spans.push(span(`c${i}`, start, end));
    }

    for (const block of blocks) {
      const segments = segmentBlock(block, spans);
      expect(segments[0]?.start).toBe(block.start);
      expect(segments.at(-1)?.end).toBe(block.end);
      for (const [index, current] of segments.entries()) {
        expect(current.end).toBeGreaterThan(current.start);
        const next = segments[index + 1];
        if (next !== undefined) expect(next.start).toBe(current.end);
        for (let offset = current.start; offset < current.end; offset += 1) {
          const covering = spans.filter((s) => s.start <= offset && offset < s.end).map((s) => s.claimId);
          expect([...current.claimIds].sort()).toEqual(covering.sort());
        }
      }
    }
  });
});

describe('segmentBlock with links', () => {
  it('cuts at link boundaries and marks the linked segments, inside and across claims', () => {
    const block = { start: 0, end: 30 };
    const spans = [{ claimId: 'A', start: 5, end: 20 }];
    const links = [{ start: 10, end: 25, href: 'https://example.org/report' }];
    expect(segmentBlock(block, spans, links)).toEqual([
      { start: 0, end: 5, claimIds: [], href: null },
      { start: 5, end: 10, claimIds: ['A'], href: null },
      { start: 10, end: 20, claimIds: ['A'], href: 'https://example.org/report' },
      { start: 20, end: 25, claimIds: [], href: 'https://example.org/report' },
      { start: 25, end: 30, claimIds: [], href: null },
    ]);
  });

  it('ignores links of other blocks', () => {
    expect(segmentBlock({ start: 0, end: 5 }, [], [{ start: 7, end: 9, href: 'https://example.org/' }])).toEqual([
      { start: 0, end: 5, claimIds: [], href: null },
    ]);
  });
});
