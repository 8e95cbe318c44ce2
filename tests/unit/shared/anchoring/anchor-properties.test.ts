import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_FUZZY_SCORE, anchorClaim } from '../../../../shared/anchoring/anchor-claim';
import { describeRange, rangeProblem, type TextRange } from '../../../../shared/anchoring/selectors';
import { boundedEditDistance, contextErrors } from '../../../../shared/anchoring/text-similarity';

// Seeds and kept cases. Every run draws a fresh seed and prints it ("fast-check seed: …");
// FC_SEED=<seed> npx vitest run <this file> replays that run exactly. When a property fails,
// fast-check prints its seed, path and shrunk counterexample: keep the counterexample as an
// explicit case by adding it to that property's `examples` below (the values exactly as
// printed, in the property's argument order). Examples run before the random cases on every
// run, so a bug once found stays tested after the fix. To replay just the failing run while
// fixing, pass `{ ...runs(…), path: '<path as printed>' }` with FC_SEED set to its seed.
const SEED = process.env.FC_SEED === undefined ? Math.floor(Math.random() * 0x7fffffff) : Number(process.env.FC_SEED);
console.info(`fast-check seed: ${SEED} (replay with FC_SEED=${SEED})`);

/** fast-check parameters: the run's seed, `numRuns` random cases, and the kept cases first. */
function runs<Ts>(numRuns: number, examples: Ts[]): fc.Parameters<Ts> {
  return { seed: SEED, numRuns, examples };
}

const RUNS = 200;

// Characters that break naive offset code: surrogate pairs (emoji, a flag, a ZWJ family, a
// CJK Extension B ideograph), RTL letters, CJK, combining marks on their own and after a
// base letter, and white space.
const INTERESTING = [
  '😀',
  '🇺🇦',
  '👩‍👩‍👧',
  '𠮷',
  'ש',
  'ָ',
  'ׁ',
  'ع',
  'ل',
  'ـ',
  '中',
  '文',
  '。',
  'e\u0301',
  '\u0308',
  'ि',
  ' ',
  '\n\n',
  '\u00a0',
  'a',
  '.',
];

