// Draws the claims over the article with the CSS Custom Highlight API. Each status has a few
// layers (highlights), and claims of one status that share text are put on different layers:
// every layer is translucent, so text under two or more claims is painted two or more times
// and shows darker, with one range per claim and no range of its own. The text itself is
// never cut or wrapped, and a change to one claim moves only that claim's range.

import { buildIntervals, claimsOverlapping, type ClaimIntervals } from '../../../shared/anchoring/claim-intervals';
import { anchorByPosition } from '../../../shared/anchoring/selectors';
import type { TextSource } from '../../../shared/article/text-source';
import { HIGHLIGHT_OPACITY, type Theme } from '../../../shared/colour/highlight-contrast';
import type { Claim, ClaimStatus } from '../../../shared/model';
import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/statuses';
import { replacedAt, samePlace } from '../state/claims-since';
import { staticRangeFor, type TextIndex } from './text-index';

/** Overlaps deeper than this share a layer, and are still at least this many layers dark. */
export const HIGHLIGHT_LAYERS = 3;

/** A highlight's name; tests and the style sheet below use them. */
export const highlightName = (status: ClaimStatus, layer: number) => `claimmark-${status}-${layer}`;

/**
 * The highlights' look, from the statuses' colours and underlines (a `::highlight()` rule
 * cannot be set inline). The dark theme paints each layer a little more opaque, by the
 * opacities the overlap-contrast test checks (shared/colour/highlight-contrast.ts).
 */
export function highlightStyleSheet(): string {
  const percent = (theme: Theme) => `${Math.round(HIGHLIGHT_OPACITY[theme] * 100)}%`;
  return CLAIM_STATUSES.flatMap((status) => {
    const { color, underline } = STATUS_INFO[status];
    const decoration = underline === 'none' ? 'none' : `underline 2px ${underline} ${color}`;
    return Array.from({ length: HIGHLIGHT_LAYERS }, (_, layer) => {
      const name = highlightName(status, layer + 1);
      return [
        `::highlight(${name}) { background-color: color-mix(in srgb, ${color} ${percent('light')}, transparent); text-decoration: ${decoration}; text-underline-offset: 3px; }`,
        `[data-theme='dark'] ::highlight(${name}) { background-color: color-mix(in srgb, ${color} ${percent('dark')}, transparent); }`,
      ];
    }).flat();
  }).join('\n');
}

interface Painted {
  claim: Claim;
  range: StaticRange | null;
  layer: number;
}

export interface PaintedClaims {
  intervals: ClaimIntervals;
  /** The range painted for a claim, if it is painted. */
  rangeOf(claimId: string): StaticRange | null;
}

export class HighlightPainter {
  private readonly highlights = new Map<string, Highlight>();
  private painted = new Map<string, Painted>();
  /** The claims last painted, each in `painted`. */
  private claims: readonly Claim[] = [];
  private index: TextIndex | null = null;
  private intervals: ClaimIntervals = buildIntervals([]);

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {
    for (const status of CLAIM_STATUSES) {
      for (let layer = 1; layer <= HIGHLIGHT_LAYERS; layer += 1) {
        const highlight = new Highlight();
        this.highlights.set(highlightName(status, layer), highlight);
        registry.set(highlightName(status, layer), highlight);
      }
    }
  }

