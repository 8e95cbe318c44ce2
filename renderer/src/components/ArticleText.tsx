// The article's text as a reader expects it (title, caption, paragraphs, links), drawn once
// per article and never again for a claim: highlights are painted over it. A long article
// is drawn in slices, one per task, so the window keeps answering while it fills in.

import { memo, useEffect, useState, type ReactNode } from 'react';
import { segmentBlock } from '../../../shared/anchoring/highlight-segments';
import type { Article, ArticleBlock } from '../../../shared/model';
import { openLink } from '../api';

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

/** About this much text is drawn per task; a typical article is drawn in one. */
const SLICE_CHARACTERS = 60_000;

/** How many blocks hold the first `characters` of text from block `from` (at least one). */
function sliceEnd(blocks: readonly ArticleBlock[], from: number, characters: number): number {
  const first = blocks[from];
  if (first === undefined) return from;
  let end = from;
  while (end < blocks.length && (blocks[end]?.end ?? 0) - first.start <= characters) end += 1;
  return Math.max(end, from + 1);
}

const BlockText = memo(function BlockText({ article, block }: { article: Article; block: ArticleBlock }) {
  const pieces = segmentBlock(block, [], article.links).map((segment): ReactNode => {
    const text = article.text.slice(segment.start, segment.end);
    if (segment.href === null) return text;
    const href = segment.href;
    return (
      <a
        key={`link-${segment.start}`}
        href={href}
        rel="noopener noreferrer"
        title={href}
        onClick={(event) => {
          // Links never navigate the app; a click hands an http(s) address to the browser.
          event.preventDefault();
          if (document.getSelection()?.isCollapsed ?? true) void openLink(href);
        }}
      >
        {text}
      </a>
    );
  });
  const Tag = BLOCK_TAGS[block.kind];
  return (
    <Tag
      className={`block block-${block.kind}${block.level !== undefined ? ` level-${block.level}` : ''}${block.ordered ? ' is-ordered' : ''}`}
      data-block-start={block.start}
      dir="auto"
    >
      {pieces}
    </Tag>
  );
});

interface ArticleTextProps {
  article: Article;
  /** Called after each slice is on the page; `first` for the first slice of this text. */
  onDrawn(first: boolean): void;
}

export const ArticleText = memo(function ArticleText({ article, onDrawn }: ArticleTextProps) {
  const [drawn, setDrawn] = useState(() => sliceEnd(article.blocks, 0, SLICE_CHARACTERS));

  useEffect(() => {
    onDrawn(drawn === sliceEnd(article.blocks, 0, SLICE_CHARACTERS));
    if (drawn >= article.blocks.length) return;
    const timer = setTimeout(() => setDrawn(sliceEnd(article.blocks, drawn, SLICE_CHARACTERS)), 0);
    return () => clearTimeout(timer);
  }, [article.blocks, drawn, onDrawn]);

  return (
    <>
      {article.blocks.slice(0, drawn).map((block) => (
        <BlockText key={block.start} article={article} block={block} />
      ))}
    </>
  );
});
