// @vitest-environment jsdom
// The drawn article's text nodes with their canonical offsets, and DOM ranges for canonical
// spans: inside a node, across a link and across blocks, with the gaps between blocks; an
// index grows with the groups of a long article.
// offsetAtPoint needs layout, which jsdom has not: the end-to-end tests cover it.

import { beforeEach, describe, expect, it } from 'vitest';
import { indexText, rangeFor, staticRangeFor, type TextIndex } from '../../../../renderer/src/article/text-index';

// Canonical text: "Title\n\nRead the link now.\n\nLast one." in two groups of blocks. The blank
// lines are not drawn, the link splits the paragraph into three text nodes, and the source
// line is no block.
let root: HTMLElement;
let index: TextIndex;

beforeEach(() => {
  document.body.innerHTML =
    '<article id="root">' +
    '<div class="block-group"><h1 data-block-start="0">Title</h1>' +
    '<p data-block-start="7">Read <a href="https://example.org/">the link</a> now.</p></div>' +
    '<div class="block-group"><p data-block-start="27">Last one.</p></div>' +
    '<p class="article-source">Original source: example</p>' +
    '</article>';
  root = document.getElementById('root') as HTMLElement;
  index = indexText(root);
});

/** A range as the text it covers and where it starts and ends, for one readable comparison. */
function described(range: Range | null) {
  if (range === null) return null;
  return {
    text: range.toString(),
    start: [(range.startContainer as Text).data, range.startOffset],
    end: [(range.endContainer as Text).data, range.endOffset],
  };
}

describe('indexText', () => {
  it('lists the blocks’ text nodes with the offset each starts at', () => {
    expect(index.nodes.map((node) => node.data)).toEqual(['Title', 'Read ', 'the link', ' now.', 'Last one.']);
    expect(index.starts).toEqual([0, 7, 12, 20, 27]);
    expect(index.end).toBe(36);
    expect(index.groups).toBe(2);
  });

  it('extends an earlier index of the same text with the groups drawn since', () => {
    const second = root.querySelectorAll('.block-group')[1];
    second?.remove();
    const firstGroup = indexText(root);
    if (second !== undefined) root.querySelector('.block-group')?.after(second);
    const whole = indexText(root, firstGroup);
    expect(whole.nodes.map((node) => node.data)).toEqual(['Title', 'Read ', 'the link', ' now.', 'Last one.']);
    expect(whole.starts).toEqual([0, 7, 12, 20, 27]);
    expect([whole.count, whole.groups, whole.end, whole.startOf.size]).toEqual([5, 2, 36, 5]);
    // The earlier index still covers only what was drawn then.
    expect([firstGroup.count, firstGroup.groups, firstGroup.end]).toEqual([4, 1, 25]);
    expect(rangeFor(firstGroup, 27, 31)).toBeNull();
    expect(rangeFor(whole, 27, 31)?.toString()).toBe('Last');
  });

  it('gives the earlier index back when no group was drawn since', () => {
    expect(indexText(root, index)).toBe(index);
  });

  it('finds a node’s start from the node itself', () => {
    const link = root.querySelector('a')?.firstChild;
    expect(link).toBeInstanceOf(Text);
    expect(index.startOf.get(link as Text)).toBe(12);
    expect(index.startOf.size).toBe(5);
  });

  it('passes over empty text nodes', () => {
    root.querySelector('h1')?.append(document.createTextNode(''));
    const again = indexText(root);
    expect(again.nodes.map((node) => node.data)).toEqual(['Title', 'Read ', 'the link', ' now.', 'Last one.']);
    expect(again.starts).toEqual([0, 7, 12, 20, 27]);
  });

  it('has nothing for a page without blocks', () => {
    document.body.innerHTML = '<article id="empty"><div class="block-group"><p>Not an article block</p></div></article>';
    const empty = indexText(document.getElementById('empty') as HTMLElement);
    expect(empty.nodes).toEqual([]);
    expect(empty.starts).toEqual([]);
    expect(empty.end).toBe(0);
  });
});

