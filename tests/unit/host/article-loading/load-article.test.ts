import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_MAX_BYTES, contentHash, loadArticle, loadedContent } from '../../../../host/article-loading/load-article';
import { parseScrapedText } from '../../../../host/article-loading/parse-scraped-text';
import { type Article, articleSchema } from '../../../../shared/model';
import { apiErrorOf } from './api-error-of';

const SAMPLE_BYTES = readFileSync(new URL('../../../../data/putin-open-to-negotiations-with-ukraine.txt', import.meta.url));
const fixtureBytes = (name: string): Uint8Array => readFileSync(new URL(`../../../fixtures/articles/${name}`, import.meta.url));
const ID = '00000000-0000-4000-8000-000000000001';
const ADDED = '2025-06-01T08:00:00.000Z';

const SMALL = 'Three held after raid\n\nPolice arrested three men on Tuesday, officials said. The men were released on bail.\n';
const SMALL_MD = '# Three held after raid\n\nPolice arrested three men on *Tuesday*, officials said. The men were released on bail.\n';
const SMALL_HTML =
  '<!DOCTYPE html><html><head><title>Three held after raid</title></head><body><article>' +
  '<p>Police arrested three men on Tuesday, officials said. The men were released on bail after questioning.</p>' +
  '<p>A court date has been set for next month, according to the police, and the investigation continues.</p>' +
  '</article></body></html>';

const SUPPORTED = '.txt, .md, .markdown, .html, .htm';

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

const load = (fileName: string, data: Uint8Array): Article => loadArticle({ fileName, bytes: data }, ID, ADDED);

