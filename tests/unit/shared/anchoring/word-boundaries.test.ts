import { describe, expect, it } from 'vitest';
import { toWordBoundaries } from '../../../../shared/anchoring/word-boundaries';

const TEXT = 'using an Iskander-M ballistic missile; however';

describe('toWordBoundaries', () => {
  it.each([
    { name: 'an end inside a word', start: 6, end: 25, expected: 'an Iskander-M ballistic' },
    { name: 'a start inside a word', start: 11, end: 19, expected: 'Iskander-M' },
    { name: 'whole words', start: 6, end: 8, expected: 'an' },
    { name: 'a range ending at punctuation', start: 20, end: 37, expected: 'ballistic missile' },
  ])('widens $name to whole words', ({ start, end, expected }) => {
    const range = toWordBoundaries(TEXT, start, end);
    expect(TEXT.slice(range.start, range.end)).toBe(expected);
  });
});