describe('rangeFor', () => {
  const cases: [string, number, number, ReturnType<typeof described>][] = [
    ['a whole block', 0, 5, { text: 'Title', start: ['Title', 0], end: ['Title', 5] }],
    ['inside one node', 1, 4, { text: 'itl', start: ['Title', 1], end: ['Title', 4] }],
    ['exactly the link', 12, 20, { text: 'the link', start: ['the link', 0], end: ['the link', 8] }],
    ['across the link', 9, 17, { text: 'ad the l', start: ['Read ', 2], end: ['the link', 5] }],
    ['a start in the gap before a block moves to the block', 5, 11, { text: 'Read', start: ['Read ', 0], end: ['Read ', 4] }],
    ['an end in the gap after a block moves back to it', 22, 26, { text: 'ow.', start: [' now.', 2], end: [' now.', 5] }],
    ['across blocks', 3, 30, { text: 'leRead the link now.Las', start: ['Title', 3], end: ['Last one.', 3] }],
    ['an end past the text stops at the last character', 30, 50, { text: 't one.', start: ['Last one.', 3], end: ['Last one.', 9] }],
    ['only the gap between blocks', 25, 27, null],
    ['an empty span', 2, 2, null],
    ['an empty span at a node’s end', 5, 5, null],
    ['after the last character', 36, 40, null],
  ];
  it.each(cases)('%s [%i, %i)', (_name, start, end, expected) => {
    expect(described(rangeFor(index, start, end))).toEqual(expected);
  });

  it('draws nothing on a page without blocks', () => {
    document.body.innerHTML = '<article id="empty"></article>';
    expect(rangeFor(indexText(document.getElementById('empty') as HTMLElement), 0, 5)).toBeNull();
  });

  it('moves a start before the first drawn block to that block', () => {
    document.body.innerHTML = '<article id="late"><div class="block-group"><p data-block-start="4">Body text</p></div></article>';
    expect(described(rangeFor(indexText(document.getElementById('late') as HTMLElement), 0, 6))).toEqual({
      text: 'Bo',
      start: ['Body text', 0],
      end: ['Body text', 2],
    });
  });

  it('gives the page’s own nodes, so the range follows the drawn text', () => {
    const range = rangeFor(index, 12, 20);
    expect(range?.startContainer).toBe(root.querySelector('a')?.firstChild);
  });
});

describe('indexText and rangeFor over bold, italic and code', () => {
  // "Title\n\nA bold very claim and x() end." drawn with its marks as nested elements.
  beforeEach(() => {
    document.body.innerHTML =
      '<article id="root"><div class="block-group"><h1 data-block-start="0">Title</h1>' +
      '<p data-block-start="7">A <strong>bold </strong><strong><em>very</em></strong> claim and <a href="https://a.example/"><code>x()</code></a> end.</p>' +
      '</div></article>';
    root = document.getElementById('root') as HTMLElement;
    index = indexText(root);
  });

  it('counts the text inside mark elements, however deep', () => {
    expect(index.nodes.map((node) => node.data)).toEqual(['Title', 'A ', 'bold ', 'very', ' claim and ', 'x()', ' end.']);
    expect(index.starts).toEqual([0, 7, 9, 14, 18, 29, 32]);
    expect(index.end).toBe(37);
  });

  it('gives a range from plain text into italic inside bold, and from bold out to code', () => {
    expect(described(rangeFor(index, 9, 16))).toEqual({ text: 'bold ve', start: ['bold ', 0], end: ['very', 2] });
    expect(described(rangeFor(index, 7, 32))).toEqual({ text: 'A bold very claim and x()', start: ['A ', 0], end: ['x()', 3] });
  });
});

describe('staticRangeFor (what the highlights hold)', () => {
  it('covers a span across a link and across blocks as a StaticRange', () => {
    const range = staticRangeFor(index, 9, 29);
    expect(range).toBeInstanceOf(StaticRange);
    expect([(range?.startContainer as Text).data, range?.startOffset, (range?.endContainer as Text).data, range?.endOffset]).toEqual(['Read ', 2, 'Last one.', 2]);
  });

  it('moves a span that starts or ends between blocks inwards', () => {
    const range = staticRangeFor(index, 5, 11);
    expect([(range?.startContainer as Text).data, range?.startOffset, (range?.endContainer as Text).data, range?.endOffset]).toEqual(['Read ', 0, 'Read ', 4]);
  });

  it('is null for a span of undrawn text only, and past the drawn text', () => {
    expect(staticRangeFor(index, 5, 7)).toBeNull();
    expect(staticRangeFor(index, 40, 45)).toBeNull();
  });
});
