// Builds the one canonical plain text of an article, which every selector counts in, and
// the block map the renderer shows it with: the title, then each block of the body,
// separated by a blank line ("\n\n"). Offsets are UTF-16 code units.

import type { ArticleBlock, ArticleLink, ArticleMark } from '../model';
import type { ArticleContent } from './article-content';

export const BLOCK_SEPARATOR = '\n\n';

export interface CanonicalText {
  text: string;
  blocks: ArticleBlock[];
  links: ArticleLink[];
  marks: ArticleMark[];
}

export function composeCanonicalText(content: Pick<ArticleContent, 'title' | 'blocks'>): CanonicalText {
  const pieces = [{ kind: 'title' as const, text: content.title }, ...content.blocks];
  let text = '';
  const blocks: ArticleBlock[] = [];
  const links: ArticleLink[] = [];
  const marks: ArticleMark[] = [];
  for (const piece of pieces) {
    if (blocks.length > 0) text += BLOCK_SEPARATOR;
    const start = text.length;
    const block: ArticleBlock = { kind: piece.kind, start, end: start + piece.text.length };
    if ('level' in piece && piece.level !== undefined) block.level = piece.level;
    if ('ordered' in piece && piece.ordered !== undefined) block.ordered = piece.ordered;
    blocks.push(block);
    if ('links' in piece) {
      for (const link of piece.links ?? []) {
        if (link.start < 0 || link.end > piece.text.length || link.end <= link.start) continue;
        links.push({ start: start + link.start, end: start + link.end, href: link.href });
      }
    }
    if ('marks' in piece) {
      // Each block's marks are in order and the blocks are, so the article's marks are too.
      for (const mark of piece.marks ?? []) {
        if (mark.start < 0 || mark.end > piece.text.length || mark.end <= mark.start) continue;
        marks.push({ kind: mark.kind, start: start + mark.start, end: start + mark.end });
      }
    }
    text += piece.text;
  }
  return { text, blocks, links, marks };
}
