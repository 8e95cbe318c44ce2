import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ArticleContent, ContentBlock } from '../../../../shared/article/article-content';
import { loadHtmlArticle } from '../../../../host/article-loading/html-loader';
import { apiErrorOf } from './api-error-of';
import { paddedSavedPage } from './large-saved-page';
import { type RequestCounter, startRequestCounter } from './request-counter';

// What the loader hands jsdom, to count the parsing work it leaves to it.
const parsedByJsdom = vi.hoisted((): string[] => []);
vi.mock('../../../../host/article-loading/inert-page-dom', async (importOriginal) => {
  const { inertPageDom } = await importOriginal<typeof import('../../../../host/article-loading/inert-page-dom')>();
  return {
    inertPageDom: (html: string) => {
      parsedByJsdom.push(html);
      return inertPageDom(html);
    },
  };
});

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/articles/${name}`, import.meta.url), 'utf8');

const load = (text: string, fileName = 'page.html'): ArticleContent => loadHtmlArticle({ fileName, text });

const linksOf = (blocks: readonly ContentBlock[]): string[][] =>
  blocks.flatMap((block) => (block.links ?? []).map((link) => [block.text.slice(link.start, link.end), link.href]));

/** The first four words, enough to tell the blocks of a fixture apart. */
const firstWords = (text: string): string => text.split(' ').slice(0, 4).join(' ');

/** A page around an article of `paragraphs`, with `head` added to its <head>. */
function page(paragraphs: string[], head = '', title = 'Ferry timetable changes'): string {
  const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><title>${title}</title>${head}</head><body><article>${body}</article></body></html>`;
}

const PARAGRAPH =
  'The island ferry will leave the harbour every forty minutes instead of every half hour from Monday, the operator said, because one of its boats needs repairs.';

describe('loadHtmlArticle on a saved news page', () => {
  const article = load(fixture('saved-news-page.html'), 'saved-news-page.html');

  it('reads the title, byline, site, publication time and canonical address', () => {
    expect(article).toMatchObject({
      title: 'Bridge closure extended after inspection',
      byline: 'By Dana Whitfield',
      siteName: 'The Valley Courier',
      publishedTime: '2025-03-14T09:30:00Z',
      source: 'https://valley-courier.example/news/2025/03/bridge-closure',
      dir: null,
    });
  });

  it('keeps the article body in order, without the page furniture', () => {
    expect(article.blocks.map((block) => [block.kind, firstWords(block.text)])).toEqual([
      ['caption', 'Protesters in the square'],
      ['caption', 'Residents gathered on Saturday'],
      ['paragraph', 'The Mill Street bridge'],
      ['paragraph', 'County engineer Priya Natarajan'],
      ['paragraph', 'Local businesses say the'],
      ['heading', 'What happens next'],
      ['paragraph', 'The county will ask'],
      ['paragraph', 'Drivers are advised to'],
    ]);
  });

  it('keeps http(s) links, resolves relative ones against the canonical address, and drops javascript: links', () => {
    expect(linksOf(article.blocks)).toEqual([
      ['first survey', 'https://valley-courier.example/news/2025/01/first-survey'],
      ['inspection report', 'https://county.example.gov/reports/mill-street-bridge.pdf'],
    ]);
    expect(article.blocks.some((block) => block.text.includes('Sign the petition online'))).toBe(true);
  });

  it.each([
    'alert',
    'onerror',
    'javascript:',
    'iframe',
    'Iframe fallback',
    'video.example',
    '__courierTracker',
    'HIJACKED',
    'script ran',
    'tracker.example',
    'Subscribe to the newsletter',
    'Advertisement',
    'Most read',
    'All rights reserved',
  ])('leaves no trace of %j', (trace) => {
    expect(JSON.stringify(article)).not.toContain(trace);
  });
});

