// The side panel: the article's claims the filter shows, in the order chosen. Only the cards near the
// visible part of the list are on the page (a virtualised list), so an article with
// thousands of claims opens and scrolls as fast as one with ten.

import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Claim, ClaimStatus } from '../../../shared/model';
import type { ClaimFields, EvidenceInput, ReattachTarget, SaveState } from '../state/use-workspace';
import type { ClaimView } from '../state/claim-view';
import { claimIndex, replacedAt } from '../state/claims-since';
import { ClaimCard } from './ClaimCard';
import { ClaimFilterBar } from './ClaimFilterBar';
import { StatusLegend } from './StatusLegend';
import { OrphanedClaims } from './OrphanedClaims';

/** What a card can ask for; the same functions for the app's life, so a card redraws only when its claim does. */
export interface ClaimCardActions {
  onSelect(claimId: string): void;
  onStatusChange(claimId: string, status: ClaimStatus): void;
  onFieldsChange(claimId: string, fields: ClaimFields): Promise<boolean>;
  onAddEvidence(claimId: string, evidence: EvidenceInput): Promise<boolean>;
  onUpdateEvidence(claimId: string, evidenceId: string, evidence: EvidenceInput): Promise<boolean>;
  onDeleteEvidence(claimId: string, evidenceId: string): void;
  onDelete(claimId: string): void;
  onReview(claimId: string, status: ClaimStatus): void;
}

interface ClaimPanelProps {
  /** Set when the analyst has hidden the panel. */
  hidden: boolean;
  /** The claims the filter shows, and how to change it. */
  view: ClaimView;
  selectedClaimId: string | null;
  /** Set when the card of the selected claim should take the keyboard focus. */
  focusRequest: number;
  saveStates: Readonly<Record<string, SaveState>>;
  actions: ClaimCardActions;
  canUseSelection: boolean;
  onReattach(claimId: string, target: ReattachTarget['kind']): void;
}

/** A number that changes whenever the claims' ids, in order, do. */
function useOrderVersion(ordered: readonly Claim[]): number {
  const last = useRef<{ ordered: readonly Claim[]; version: number }>({ ordered: [], version: 0 });
  const { ordered: before, version } = last.current;
  // A list made from the last one by replacing claims in their places is known as such, without a pass over it.
  if (ordered !== before) last.current = { ordered, version: replacedAt(before, ordered) === null ? version + 1 : version };
  return last.current.version;
}

/** A first guess at a card's height; each card is measured once drawn. */
const ESTIMATED_CARD_PX = 150;
const CARD_GAP_PX = 12;

export function ClaimPanel(props: ClaimPanelProps) {
  const { view, selectedClaimId, saveStates, actions } = props;
  const ordered = view.listed;
  const orphans = view.orphans;
  const panelRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // The list measures its cards by key; the key function changes only when the order of the
  // claims does, not when one claim's record does, so a status change costs no re-measuring.
  const orderedRef = useRef(ordered);
  orderedRef.current = ordered;
  const order = useOrderVersion(ordered);
  const getItemKey = useCallback((at: number) => orderedRef.current[at]?.id ?? at, [order]);

  const list = useVirtualizer({
    count: ordered.length,
    getScrollElement: () => panelRef.current,
    estimateSize: () => ESTIMATED_CARD_PX,
    getItemKey,
    gap: CARD_GAP_PX,
    overscan: 6,
    scrollMargin,
    // Until the panel is measured, a window's height of cards: the first render draws them,
    // so the first layout is of the panel with its cards, not one without and then another.
    initialRect: { width: 0, height: window.innerHeight },
  });

  // The list starts below the filter, the legend, the orphaned claims and the heading, whose
  // height changes as they open and close.
  const headRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const update = () => setScrollMargin(listRef.current?.offsetTop ?? 0);
    update();
    const head = headRef.current;
    if (head === null) return;
    const observer = new ResizeObserver(update);
    observer.observe(head);
    return () => observer.disconnect();
  }, [ordered.length === 0]);

  // The cards' places are set here, not as a prop of each card: when a card above grows or
  // shrinks (its history gets a line), the cards below move without rendering again.
  // A redraw that moved no card (a claim's new status, say) leaves them where they are: the
  // same card elements with the same measurements have nothing to move.
  const placed = useRef<{ items: readonly VirtualItem[]; margin: number; cards: readonly Element[] } | null>(null);
  useLayoutEffect(() => {
    const element = listRef.current;
    if (element === null) return;
    const cards = element.children;
    const items = list.getVirtualItems();
    const margin = list.options.scrollMargin;
    const last = placed.current;
    const same =
      last !== null && last.items === items && last.margin === margin && last.cards.length === cards.length && last.cards.every((card, at) => cards[at] === card);
    if (same) return;
    placed.current = { items, margin, cards: [...cards] };
    const offsets = new Map(items.map((item) => [item.index, item.start - margin]));
    for (const card of cards) {
      if (!(card instanceof HTMLElement)) continue;
      const offset = offsets.get(Number(card.dataset.index));
      const transform = offset === undefined ? '' : `translateY(${offset}px)`;
      if (card.style.transform !== transform) card.style.transform = transform;
    }
  });

  const selectedAt = claimIndex(ordered, selectedClaimId);
  useEffect(() => {
    if (selectedAt >= 0) list.scrollToIndex(selectedAt, { align: 'auto' });
  }, [selectedAt, list]);

  useEffect(() => {
    if (props.focusRequest === 0 || selectedClaimId === null) return;
    // The card may only now be drawn after scrolling to it.
    const frame = requestAnimationFrame(() =>
      panelRef.current?.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(selectedClaimId)}"] select`)?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [props.focusRequest]);

  return (
    <aside className="claim-panel" aria-label="Claims" ref={panelRef} hidden={props.hidden}>
      <div ref={headRef}>
        <ClaimFilterBar filter={view.filter} setFilter={view.setFilter} sort={view.sort} setSort={view.setSort} hiddenCount={view.hiddenCount} tags={view.tags} />
        <StatusLegend />
        <OrphanedClaims orphans={orphans} canUseSelection={props.canUseSelection} onReattach={props.onReattach} actions={actions} saveStates={saveStates} />
        <h2>Claims</h2>
      </div>
      {ordered.length === 0 && orphans.length === 0 ? (
        <p className="empty-hint">
          {view.hiddenCount > 0 ? 'No claim matches the filter.' : 'Select a sentence in the article (or press S), then press “Add claim” (or Ctrl+Enter). Press ? for every shortcut.'}
        </p>
      ) : (
        <ol className="claim-list is-virtual" ref={listRef} style={{ height: list.getTotalSize() }}>
          {list.getVirtualItems().map((item) => {
            const claim = ordered[item.index];
            if (claim === undefined) return null;
            return (
              <ClaimCard
                key={claim.id}
                claim={claim}
                position={item.index + 1}
                count={ordered.length}
                measureRef={list.measureElement}
                selected={claim.id === selectedClaimId}
                saveState={saveStates[claim.id]}
                actions={actions}
              />
            );
          })}
        </ol>
      )}
    </aside>
  );
}
