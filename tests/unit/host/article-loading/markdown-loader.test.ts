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
        marks: [
          { kind: 'strong', start: 28, end: 40 },
          { kind: 'emphasis', start: 66, end: 69 },
          { kind: 'code', start: 139, end: 147 },
        ],
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
      { kind: 'preformatted', text: '<div class="note">Raw markup: <b>bold words</b> shows as typed.</div>' },
      { kind: 'preformatted', text: '<script>alert(1)</script>' },
      { kind: 'paragraph', text: 'Inline HTML <img src=x onerror=alert(1)> never runs, and <span onclick="alert(2)">this span</span> shows as typed.' },
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

  // Raw HTML is text the analyst reads and may quote; what could run or load is a link or an image, and none is kept.
  it.each(['javascript:', 'images/harbour.jpg', '/summaries/'])('keeps no link or image address %j', (trace) => {
    expect(JSON.stringify(article)).not.toContain(trace);
  });
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
      name: 'a raw HTML block as typed, its lines kept',
      text: '# T\n\n<div>\n<p>First <i>raw</i> paragraph.</p>\n<p>Second.</p>\n</div>\n\nAfter.',
      blocks: [
        ['preformatted', '<div>\n<p>First <i>raw</i> paragraph.</p>\n<p>Second.</p>\n</div>'],
        ['paragraph', 'After.'],
      ],
    },
    {
      name: 'a script block spread over several Markdown blocks, shown whole',
      text: '# T\n\nBefore.\n\n<script>\nvar a = 1;\n\nalert("second block");\n\n</script>\n\nAfter.',
      blocks: [
        ['paragraph', 'Before.'],
        ['preformatted', '<script>\nvar a = 1;\n\nalert("second block");\n\n</script>'],
        ['paragraph', 'After.'],
      ],
    },
    {
      name: 'inline scripts and styles, as typed in their paragraphs',
      text: '# T\n\nText <script>alert(1)</script> goes on, <style>p{}</style> still.\n\nUnclosed <script>alert(2)\n\nNext paragraph.',
      blocks: [
        ['paragraph', 'Text <script>alert(1)</script> goes on, <style>p{}</style> still.'],
        ['paragraph', 'Unclosed <script>alert(2)'],
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

  it.each<{ name: string; text: string; blocks: ContentBlock[] }>([
    {
      name: 'bold, italic and code with each of their markers',
      text: '# T\n\nA **bold** and *it* `x()`, __also bold__ and _also it_.',
      blocks: [
        {
          kind: 'paragraph',
          text: 'A bold and it x(), also bold and also it.',
          marks: [
            { kind: 'strong', start: 2, end: 6 },
            { kind: 'emphasis', start: 11, end: 13 },
            { kind: 'code', start: 14, end: 17 },
            { kind: 'strong', start: 19, end: 28 },
            { kind: 'emphasis', start: 33, end: 40 },
          ],
        },
      ],
    },
    {
      name: 'bold and italic together, and bold around italic',
      text: '# T\n\n***Both*** then **very *much* so**',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Both then very much so',
          marks: [
            // At one start, in the order they nest: bold outside italic.
            { kind: 'strong', start: 0, end: 4 },
            { kind: 'emphasis', start: 0, end: 4 },
            { kind: 'strong', start: 10, end: 22 },
            { kind: 'emphasis', start: 15, end: 19 },
          ],
        },
      ],
    },
    {
      name: 'marks in a heading, a list item, a quote and a table cell; none in a code block',
      text: '# T\n\n## The *real* cost\n\n- run `npm`\n\n> **Said** so\n\n| a | **b** |\n|---|---|\n\n```\n**not bold**\n```',
      blocks: [
        { kind: 'heading', level: 2, text: 'The real cost', marks: [{ kind: 'emphasis', start: 4, end: 8 }] },
        { kind: 'list-item', level: 1, ordered: false, text: 'run npm', marks: [{ kind: 'code', start: 4, end: 7 }] },
        { kind: 'quote', text: 'Said so', marks: [{ kind: 'strong', start: 0, end: 4 }] },
        { kind: 'paragraph', text: 'a | b', marks: [{ kind: 'strong', start: 4, end: 5 }] },
        { kind: 'preformatted', text: '**not bold**' },
      ],
    },
    {
      name: 'escaped markers and a lone star stay text',
      text: '# T\n\n\\*not it\\* and 2 * 3',
      blocks: [{ kind: 'paragraph', text: '*not it* and 2 * 3' }],
    },
  ])('marks: $name', ({ text, blocks }) => {
    expect(load(text).blocks).toEqual(blocks);
  });

  it.each([
    { name: 'autolinks and bare URLs', text: '# T\n\n<https://a.example/x> and www.b.example/y', links: [['https://a.example/x', 'https://a.example/x'], ['www.b.example/y', 'http://www.b.example/y']] },
    { name: 'a link in a heading and in a list item', text: '# T\n\n## See [this](https://a.example/)\n\n- and [that](http://b.example/)', links: [['this', 'https://a.example/'], ['that', 'http://b.example/']] },
    { name: 'links with emphasis inside', text: '# T\n\n[the **full** report](https://a.example/r)', links: [['the full report', 'https://a.example/r']] },
    { name: 'mailto:, data: and protocol-relative links', text: '# T\n\n[a](mailto:x@y.example) [b](data:text/html,x) [c](//c.example/)', links: [] },
    { name: 'a link in raw HTML, which is text', text: '# T\n\nSee <a href="https://a.example/">raw link</a>.', links: [] },
  ])('links: $name', ({ text, links }) => {
    const found = load(text).blocks.flatMap((block) => (block.links ?? []).map((link) => [block.text.slice(link.start, link.end), link.href]));
    expect(found).toEqual(links);
  });

  it.each([
    { name: 'a file of blank lines', text: '\n\n  \n' },
    { name: 'a heading alone', text: '# Just a title\n' },
    { name: 'front matter alone', text: '---\ntitle: Nothing else\n---\n' },
  ])('refuses $name', ({ text }) => {
    const error = apiErrorOf(() => load(text, 'empty.md'));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe('empty.md: The file has no article text.');
  });
});

