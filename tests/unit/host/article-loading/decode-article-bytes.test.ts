import { describe, expect, it } from 'vitest';
import { ARTICLE_MAX_BYTES, decodeArticleBytes } from '../../../../host/article-loading/decode-article-bytes';
import { apiErrorOf } from './api-error-of';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** `count` lone continuation bytes (never valid UTF-8) spread through `text`. */
function withStrayBytes(text: string, count: number): Uint8Array {
  const bytes = [...encode(text)];
  for (let index = 1; index <= count; index += 1) bytes.splice(Math.floor((bytes.length * index) / (count + 1)), 0, 0x80);
  return new Uint8Array(bytes);
}


// 1,000 words of plain ASCII: 0.1% of it is about 9 bytes.
const LONG_TEXT = 'The council met on Tuesday. '.repeat(330);

describe('decodeArticleBytes', () => {
  it.each([
    { name: 'plain UTF-8', bytes: encode('Café 東京 🌸'), text: 'Café 東京 🌸' },
    { name: 'a byte order mark, dropped', bytes: encode('\uFEFFTitle\n\nBody'), text: 'Title\n\nBody' },
    { name: 'U+FFFD written in the file itself', bytes: encode('a \uFFFD b'.repeat(20)), text: 'a \uFFFD b'.repeat(20) },
  ])('decodes $name', ({ bytes, text }) => {
    expect(decodeArticleBytes('a.txt', bytes)).toBe(text);
  });

  it.each([
    { name: 'one stray byte in a long text', strays: 1 },
    { name: 'eight stray bytes in a long text (0.09% of it)', strays: 8 },
  ])('opens $name, each shown as U+FFFD', ({ strays }) => {
    const text = decodeArticleBytes('a.txt', withStrayBytes(LONG_TEXT, strays));
    expect(text.split('\uFFFD').length - 1).toBe(strays);
    expect(text.replaceAll('\uFFFD', '')).toBe(LONG_TEXT);
  });

  it.each([
    { name: 'an empty file', bytes: new Uint8Array(0), message: 'a.txt is empty.' },
    { name: 'a NUL byte', bytes: new Uint8Array([0x41, 0x00, 0x42]), message: 'a.txt is not a text file (it holds binary data).' },
    {
      name: 'UTF-16 text',
      bytes: new Uint8Array(Buffer.from('\uFEFFTitle', 'utf16le')),
      message: 'a.txt is not a text file (it holds binary data).',
    },
    { name: 'nine stray bytes, over the 8 allowed', bytes: withStrayBytes(LONG_TEXT.repeat(10), 9), message: 'a.txt is not valid UTF-8 text.' },
    { name: 'two stray bytes in 1,000 (over 0.1%)', bytes: withStrayBytes(LONG_TEXT.slice(0, 1000), 2), message: 'a.txt is not valid UTF-8 text.' },
    {
      name: 'Latin-1 text',
      bytes: new Uint8Array(Buffer.from('Caf\xe9 talks: the caf\xe9 was full.', 'latin1')),
      message: 'a.txt is not valid UTF-8 text.',
    },
  ])('refuses $name', ({ bytes, message }) => {
    const error = apiErrorOf(() => decodeArticleBytes('a.txt', bytes));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(message);
  });

  it('refuses a file one byte over 20 MB and accepts one of exactly 20 MB', () => {
    expect(ARTICLE_MAX_BYTES).toBe(20 * 1024 * 1024);
    const limit = new Uint8Array(ARTICLE_MAX_BYTES).fill(0x61);
    expect(decodeArticleBytes('big.txt', limit)).toHaveLength(ARTICLE_MAX_BYTES);
    const error = apiErrorOf(() => decodeArticleBytes('big.txt', new Uint8Array(ARTICLE_MAX_BYTES + 1).fill(0x61)));
    expect(error.message).toBe('big.txt is 20.1 MB; ClaimMark opens articles up to 20 MB.');
  });
});
