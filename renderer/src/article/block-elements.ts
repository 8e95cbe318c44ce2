// Builds the elements of a group of the article's blocks straight with the DOM: the text is
// drawn once per article and never changed by React afterwards (highlights are painted over
// it), so the window makes each block, link and mark element itself, several times faster
// than React's own rendering of tens of thousands of blocks. One element per block, each run
// of text one text node inside its link and its bold, italic or code elements; a block
// written the other way from the article is marked with its direction.

import { inlineRuns } from '../../../shared/article/inline-runs';
import type { Article, ArticleBlock, MarkKind } from '../../../shared/model';
import { textOf } from './article-text';
import { textDirection } from './text-direction';
import type { BlockGroup } from './block-groups';

const BLOCK_TAGS = {
  title: 'h1',
  heading: 'h2',
  caption: 'p',
  paragraph: 'p',
  // List items are paragraphs with a bullet or number drawn by CSS: the article is one flow of blocks.
  'list-item': 'p',
  quote: 'blockquote',
  preformatted: 'pre',
} as const;

const MARK_TAGS: Readonly<Record<MarkKind, 'strong' | 'em' | 'code'>> = { strong: 'strong', emphasis: 'em', code: 'code' };

function blockElement(document: Document, article: Article, block: ArticleBlock, articleDirection: 'ltr' | 'rtl'): HTMLElement {
  const element = document.createElement(BLOCK_TAGS[block.kind]);
  element.className = `block block-${block.kind}${block.level !== undefined ? ` level-${block.level}` : ''}${block.ordered ? ' is-ordered' : ''}`;
  element.dataset.blockStart = String(block.start);
  const text = textOf(article);
  for (const run of inlineRuns(block, article.links, article.marks)) {
    // Marks nest outermost first; the text stays one text node inside the innermost.
    let inner: Node = document.createTextNode(text.slice(run.start, run.end));
    for (let at = run.marks.length - 1; at >= 0; at -= 1) {
      const kind = run.marks[at];
      if (kind === undefined) continue;
      const mark = document.createElement(MARK_TAGS[kind]);
      mark.appendChild(inner);
      inner = mark;
    }
    if (run.href !== null) {
      const link = document.createElement('a');
      link.href = run.href;
      link.rel = 'noopener noreferrer';
      link.title = run.href;
      link.appendChild(inner);
      inner = link;
    }
    element.appendChild(inner);
  }
  // What dir="auto" would make of the block (article/text-direction.ts), as a class only where
  // it differs from the article's; a block without a letter takes the article's direction.
  const direction = textDirection(text.slice(block.start, block.end));
  if (direction !== null && direction !== articleDirection) element.classList.add(`is-${direction}`);
  return element;
}

/**
 * The group's element (`.block-group`) holding its blocks, in order, with the byline (no part
 * of the article's text, which claims count in) after the title. It is made whole before it
 * goes into the page: adding its blocks one by one to a group already on the page costs
 * Chromium many times more on a long article.
 */
export function groupElements(document: Document, article: Article, group: BlockGroup, byline: string | null, direction: 'ltr' | 'rtl'): HTMLElement {
  const element = document.createElement('div');
  element.className = 'block-group';
  for (let at = group.from; at < group.to; at += 1) {
    const block = article.blocks[at];
    if (block === undefined) continue;
    element.appendChild(blockElement(document, article, block, direction));
    if (block.kind === 'title' && byline !== null) {
      const line = document.createElement('p');
      line.className = 'article-byline';
      line.dir = 'auto';
      line.textContent = byline;
      element.appendChild(line);
    }
  }
  return element;
}
