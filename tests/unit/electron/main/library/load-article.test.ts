import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_MAX_BYTES, contentHash, loadArticle } from '../../../../../electron/main/library/load-article';
import { ApiError } from '../../../../../shared/api';
import { articleSchema } from '../../../../../shared/model';

const SAMPLE_BYTES = readFileSync(new URL('../../../../../data/putin-open-to-negotiations-with-ukraine.txt', import.meta.url));
const ID = '00000000-0000-4000-8000-000000000001';
const ADDED = '2025-06-01T08:00:00.000Z';

const SMALL = 'Three held after raid\n\nPolice arrested three men on Tuesday, officials said. The men were released on bail.\n';

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The ApiError `run` throws; fails the test if it throws something else or nothing. */
function apiErrorOf(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError, but nothing was thrown');
}

describe('loadArticle', () => {
  it('loads the bundled sample into a valid article whose blocks slice its text', () => {
    const article = loadArticle({ fileName: 'putin-open-to-negotiations-with-ukraine.txt', bytes: SAMPLE_BYTES }, ID, ADDED);
    expect(articleSchema.safeParse(article).success).toBe(true);
    expect(article).toMatchObject({
      id: ID,
      added: ADDED,
      fileName: 'putin-open-to-negotiations-with-ukraine.txt',
      title: 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea',
      source: 'www.theguardian.com',
    });
    const caption = article.blocks.find((block) => block.kind === 'caption');
    expect(article.text.slice(caption?.start, caption?.end)).toMatch(/^A military landscape depicting tanks/);
    expect(article.blocks[0]).toEqual({ kind: 'title', start: 0, end: article.title.length });
    expect(article.blocks.filter((block) => block.kind === 'paragraph').length).toBeGreaterThan(3);
    for (const block of article.blocks) {
      const slice = article.text.slice(block.start, block.end);
      expect(slice.trim()).toBe(slice);
      expect(slice.length).toBeGreaterThan(0);
    }
    // The comment form at the bottom of the page is not part of the article.
    expect(article.text).not.toContain('Leave a Reply');
  });

  it.each([
    { name: 'a lower-case .txt file', fileName: 'article.txt' },
    { name: 'an upper-case .TXT file', fileName: 'ARTICLE.TXT' },
    { name: 'a name with spaces and accents', fileName: 'Café talks (copy).txt' },
  ])('accepts $name', ({ fileName }) => {
    expect(loadArticle({ fileName, bytes: bytes(SMALL) }, ID, ADDED).title).toBe('Three held after raid');
  });

  it.each([
    { name: 'a UTF-8 byte order mark', raw: `\uFEFF${SMALL}` },
    { name: 'CRLF line endings', raw: SMALL.replace(/\n/g, '\r\n') },
  ])('gives the same text and hash for a file with $name', ({ raw }) => {
    const plain = loadArticle({ fileName: 'a.txt', bytes: bytes(SMALL) }, ID, ADDED);
    const variant = loadArticle({ fileName: 'a.txt', bytes: bytes(raw) }, ID, ADDED);
    expect(variant.text).toBe(plain.text);
    expect(variant.contentHash).toBe(plain.contentHash);
  });

  it.each([
    { name: 'an empty file', fileName: 'empty.txt', data: new Uint8Array(0), message: 'empty.txt is empty.' },
    {
      name: 'a file holding NUL bytes',
      fileName: 'binary.txt',
      data: new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x00, 0x0a, 0x0a, 0x42, 0x6f, 0x64, 0x79]),
      message: 'binary.txt is not a text file (it holds binary data).',
    },
    {
      name: 'a UTF-16 file (NUL bytes between ASCII letters)',
      fileName: 'utf16.txt',
      data: new Uint8Array(Buffer.from(`\uFEFF${SMALL}`, 'utf16le')),
      message: 'utf16.txt is not a text file (it holds binary data).',
    },
    {
      name: 'invalid UTF-8 (a Latin-1 "é")',
      fileName: 'latin1.txt',
      data: new Uint8Array(Buffer.from('Caf\xe9 talks\n\nThe caf\xe9 was full. Nobody left.', 'latin1')),
      message: 'latin1.txt is not valid UTF-8 text.',
    },
    {
      name: 'a truncated UTF-8 sequence',
      fileName: 'cut.txt',
      data: new Uint8Array([...bytes('Title\n\nBody text here. '), 0xe2, 0x80]),
      message: 'cut.txt is not valid UTF-8 text.',
    },
    {
      name: 'a .md file',
      fileName: 'article.md',
      data: bytes(SMALL),
      message: 'article.md: only .txt articles can be opened (got ".md").',
    },
    {
      name: 'a file without extension',
      fileName: 'article',
      data: bytes(SMALL),
      message: 'article: only .txt articles can be opened (got "no extension").',
    },
    {
      name: 'a .txt.exe file',
      fileName: 'article.txt.exe',
      data: bytes(SMALL),
      message: 'article.txt.exe: only .txt articles can be opened (got ".exe").',
    },
    {
      name: 'a title with no article text',
      fileName: 'title-only.txt',
      data: bytes('Just a headline\n'),
      message: 'title-only.txt: The file has a title but no article text.',
    },
    {
      name: 'a file of only blank lines',
      fileName: 'blank.txt',
      data: bytes('\n\n   \n\t\n'),
      message: 'blank.txt: The file is empty.',
    },
  ])('refuses $name as invalid input', ({ fileName, data, message }) => {
    const error = apiErrorOf(() => loadArticle({ fileName, bytes: data }, ID, ADDED));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(message);
  });

  it('refuses a file over 20 MB', () => {
    const data = new Uint8Array(ARTICLE_MAX_BYTES + 1).fill(0x61);
    const error = apiErrorOf(() => loadArticle({ fileName: 'huge.txt', bytes: data }, ID, ADDED));
    expect(ARTICLE_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('huge.txt is larger than the 20 MB an article may be.');
  });
});

describe('contentHash', () => {
  it('is "sha256:" and 64 lower-case hex digits of the text', () => {
    // The published SHA-256 test vector for "abc".
    expect(contentHash('abc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const article = loadArticle({ fileName: 'sample.txt', bytes: SAMPLE_BYTES }, ID, ADDED);
    expect(article.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(article.contentHash).toBe(contentHash(article.text));
  });

  it('hashes the text as UTF-8', () => {
    const utf8 = createHash('sha256').update(Buffer.from([0x43, 0x61, 0x66, 0xc3, 0xa9])).digest('hex');
    expect(contentHash('Café')).toBe(`sha256:${utf8}`);
  });

  it('is equal for equal text and differs when one character differs', () => {
    const again = String.fromCharCode(...Array.from('Putin', (c) => c.charCodeAt(0)));
    expect(contentHash(again)).toBe(contentHash('Putin'));
    expect(contentHash('Putin.')).not.toBe(contentHash('Putin'));
    expect(contentHash('بوتين')).not.toBe(contentHash('بوتبن'));
  });

  it('is the same for articles with the same text, whatever their id, name or time', () => {
    const first = loadArticle({ fileName: 'one.txt', bytes: bytes(SMALL) }, ID, ADDED);
    const second = loadArticle({ fileName: 'two.txt', bytes: bytes(SMALL) }, 'other-id', '2026-01-01T00:00:00.000Z');
    expect(second.contentHash).toBe(first.contentHash);
  });
});
