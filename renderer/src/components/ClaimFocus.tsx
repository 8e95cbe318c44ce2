// The keyboard's and the screen reader's way to the highlights: one focusable ring drawn
// around the selected claim's text (or the first claim). While it has focus the arrow keys
// step from claim to claim in reading order, Home and End go to the first and last, Enter
// opens the claim in the panel, and each claim is announced as it is reached.

import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Claim } from '../../../shared/model';
import { STATUS_INFO } from '../../../shared/statuses';
import { rangeFor, type TextIndex } from '../article/text-index';
import { claimIndex } from '../state/claims-since';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface ClaimFocusProps {
  rootRef: RefObject<HTMLElement | null>;
  index: TextIndex | null;
  /** Claims in reading order. */
  ordered: readonly Claim[];
  selectedClaimId: string | null;
  onSelect(claimId: string): void;
  /** Enter: go to the claim's card. */
  onOpen(claimId: string): void;
}

const STEPS: Readonly<Record<string, (at: number, count: number) => number>> = {
  ArrowDown: (at) => at + 1,
  ArrowRight: (at) => at + 1,
  ArrowUp: (at) => at - 1,
  ArrowLeft: (at) => at - 1,
  Home: () => 0,
  End: (_at, count) => count - 1,
};

/** The claim's text as boxes in the article's own coordinates, so they scroll with it. */
function boxesOf(root: HTMLElement, range: Range): Box[] {
  const origin = root.getBoundingClientRect();
  return [...range.getClientRects()]
    .filter((rect) => rect.width > 0)
    .map((rect) => ({
      left: rect.left - origin.left + root.scrollLeft,
      top: rect.top - origin.top + root.scrollTop,
      width: rect.width,
      height: rect.height,
    }));
}

const NO_BOXES: Box[] = [];

export function ClaimFocus({ rootRef, index, ordered, selectedClaimId, onSelect, onOpen }: ClaimFocusProps) {
  const [boxes, setBoxes] = useState<Box[]>(NO_BOXES);
  const [focused, setFocused] = useState(false);
  const scrolledTo = useRef<string | null>(null);
  const at = Math.max(0, claimIndex(ordered, selectedClaimId));
  const claim = ordered[at] ?? null;
  const position = claim === null ? null : claim.selectors.position;
  // The ring is drawn while it has focus or a claim is selected; otherwise nothing is measured.
  const shown = focused || selectedClaimId !== null;

  // Measured after the frame is painted, from the layout the browser has just made, rather
  // than forcing one before it.
  useEffect(() => {
    const root = rootRef.current;
    if (!shown || root === null || index === null || position === null) {
      setBoxes(NO_BOXES);
      return;
    }
    const range = rangeFor(index, position.start, position.end);
    const measure = () => setBoxes(range === null ? [] : boxesOf(root, range));
    measure();
    // A newly selected claim is scrolled to once, not at every redraw.
    if (range !== null && selectedClaimId !== null && scrolledTo.current !== selectedClaimId) {
      scrolledTo.current = selectedClaimId;
      const view = root.getBoundingClientRect();
      const where = range.getBoundingClientRect();
      if (where.top < view.top || where.bottom > view.bottom) {
        root.scrollBy({ top: where.top - view.top - view.height / 3, behavior: 'smooth' });
      }
    }
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    return () => observer.disconnect();
  }, [shown, rootRef, index, position?.start, position?.end, selectedClaimId]);

  if (claim === null) return null;
  const label = `Claim ${at + 1} of ${ordered.length}, ${STATUS_INFO[claim.status].label}: ${claim.selectors.quote.exact}`;
  const onKeyDown = (event: KeyboardEvent) => {
    // With a modifier the key is a shortcut (Ctrl+Enter adds the selection as a claim), not "open this claim".
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(claim.id);
      return;
    }
    const step = STEPS[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = ordered[Math.min(ordered.length - 1, Math.max(0, step(at, ordered.length)))];
    if (next !== undefined) onSelect(next.id);
  };
  return (
    <div
      className={`claim-focus${focused ? ' is-focused' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-keyshortcuts="ArrowDown ArrowUp Home End Enter"
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      {shown && boxes.map((box, boxIndex) => <span key={boxIndex} className="claim-focus-box" style={box} />)}
      <span className="visually-hidden" aria-live="polite">
        {focused ? label : ''}
      </span>
    </div>
  );
}
