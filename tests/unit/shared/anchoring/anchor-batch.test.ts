// anchorBatch: many claims of one article anchored as anchorClaim does, with the searches of
// the whole text sharing one budget, so that quotes the text does not hold cost a bounded
// amount of work however many there are (steps are counted, never timed).

import { describe, expect, it } from 'vitest';
import { anchorBatch, WHOLE_TEXT_STEPS } from '../../../../shared/anchoring/anchor-batch';
import { anchorClaim } from '../../../../shared/anchoring/anchor-claim';
import { describeRange } from '../../../../shared/anchoring/selectors';
import type { ClaimSelectors } from '../../../../shared/model';

/** About 1 MB of text made of "lorem ipsum"-like words of the letters a to m only. */
function megabyteText(): string {
  let state = 3;
  const words: string[] = [];
  for (let length = 0; length < 1_000_000; ) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const word = 'abcdefghijklm'.slice(state % 7, (state % 7) + 2 + (state % 5));
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
}

/** A quote of 40 letters from n to z, which the text never holds, said to stand at `start`. */
function missingQuote(index: number, start: number): ClaimSelectors {
  const exact = Array.from({ length: 40 }, (_, at) => 'nopqrstuvwxyz'[(index + at * 7) % 13]).join('');
  return {
    position: { type: 'TextPositionSelector', start, end: start + 40 },
    quote: { type: 'TextQuoteSelector', exact, prefix: 'abc ', suffix: ' def' },
  };
}

describe('anchorBatch', () => {
  it('places claims as anchorClaim does, one result per claim in order', () => {
    const text = 'The port reopened on Monday. Unions said pay rose 6 percent. The port reopened again.';
    const moved = describeRange(text, { start: 64, end: 76 });
    const selectors = [describeRange(text, { start: 0, end: 8 }), { ...moved, position: { ...moved.position, start: 3, end: 15 } }];
    const batch = anchorBatch(text, selectors);
    expect(batch.results).toEqual(selectors.map((claim) => anchorClaim(text, claim)));
    expect(batch.refused).toBe(0);
  });

  it('bounds the work of 400 quotes a 1 MB article does not hold: the budget plus each quote’s neighbourhood', () => {
    const text = megabyteText();
    const selectors = Array.from({ length: 400 }, (_, index) => missingQuote(index, index * 2000));

    const batch = anchorBatch(text, selectors);

    expect(batch.results.every((result) => result.kind === 'orphan')).toBe(true);
    // Per quote of 40 units (2 blocks of 32), with its window of 2 × 40 + 512 = 592 on each
    // side: 40 to check its position, at most 2 × 592 + 40 = 1224 read for the exact quote and
    // 1224 × 2 for the fuzzy search near it, 3712 in all; the whole text only within the budget.
    expect(batch.steps).toBeLessThanOrEqual(WHOLE_TEXT_STEPS + 400 * 3712);
    expect(batch.refused).toBeGreaterThan(0);
  });

  it('searches the whole text for a moved quote while the budget lasts', () => {
    const text = `${'filler words here. '.repeat(2000)}The minister said the port reopened.`;
    const exact = 'The minister said the port reopened.';
    const claim: ClaimSelectors = {
      position: { type: 'TextPositionSelector', start: 10, end: 10 + exact.length },
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    };
    expect(anchorBatch(text, [claim]).results).toEqual([{ kind: 'quote', start: 38_000, end: 38_000 + exact.length }]);
    expect(anchorBatch(text, [claim], 0).results).toEqual([{ kind: 'orphan', candidate: null }]);
  });
});
