import { describe, expect, it } from 'vitest';
import { extendByWord, nextSentence, sentenceAt, trimByWord } from '../../../../renderer/src/article/sentence-range';

const TEXT = 'Prices rose 3.5% in May. “We expected it,” the minister said! Was it planned?\nA new paragraph starts here';
const slice = (span: { start: number; end: number } | null) => (span === null ? null : TEXT.slice(span.start, span.end));

describe('sentenceAt', () => {
  it.each([
    { name: 'the first word', at: 0, sentence: 'Prices rose 3.5% in May.' },
    { name: 'inside a number with a decimal point', at: 13, sentence: 'Prices rose 3.5% in May.' },
    { name: 'the full stop', at: 23, sentence: 'Prices rose 3.5% in May.' },
    { name: 'the space after it: the next sentence', at: 24, sentence: '“We expected it,” the minister said!' },
    { name: 'inside a quotation', at: 28, sentence: '“We expected it,” the minister said!' },
    { name: 'a question before a line break', at: 70, sentence: 'Was it planned?' },
    { name: 'the last line, with no full stop', at: 90, sentence: 'A new paragraph starts here' },
  ])('$name', ({ at, sentence }) => {
    expect(slice(sentenceAt(TEXT, at))).toBe(sentence);
  });

  it('finds nothing in empty or blank text', () => {
    expect(sentenceAt('', 0)).toBeNull();
    expect(sentenceAt('   ', 1)).toBeNull();
  });

  it('stops a sentence with no full stop at 2000 characters', () => {
    const endless = 'word '.repeat(1000);
    expect(sentenceAt(endless, 0)).toEqual({ start: 0, end: 1999 });
  });
});

describe('nextSentence', () => {
  it('goes from sentence to sentence, across a line break, and ends at the end', () => {
    const first = sentenceAt(TEXT, 0);
    if (first === null) throw new Error('no first sentence');
    const second = nextSentence(TEXT, first);
    expect(slice(second)).toBe('“We expected it,” the minister said!');
    const third = second === null ? null : nextSentence(TEXT, second);
    expect(slice(third)).toBe('Was it planned?');
    const fourth = third === null ? null : nextSentence(TEXT, third);
    expect(slice(fourth)).toBe('A new paragraph starts here');
    expect(fourth === null ? 'none' : nextSentence(TEXT, fourth)).toBeNull();
  });
});

describe('a word more or less', () => {
  it('extends the end by the next word, with the space before it', () => {
    expect(slice(extendByWord(TEXT, { start: 0, end: 6 }))).toBe('Prices rose');
    expect(slice(extendByWord(TEXT, { start: 0, end: 11 }))).toBe('Prices rose 3.5%');
  });

  it('stays at the end of the text', () => {
    expect(extendByWord(TEXT, { start: 95, end: TEXT.length })).toEqual({ start: 95, end: TEXT.length });
  });

  it('takes the last word off, and keeps a single word', () => {
    expect(slice(trimByWord(TEXT, { start: 0, end: 24 }))).toBe('Prices rose 3.5% in');
    expect(slice(trimByWord(TEXT, { start: 0, end: 11 }))).toBe('Prices');
    expect(slice(trimByWord(TEXT, { start: 0, end: 6 }))).toBe('Prices');
  });
});
