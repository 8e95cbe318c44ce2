// Where the leading run of items passing a test ends, in a sorted list.

import { describe, expect, it } from 'vitest';
import { countBefore } from '../../../shared/sorted-search';

const SORTED = [2, 4, 4, 7, 9];

describe('countBefore', () => {
  it.each([
    [0, 0], // nothing below 0
    [4, 1], // 2 only
    [5, 3], // 2, 4, 4
    [9, 4],
    [10, 5], // everything
  ])('counts the items below %i: %i', (limit, expected) => {
    expect(countBefore(SORTED.length, (index) => (SORTED[index] ?? Infinity) < limit)).toBe(expected);
  });

  it('counts nothing in an empty list', () => {
    expect(countBefore(0, () => true)).toBe(0);
  });
});
