import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../shared/model';
import { groupElements } from '../../../../renderer/src/article/block-elements';

// The title is 0–12, the paragraph 13–63 ("budget" 17–23, "12%" 32–35, "2024" 39–43), the list items 64–69 and 70–76.
const TEXT = 'Budget grows\nThe budget grew by 12% in 2024, the minister said.\nFirst\nSecond';

const ARTICLE: Article = {
  id: '00000000-0000-4000-8000-000000000001',
  title: 'Budget grows',
  source: null,
  byline: 'A. Reporter',
  siteName: null,
  publishedTime: null,
  dir: null,
  format: 'html',
  text: TEXT,
  blocks: [
    { kind: 'title', start: 0, end: 12 },
    { kind: 'paragraph', start: 13, end: 63 },
    { kind: 'list-item', start: 64, end: 69, ordered: true, level: 1 },
    { kind: 'list-item', start: 70, end: 76, ordered: true, level: 1 },
  ],
  links: [{ start: 17, end: 23, href: 'https://example.org/budget' }],
  marks: [
    { kind: 'strong', start: 17, end: 35 },
    { kind: 'emphasis', start: 31, end: 43 },
  ],
  contentHash: `sha256:${'0'.repeat(64)}`,
  fileName: 'budget.html',
  added: '2026-01-01T00:00:00.000Z',
  updated: null,
};

/** The group's element, made in a document of its own. */
function drawn(from: number, to: number, byline: string | null): HTMLElement {
  const { document } = new JSDOM('<!doctype html>').window;
  const group = groupElements(document, ARTICLE, { from, to }, byline, 'ltr');
  expect(group.className).toBe('block-group');
  return group;
}

describe('groupElements (the blocks of a group, made with the DOM)', () => {
  it('draws each block with its tag and class, the byline after the title, links outside their marks', () => {
    expect(drawn(0, 4, 'A. Reporter · 1 January 2026').innerHTML).toBe(
      '<h1 class="block block-title" data-block-start="0">Budget grows</h1>' +
        '<p class="article-byline" dir="auto">A. Reporter · 1 January 2026</p>' +
        '<p class="block block-paragraph" data-block-start="13">The ' +
        '<a href="https://example.org/budget" rel="noopener noreferrer" title="https://example.org/budget"><strong>budget</strong></a>' +
        '<strong> grew by</strong><strong><em> 12%</em></strong><em> in 2024</em>, the minister said.</p>' +
        '<p class="block block-list-item level-1 is-ordered" data-block-start="64">First</p>' +
        '<p class="block block-list-item level-1 is-ordered" data-block-start="70">Second</p>',
    );
  });

  it('keeps the text of every run one text node, so the text counts as the article’s own', () => {
    const group = drawn(1, 2, null);
    expect(group.textContent).toBe('The budget grew by 12% in 2024, the minister said.');
    const walker = group.ownerDocument.createTreeWalker(group, 4);
    const nodes: string[] = [];
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) nodes.push(node.textContent ?? '');
    expect(nodes).toEqual(['The ', 'budget', ' grew by', ' 12%', ' in 2024', ', the minister said.']);
  });

  it('marks a block with its direction (from its first letter) only where it differs from the article’s', () => {
    const text = 'نص عربي\n2024 — 12%\n“English” first';
    const article: Article = {
      ...ARTICLE,
      text,
      blocks: [
        { kind: 'paragraph', start: 0, end: 7 },
        { kind: 'paragraph', start: 8, end: 18 },
        { kind: 'quote', start: 19, end: 34 },
      ],
      links: [],
      marks: [],
    };
    const { document } = new JSDOM('<!doctype html>').window;
    expect(groupElements(document, article, { from: 0, to: 3 }, null, 'ltr').innerHTML).toBe(
      '<p class="block block-paragraph is-rtl" data-block-start="0">نص عربي</p>' +
        '<p class="block block-paragraph" data-block-start="8">2024 — 12%</p>' +
        '<blockquote class="block block-quote" data-block-start="19">“English” first</blockquote>',
    );
    expect(groupElements(document, article, { from: 0, to: 3 }, null, 'rtl').innerHTML).toBe(
      '<p class="block block-paragraph" data-block-start="0">نص عربي</p>' +
        '<p class="block block-paragraph" data-block-start="8">2024 — 12%</p>' +
        '<blockquote class="block block-quote is-ltr" data-block-start="19">“English” first</blockquote>',
    );
  });

  it('draws only the group’s own blocks, and no byline without one', () => {
    expect(drawn(2, 4, null).innerHTML).toBe(
      '<p class="block block-list-item level-1 is-ordered" data-block-start="64">First</p>' +
        '<p class="block block-list-item level-1 is-ordered" data-block-start="70">Second</p>',
    );
    expect(drawn(0, 1, null).innerHTML).toBe('<h1 class="block block-title" data-block-start="0">Budget grows</h1>');
  });
});
