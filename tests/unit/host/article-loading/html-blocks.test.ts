import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ContentBlock } from '../../../../shared/article/article-content';
import { htmlBlocks } from '../../../../host/article-loading/html-blocks';

const blocksOf = (html: string, title?: string): ContentBlock[] => htmlBlocks(JSDOM.fragment(html), title === undefined ? {} : { title });

describe('htmlBlocks', () => {
  it.each<{ name: string; html: string; blocks: ContentBlock[] }>([
    {
      name: 'paragraphs with collapsed whitespace, inline formatting kept as marks',
      html: '<p>  One  <em>emphasised</em>\n <strong>word</strong>. </p><p>Two<br>lines</p>',
      blocks: [
        {
          kind: 'paragraph',
          text: 'One emphasised word.',
          marks: [
            { kind: 'emphasis', start: 4, end: 14 },
            { kind: 'strong', start: 15, end: 19 },
          ],
        },
        { kind: 'paragraph', text: 'Two lines' },
      ],
    },
    {
      name: 'headings, clamped to levels 2–6',
      html: '<h1>Top</h1><h2>Two</h2><h4>Four</h4><h6>Six</h6>',
      blocks: [
        { kind: 'heading', level: 2, text: 'Top' },
        { kind: 'heading', level: 2, text: 'Two' },
        { kind: 'heading', level: 4, text: 'Four' },
        { kind: 'heading', level: 6, text: 'Six' },
      ],
    },
    {
      name: 'nested and ordered lists, with text after a nested list',
      html: '<ol><li>First<ul><li>Inner <b>a</b></li><li><p>Inner b</p></li></ul>tail of first</li><li>Second</li></ol>',
      blocks: [
        { kind: 'list-item', level: 1, ordered: true, text: 'First' },
        { kind: 'list-item', level: 2, ordered: false, text: 'Inner a', marks: [{ kind: 'strong', start: 6, end: 7 }] },
        { kind: 'list-item', level: 2, ordered: false, text: 'Inner b' },
        { kind: 'list-item', level: 1, ordered: true, text: 'tail of first' },
        { kind: 'list-item', level: 1, ordered: true, text: 'Second' },
      ],
    },
    {
      name: 'a blockquote, whose paragraphs and list items are quotes',
      html: '<blockquote><p>Said one thing.</p><ul><li>Listed</li></ul>Loose words</blockquote>',
      blocks: [
        { kind: 'quote', text: 'Said one thing.' },
        { kind: 'quote', text: 'Listed' },
        { kind: 'quote', text: 'Loose words' },
      ],
    },
    {
      name: 'preformatted text keeping its lines',
      html: '<pre><code>if (a) {\n  b();\n}\n</code></pre>',
      blocks: [{ kind: 'preformatted', text: 'if (a) {\n  b();\n}' }],
    },
    {
      name: 'a figure: the image description and a different caption',
      html: '<figure><img src="https://t.example/p.gif" alt="Protesters in the square"><figcaption>Saturday’s march</figcaption></figure>',
      blocks: [
        { kind: 'caption', text: 'Protesters in the square' },
        { kind: 'caption', text: 'Saturday’s march' },
      ],
    },
    {
      name: 'a figure whose caption repeats the description, once',
      html: '<figure><img alt="The old harbour"><figcaption>The old harbour</figcaption></figure>',
      blocks: [{ kind: 'caption', text: 'The old harbour' }],
    },
    {
      name: 'an image inside a paragraph, splitting it; an image without alt text, nothing',
      html: '<p>Before <img alt="A boat"> after <img src="x.png"> end.</p>',
      blocks: [
        { kind: 'paragraph', text: 'Before' },
        { kind: 'caption', text: 'A boat' },
        { kind: 'paragraph', text: 'after end.' },
      ],
    },
    {
      name: 'loose text and divs as separate paragraphs',
      html: '<div>Loose one<div>Inner</div>Loose two</div>',
      blocks: [
        { kind: 'paragraph', text: 'Loose one' },
        { kind: 'paragraph', text: 'Inner' },
        { kind: 'paragraph', text: 'Loose two' },
      ],
    },
    {
      name: 'a table, one line per row',
      html: '<table><tr><th>Party</th><th>Seats</th><th>Share</th></tr><tr><td>Green</td><td>12</td><td></td></tr><tr><td>Blue</td><td> </td><td>2%</td></tr></table>',
      blocks: [
        { kind: 'paragraph', text: 'Party | Seats | Share' },
        { kind: 'paragraph', text: 'Green | 12' },
        { kind: 'paragraph', text: 'Blue | 2%' },
      ],
    },
    {
      name: 'ruby annotations and scripts left out',
      html: '<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>に着いた。</p><script>alert(1)</script>',
      blocks: [{ kind: 'paragraph', text: '東京に着いた。' }],
    },
  ])('$name', ({ html, blocks }) => {
    expect(blocksOf(html)).toEqual(blocks);
  });

  it('keeps only absolute http(s) links, as ranges of the block text', () => {
    const [block] = blocksOf(
      '<p>See <a href="https://a.example/r?x=1&amp;y=2">the <em>full</em> report</a>, <a href="/relative">this</a>, ' +
        '<a href="javascript:alert(1)">that</a> and <a href="http://b.example/">another</a>.</p>',
    );
    expect(block?.text).toBe('See the full report, this, that and another.');
    expect(block?.links?.map((link) => [block.text.slice(link.start, link.end), link.href])).toEqual([
      ['the full report', 'https://a.example/r?x=1&y=2'],
      ['another', 'http://b.example/'],
    ]);
  });

  it.each([
    { name: 'an <h1> repeating the title', html: '<h1>Bridge  closure</h1><p>Body.</p>', title: 'Bridge closure' },
    { name: 'an <h2> repeating it, as Readability renames <h1>', html: '<h2>bridge closure</h2><p>Body.</p>', title: 'Bridge Closure' },
  ])('drops $name, once', ({ html, title }) => {
    expect(blocksOf(`${html}<h2>Bridge closure</h2>`, title)).toEqual([
      { kind: 'paragraph', text: 'Body.' },
      { kind: 'heading', level: 2, text: 'Bridge closure' },
    ]);
  });

  it.each<{ name: string; html: string; blocks: ContentBlock[] }>([
    {
      name: 'bold, italic and code, the text unchanged',
      html: '<p>A <b>bold</b> and <i>it</i> <code>x()</code></p>',
      blocks: [
        {
          kind: 'paragraph',
          text: 'A bold and it x()',
          marks: [
            { kind: 'strong', start: 2, end: 6 },
            { kind: 'emphasis', start: 11, end: 13 },
            { kind: 'code', start: 14, end: 17 },
          ],
        },
      ],
    },
    {
      name: 'every element that means bold, italic or code',
      html: '<p><strong>s</strong> <em>e</em> <kbd>Ctrl</kbd> <samp>ok</samp> <tt>tt</tt></p>',
      blocks: [
        {
          kind: 'paragraph',
          text: 's e Ctrl ok tt',
          marks: [
            { kind: 'strong', start: 0, end: 1 },
            { kind: 'emphasis', start: 2, end: 3 },
            // Words of one kind with only a space between them are one mark.
            { kind: 'code', start: 4, end: 14 },
          ],
        },
      ],
    },
    {
      name: 'nested marks, and bold over a link and a line break',
      html: '<p><b>Very <i>much</i> so</b>, <b><a href="https://a.example/">see</a><br>here</b> now</p>',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Very much so, see here now',
          links: [{ start: 14, end: 17, href: 'https://a.example/' }],
          marks: [
            { kind: 'strong', start: 0, end: 12 },
            { kind: 'emphasis', start: 5, end: 9 },
            { kind: 'strong', start: 14, end: 22 },
          ],
        },
      ],
    },
    {
      name: 'marks after composed accents, over the composed text',
      html: '<p>Cafe\u0301 <b>cre\u0300me</b> bru\u0302le\u0301e <i>noted</i></p>',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Café crème brûlée noted',
          marks: [
            { kind: 'strong', start: 5, end: 10 },
            { kind: 'emphasis', start: 18, end: 23 },
          ],
        },
      ],
    },
    {
      name: 'a mark of spaces only, and marks in a heading and a list item',
      html: '<p>Go<b> </b>on</p><h2>The <em>real</em> cost</h2><ul><li><code>npm</code> runs</li></ul>',
      blocks: [
        { kind: 'paragraph', text: 'Go on' },
        { kind: 'heading', level: 2, text: 'The real cost', marks: [{ kind: 'emphasis', start: 4, end: 8 }] },
        { kind: 'list-item', level: 1, ordered: false, text: 'npm runs', marks: [{ kind: 'code', start: 0, end: 3 }] },
      ],
    },
    {
      name: 'code in <pre>: a preformatted block, which needs no marks',
      html: '<pre><code>let <b>x</b> = 1;</code></pre>',
      blocks: [{ kind: 'preformatted', text: 'let x = 1;' }],
    },
  ])('marks: $name', ({ html, blocks }) => {
    expect(blocksOf(html)).toEqual(blocks);
  });

  it('keeps a heading that differs from the title', () => {
    expect(blocksOf('<h1>Lorem</h1><p>Body.</p>', 'RTL Test')[0]).toEqual({ kind: 'heading', level: 2, text: 'Lorem' });
  });

  it('walks 20,000 nested <b> without running out of call stack, as a recursive walk did, visiting each node once', () => {
    // Built from the inside out, node by node: no parser is asked to nest this deep.
    const { document } = new JSDOM('').window;
    let outer: Node = document.createTextNode('Loud.');
    for (let level = 0; level < 20_000; level += 1) {
      const bold = document.createElement('b');
      bold.appendChild(outer);
      outer = bold;
    }
    const paragraph = document.createElement('p');
    paragraph.appendChild(outer);
    const root = document.createDocumentFragment();
    root.appendChild(paragraph);
    let visited = 0;
    expect(htmlBlocks(root, { meter: (nodes) => (visited += nodes) })).toEqual([{ kind: 'paragraph', text: 'Loud.', marks: [{ kind: 'strong', start: 0, end: 5 }] }]);
    // The <p>, the 20,000 <b> and the text.
    expect(visited).toBe(20_002);
  });
});