/** The canonical text is the blocks' text joined by blank lines, and every link lies in one block. */
function expectCanonical(article: Article): void {
  expect(articleSchema.safeParse(article).success).toBe(true);
  const slices = article.blocks.map((block) => article.text.slice(block.start, block.end));
  expect(article.blocks[0]?.kind).toBe('title');
  expect(slices[0]).toBe(article.title);
  expect(slices.join('\n\n')).toBe(article.text);
  for (const slice of slices) {
    expect(slice.length).toBeGreaterThan(0);
    expect(slice.trim()).toBe(slice);
  }
  for (const link of article.links) {
    expect(link.href).toMatch(/^https?:\/\//);
    expect(link.end).toBeGreaterThan(link.start);
    expect(article.blocks.some((block) => block.start <= link.start && link.end <= block.end)).toBe(true);
  }
  for (const mark of article.marks) expect(article.blocks.some((block) => block.start <= mark.start && mark.end <= block.end)).toBe(true);
}

describe('loadArticle: the bundled .txt sample', () => {
  const article = load('putin-open-to-negotiations-with-ukraine.txt', SAMPLE_BYTES);

  it('loads unchanged: title, caption and eight paragraphs joined by blank lines', () => {
    const parsed = parseScrapedText(new TextDecoder().decode(SAMPLE_BYTES));
    expect(article).toMatchObject({
      id: ID,
      added: ADDED,
      updated: null,
      fileName: 'putin-open-to-negotiations-with-ukraine.txt',
      format: 'txt',
      title: 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea',
      source: 'www.theguardian.com',
      byline: null,
      siteName: null,
      publishedTime: null,
      dir: null,
      links: [],
    });
    expect(article.blocks.map((block) => block.kind)).toEqual(['title', 'caption', ...Array<string>(8).fill('paragraph')]);
    expect(article.text).toBe([parsed.title, parsed.caption, ...parsed.paragraphs].join('\n\n'));
    expect(article.text.slice(article.blocks[1]?.start, article.blocks[1]?.end)).toMatch(/^A military landscape depicting tanks/);
    expect(article.text).not.toContain('Leave a Reply');
    // The hash the sample had before other formats could be opened: its text is unchanged.
    expect(article.contentHash).toBe('sha256:79da7724e4bb3650291734f4751ec655a79809d8eee1186f5d7fcfe3061d1ab1');
    expectCanonical(article);
  });
});

describe('loadArticle: formats', () => {
  it.each([
    { fileName: 'article.txt', data: SMALL, format: 'txt' },
    { fileName: 'ARTICLE.TXT', data: SMALL, format: 'txt' },
    { fileName: 'Café talks (copy).txt', data: SMALL, format: 'txt' },
    { fileName: 'article.md', data: SMALL_MD, format: 'md' },
    { fileName: 'article.markdown', data: SMALL_MD, format: 'md' },
    { fileName: 'Article.MD', data: SMALL_MD, format: 'md' },
    { fileName: 'article.html', data: SMALL_HTML, format: 'html' },
    { fileName: 'article.htm', data: SMALL_HTML, format: 'html' },
    { fileName: 'saved page.HTML', data: SMALL_HTML, format: 'html' },
  ])('opens $fileName as $format', ({ fileName, data, format }) => {
    const article = load(fileName, bytes(data));
    expect(article).toMatchObject({ format, fileName, title: 'Three held after raid' });
    expect(article.text).toMatch(/^Three held after raid\n\nPolice arrested three men on Tuesday, officials said\./);
    expectCanonical(article);
  });

  it.each([
    { fixture: 'markdown-article.md', format: 'md', title: 'Harbour wall plan splits the council', dir: null },
    { fixture: 'saved-news-page.html', format: 'html', title: 'Bridge closure extended after inspection', dir: null },
    { fixture: 'rtl-article.html', format: 'html', title: 'افتتاح مكتبة جديدة في وسط المدينة', dir: 'rtl' },
    { fixture: 'cjk-emoji-marks.html', format: 'html', title: '東京で桜が満開に 🌸', dir: null },
  ])('builds a canonical text from $fixture whose blocks and links all slice back', ({ fixture, format, title, dir }) => {
    const article = load(fixture, fixtureBytes(fixture));
    expect(article).toMatchObject({ format, title, dir });
    expectCanonical(article);
  });

  it('places links on their words in the canonical text', () => {
    const article = load('saved-news-page.html', fixtureBytes('saved-news-page.html'));
    expect(article.links.map((link) => [article.text.slice(link.start, link.end), link.href])).toEqual([
      ['first survey', 'https://valley-courier.example/news/2025/01/first-survey'],
      ['inspection report', 'https://county.example.gov/reports/mill-street-bridge.pdf'],
    ]);
  });

  it('keeps no script, handler, javascript: link or frame from a saved page, and its image as a caption', () => {
    const article = load('saved-news-page.html', fixtureBytes('saved-news-page.html'));
    const json = JSON.stringify(article);
    for (const trace of ['<script', 'alert', 'onerror', 'javascript:', 'iframe', 'HIJACKED', 'tracker.example']) expect(json).not.toContain(trace);
    const captions = article.blocks.filter((block) => block.kind === 'caption').map((block) => article.text.slice(block.start, block.end));
    expect(captions).toContain('Protesters in the square');
  });

  it('shows the raw HTML of a Markdown file as its text, with no link from it, and its image as a caption', () => {
    const article = load('markdown-article.md', fixtureBytes('markdown-article.md'));
    const blockTexts = article.blocks.map((block) => [block.kind, article.text.slice(block.start, block.end)]);
    expect(blockTexts).toContainEqual(['preformatted', '<script>alert(1)</script>']);
    expect(blockTexts).toContainEqual(['caption', 'Waves breaking over the old harbour wall']);
    expect(JSON.stringify(article.links)).not.toContain('javascript:');
  });

  it('keeps bold, italic and code as marks over the canonical text, the title before them', () => {
    const article = load('marks.html', bytes(SMALL_HTML.replace('<p>', '<p>The <b>vote</b> was <i>close</i>, <code>7-2</code>. ')));
    expect(article.marks.map((mark) => [mark.kind, article.text.slice(mark.start, mark.end)])).toEqual([
      ['strong', 'vote'],
      ['emphasis', 'close'],
      ['code', '7-2'],
    ]);
  });

  it.each([
    { name: 'a UTF-8 byte order mark', fileName: 'a.txt', plain: SMALL, variant: `\uFEFF${SMALL}` },
    { name: 'CRLF line endings', fileName: 'a.txt', plain: SMALL, variant: SMALL.replace(/\n/g, '\r\n') },
    { name: 'a byte order mark in Markdown', fileName: 'a.md', plain: SMALL_MD, variant: `\uFEFF${SMALL_MD}` },
    { name: 'CRLF line endings in Markdown', fileName: 'a.md', plain: SMALL_MD, variant: SMALL_MD.replace(/\n/g, '\r\n') },
    { name: 'a byte order mark in HTML', fileName: 'a.html', plain: SMALL_HTML, variant: `\uFEFF${SMALL_HTML}` },
  ])('gives the same text and hash for a file with $name', ({ fileName, plain, variant }) => {
    const original = load(fileName, bytes(plain));
    const changed = load(fileName, bytes(variant));
    expect(changed.text).toBe(original.text);
    expect(changed.contentHash).toBe(original.contentHash);
  });

  it('opens a long text with one stray invalid byte, showing U+FFFD there', () => {
    const body = 'Police arrested three men on Tuesday, officials said. '.repeat(40);
    const data = new Uint8Array([...bytes(`Three held after raid\n\n${body}`), 0xff, ...bytes(' The men were released.\n')]);
    const article = load('stray.txt', data);
    expect(article.text).toContain('\uFFFD The men were released.');
  });
});

describe('loadArticle: files that cannot be articles', () => {
  it.each([
    { name: 'an empty file', fileName: 'empty.txt', data: new Uint8Array(0), message: 'empty.txt is empty.' },
    { name: 'an empty Markdown file', fileName: 'empty.md', data: new Uint8Array(0), message: 'empty.md is empty.' },
    {
      name: 'a file holding NUL bytes',
      fileName: 'binary.txt',
      data: new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x00, 0x0a, 0x0a, 0x42, 0x6f, 0x64, 0x79]),
      message: 'binary.txt is not a text file (it holds binary data).',
    },
    {
      name: 'a UTF-16 file (NUL bytes between ASCII letters)',
      fileName: 'utf16.html',
      data: new Uint8Array(Buffer.from(`\uFEFF${SMALL_HTML}`, 'utf16le')),
      message: 'utf16.html is not a text file (it holds binary data).',
    },
    {
      name: 'invalid UTF-8 (a Latin-1 "é")',
      fileName: 'latin1.txt',
      data: new Uint8Array(Buffer.from('Caf\xe9 talks\n\nThe caf\xe9 was full. Nobody left.', 'latin1')),
      message: 'latin1.txt is not valid UTF-8 text.',
    },
    {
      name: 'a truncated UTF-8 sequence',
      fileName: 'cut.md',
      data: new Uint8Array([...bytes('# Title\n\nBody text here. '), 0xe2, 0x80]),
      message: 'cut.md is not valid UTF-8 text.',
    },
    {
      name: 'a .pdf file',
      fileName: 'article.pdf',
      data: bytes(SMALL),
      message: `article.pdf: only ${SUPPORTED} articles can be opened (this is a ".pdf" file).`,
    },
    {
      name: 'a file without extension',
      fileName: 'article',
      data: bytes(SMALL),
      message: `article: only ${SUPPORTED} articles can be opened (this is a file without an extension).`,
    },
    {
      name: 'a .txt.exe file',
      fileName: 'article.txt.exe',
      data: bytes(SMALL),
      message: `article.txt.exe: only ${SUPPORTED} articles can be opened (this is a ".exe" file).`,
    },
    {
      name: 'a name that is an Object property',
      fileName: 'article.constructor',
      data: bytes(SMALL),
      message: `article.constructor: only ${SUPPORTED} articles can be opened (this is a ".constructor" file).`,
    },
    {
      name: 'a title with no article text',
      fileName: 'title-only.txt',
      data: bytes('Just a headline\n'),
      message: 'title-only.txt: The file has a title but no article text.',
    },
    { name: 'a file of only blank lines', fileName: 'blank.txt', data: bytes('\n\n   \n\t\n'), message: 'blank.txt: The file is empty.' },
    { name: 'a Markdown heading alone', fileName: 'heading.md', data: bytes('# Just a title\n'), message: 'heading.md: The file has no article text.' },
    {
      // 17 KB that once took over a minute in Readability.
      name: 'a page of <div> nested 1,500 deep',
      fileName: 'nest.html',
      data: bytes(`<html><body>${'<div>'.repeat(1500)}<p>Deep.</p>${'</div>'.repeat(1500)}</body></html>`),
      message: 'nest.html: this page is nested 1,500 levels deep; ClaimMark opens articles nested up to 200 levels.',
    },
    {
      // Once 31 s, then "Maximum call stack size exceeded".
      name: 'a page of <b> nested 100,000 deep',
      fileName: 'bold.html',
      data: bytes(`<p>${'<b>'.repeat(100_000)}Loud.${'</b>'.repeat(100_000)}</p>`),
      message: 'bold.html: this page is nested 100,000 levels deep; ClaimMark opens articles nested up to 200 levels.',
    },
    {
      name: 'Markdown quotes nested 3,000 deep',
      fileName: 'quotes.md',
      data: bytes(`# Title\n\n${'>'.repeat(3000)} Deep.\n`),
      message: 'quotes.md: this article is nested 3,000 levels deep; ClaimMark opens articles nested up to 200 levels.',
    },
    {
      // marked recursed once per marker (out of call stack), and its work grew with the square of the run.
      name: 'Markdown emphasis 3,000 markers deep',
      fileName: 'stars.md',
      data: bytes(`# Title\n\n${'*'.repeat(3000)}Loud${'*'.repeat(3000)}\n`),
      message: 'stars.md: this article is nested 3,000 levels deep; ClaimMark opens articles nested up to 200 levels.',
    },
    {
      name: 'a Markdown list nested 300 deep',
      fileName: 'list.md',
      data: bytes(`# Title\n\n${Array.from({ length: 300 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n')}\n`),
      message: 'list.md: this article is nested 300 levels deep; ClaimMark opens articles nested up to 200 levels.',
    },
    {
      name: 'a page with no article',
      fileName: 'login.html',
      data: fixtureBytes('no-article.html'),
      message: 'login.html: no article text could be found in this page.',
    },
  ])('refuses $name as invalid input', ({ fileName, data, message }) => {
    const error = apiErrorOf(() => load(fileName, data));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(message);
  });

  it.each(['huge.txt', 'huge.html'])('refuses %s over 20 MB', (fileName) => {
    const error = apiErrorOf(() => load(fileName, new Uint8Array(ARTICLE_MAX_BYTES + 1).fill(0x61)));
    expect(ARTICLE_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(`${fileName} is 20.1 MB; ClaimMark opens articles up to 20 MB.`);
  });
});

describe('loadedContent', () => {
  /** Recurses until the thread's call stack runs out, as a parser does on nesting it cannot see. */
  const descend = (level: number): number => descend(level + 1) + 1;

  it('reports a loader that runs out of call stack as an article nested too deeply', () => {
    const error = apiErrorOf(() => loadedContent(() => ({ title: String(descend(0)), byline: null, siteName: null, publishedTime: null, source: null, dir: null, blocks: [] }), { fileName: 'odd.md', text: 'x' }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('odd.md: this article is nested too deeply to open; ClaimMark opens articles nested up to 200 levels.');
  });

  it('passes any other error on as it was thrown', () => {
    const thrown = new RangeError('Invalid array length');
    expect(() => loadedContent(() => {
      throw thrown;
    }, { fileName: 'odd.md', text: 'x' })).toThrow(thrown);
  });
});

describe('contentHash', () => {
  it('is "sha256:" and 64 lower-case hex digits of the text', () => {
    // The published SHA-256 test vector for "abc".
    expect(contentHash('abc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const article = load('sample.txt', SAMPLE_BYTES);
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
