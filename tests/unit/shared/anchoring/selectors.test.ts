import { describe, expect, it } from 'vitest';
import {
  QUOTE_CONTEXT_LENGTH,
  anchorByPosition,
  describeRange,
  rangeProblem,
  type TextRange,
} from '../../../../shared/anchoring/selectors';

/** True when `text` holds half of a surrogate pair (unpaired), i.e. is not valid Unicode text. */
function hasLoneSurrogate(text: string): boolean {
  return /\p{Cs}/u.test(text);
}

const ENGLISH = 'Putin said he would meet Zelenskyy only in the final phase of talks.';
const ARABIC = 'قال بوتين إنه مستعد للقاء زيلينسكي في المرحلة النهائية من المفاوضات.';
const HEBREW = 'פוטין אמר שהוא מוכן להיפגש עם זלנסקי בשלב הסופי של המשא ומתן.';
const CHINESE = '普京表示，他只会在谈判的最后阶段与泽连斯基会面。';
// Decomposed marks the parser cannot compose: Hebrew niqqud and Devanagari vowel signs.
const COMBINING = 'שָׁלוֹם and हिन्दी समाचार and a\u0301\u0302 stacked';
const EMOJI = 'Fact check 😀 done 🇺🇦 flag 👩‍👩‍👧 family';

