import { describe, expect, it } from 'vitest';
import { codePointOffset, toCodePointPosition, toUtf16Position, utf16Offset } from '../../../../shared/exchange/text-offsets';

const TEXT = 'a😀b🇺🇦c\u0301é普';

describe('codePointOffset and utf16Offset', () => {
  // [UTF-16 offset, code points before it]
  const table: [number, number][] = [
    [0, 0],
    [1, 1], // after "a"
    [3, 2], // after the emoji (2 units, 1 code point)
    [4, 3], // after "b"
    [8, 5], // after the flag (two regional indicators, 2 code points, 4 units)
    [10, 7], // after "c" and its combining accent (2 code points)
    [12, 9], // the end
  ];

  it.each(table)('UTF-16 offset %i is code point %i, and back', (units, points) => {
    expect(codePointOffset(TEXT, units)).toBe(points);
    expect(utf16Offset(TEXT, points)).toBe(units);
  });

  it('counts the first half of a split pair as one code point', () => {
    expect(codePointOffset(TEXT, 2)).toBe(2);
  });

  it('stops at the end of the text', () => {
    expect(codePointOffset(TEXT, 99)).toBe(9);
    expect(utf16Offset(TEXT, 10)).toBeNull();
  });

  it('counts a lone half of a pair as one code point', () => {
    // A low half first, then a high half with nothing after it.
    const lone = 'x\udc00y😀z\ud800';
    expect([0, 1, 2, 3, 5, 6, 7].map((units) => codePointOffset(lone, units))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((points) => utf16Offset(lone, points))).toEqual([0, 1, 2, 3, 5, 6, 7, null]);
  });

  it('gives each text its own counts when texts alternate', () => {
    const plain = 'abcdef';
    expect([codePointOffset(TEXT, 8), codePointOffset(plain, 5), codePointOffset(TEXT, 8), utf16Offset(plain, 6), utf16Offset(TEXT, 5)]).toEqual([5, 5, 5, 6, 8]);
  });
});

describe('position selectors', () => {
  it('converts both ends and back', () => {
    const utf16 = { type: 'TextPositionSelector' as const, start: 4, end: 10 };
    const points = toCodePointPosition(TEXT, utf16);
    expect(points).toEqual({ type: 'TextPositionSelector', start: 3, end: 7 });
    expect([...TEXT].slice(points.start, points.end).join('')).toBe(TEXT.slice(utf16.start, utf16.end));
    expect(toUtf16Position(TEXT, points)).toEqual(utf16);
  });

  it('gives null for a code-point position past the end of the text', () => {
    expect(toUtf16Position(TEXT, { type: 'TextPositionSelector', start: 2, end: 12 })).toBeNull();
  });
});
