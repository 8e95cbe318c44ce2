// The article's text as a reader expects it (title, caption, paragraphs, links, bold, italic
// and code), drawn once
// per article and never again for a claim: highlights are painted over it. A long article
// is drawn in groups of blocks, as many per task as render in about 10 ms, so the window keeps answering while it fills in.

import { Fragment, memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { inlineRuns } from '../../../shared/article/inline-runs';
import type { Article, ArticleBlock, MarkKind } from '../../../shared/model';
import { openLink } from '../api';
import { textOf } from '../article/article-text';
import { groupBlocks, type BlockGroup } from '../article/block-groups';

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

/** A group holds at least this much text; a typical article has two or three. */
const GROUP_CHARACTERS = 25_000;
/** A very long article has about this many groups, each small enough for a short task. */
const GROUPS_AT_MOST = 600;

/**
 * How long rendering a batch of groups may take. The task that draws them takes about three
 * times as long (the text index and the highlights follow each batch, then layout), which
 * stays under the 50 ms a long task starts at.
 */
const TASK_MS = 10;

/**
 * How many groups the next task draws, from how long the last batch took to render and commit:
 * more while they are quick (groups that skip layout off screen), never fewer than one.
 */
function nextBatch(lastBatch: number, tookMs: number): number {
  const perGroup = tookMs / Math.max(1, lastBatch);
  return Math.max(1, Math.min(lastBatch * 2, Math.floor(TASK_MS / Math.max(perGroup, 0.1))));
}

const MARK_TAGS: Readonly<Record<MarkKind, 'strong' | 'em' | 'code'>> = { strong: 'strong', emphasis: 'em', code: 'code' };

/**
 * A run of text inside its mark elements, outermost first. The text stays one text node, so
 * the text index, highlights and selections count it as any other.
 */
function markedText(text: string, marks: readonly MarkKind[], key: string): ReactNode {
  return marks.reduceRight<ReactNode>((inner, kind) => {
    const Tag = MARK_TAGS[kind];
    return <Tag key={`${kind}-${key}`}>{inner}</Tag>;
  }, text);
}

const BlockText = memo(function BlockText({ article, block }: { article: Article; block: ArticleBlock }) {
  const pieces = inlineRuns(block, article.links, article.marks).map((run): ReactNode => {
    const text = markedText(textOf(article).slice(run.start, run.end), run.marks, String(run.start));
    if (run.href === null) return text;
    const href = run.href;
    return (
      <a
        key={`link-${run.start}`}
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

const GroupText = memo(function GroupText({ article, group, byline }: { article: Article; group: BlockGroup; byline: string | null }) {
  return (
    <div className="block-group">
      {article.blocks.slice(group.from, group.to).map((block) => (
        <Fragment key={block.start}>
          <BlockText article={article} block={block} />
          {/* Not a block: the byline is no part of the article's text, which claims count in. */}
          {block.kind === 'title' && byline !== null && (
            <p className="article-byline" dir="auto">
              {byline}
            </p>
          )}
        </Fragment>
      ))}
    </div>
  );
});

interface ArticleTextProps {
  article: Article;
  /** Called after each group is on the page; `first` for the first group of this text. */
  onDrawn(first: boolean): void;
  /** Who wrote the article and when, shown under its title. */
  byline: string | null;
}

export const ArticleText = memo(function ArticleText({ article, onDrawn, byline }: ArticleTextProps) {
  const groups = useMemo(
    () => groupBlocks(article.blocks, Math.max(GROUP_CHARACTERS, Math.ceil(article.text.length / GROUPS_AT_MOST))),
    [article.blocks, article.text.length],
  );
  const [drawn, setDrawn] = useState(1);
  // When this render began: how long a batch of groups took decides how many the next task draws.
  const renderedAt = useRef(0);
  renderedAt.current = performance.now();
  /** How many groups the last task drew. */
  const lastBatch = useRef(1);

  useEffect(() => {
    onDrawn(drawn === 1);
    if (drawn >= groups.length) return;
    const batch = nextBatch(lastBatch.current, performance.now() - renderedAt.current);
    lastBatch.current = batch;
    const timer = setTimeout(() => setDrawn((count) => count + batch), 0);
    return () => clearTimeout(timer);
  }, [groups, drawn, onDrawn]);

  return (
    <>
      {groups.slice(0, drawn).map((group) => (
        <GroupText key={group.from} article={article} group={group} byline={group.from === 0 ? byline : null} />
      ))}
    </>
  );
});
