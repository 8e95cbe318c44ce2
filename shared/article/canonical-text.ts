// Builds the one canonical plain text of an article, which every selector counts in,
// and the block map the renderer uses to show it: title, caption, then paragraphs,
// separated by a blank line ("\n\n").

import type { ArticleBlock, ArticleBlockKind } from '../model';

export const BLOCK_SEPARATOR = '\n\n';

export interface ArticleParts {
  title: string;
  caption: string | null;
  paragraphs: readonly string[];
}

export interface CanonicalText {
  text: string;
  blocks: ArticleBlock[];
}

export function composeCanonicalText(parts: ArticleParts): CanonicalText {
  const pieces: { kind: ArticleBlockKind; text: string }[] = [{ kind: 'title', text: parts.title }];
  if (parts.caption !== null) pieces.push({ kind: 'caption', text: parts.caption });
  for (const paragraph of parts.paragraphs) pieces.push({ kind: 'paragraph', text: paragraph });

  let text = '';
  const blocks: ArticleBlock[] = [];
  for (const piece of pieces) {
    if (blocks.length > 0) text += BLOCK_SEPARATOR;
    blocks.push({ kind: piece.kind, start: text.length, end: text.length + piece.text.length });
    text += piece.text;
  }
  return { text, blocks };
}