const piece = fc.oneof(
  fc.constantFrom(...INTERESTING),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(piece, { minLength: 1, maxLength: 60 }).map((pieces) => pieces.join(''));

function splitsPair(value: string, offset: number): boolean {
  return /[\uD800-\uDBFF]/.test(value.charAt(offset - 1)) && /[\uDC00-\uDFFF]/.test(value.charAt(offset));
}

/** `offset` moved back one code unit if it would fall inside a surrogate pair. */
function onCharacterBoundary(value: string, offset: number): number {
  return offset > 0 && splitsPair(value, offset) ? offset - 1 : offset;
}

/** A text and a range of it that could be a claim. */
const textWithRange = fc
  .record({ text, a: fc.nat(), b: fc.nat() })
  .map(({ text: value, a, b }) => {
    const first = a % (value.length + 1);
    const second = b % (value.length + 1);
    const start = onCharacterBoundary(value, Math.min(first, second));
    const end = Math.max(first, second);
    return { text: value, range: { start, end: splitsPair(value, end) ? end + 1 : end } };
  })
  .filter(({ text: value, range }) => rangeProblem(value, range.start, range.end) === null);

function occurrences(value: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = value.indexOf(needle); at !== -1; at = value.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function expectClaimable(value: string, range: TextRange): void {
  expect(rangeProblem(value, range.start, range.end)).toBeNull();
}

describe('anchorClaim properties', () => {
  it('the generator gives varied texts: some with surrogate pairs, some with combining marks', () => {
    // A fixed seed: this checks the generator's spread, not the code under test.
    const samples = fc.sample(textWithRange, { numRuns: 300, seed: 1 });
    expect(samples.some(({ text: value }) => /[\uD800-\uDBFF]/.test(value))).toBe(true);
    expect(samples.some(({ text: value }) => /\p{M}/u.test(value))).toBe(true);
    expect(samples.some(({ text: value }) => /[\u0590-\u06FF]/.test(value))).toBe(true);
  });

  it('position → selectors → position: an unchanged text gives the same range back', () => {
    fc.assert(
      fc.property(textWithRange, ({ text: value, range }) => {
        const selectors = describeRange(value, range);
        expect(selectors.quote.exact).toBe(value.slice(range.start, range.end));
        expect(anchorClaim(value, selectors)).toEqual({ kind: 'position', start: range.start, end: range.end });
      }),
      runs(RUNS, [
        // The whole text, and a claim that is one emoji (a surrogate pair) at the very end.
        [{ text: 'Council votes', range: { start: 0, end: 13 } }],
        [{ text: 'vote 👍', range: { start: 5, end: 7 } }],
        // A claim ending just before a combining mark.
        [{ text: 'cafe\u0301 owner', range: { start: 0, end: 4 } }],
      ]),
    );
  });

  it('text inserted before the claim: the exact quote is found, at the shifted offset when it is the only one', () => {
    fc.assert(
      fc.property(textWithRange, fc.nat(), fc.oneof(piece, fc.array(piece).map((p) => p.join(''))), ({ text: value, range }, at, inserted) => {
        const selectors = describeRange(value, range);
        const point = onCharacterBoundary(value, at % (range.start + 1));
        const edited = value.slice(0, point) + inserted + value.slice(point);
        const result = anchorClaim(edited, selectors);

        if (result.kind !== 'position' && result.kind !== 'quote') throw new Error(`got ${result.kind} for an exact quote`);
        expectClaimable(edited, result);
        expect(edited.slice(result.start, result.end)).toBe(selectors.quote.exact);
        if (inserted.length === 0) expect(result).toEqual({ kind: 'position', ...range });
        if (occurrences(edited, selectors.quote.exact).length === 1) {
          expect(result).toMatchObject({ start: range.start + inserted.length, end: range.end + inserted.length });
        }
      }),
      runs(RUNS, [
        // An insertion that repeats the quote before it: two occurrences, the quote still found.
        [{ text: 'rose by 3 percent', range: { start: 0, end: 7 } }, 0, 'rose by '],
        // An emoji inserted at the very start moves an RTL claim by two code units.
        [{ text: 'הוא אמר שלום', range: { start: 4, end: 7 } }, 0, '😀'],
      ]),
    );
  });

  it('any edit anywhere: the result is a claimable range that holds what its kind says, or an honest orphan', () => {
    fc.assert(
      fc.property(textWithRange, fc.nat(), fc.nat(), piece, ({ text: value, range }, a, b, replacement) => {
        const selectors = describeRange(value, range);
        const cutStart = onCharacterBoundary(value, a % (value.length + 1));
        const cutEnd = Math.max(cutStart, onCharacterBoundary(value, b % (value.length + 1)));
        const edited = value.slice(0, cutStart) + replacement + value.slice(cutEnd);
        const result = anchorClaim(edited, selectors);
        const { exact } = selectors.quote;

        switch (result.kind) {
          case 'position':
            expect(result).toEqual({ kind: 'position', start: range.start, end: range.end });
            expect(edited.slice(result.start, result.end)).toBe(exact);
            break;
          case 'quote':
            expectClaimable(edited, result);
            expect(edited.slice(result.start, result.end)).toBe(exact);
            break;
          case 'fuzzy':
            expectClaimable(edited, result);
            expect(edited.includes(exact)).toBe(false);
            expect(result.score).toBeGreaterThanOrEqual(MIN_FUZZY_SCORE);
            expect(result.score).toBeLessThan(1);
            break;
          case 'orphan':
            expect(occurrences(edited, exact).filter((at) => rangeProblem(edited, at, at + exact.length) === null)).toEqual([]);
            if (result.candidate !== null) {
              expectClaimable(edited, result.candidate);
              expect(result.candidate.exact).toBe(edited.slice(result.candidate.start, result.candidate.end));
              expect(result.candidate.score).toBeGreaterThanOrEqual(0);
              expect(result.candidate.score).toBeLessThan(MIN_FUZZY_SCORE);
            }
            break;
        }
      }),
      runs(RUNS, [
        // The claim cut out entirely, and the whole text replaced by one emoji.
        [{ text: 'The mayor said unemployment fell.', range: { start: 4, end: 9 } }, 4, 9, ''],
        [{ text: 'ab 中文 cd', range: { start: 3, end: 5 } }, 0, 8, '😀'],
      ]),
    );
  });
});

/** Levenshtein distance in UTF-16 code units, the plain quadratic way, as a reference. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitute, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

describe('the edit distances anchoring scores with', () => {
  // Short strings over a small alphabet, so that the two are often close and the band matters.
  const close = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '😀', 'ש'), maxLength: 14 });

  it('boundedEditDistance is the Levenshtein distance when within the limit, limit + 1 otherwise', () => {
    fc.assert(
      fc.property(close, close, fc.nat({ max: 16 }), (a, b, limit) => {
        const distance = editDistance(a, b);
        expect(boundedEditDistance(a, b, limit)).toBe(distance <= limit ? distance : limit + 1);
      }),
      runs(500, [
        // Limit 0, and a difference of exactly the limit across surrogate pairs.
        ['abc', 'abd', 0],
        ['😀a😀', 'a', 4],
      ]),
    );
  });

  it('contextErrors is at most the distance to the whole text, and 0 exactly when the context is there', () => {
    fc.assert(
      fc.property(close, close, (actual, expected) => {
        const errors = contextErrors(actual, expected);
        expect(errors).toBeLessThanOrEqual(Math.min(expected.length, editDistance(actual, expected)));
        expect(errors === 0).toBe(actual.includes(expected));
      }),
      runs(RUNS, [
        ['', ''],
        ['abcab', 'cab'],
      ]),
    );
  });
});
