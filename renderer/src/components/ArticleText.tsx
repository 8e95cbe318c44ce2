// The article's text as a reader expects it (title, caption, paragraphs, links, bold, italic
// and code), drawn once per article and never again for a claim: highlights are painted over
// it. A long article is drawn in groups of blocks, as many per task as are made in about
// 10 ms, so the window keeps answering while it fills in.

import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Article } from '../../../shared/model';
import { openLink } from '../api';
import { groupElements } from '../article/block-elements';
import { groupBlocks, type BlockGroup } from '../article/block-groups';

/**
 * A group holds at least this much text (a screen or two; a 10,000-word article has about
 * fifteen): off screen, a long article's groups skip layout one small group at a time.
 */
const GROUP_CHARACTERS = 5_000;
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

/**
 * How much text the first task draws: made with the DOM, the elements of this much take a
 * few milliseconds (a 15 MB article is drawn whole in well under a second). A longer
 * article goes on in batches sized by nextBatch.
 */
const FIRST_CHARACTERS = 100_000;

/** How many groups hold the first FIRST_CHARACTERS of the text (at least one). */
function firstBatch(groups: readonly BlockGroup[], blocks: Article['blocks']): number {
  const first = blocks[0]?.start ?? 0;
  const within = groups.findIndex((group) => (blocks[group.to - 1]?.end ?? 0) - first > FIRST_CHARACTERS);
  return within < 0 ? groups.length : Math.max(1, within);
}

/** Links never navigate the app: a click (or Enter) on one hands its http(s) address to the system browser. */
function onLinkClick(event: MouseEvent<HTMLDivElement>) {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (link === null || !event.currentTarget.contains(link)) return;
  event.preventDefault();
  const href = link.getAttribute('href');
  if (href !== null && (document.getSelection()?.isCollapsed ?? true)) void openLink(href);
}

/** One group of blocks, made with the DOM (article/block-elements.ts) once and left alone after. */
interface GroupTextProps {
  article: Article;
  group: BlockGroup;
  byline: string | null;
  direction: 'ltr' | 'rtl';
}

const GroupText = memo(function GroupText({ article, group, byline, direction }: GroupTextProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // Made once: a later render (a new record of the same text) must not replace the text
    // nodes that the text index, the highlights and a selection point into.
    const element = ref.current;
    if (element === null || element.hasChildNodes()) return;
    element.appendChild(groupElements(document, article, group, byline, direction));
  }, [article, group, byline, direction]);
  return <div ref={ref} className="block-group-slot" onClick={onLinkClick} />;
});

interface ArticleTextProps {
  article: Article;
  /** Called after each batch of groups is on the page; `first` for the first batch of this text. */
  onDrawn(first: boolean): void;
  /** Who wrote the article and when, shown under its title. */
  byline: string | null;
  /** The article's direction, which blocks written the same way take from it. */
  direction: 'ltr' | 'rtl';
}

export const ArticleText = memo(function ArticleText({ article, onDrawn, byline, direction }: ArticleTextProps) {
  const groups = useMemo(
    () => groupBlocks(article.blocks, Math.max(GROUP_CHARACTERS, Math.ceil(article.text.length / GROUPS_AT_MOST))),
    [article.blocks, article.text.length],
  );
  // The first task draws the article's first FIRST_CHARACTERS at once: all of an ordinary
  // article, so its text, index and highlights are made once and in one frame.
  const [drawn, setDrawn] = useState(() => firstBatch(groups, article.blocks));
  // When this render began: how long a batch of groups took decides how many the next task draws.
  const renderedAt = useRef(0);
  renderedAt.current = performance.now();
  /** How many groups the last task drew, and how long rendering and making them took. */
  const lastBatch = useRef(drawn);
  const lastTook = useRef(0);
  /** Whether the effect below has not yet run for this text. */
  const firstDrawn = useRef(true);

  // Read as soon as the groups' elements are made (their own layout effects run first), not
  // once the effects below run, which may be only after the browser has painted a frame.
  useLayoutEffect(() => {
    lastTook.current = performance.now() - renderedAt.current;
  }, [groups, drawn]);

  useEffect(() => {
    onDrawn(firstDrawn.current);
    firstDrawn.current = false;
    if (drawn >= groups.length) return;
    const batch = nextBatch(lastBatch.current, lastTook.current);
    lastBatch.current = batch;
    const timer = setTimeout(() => setDrawn((count) => count + batch), 0);
    return () => clearTimeout(timer);
  }, [groups, drawn, onDrawn]);

  return (
    <>
      {groups.slice(0, drawn).map((group) => (
        <GroupText key={group.from} article={article} group={group} byline={group.from === 0 ? byline : null} direction={direction} />
      ))}
    </>
  );
});