/** The offset of the first `needle` in `text`; fails the test if it is not there. */
function at(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in the test text`);
  return index;
}

/** The range of the first `needle` in `text`. */
function rangeOf(text: string, needle: string): TextRange {
  const start = at(text, needle);
  return { start, end: start + needle.length };
}

describe('rangeProblem', () => {
  const emojiStart = at(EMOJI, '😀');
  const invalid: { name: string; text: string; start: number; end: number; message: RegExp }[] = [
    { name: 'negative start', text: ENGLISH, start: -1, end: 5, message: /starts before the article \(offset -1\)/ },
    { name: 'reversed', text: ENGLISH, start: 10, end: 4, message: /reversed \(start 10 is after end 4\)/ },
    {
      name: 'past the end',
      text: ENGLISH,
      start: 0,
      end: ENGLISH.length + 1,
      message: new RegExp(`past the end of the article \\(offset ${ENGLISH.length + 1} of ${ENGLISH.length}\\)`),
    },
    { name: 'start past the end too', text: ENGLISH, start: 500, end: 600, message: /past the end/ },
    { name: 'empty', text: ENGLISH, start: 7, end: 7, message: /empty/ },
    { name: 'empty text', text: '', start: 0, end: 0, message: /empty/ },
    { name: 'whitespace only', text: 'one  \n\n  two', start: 3, end: 9, message: /only white space/ },
    { name: 'no-break and ideographic spaces only', text: `a\u00A0\u3000b`, start: 1, end: 3, message: /only white space/ },
    { name: 'non-integer start', text: ENGLISH, start: 1.5, end: 5, message: /whole numbers/ },
    { name: 'non-integer end', text: ENGLISH, start: 1, end: 4.25, message: /whole numbers/ },
    { name: 'NaN', text: ENGLISH, start: Number.NaN, end: 5, message: /whole numbers/ },
    { name: 'infinite end', text: ENGLISH, start: 0, end: Number.POSITIVE_INFINITY, message: /whole numbers/ },
    {
      name: 'starts between the halves of an emoji',
      text: EMOJI,
      start: emojiStart + 1,
      end: emojiStart + 7,
      message: /splits a character in two/,
    },
    {
      name: 'ends between the halves of an emoji',
      text: EMOJI,
      start: 0,
      end: emojiStart + 1,
      message: /splits a character in two/,
    },
    {
      name: 'ends between the halves of a CJK Extension B character',
      text: '吉野家と𠮷野家',
      start: 0,
      end: 5,
      message: /splits a character in two/,
    },
  ];

  it.each(invalid)('refuses $name', ({ text, start, end, message }) => {
    expect(rangeProblem(text, start, end)).toMatch(message);
  });

  const valid: { name: string; text: string; range: TextRange }[] = [
    { name: 'an English phrase', text: ENGLISH, range: rangeOf(ENGLISH, 'the final phase') },
    { name: 'the whole text', text: ENGLISH, range: { start: 0, end: ENGLISH.length } },
    { name: 'one character at the very end', text: ENGLISH, range: { start: ENGLISH.length - 1, end: ENGLISH.length } },
    { name: 'Arabic (RTL)', text: ARABIC, range: rangeOf(ARABIC, 'المرحلة النهائية') },
    { name: 'Hebrew (RTL)', text: HEBREW, range: rangeOf(HEBREW, 'בשלב הסופי') },
    { name: 'Chinese', text: CHINESE, range: rangeOf(CHINESE, '最后阶段') },
    { name: 'Hebrew with niqqud', text: COMBINING, range: rangeOf(COMBINING, 'שָׁלוֹם') },
    { name: 'Devanagari with vowel signs', text: COMBINING, range: rangeOf(COMBINING, 'हिन्दी') },
    { name: 'a whole emoji', text: EMOJI, range: rangeOf(EMOJI, '😀') },
    { name: 'a flag (two surrogate pairs)', text: EMOJI, range: rangeOf(EMOJI, '🇺🇦') },
    { name: 'a ZWJ family emoji', text: EMOJI, range: rangeOf(EMOJI, '👩‍👩‍👧') },
    { name: 'text with spaces around it', text: 'a  claim  b', range: { start: 1, end: 10 } },
  ];

  it.each(valid)('accepts $name', ({ text, range }) => {
    expect(rangeProblem(text, range.start, range.end)).toBeNull();
  });
});

describe('describeRange', () => {
  // A quote whose 32-unit context window starts and ends in the middle of an emoji.
  const EMOJI_WALL = `${'😀'.repeat(20)}a[the claim]b${'😀'.repeat(20)}`;
  const LONG = `${'x'.repeat(50)}<the quoted claim>${'y'.repeat(50)}`;

  const cases: { name: string; text: string; range: TextRange; prefix: string; suffix: string }[] = [
    {
      name: 'context of exactly 32 characters in a long text',
      text: LONG,
      range: rangeOf(LONG, '<the quoted claim>'),
      prefix: 'x'.repeat(32),
      suffix: 'y'.repeat(32),
    },
    {
      name: 'context clipped at the start of the text',
      text: ENGLISH,
      range: rangeOf(ENGLISH, 'Putin said'),
      prefix: '',
      suffix: ENGLISH.slice(10, 42),
    },
    {
      name: 'context clipped at the end of the text',
      text: ENGLISH,
      range: rangeOf(ENGLISH, 'of talks.'),
      prefix: ENGLISH.slice(ENGLISH.length - 9 - 32, ENGLISH.length - 9),
      suffix: '',
    },
    {
      name: 'a quote that is the whole text',
      text: 'Short.',
      range: { start: 0, end: 6 },
      prefix: '',
      suffix: '',
    },
    {
      name: 'context that would cut an emoji in half drops the half',
      text: EMOJI_WALL,
      range: rangeOf(EMOJI_WALL, '[the claim]'),
      prefix: `${'😀'.repeat(15)}a`,
      suffix: `b${'😀'.repeat(15)}`,
    },
    {
      name: 'Arabic (RTL) keeps logical order',
      text: ARABIC,
      range: rangeOf(ARABIC, 'زيلينسكي'),
      prefix: ARABIC.slice(0, at(ARABIC, 'زيلينسكي')).slice(-32),
      suffix: ARABIC.slice(at(ARABIC, 'زيلينسكي') + 'زيلينسكي'.length).slice(0, 32),
    },
    {
      name: 'Chinese',
      text: CHINESE,
      range: rangeOf(CHINESE, '泽连斯基'),
      prefix: '普京表示，他只会在谈判的最后阶段与',
      suffix: '会面。',
    },
  ];

  it.each(cases)('$name', ({ text, range, prefix, suffix }) => {
    expect(describeRange(text, range)).toEqual({
      position: { type: 'TextPositionSelector', start: range.start, end: range.end },
      quote: { type: 'TextQuoteSelector', exact: text.slice(range.start, range.end), prefix, suffix },
    });
  });

  const texts = [ENGLISH, ARABIC, HEBREW, CHINESE, COMBINING, EMOJI, EMOJI_WALL, LONG];

  it('gives context that sits right next to the quote, is at most 32 units long and is valid text, for every valid range', () => {
    let checked = 0;
    for (const text of texts) {
      for (let start = 0; start < text.length; start += 1) {
        for (let end = start + 1; end <= text.length; end += 3) {
          if (rangeProblem(text, start, end) !== null) continue;
          const { quote } = describeRange(text, { start, end });
          expect(quote.exact).toBe(text.slice(start, end));
          expect(text.slice(start - quote.prefix.length, start)).toBe(quote.prefix);
          expect(text.slice(end, end + quote.suffix.length)).toBe(quote.suffix);
          expect(quote.prefix.length).toBeLessThanOrEqual(QUOTE_CONTEXT_LENGTH);
          expect(quote.suffix.length).toBeLessThanOrEqual(QUOTE_CONTEXT_LENGTH);
          // At most one code unit is given up, and only to keep a pair whole.
          expect(quote.prefix.length).toBeGreaterThanOrEqual(Math.min(start, QUOTE_CONTEXT_LENGTH) - 1);
          expect(quote.suffix.length).toBeGreaterThanOrEqual(Math.min(text.length - end, QUOTE_CONTEXT_LENGTH) - 1);
          expect(hasLoneSurrogate(quote.prefix) || hasLoneSurrogate(quote.suffix) || hasLoneSurrogate(quote.exact)).toBe(
            false,
          );
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('anchorByPosition', () => {
  const cases: { name: string; text: string; needle: string }[] = [
    { name: 'English', text: ENGLISH, needle: 'final phase' },
    { name: 'Arabic', text: ARABIC, needle: 'المفاوضات' },
    { name: 'Hebrew', text: HEBREW, needle: 'זלנסקי' },
    { name: 'Chinese', text: CHINESE, needle: '泽连斯基' },
    { name: 'combining marks', text: COMBINING, needle: 'a\u0301\u0302' },
    { name: 'emoji', text: EMOJI, needle: '🇺🇦 flag' },
  ];

  it.each(cases)('finds the claim again in unchanged $name text', ({ text, needle }) => {
    const range = rangeOf(text, needle);
    expect(anchorByPosition(text, describeRange(text, range))).toEqual(range);
  });

  it.each(cases)('gives null when the $name text changed at the claim', ({ text, needle }) => {
    const range = rangeOf(text, needle);
    const selectors = describeRange(text, range);
    const edited = text.slice(0, range.start) + 'Z' + text.slice(range.start + 1);
    expect(anchorByPosition(edited, selectors)).toBeNull();
  });

  it.each(cases)('gives null when $name text was inserted before the claim', ({ text, needle }) => {
    const selectors = describeRange(text, rangeOf(text, needle));
    expect(anchorByPosition(`Update: ${text}`, selectors)).toBeNull();
  });

  const selectors = describeRange(ENGLISH, rangeOf(ENGLISH, 'of talks.'));
  const broken: { name: string; text: string; position: TextRange }[] = [
    { name: 'the text is now shorter than the claim', text: ENGLISH.slice(0, -3), position: selectors.position },
    { name: 'a negative start', text: ENGLISH, position: { start: -1, end: 5 } },
    { name: 'an end past the text', text: ENGLISH, position: { start: 0, end: ENGLISH.length + 1 } },
    { name: 'an empty range', text: ENGLISH, position: { start: 3, end: 3 } },
    { name: 'a reversed range', text: ENGLISH, position: { start: 9, end: 3 } },
  ];

  it.each(broken)('gives null for $name', ({ text, position }) => {
    const moved = { ...selectors, position: { type: 'TextPositionSelector' as const, ...position } };
    expect(anchorByPosition(text, moved)).toBeNull();
  });
});
