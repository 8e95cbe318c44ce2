// Shows the article as a reader expects (title, caption, paragraphs, source) with every
// claim highlighted. Overlapping claims are drawn by cutting the text at every claim
// boundary; a click on text covered by several claims offers all of them.

import { useEffect, useMemo, useRef, useState, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import { segmentBlock, type HighlightSegment, type HighlightSpan } from '../../../shared/anchoring/highlight-segments';
import { anchorByPosition } from '../../../shared/anchoring/selectors';
import type { Article, ArticleBlock, Claim } from '../../../shared/model';
import { STATUS_INFO } from '../../../shared/statuses';
import { selectionToRange, type SelectedRange } from '../article/selection-offsets';
import { openLink } from '../api';

interface ArticleViewProps {
  article: Article;
  claims: readonly Claim[];
  selectedClaimId: string | null;
  onSelectClaim(claimId: string): void;
  onSelectionChange(range: SelectedRange | null): void;
}

interface Picker {
  claimIds: string[];
  x: number;
  y: number;
}

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

export function ArticleView({ article, claims, selectedClaimId, onSelectClaim, onSelectionChange }: ArticleViewProps) {
  const rootRef = useRef<HTMLElement>(null);
  const [picker, setPicker] = useState<Picker | null>(null);
  const claimsById = useMemo(() => new Map(claims.map((claim) => [claim.id, claim])), [claims]);

  const spans = useMemo<HighlightSpan[]>(
    () =>
      claims.flatMap((claim) => {
        if (claim.anchor.state === 'orphaned') return [];
        const range = anchorByPosition(article.text, claim.selectors);
        return range === null ? [] : [{ claimId: claim.id, start: range.start, end: range.end }];
      }),
    [article.text, claims],
  );

  useEffect(() => {
    const onSelectionChangeEvent = () => {
      const root = rootRef.current;
      if (root === null) return;
      onSelectionChange(selectionToRange(root, document.getSelection(), article.text));
    };
    document.addEventListener('selectionchange', onSelectionChangeEvent);
    return () => document.removeEventListener('selectionchange', onSelectionChangeEvent);
  }, [article.text, onSelectionChange]);

  useEffect(() => {
    if (selectedClaimId === null) return;
    rootRef.current
      ?.querySelector(`[data-claim-ids~="${CSS.escape(selectedClaimId)}"]`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selectedClaimId]);

  const onHighlightClick = (event: MouseEvent<HTMLElement>, claimIds: string[]) => {
    // A click that ends a drag-selection is a selection, not a pick.
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    const only = claimIds.length === 1 ? claimIds[0] : undefined;
    if (only !== undefined) {
      setPicker(null);
      onSelectClaim(only);
      return;
    }
    setPicker({ claimIds, x: event.clientX, y: event.clientY });
  };

  const markSegment = (segment: HighlightSegment, text: string): ReactNode => {
    if (segment.claimIds.length === 0) return text;
    const innermost = claimsById.get(segment.claimIds[segment.claimIds.length - 1] ?? '');
    const selected = selectedClaimId !== null && segment.claimIds.includes(selectedClaimId);
    return (
      <mark
        key={segment.start}
        className={`highlight status-${innermost?.status ?? 'unverified'}${selected ? ' is-selected' : ''}`}
        style={{ '--claim-color': STATUS_INFO[innermost?.status ?? 'unverified'].color } as CSSProperties}
        data-claim-ids={segment.claimIds.join(' ')}
        data-depth={Math.min(segment.claimIds.length, 3)}
        onClick={(event) => onHighlightClick(event, segment.claimIds)}
      >
        {text}
      </mark>
    );
  };

  const renderBlock = (block: ArticleBlock, index: number): ReactNode => {
    const pieces = segmentBlock(block, spans, article.links).map((segment) => {
      const text = article.text.slice(segment.start, segment.end);
      const marked = markSegment(segment, text);
      if (segment.href === null) return marked;
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
          {marked}
        </a>
      );
    });
    const Tag = BLOCK_TAGS[block.kind];
    return (
      <Tag
        key={index}
        className={`block block-${block.kind}${block.level !== undefined ? ` level-${block.level}` : ''}${block.ordered ? ' is-ordered' : ''}`}
        data-block-start={block.start}
        dir="auto"
      >
        {pieces}
      </Tag>
    );
  };

  return (
    <article
      className="article"
      ref={rootRef}
      aria-label="Article"
      dir={article.dir ?? 'auto'}
      onScroll={() => setPicker(null)}
    >
      {article.blocks.map(renderBlock)}
      {(article.byline !== null || article.publishedTime !== null) && (
        <p className="article-byline" dir="auto">
          {[article.byline, article.publishedTime].filter(Boolean).join(' · ')}
        </p>
      )}
      {article.source !== null && (
        <p className="article-source" dir="auto">
          Original source: {article.source}
        </p>
      )}
      {picker !== null && (
        <div
          className="claim-picker"
          role="menu"
          aria-label="Claims here"
          style={{ left: picker.x, top: picker.y }}
          onKeyDown={(event) => event.key === 'Escape' && setPicker(null)}
        >
          <p className="claim-picker-title">{picker.claimIds.length} claims here</p>
          {picker.claimIds.map((claimId) => {
            const claim = claimsById.get(claimId);
            return (
              <button
                key={claimId}
                type="button"
                role="menuitem"
                onClick={() => {
                  setPicker(null);
                  onSelectClaim(claimId);
                }}
              >
                {claim?.selectors.quote.exact ?? claimId}
              </button>
            );
          })}
        </div>
      )}
    </article>
  );
}