describe('loadMarkdownArticle on hostile text', () => {
  // `steps` counts the characters marked's inline text rule is handed.
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

  it.each([
    {
      // Each "[" but the innermost is one call of the text rule seeing 256 characters; the
      // innermost "[" is refused as a link by another rule, uncounted; then "x]]]…" (60,001
      // characters) is read 256 at a time.
      name: '60,000 nested "[" around "x" (120 KB)',
      paragraph: `${'['.repeat(60_000)}x${']'.repeat(60_000)}`,
      steps: 5 + 256 * 59_999 + 60_001,
    },
    {
      // One call per "[", each seeing 256 characters while at least 256 are left (59,746
      // calls), then 255 + 254 + … + 2 (the last takes "[x").
      name: '60,000 "[" that never close (60 KB)',
      paragraph: `${'['.repeat(60_000)}x`,
      steps: 5 + 256 * 59_746 + ((255 + 2) * 254) / 2,
    },
  ])('$name: shown as typed, in work that grows with the length, not its square', ({ paragraph, steps: expected }) => {
    let steps = 0;
    const article = loadMarkdownArticle({ fileName: 'brackets.md', text: `# Title\n\n${paragraph}\n` }, (taken) => (steps += taken));
    expect(article.title).toBe('Title');
    expect(kindsAndTexts(article.blocks)).toEqual([['paragraph', paragraph]]);
    expect(steps).toBe(expected);
  }, 30_000);

  it('400 KB of "<script " tags that never close: one block shown as typed, which no inline rule reads', () => {
    const text = `# Title\n\nThe harbour wall will be rebuilt.\n\n<script \n${'x <script y\n'.repeat(33_000)}`;
    let steps = 0;
    const article = loadMarkdownArticle({ fileName: 'scripts.md', text }, (taken) => (steps += taken));
    expect(kindsAndTexts(article.blocks)).toEqual([
      ['paragraph', 'The harbour wall will be rebuilt.'],
      ['preformatted', `<script\n${'x <script y\n'.repeat(32_999)}x <script y`],
    ]);
    expect(text.length).toBeGreaterThan(396_000);
    // "Title" and the paragraph's 33 characters.
    expect(steps).toBe(5 + 33);
  });

  it('100,000 italic words in one paragraph: one mark each, on its word', () => {
    const article = load(`# Title\n\n${'*word* and '.repeat(100_000)}end.`);
    const [paragraph] = article.blocks;
    // "word and " 100,000 times, then "end.".
    expect(paragraph?.text.length).toBe(900_004);
    expect(paragraph?.marks).toHaveLength(100_000);
    expect(paragraph?.marks?.[0]).toEqual({ kind: 'emphasis', start: 0, end: 4 });
    expect(paragraph?.marks?.[99_999]).toEqual({ kind: 'emphasis', start: 899_991, end: 899_995 });
  }, 30_000);
});
