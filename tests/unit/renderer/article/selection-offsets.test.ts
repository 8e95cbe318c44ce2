// @vitest-environment jsdom
// How a selection in the article view maps to offsets of the canonical text: within one
// block, across highlights, across blocks, from the gaps between blocks, and trimmed.

import { beforeEach, describe, expect, it } from 'vitest';
import { selectionToRange } from '../../../../renderer/src/article/selection-offsets';

// Canonical text: "Title\n\nFirst 🇺🇦 paragraph here.\n\nSecond one." with a highlight
// splitting the first paragraph into three text nodes.
const TEXT = 'Title\n\nFirst 🇺🇦 paragraph here.\n\nSecond one.';
let root: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = `
    <article id="root">
      <h1 data-block-start="0">Title</h1>
      <p data-block-start="7">First <mark>🇺🇦 para</mark>graph here.</p>
      <p data-block-start="${TEXT.indexOf('Second')}">Second one.</p>
      <p class="article-source">Original source: example</p>
    </article>`;
  root = document.getElementById('root') as HTMLElement;
});

function textNodes(): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) if ((walker.currentNode as Text).data.trim() !== '') nodes.push(walker.currentNode as Text);
  return nodes;
}

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Selection {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe('selectionToRange', () => {
  it('maps a selection inside one text node', () => {
    const [, first] = textNodes();
    const range = selectionToRange(root, select(first as Text, 0, first as Text, 5), TEXT);
    expect(range).toEqual({ start: 7, end: 12 });
    expect(TEXT.slice(7, 12)).toBe('First');
  });

  it('counts through a highlight, emoji as two UTF-16 units each', () => {
    const [, first, marked, rest] = textNodes();
    const range = selectionToRange(root, select(first as Text, 0, rest as Text, 5), TEXT);
    expect(range).not.toBeNull();
    expect(TEXT.slice(range?.start, range?.end)).toBe('First 🇺🇦 paragraph');
    expect((marked as Text).data).toBe('🇺🇦 para');
  });

  it('maps a selection across blocks, including the blank line between them', () => {
    const [title, , , , second] = textNodes();
    const range = selectionToRange(root, select(title as Text, 2, second as Text, 6), TEXT);
    expect(TEXT.slice(range?.start, range?.end)).toBe('tle\n\nFirst 🇺🇦 paragraph here.\n\nSecond');
  });

  it('snaps boundaries in the gaps between blocks to the nearest block text', () => {
    const blocks = root.querySelectorAll('[data-block-start]');
    // From the article element itself (before the first paragraph) to the end of the second block.
    const range = selectionToRange(root, select(root, 2, blocks[2] as Node, 1), TEXT);
    expect(TEXT.slice(range?.start, range?.end)).toBe('First 🇺🇦 paragraph here.\n\nSecond one.');
  });

  it('trims white space at both ends', () => {
    const [, first] = textNodes();
    const range = selectionToRange(root, select(first as Text, 5, first as Text, 6), TEXT);
    expect(range).toBeNull();
  });

  it('ignores a collapsed selection, one outside the article, and one on the source line only', () => {
    const [, first] = textNodes();
    expect(selectionToRange(root, select(first as Text, 2, first as Text, 2), TEXT)).toBeNull();
    document.body.insertAdjacentHTML('beforeend', '<p id="outside">elsewhere</p>');
    const outside = (document.getElementById('outside') as HTMLElement).firstChild as Text;
    expect(selectionToRange(root, select(outside, 0, outside, 4), TEXT)).toBeNull();
    const source = (root.querySelector('.article-source') as HTMLElement).firstChild as Text;
    expect(selectionToRange(root, select(source, 0, source, 8), TEXT)).toBeNull();
  });
});

describe('selectionToRange across bold, italic and code', () => {
  // Drawn as ArticleText draws marks: "Title\n\nA bold very claim and x() end."
  const MARKED = 'Title\n\nA bold very claim and x() end.';

  beforeEach(() => {
    document.body.innerHTML = `
      <article id="root"><h1 data-block-start="0">Title</h1><p data-block-start="7">A <strong>bold </strong><strong><em>very</em></strong> claim and <a href="https://a.example/"><code>x()</code></a> end.</p></article>`;
    root = document.getElementById('root') as HTMLElement;
  });

  it.each([
    // Text nodes: "Title", "A ", "bold ", "very", " claim and ", "x()", " end."
    { name: 'from plain text into the bold', from: [1, 0], to: [2, 4], quote: 'A bold' },
    { name: 'from inside the bold out into plain text', from: [2, 0], to: [4, 6], quote: 'bold very claim' },
    { name: 'from italic inside bold to code inside a link', from: [3, 1], to: [5, 3], quote: 'ery claim and x()' },
    { name: 'from code to the end of the block', from: [5, 1], to: [6, 5], quote: '() end.' },
  ])('$name', ({ from, to, quote }) => {
    const nodes = textNodes();
    const range = selectionToRange(root, select(nodes[from[0] ?? 0] as Text, from[1] ?? 0, nodes[to[0] ?? 0] as Text, to[1] ?? 0), MARKED);
    expect(MARKED.slice(range?.start, range?.end)).toBe(quote);
  });
});
