// The article with every claim highlighted. The text is drawn once; the highlights are
// painted over it (article/highlight-painter.ts), so overlapping claims each keep their full
// span and the text under two or more is darker. A click finds the claims under the point
// in the interval index: one is selected, several are offered in a list (ClaimPicker).
// The keyboard selects text through keyboard-selection.ts.

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { claimsAt, type ClaimIntervals } from '../../../shared/anchoring/claim-intervals';
import type { Article, Claim } from '../../../shared/model';
import { textOf } from '../article/article-text';
import { bylineText } from '../article/byline';
import { articleDirection } from '../article/text-direction';
import { HighlightPainter } from '../article/highlight-painter';
import { selectionToRange, type SelectedRange } from '../article/selection-offsets';
import { indexText, offsetAtPoint, type TextIndex } from '../article/text-index';
import { firstShownOffset, selectByKeyboard, type SelectionCommand } from '../article/keyboard-selection';
import { ArticleText } from './ArticleText';
import { ClaimPicker } from './ClaimPicker';
import { ClaimFocus } from './ClaimFocus';
import { claimWithId } from '../state/claims-since';

interface ArticleViewProps {
  article: Article;
  claims: readonly Claim[];
  /** The anchored claims in reading order. */
  ordered: readonly Claim[];
  selectedClaimId: string | null;
  onSelectClaim(claimId: string): void;
  /** Enter on a highlight: the claim's card takes the focus. */
  onOpenClaim(claimId: string): void;
  onSelectionChange(range: SelectedRange | null): void;
  /** Filled with what makes a selection from the keyboard while the view is shown. */
  keyboardSelection?: RefObject<((command: SelectionCommand) => boolean) | null>;
}

/**
 * Past this length (two groups of blocks), groups off screen skip layout and painting until
 * scrolled near (content-visibility): a 10,000-word article is then laid out, painted and
 * hit-tested a screen at a time, not whole at every status change or click.
 */
const LONG_ARTICLE_CHARACTERS = 50_000;

interface Picker {
  claimIds: string[];
  x: number;
  y: number;
}

export function ArticleView({ article, claims, ordered, selectedClaimId, onSelectClaim, onOpenClaim, onSelectionChange, keyboardSelection }: ArticleViewProps) {
  const rootRef = useRef<HTMLElement>(null);
  const painter = useRef<HighlightPainter | null>(null);
  const intervals = useRef<ClaimIntervals | null>(null);
  const [index, setIndex] = useState<TextIndex | null>(null);
  const [picker, setPicker] = useState<Picker | null>(null);
  const byline = bylineText(article);
  const direction = useMemo(() => articleDirection(article), [article]);

  const onDrawn = useCallback((first: boolean) => {
    const root = rootRef.current;
    if (root !== null) setIndex((earlier) => indexText(root, first || earlier === null ? undefined : earlier));
  }, []);

  useLayoutEffect(() => {
    const own = new HighlightPainter();
    painter.current = own;
    return () => {
      own.dispose();
      painter.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    if (index === null || painter.current === null) return;
    intervals.current = painter.current.paint(textOf(article), index, claims).intervals;
  }, [article, index, claims]);

  useEffect(() => {
    const onSelectionChangeEvent = () => {
      const root = rootRef.current;
      if (root === null) return;
      onSelectionChange(selectionToRange(root, document.getSelection(), textOf(article)));
    };
    document.addEventListener('selectionchange', onSelectionChangeEvent);
    return () => document.removeEventListener('selectionchange', onSelectionChangeEvent);
  }, [article, onSelectionChange]);

  const readingAt = useRef(0);
  readingAt.current = claimWithId(ordered, selectedClaimId)?.selectors.position.start ?? -1;
  useEffect(() => {
    if (keyboardSelection === undefined) return;
    keyboardSelection.current = (command) => {
      const root = rootRef.current;
      if (root === null || index === null) return false;
      const at = readingAt.current >= 0 ? readingAt.current : firstShownOffset(root);
      const selected = selectByKeyboard(root, index, textOf(article), command, at);
      // Said now, not at the browser's selectionchange: a shortcut pressed right after
      // (Ctrl+Enter adds the selection) must find the selection it made.
      if (selected) onSelectionChange(selectionToRange(root, document.getSelection(), textOf(article)));
      return selected;
    };
    return () => {
      keyboardSelection.current = null;
    };
  }, [keyboardSelection, article, index, onSelectionChange]);

  const focusRing = () => requestAnimationFrame(() => rootRef.current?.querySelector<HTMLElement>('.claim-focus')?.focus({ preventScroll: true }));

  const claimsUnder = (event: MouseEvent): string[] => {
    if (index === null || intervals.current === null) return [];
    const offset = offsetAtPoint(index, event.clientX, event.clientY);
    return offset === null ? [] : claimsAt(intervals.current, offset);
  };

  const onClick = (event: MouseEvent<HTMLElement>) => {
    // A click that ends a drag-selection is a selection, not a pick.
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    if ((event.target as Element).closest('.claim-picker, .claim-focus') !== null) return;
    const here = claimsUnder(event);
    const only = here.length === 1 ? here[0] : undefined;
    if (only !== undefined) {
      setPicker(null);
      onSelectClaim(only);
      return;
    }
    setPicker(here.length === 0 ? null : { claimIds: here, x: event.clientX, y: event.clientY });
  };

  return (
    <article
      className={`article${article.text.length > LONG_ARTICLE_CHARACTERS ? ' is-long' : ''}`}
      ref={rootRef}
      aria-label="Article"
      dir={direction}
      onScroll={() => setPicker(null)}
      onClick={onClick}
      onMouseMove={(event) => {
        // Highlights are painted, not elements: the pointer shows a hand where a click would
        // pick a claim. Set on the element itself, so moving the mouse never redraws the view.
        const over = event.buttons === 0 && claimsUnder(event).length > 0;
        event.currentTarget.classList.toggle('is-over-claim', over);
      }}
    >
      <ClaimFocus
        rootRef={rootRef}
        index={index}
        ordered={ordered}
        selectedClaimId={selectedClaimId}
        onSelect={onSelectClaim}
        onOpen={onOpenClaim}
      />
      {/* A new version of the text (the article was updated) is drawn afresh. */}
      <ArticleText key={article.contentHash} article={article} onDrawn={onDrawn} byline={byline} direction={direction} />
      {byline !== null && !article.blocks.some((block) => block.kind === 'title') && (
        <p className="article-byline" dir="auto">
          {byline}
        </p>
      )}
      {article.source !== null && (
        <p className="article-source" dir="auto">
          Original source: {article.source}
        </p>
      )}
      {picker !== null && (
        <ClaimPicker
          claimIds={picker.claimIds}
          claims={claims}
          x={picker.x}
          y={picker.y}
          onPick={(claimId, byKeyboard) => {
            setPicker(null);
            onSelectClaim(claimId);
            if (byKeyboard) focusRing();
          }}
          onClose={() => {
            setPicker(null);
            focusRing();
          }}
        />
      )}
    </article>
  );
}
