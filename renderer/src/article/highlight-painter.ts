// Draws the claims over the article with the CSS Custom Highlight API: one highlight per
// status, and overlap highlights on top so text under two or more claims is darker. The text
// itself is never cut or wrapped, and a change to one claim moves only that claim's range.

import { buildIntervals, overlapRuns, type ClaimIntervals } from '../../../shared/anchoring/claim-intervals';
import { anchorByPosition } from '../../../shared/anchoring/selectors';
import type { Claim, ClaimStatus } from '../../../shared/model';
import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/statuses';
import { rangeFor, type TextIndex } from './text-index';

/** The highlight names; tests and the style sheet below use them. */
export const statusHighlight = (status: ClaimStatus) => `claimmark-${status}`;
export const OVERLAP_HIGHLIGHTS = ['claimmark-overlap-2', 'claimmark-overlap-3'] as const;

/** The highlights' look, from the statuses' colours (a `::highlight()` rule cannot be set inline). */
export function highlightStyleSheet(): string {
  const statuses = CLAIM_STATUSES.map((status) => {
    const color = STATUS_INFO[status].color;
    return `::highlight(${statusHighlight(status)}) { background-color: color-mix(in srgb, ${color} 24%, transparent); text-decoration: underline 2px ${color}; text-underline-offset: 3px; }`;
  });
  return [
    ...statuses,
    // Overlaps are drawn darker, one step per extra claim.
    `::highlight(${OVERLAP_HIGHLIGHTS[0]}) { background-color: rgb(0 0 0 / 0.16); }`,
    `::highlight(${OVERLAP_HIGHLIGHTS[1]}) { background-color: rgb(0 0 0 / 0.3); }`,
  ].join('\n');
}

interface Painted {
  claim: Claim;
  range: Range | null;
}

export interface PaintedClaims {
  intervals: ClaimIntervals;
  /** Each painted claim's range, for scrolling to it and drawing its focus ring. */
  rangeOf(claimId: string): Range | null;
}

export class HighlightPainter {
  private readonly byStatus = new Map<ClaimStatus, Highlight>();
  private readonly overlaps = OVERLAP_HIGHLIGHTS.map(() => new Highlight());
  private painted = new Map<string, Painted>();
  private index: TextIndex | null = null;
  private intervals: ClaimIntervals = buildIntervals([]);

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {
    for (const status of CLAIM_STATUSES) {
      const highlight = new Highlight();
      this.byStatus.set(status, highlight);
      registry.set(statusHighlight(status), highlight);
    }
    this.overlaps.forEach((highlight, depth) => {
      // Above every status, deeper above shallower.
      highlight.priority = depth + 1;
      registry.set(OVERLAP_HIGHLIGHTS[depth] ?? '', highlight);
    });
  }

  /** Brings the highlights up to `claims`; only claims whose record changed are touched. */
  paint(text: string, index: TextIndex, claims: readonly Claim[]): PaintedClaims {
    const redraw = index !== this.index;
    if (redraw) {
      for (const highlight of this.byStatus.values()) highlight.clear();
      this.painted = new Map();
      this.index = index;
    }
    let moved = redraw;
    const next = new Map<string, Painted>();
    for (const claim of claims) {
      const before = this.painted.get(claim.id);
      if (before?.claim === claim) {
        next.set(claim.id, before);
        continue;
      }
      if (before !== undefined && samePlace(before.claim, claim)) {
        this.move(before.range, before.claim.status, claim.status);
        next.set(claim.id, { claim, range: before.range });
        continue;
      }
      this.move(before?.range ?? null, before?.claim.status ?? null, null);
      const range = this.rangeOfClaim(text, index, claim);
      this.move(range, null, claim.status);
      next.set(claim.id, { claim, range });
      moved = true;
    }
    for (const [id, gone] of this.painted) {
      if (next.has(id)) continue;
      this.move(gone.range, gone.claim.status, null);
      moved = true;
    }
    this.painted = next;
    if (moved) this.redrawOverlaps(text, index);
    return { intervals: this.intervals, rangeOf: (claimId) => this.painted.get(claimId)?.range ?? null };
  }

  /** Takes every highlight off the page. */
  dispose(): void {
    for (const status of CLAIM_STATUSES) this.registry.delete(statusHighlight(status));
    for (const name of OVERLAP_HIGHLIGHTS) this.registry.delete(name);
  }

  private rangeOfClaim(text: string, index: TextIndex, claim: Claim): Range | null {
    if (claim.anchor.state === 'orphaned') return null;
    const place = anchorByPosition(text, claim.selectors);
    return place === null ? null : rangeFor(index, place.start, place.end);
  }

  private move(range: Range | null, from: ClaimStatus | null, to: ClaimStatus | null): void {
    if (range === null || from === to) return;
    if (from !== null) this.byStatus.get(from)?.delete(range);
    if (to !== null) this.byStatus.get(to)?.add(range);
  }

  private redrawOverlaps(text: string, index: TextIndex): void {
    const spans = [...this.painted.values()].flatMap(({ claim, range }) =>
      range === null ? [] : [{ claimId: claim.id, start: claim.selectors.position.start, end: claim.selectors.position.end }],
    );
    this.intervals = buildIntervals(spans.filter((span) => span.end <= text.length));
    for (const highlight of this.overlaps) highlight.clear();
    for (const run of overlapRuns(this.intervals)) {
      const range = rangeFor(index, run.start, run.end);
      const highlight = this.overlaps[Math.min(run.depth, OVERLAP_HIGHLIGHTS.length + 1) - 2];
      if (range !== null) highlight?.add(range);
    }
  }
}

function samePlace(a: Claim, b: Claim): boolean {
  return (
    a.anchor.state === b.anchor.state &&
    a.selectors.position.start === b.selectors.position.start &&
    a.selectors.position.end === b.selectors.position.end &&
    a.selectors.quote.exact === b.selectors.quote.exact
  );
}
