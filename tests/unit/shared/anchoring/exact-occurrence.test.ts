// Choosing among the exact occurrences of a quote: occurrences within a range of the text,
// and placeExactQuote, which reads the text near the old position first and must choose as
// bestOccurrence does among every occurrence in the whole text, whatever its window.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestOccurrence, exactOccurrences, placeExactQuote } from '../../../../shared/anchoring/exact-occurrence';
import type { TextQuoteSelector } from '../../../../shared/model';

const quote = (prefix: string, exact: string, suffix: string): TextQuoteSelector => ({ type: 'TextQuoteSelector', exact, prefix, suffix });

describe('exactOccurrences', () => {
  it.each([
    { name: 'the whole text by default, overlaps included', text: 'aaaa', exact: 'aa', range: [], expected: [0, 1, 2] },
    { name: 'only occurrences lying wholly inside the range, at offsets of the whole text', text: 'ab ab ab ab', exact: 'ab', range: [2, 9], expected: [3, 6] },
    { name: 'a range past either end is cut to the text', text: 'ab ab', exact: 'ab', range: [-10, 99], expected: [0, 3] },
    { name: 'an empty range finds nothing', text: 'ab ab', exact: 'ab', range: [4, 2], expected: [] },
    // "😀x" with the quote "\uDE00x": it starts inside the emoji, at either end of the range.
    { name: 'not one that splits a surrogate pair, even where the range starts mid-pair', text: 'a😀x', exact: '\uDE00x', range: [2, 4], expected: [] },
  ])('$name', ({ text, exact, range, expected }) => {
    expect(exactOccurrences(text, exact, ...range)).toEqual(expected);
  });
});

describe('placeExactQuote', () => {
  // Three repeats of the quote; the first and the third have the same context.
  const TEXT = 'He said: rates rose again, then. Later: rates rose again, twice. Sh: rates rose again, then.';
  const EXACT = 'rates rose again';
  const FIRST = 9;
  const SECOND = 40;
  const THIRD = 69;

  it('gives the offsets the table is written for', () => {
    expect(exactOccurrences(TEXT, EXACT)).toEqual([FIRST, SECOND, THIRD]);
  });

  it.each([
    { name: 'the one whose context is unchanged, found in the first window', hint: 35, window: 8, context: ['Later: ', ', twice'], expected: SECOND },
    { name: 'the one whose context is unchanged, far outside a window of 0', hint: 0, window: 0, context: ['Sh: ', ', then.'], expected: THIRD },
    // The first and the third keep their context; the window reaches only the third.
    { name: 'the nearest with unchanged context, without reading as far as another', hint: 60, window: 20, context: [' ', ', then'], expected: THIRD },
    // 9 and 69 are each 30 away from 39: the earlier wins, as in bestOccurrence.
    { name: 'the earlier of two equally near with unchanged context', hint: 39, window: 1, context: [' ', ', then'], expected: FIRST },
    // No context agrees exactly: the one whose context is closest, over the whole text.
    { name: 'by context agreement when no context is unchanged', hint: 0, window: 2, context: ['Lat: ', ', twic'], expected: SECOND },
    { name: 'null when the quote is nowhere', hint: 10, window: 5, context: ['', ''], exact: 'rates fell', expected: null },
  ])('$name', ({ hint, window, context: [prefix = '', suffix = ''], exact = EXACT, expected }) => {
    expect(placeExactQuote(TEXT, quote(prefix, exact, suffix), hint, window)).toBe(expected);
  });

  it('chooses as bestOccurrence does among every occurrence, for any window and old position', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '😀');
    const short = fc.string({ unit, maxLength: 4 });
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.string({ unit, minLength: 1, maxLength: 3 }), short, short, fc.nat({ max: 90 }), fc.nat({ max: 40 }), (text, exact, prefix, suffix, hint, window) => {
        const stored = quote(prefix, exact, suffix);
        expect(placeExactQuote(text, stored, hint, window)).toBe(bestOccurrence(text, stored, hint, exactOccurrences(text, exact)));
      }),
      { numRuns: 500, examples: [['ab ab ab', 'ab', ' ', ' ', 3, 0]] },
    );
  });
});