  /** Brings the highlights up to `claims`; only claims whose record changed are touched. */
  paint(text: TextSource, index: TextIndex, claims: readonly Claim[]): PaintedClaims {
    const drawn = this.index;
    // More of the same text drawn (a long article fills in group by group): only claims
    // reaching past what was drawn need their ranges again.
    const extended = drawn !== null && index !== drawn && index.nodes === drawn.nodes && index.count >= drawn.count;
    const redraw = index !== drawn && !extended;
    let moved = redraw;
    if (redraw) {
      for (const highlight of this.highlights.values()) highlight.clear();
      this.painted = new Map();
    }
    if (extended) {
      for (const painted of this.painted.values()) {
        if (painted.claim.selectors.position.end <= drawn.end) continue;
        this.take(painted);
        painted.range = this.rangeOfClaim(text, index, painted.claim);
        moved = true;
      }
    }
    this.index = index;
    const recoloured: Painted[] = [];
    const repaint = (claim: Claim, into: Map<string, Painted>): void => {
      const before = this.painted.get(claim.id);
      if (before?.claim === claim) {
        into.set(claim.id, before);
      } else if (before !== undefined && samePlace(before.claim, claim)) {
        const kept = { ...before, claim };
        // Only a new status takes the range off its layer: a claim with the same status stays where it is.
        if (before.claim.status !== claim.status) {
          recoloured.push(kept);
          this.take(before);
        }
        into.set(claim.id, kept);
      } else {
        if (before !== undefined) this.take(before);
        into.set(claim.id, { claim, range: this.rangeOfClaim(text, index, claim), layer: 1 });
        moved = true;
      }
    };
    // The same claims as last time, some of them replaced (a status, a note): only those are looked at.
    const replaced = moved ? null : replacedAt(this.claims, claims);
    if (replaced !== null) {
      for (const at of replaced) {
        const claim = claims[at];
        if (claim !== undefined) repaint(claim, this.painted);
      }
    } else {
      const next = new Map<string, Painted>();
      for (const claim of claims) repaint(claim, next);
      for (const [id, gone] of this.painted) {
        if (next.has(id)) continue;
        this.take(gone);
        moved = true;
      }
      this.painted = next;
    }
    this.claims = claims;
    if (moved) {
      this.layOut(text);
    } else {
      for (const painted of recoloured) {
        painted.layer = this.freeLayer(painted);
        this.put(painted);
      }
    }
    return { intervals: this.intervals, rangeOf: (claimId) => this.painted.get(claimId)?.range ?? null };
  }

  /** Takes every highlight off the page. */
  dispose(): void {
    for (const name of this.highlights.keys()) this.registry.delete(name);
  }

  private rangeOfClaim(text: TextSource, index: TextIndex, claim: Claim): StaticRange | null {
    if (claim.anchor.state === 'orphaned') return null;
    const place = anchorByPosition(text, claim.selectors);
    return place === null ? null : staticRangeFor(index, place.start, place.end);
  }

  private put(painted: Painted): void {
    if (painted.range !== null) this.highlights.get(highlightName(painted.claim.status, painted.layer))?.add(painted.range);
  }

  private take(painted: Painted): void {
    if (painted.range !== null) this.highlights.get(highlightName(painted.claim.status, painted.layer))?.delete(painted.range);
  }

  /** Rebuilds the interval index and puts every claim on a layer, in reading order. */
  private layOut(text: TextSource): void {
    const drawn = [...this.painted.values()].filter((painted) => painted.range !== null);
    this.intervals = buildIntervals(
      drawn.map(({ claim }) => ({ claimId: claim.id, start: claim.selectors.position.start, end: claim.selectors.position.end })),
    );
    for (const painted of drawn) this.take(painted);
    // Per status and layer, where the last claim put on it ends: a claim goes on the first layer it does not overlap.
    const layerEnds = new Map<ClaimStatus, number[]>(CLAIM_STATUSES.map((status) => [status, Array<number>(HIGHLIGHT_LAYERS).fill(-1)]));
    for (const span of this.intervals.spans) {
      const painted = this.painted.get(span.claimId);
      const ends = painted === undefined ? undefined : layerEnds.get(painted.claim.status);
      if (painted === undefined || ends === undefined || span.end > text.length) continue;
      let layer = ends.findIndex((end) => end <= span.start);
      if (layer < 0) layer = ends.indexOf(Math.min(...ends));
      ends[layer] = Math.max(ends[layer] ?? -1, span.end);
      painted.layer = layer + 1;
      this.put(painted);
    }
  }

  /** The first layer of the claim's new status that no claim sharing its text is on. */
  private freeLayer(painted: Painted): number {
    const { start, end } = painted.claim.selectors.position;
    const taken = new Set(
      claimsOverlapping(this.intervals, start, end)
        .map((id) => this.painted.get(id))
        .filter((other) => other !== undefined && other !== painted && other.claim.status === painted.claim.status)
        .map((other) => other?.layer),
    );
    for (let layer = 1; layer <= HIGHLIGHT_LAYERS; layer += 1) if (!taken.has(layer)) return layer;
    return 1;
  }
}
