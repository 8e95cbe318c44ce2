import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleContent, ContentBlock } from '../../../../shared/article/article-content';
import { loadMarkdownArticle } from '../../../../host/article-loading/markdown-loader';
import { apiErrorOf } from './api-error-of';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/articles/${name}`, import.meta.url), 'utf8');

const load = (text: string, fileName = 'article.md'): ArticleContent => loadMarkdownArticle({ fileName, text });

/** Blocks as [kind, text] pairs, the shape most cases compare. */
const kindsAndTexts = (blocks: readonly ContentBlock[]): [string, string][] => blocks.map((block) => [block.kind, block.text]);


describe('loadMarkdownArticle on the article fixture', () => {
  const article = load(fixture('markdown-article.md'), 'markdown-article.md');

  it('takes the level-1 heading as the title and has no page metadata', () => {
    expect(article).toMatchObject({ title: 'Harbour wall plan splits the council', byline: null, siteName: null, publishedTime: null, source: null, dir: null });
  });

  it('gives every block in order, with heading levels, list depths and numbering', () => {
    expect(article.blocks.map(({ links: _links, ...block }) => block)).toEqual([
      {
        kind: 'paragraph',
        text: 'The harbour committee voted seven to two on Monday to rebuild the old sea wall, a decision the mayor called "overdue" and opponents called reckless.',
      },
      { kind: 'heading', level: 2, text: 'What the plan costs' },
      { kind: 'paragraph', text: "According to the council's budget papers, the wall will cost £4.2m. A summary and a calculator were also published." },
      { kind: 'caption', text: 'Waves breaking over the old harbour wall' },
      { kind: 'heading', level: 3, text: 'Who voted for it' },
      { kind: 'list-item', level: 1, ordered: true, text: 'The mayor' },
      { kind: 'list-item', level: 1, ordered: true, text: 'Six committee members' },
      { kind: 'list-item', level: 2, ordered: false, text: 'four from the majority party' },
      { kind: 'list-item', level: 2, ordered: false, text: 'two independents' },
      { kind: 'list-item', level: 3, ordered: true, text: 'one of them a former harbour master' },
      { kind: 'list-item', level: 1, ordered: false, text: 'Opponents said the money should go to flood defences.' },
      { kind: 'list-item', level: 1, ordered: false, text: 'The vote was recorded.' },
      { kind: 'quote', text: 'The wall has protected this town for two hundred years, and it deserves better than patching.' },
      { kind: 'preformatted', text: 'Vote:   7 for\n        2 against' },
      { kind: 'paragraph', text: 'Raw markup: bold words stay as text.' },
      { kind: 'paragraph', text: 'Inline HTML never runs, and this span keeps only its text.' },
      { kind: 'paragraph', text: 'Read the full minutes at https://council.example.org/minutes.' },
    ]);
  });

  it('keeps http(s) links on their text, decoded, and drops relative and javascript: links', () => {
    const links = article.blocks.flatMap((block) => (block.links ?? []).map((link) => [block.text.slice(link.start, link.end), link.href]));
    expect(links).toEqual([
      ["council's budget papers", 'https://council.example.org/budget/2025?item=4&page=2'],
      ['https://council.example.org/minutes', 'https://council.example.org/minutes'],
    ]);
  });

  it.each(['alert', 'onerror', 'onclick', 'javascript:', '<script', 'script>', '<b>', '<div', 'images/harbour.jpg', '/summaries/'])(
    'leaves no trace of %j',
    (trace) => {
      expect(JSON.stringify(article)).not.toContain(trace);
    },
  );
});

describe('loadMarkdownArticle: the title', () => {
  it.each([
    { name: 'the first level-1 heading, wherever it is', text: 'Intro line.\n\n# The title\n\nBody.', title: 'The title', blocks: ['Intro line.', 'Body.'] },
    { name: 'a setext level-1 heading', text: 'The title\n=========\n\nBody.', title: 'The title', blocks: ['Body.'] },
    { name: 'a first heading of another level', text: '## Smaller title\n\nBody.\n\n## Section', title: 'Smaller title', blocks: ['Body.', 'Section'] },
    { name: 'the first line of the first paragraph', text: 'First line title\nrest of the *paragraph*.\n\nBody.', title: 'First line title', blocks: ['rest of the paragraph.', 'Body.'] },
    { name: 'a one-line first paragraph', text: 'Title **line**\n\nBody.', title: 'Title line', blocks: ['Body.'] },
    { name: 'the file name when the file starts with a list', text: '- one\n- two', title: 'notes', blocks: ['one', 'two'] },
    { name: 'the file name when the file starts with code', text: '```\ncode\n```\n\nText.', title: 'notes', blocks: ['code', 'Text.'] },
  ])('is $name', ({ text, title, blocks }) => {
    const article = load(text, 'notes.markdown');
    expect(article.title).toBe(title);
    expect(article.blocks.map((block) => block.text)).toEqual(blocks);
  });

  it('comes from front matter, with the author, date and source, and the repeated heading is dropped', () => {
    const article = load('---\ntitle: Harbour vote\nauthor: Dana Whitfield\ndate: 2025-03-14\nsource: https://courier.example/a\n---\n# Harbour vote\n\n# Another top heading\n\nBody.');
    expect(article).toMatchObject({ title: 'Harbour vote', byline: 'Dana Whitfield', publishedTime: '2025-03-14', source: 'https://courier.example/a' });
    expect(kindsAndTexts(article.blocks)).toEqual([
      ['heading', 'Another top heading'],
      ['paragraph', 'Body.'],
    ]);
  });
});

describe('loadMarkdownArticle: text and structure', () => {
  it.each<{ name: string; text: string; blocks: [string, string][] }>([
    {
      name: 'character references decoded in text, kept in code',
      text: '# T\n\nTom &amp; Jerry &copy; caf&eacute; `&amp;`\n\n    &lt;kept&gt;',
      blocks: [
        ['paragraph', 'Tom & Jerry © café &amp;'],
        ['preformatted', '&lt;kept&gt;'],
      ],
    },
    {
      name: 'backslash escapes and hard breaks',
      text: '# T\n\n\\*not emphasis\\* line  \nnext line\\\nlast',
      blocks: [['paragraph', '*not emphasis* line next line last']],
    },
    {
      name: 'a task list',
      text: '# T\n\n- [x] checked\n- [ ] open',
      blocks: [
        ['list-item', '[x] checked'],
        ['list-item', '[ ] open'],
      ],
    },
    {
      name: 'a loose list item of two paragraphs, as one item',
      text: '# T\n\n1. First paragraph.\n\n   Second paragraph.\n2. Next item.',
      blocks: [
        ['list-item', 'First paragraph. Second paragraph.'],
        ['list-item', 'Next item.'],
      ],
    },
    {
      name: 'a blockquote holding a heading and a list',
      text: '# T\n\n> ## Said\n> - one point\n>\n> > nested quote',
      blocks: [
        ['quote', 'Said'],
        ['quote', 'one point'],
        ['quote', 'nested quote'],
      ],
    },
    {
      name: 'a table, one line per row',
      text: '# T\n\n| Party | Seats | Share |\n| --- | ---: | --- |\n| Green | 12 | 40% |\n| Blue |  | 2% |\n| Red | 1 |  |',
      blocks: [
        ['paragraph', 'Party | Seats | Share'],
        ['paragraph', 'Green | 12 | 40%'],
        ['paragraph', 'Blue | 2%'],
        ['paragraph', 'Red | 1'],
      ],
    },
    {
      name: 'headings clamped to level 6 and rules ignored',
      text: '# T\n\n###### Six\n\n---\n\nText',
      blocks: [
        ['heading', 'Six'],
        ['paragraph', 'Text'],
      ],
    },
    {
      name: 'an image inside a paragraph, splitting it',
      text: '# T\n\nBefore ![A *boat* at sea](boat.png) after.',
      blocks: [
        ['paragraph', 'Before'],
        ['caption', 'A boat at sea'],
        ['paragraph', 'after.'],
      ],
    },
    {
      name: 'raw HTML blocks as text, with their paragraphs apart',
      text: '# T\n\n<div>\n<p>First <i>raw</i> paragraph.</p>\n<p>Second.</p>\n</div>\n\nAfter.',
      blocks: [
        ['paragraph', 'First raw paragraph.'],
        ['paragraph', 'Second.'],
        ['paragraph', 'After.'],
      ],
    },
    {
      name: 'a script block spread over several Markdown blocks, dropped whole',
      text: '# T\n\nBefore.\n\n<script>\nvar a = 1;\n\nalert("second block");\n\n</script>\n\nAfter.',
      blocks: [
        ['paragraph', 'Before.'],
        ['paragraph', 'After.'],
      ],
    },
    {
      name: 'an inline script, dropped to the end of its paragraph only',
      text: '# T\n\nText <script>alert(1)</script> goes on, <style>p{}</style> still.\n\nUnclosed <script>alert(2)\n\nNext paragraph.',
      blocks: [
        ['paragraph', 'Text goes on, still.'],
        ['paragraph', 'Unclosed'],
        ['paragraph', 'Next paragraph.'],
      ],
    },
    {
      name: 'CJK, emoji and decomposed accents, composed',
      text: '# 東京で桜が満開に 🌸\n\n気象庁は発表した。👩‍👩‍👧 Cafe\u0301 Pen\u0303a.',
      blocks: [['paragraph', '気象庁は発表した。👩‍👩‍👧 Café Peña.']],
    },
  ])('$name', ({ text, blocks }) => {
    expect(kindsAndTexts(load(text).blocks)).toEqual(blocks);
  });

  it.each([
    { name: 'autolinks and bare URLs', text: '# T\n\n<https://a.example/x> and www.b.example/y', links: [['https://a.example/x', 'https://a.example/x'], ['www.b.example/y', 'http://www.b.example/y']] },
    { name: 'a link in a heading and in a list item', text: '# T\n\n## See [this](https://a.example/)\n\n- and [that](http://b.example/)', links: [['this', 'https://a.example/'], ['that', 'http://b.example/']] },
    { name: 'links with emphasis inside', text: '# T\n\n[the **full** report](https://a.example/r)', links: [['the full report', 'https://a.example/r']] },
    { name: 'mailto:, data: and protocol-relative links', text: '# T\n\n[a](mailto:x@y.example) [b](data:text/html,x) [c](//c.example/)', links: [] },
    { name: 'a link in raw HTML', text: '# T\n\n<p><a href="https://a.example/" onclick="alert(1)">raw link</a></p>', links: [['raw link', 'https://a.example/']] },
  ])('links: $name', ({ text, links }) => {
    const found = load(text).blocks.flatMap((block) => (block.links ?? []).map((link) => [block.text.slice(link.start, link.end), link.href]));
    expect(found).toEqual(links);
  });

  it.each([
    { name: 'a file of blank lines', text: '\n\n  \n' },
    { name: 'a heading alone', text: '# Just a title\n' },
    { name: 'front matter alone', text: '---\ntitle: Nothing else\n---\n' },
    { name: 'nothing but a script', text: '# T\n\n<script>alert(1)</script>\n' },
  ])('refuses $name', ({ text }) => {
    const error = apiErrorOf(() => load(text, 'empty.md'));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('empty.md: The file has no article text.');
  });
});

describe('loadMarkdownArticle on hostile text', () => {
  // `steps` counts the characters marked's inline text rule and the script guard are handed.
  it('one token "a!!!…!b" of 313 KB: the inline text rule sees at most 256 characters at a time', () => {
    const token = `a${'!'.repeat(313_000)}b`;
    let steps = 0;
    const article = loadMarkdownArticle({ fileName: 'token.md', text: `# Title\n\n${token}\n` }, (taken) => (steps += taken));
    expect(article.title).toBe('Title');
    expect(kindsAndTexts(article.blocks)).toEqual([['paragraph', token]]);
    // "Title", then one call per character of the token (each stops at the next "!"; the
    // last takes "!b"), each seeing 256 characters while at least 256 are left (312,747
    // calls), then what is left: 255 + 254 + … + 2. Unbounded, each saw the whole rest: about 4.9e10.
    expect(steps).toBe(5 + 256 * 312_747 + (255 * 256) / 2 - 1);
    // 313,000 calls of marked's tokenizers take a second or two, more on a busy machine.
  }, 30_000);

  it('400 KB of "<script " tags that never close: the script guard scans the text once', () => {
    const text = `# Title\n\nThe harbour wall will be rebuilt.\n\n<script \n${'x <script y\n'.repeat(33_000)}`;
    let steps = 0;
    const article = loadMarkdownArticle({ fileName: 'scripts.md', text }, (taken) => (steps += taken));
    expect(kindsAndTexts(article.blocks)).toEqual([['paragraph', 'The harbour wall will be rebuilt.']]);
    expect(text.length).toBeGreaterThan(396_000);
    expect(steps).toBeLessThan(2 * text.length);
  });
});
