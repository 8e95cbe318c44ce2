// Splits a block of text at every claim boundary so overlapping and nested claims can be
// drawn without corrupting the text: each segment lists every claim that covers it.

import type { TextRange } from './selectors';

export interface HighlightSpan extends TextRange {
  claimId: string;
}

export interface HighlightSegment extends TextRange {
  /** Claims covering this segment, outermost (earliest start, then longest) first. */
  claimIds: string[];
}

export function segmentBlock(block: TextRange, spans: readonly HighlightSpan[]): HighlightSegment[] {
  const inside = spans
    .filter((span) => span.end > block.start && span.start < block.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const cuts = new Set<number>([block.start, block.end]);
  for (const span of inside) {
    cuts.add(Math.max(block.start, span.start));
    cuts.add(Math.min(block.end, span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: HighlightSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const claimIds = inside.filter((span) => span.start <= start && span.end >= end).map((span) => span.claimId);
    segments.push({ start, end, claimIds });
  }
  return segments;
}