describe('loadHtmlArticle: metadata and text', () => {
  it('reads an Arabic page as right-to-left, without the heading that repeats its title', () => {
    const article = load(fixture('rtl-article.html'));
    expect(article).toMatchObject({ title: 'افتتاح مكتبة جديدة في وسط المدينة', dir: 'rtl', siteName: 'أخبار المدينة', source: 'أخبار المدينة' });
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(article.blocks[0]?.text).toMatch(/^افتتحت البلدية يوم الخميس/);
  });

  it('keeps CJK, emoji and combining marks, composed to NFC', () => {
    const article = load(fixture('cjk-emoji-marks.html'));
    expect(article.title).toBe('東京で桜が満開に 🌸');
    expect(article.blocks.map((block) => block.text)).toEqual([
      '気象庁は二十四日、東京都心で桜が満開になったと発表した。平年より三日早く、昨年より五日早い満開となった。上野公園には朝から多くの花見客が訪れ、🌸 満開の桜の下で写真を撮る人の姿が見られた。',
      '北京的游客也来到公园赏花。一位来自首尔的游客说：“벚꽃이 정말 아름다워요。”她表示明年还会再来 😊。',
      'Visitors from the Café Amélie group wrote in the guest book: «Peña says the blossoms are the best in years» — a line shared by 👩‍👩‍👧 families and 🇯🇵 flags.',
    ]);
    expect(JSON.stringify(article)).not.toMatch(/[\u0300-\u036f]/);
  });

  it.each([
    { name: 'the canonical link', head: '<link rel="canonical" href="https://c.example/a"><meta property="og:site_name" content="Courier">', source: 'https://c.example/a' },
    { name: 'og:url', head: '<meta property="og:url" content="https://og.example/b"><meta property="og:site_name" content="Courier">', source: 'https://og.example/b' },
    { name: 'the site name', head: '<meta property="og:site_name" content="Courier">', source: 'Courier' },
    { name: 'nothing', head: '', source: null },
  ])('takes the source from $name', ({ head, source }) => {
    expect(load(page([PARAGRAPH, PARAGRAPH], head)).source).toBe(source);
  });

  it.each([
    { name: 'on <body>', html: page([PARAGRAPH]).replace('<body>', '<body dir="rtl">'), dir: 'rtl' },
    { name: 'on <html>', html: page([PARAGRAPH]).replace('<html>', '<html dir="rtl">'), dir: 'rtl' },
    { name: 'on the article', html: page([PARAGRAPH]).replace('<article>', '<article dir="ltr">'), dir: 'ltr' },
    { name: 'nowhere', html: page([PARAGRAPH]), dir: null },
  ])('reads the text direction declared $name', ({ html, dir }) => {
    expect(load(html).dir).toBe(dir);
  });

  it('drops relative links when the page gives no address of its own', () => {
    const html = page([`${PARAGRAPH} See <a href="/timetable">the timetable</a> or <a href="https://ferry.example/t">the operator</a>.`]);
    expect(linksOf(load(html).blocks)).toEqual([['the operator', 'https://ferry.example/t']]);
  });

  it('falls back to the file name for a page without a title', () => {
    const html = `<!DOCTYPE html><html><head></head><body><article><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`;
    expect(load(html, 'ferry-news.htm').title).toBe('ferry-news');
  });

  it.each([
    { name: 'a login form', html: fixture('no-article.html') },
    { name: 'a few words', html: page(['Coming soon.']) },
    { name: 'an empty body', html: '<!DOCTYPE html><html><head><title>Empty</title></head><body></body></html>' },
    { name: 'only scripts', html: page([]).replace('<article>', `<article><script>document.write('${PARAGRAPH}')</script>`) },
    { name: 'not HTML at all', html: 'just a line of text' },
  ])('refuses $name: no article text', ({ html }) => {
    const error = apiErrorOf(() => load(html, 'login.html'));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('login.html: no article text could be found in this page.');
  });
});

describe('loadHtmlArticle never runs scripts or fetches anything', () => {
  let counter: RequestCounter;

  beforeAll(async () => {
    counter = await startRequestCounter();
  });

  afterAll(async () => {
    await counter.close();
  });

  it('would see the loads of a page that does fetch, once it has settled', async () => {
    // The same kind of page parsed with jsdom's resource loading on, left open as a page would be.
    const loading = new JSDOM(`<link rel="stylesheet" href="${counter.base}/style.css"><iframe src="${counter.base}/frame.html"></iframe>`, { resources: 'usable' });
    try {
      await counter.settle();
      expect(counter.requests).toEqual(['/style.css', '/frame.html']);
    } finally {
      loading.window.close();
      counter.requests.length = 0;
    }
  });

  it('gives the page as written, and the page requests nothing', async () => {
    // The server counts: a request it receives is seen.
    await fetch(`${counter.base}/probe`);
    expect(counter.requests).toEqual(['/probe']);

    const article = load(fixture('hostile-page.html').replaceAll('RESOURCE_BASE', counter.base));
    await counter.settle();
    expect(counter.requests).toEqual(['/probe']);

    expect(article.title).toBe('Ferry timetable changes from Monday');
    expect(article.blocks.map((block) => [block.kind, firstWords(block.text)])).toEqual([
      ['paragraph', 'The island ferry will'],
      ['caption', 'The ferry at the'],
      ['paragraph', 'Passengers with bookings on'],
      ['paragraph', 'The timetable is expected'],
    ]);
    expect(JSON.stringify(article)).not.toMatch(/SCRIPT|ONLOAD|IMAGE LOADED|FETCHED|127\.0\.0\.1/);
  });
});

describe('loadHtmlArticle on a 5 MB saved page', () => {
  // How fast it loads is measured by `npm run bench` (tests/bench/html-loader.bench.ts).
  it('finds the same article as in the page alone, and hands jsdom only a small part of the page', () => {
    const source = fixture('saved-news-page.html');
    const html = paddedSavedPage(source, 5 * 1024 * 1024);
    expect(html.length).toBeGreaterThan(5 * 1024 * 1024);
    const alone = load(source);

    parsedByJsdom.length = 0;
    const article = load(html);

    expect(article.blocks).toEqual(alone.blocks);
    // jsdom builds large text nodes slowly: the scripts, styles, icons and base64 images that
    // make up most of the page never reach it, so it parses a few percent of the page, once.
    expect(parsedByJsdom).toHaveLength(1);
    expect(parsedByJsdom[0]?.length).toBeLessThan(128 * 1024);
    expect(parsedByJsdom[0]).not.toContain('__STATE_');
    expect(parsedByJsdom[0]).not.toContain('base64');
  });
});
