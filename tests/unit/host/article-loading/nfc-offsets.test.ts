import { describe, expect, it } from 'vitest';
import { nfcWithOffsets } from '../../../../host/article-loading/nfc-offsets';

describe('nfcWithOffsets', () => {
  it.each([
    { name: 'text already composed: offsets stay', text: 'Café noted', boundaries: [0, 5, 10], normalized: 'Café noted', offsets: [0, 5, 10] },
    { name: 'a decomposed accent before a boundary moves it back by one', text: 'Cafe\u0301 noted', boundaries: [0, 6, 11], normalized: 'Café noted', offsets: [0, 5, 10] },
    { name: 'two accents, boundaries between and after them', text: 'cre\u0300me bru\u0302le\u0301e x', boundaries: [6, 7, 15, 16], normalized: 'crème brûlée x', offsets: [5, 6, 12, 13] },
    { name: 'a boundary inside a composed letter goes to its end', text: 'e\u0301!', boundaries: [1, 2], normalized: 'é!', offsets: [1, 1] },
    { name: 'Hangul jamo composed into a syllable', text: 'a \u1100\u1161 b', boundaries: [2, 4, 5, 6], normalized: 'a \uAC00 b', offsets: [2, 3, 4, 5] },
  ])('$name', ({ text, boundaries, normalized, offsets }) => {
    const result = nfcWithOffsets(text, boundaries);
    expect(result.normalized).toBe(normalized);
    expect(boundaries.map(result.offset)).toEqual(offsets);
  });

  it('a block of 100,000 marks over decomposed text: reads each character a bounded number of times', () => {
    // "e" + U+0301 and a space, 100,000 times: a boundary before and after every letter.
    const text = 'e\u0301 '.repeat(100_000);
    const boundaries = Array.from({ length: 100_000 }, (_, at) => [at * 3, at * 3 + 2]).flat();
    let steps = 0;
    const result = nfcWithOffsets(text, boundaries, (taken) => (steps += taken));
    expect(result.normalized).toBe('é '.repeat(100_000));
    expect(result.offset(0)).toBe(0);
    expect(result.offset(2)).toBe(1);
    expect(result.offset(299_997)).toBe(199_998);
    expect(result.offset(299_999)).toBe(199_999);
    // Measured against the square of the length (9e10) it would take prefix by prefix.
    expect(steps).toBeLessThan(10 * text.length);
  });

  it('a long run of combining marks with boundaries inside: clamped, never measured prefix by prefix', () => {
    const text = `a${'\u0301'.repeat(50_000)} b`;
    const boundaries = Array.from({ length: 25_000 }, (_, at) => 1 + at * 2);
    let steps = 0;
    const result = nfcWithOffsets(text, boundaries, (taken) => (steps += taken));
    expect(result.normalized).toBe(`á${'\u0301'.repeat(49_999)} b`);
    expect(result.offset(1)).toBe(1);
    expect(result.offset(49_999)).toBe(49_999);
    expect(steps).toBeLessThan(10 * text.length);
  });
});
