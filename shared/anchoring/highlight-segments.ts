// Splits a block of text at every claim and link boundary so overlapping and nested claims
// (and links inside them) can be drawn without corrupting the text: each segment lists
// every claim that covers it and the link it belongs to, if any.

import type { TextRange } from './selectors';

export interface HighlightSpan extends TextRange {
  claimId: string;
}

export interface LinkSpan extends TextRange {
  href: string;
}

export interface HighlightSegment extends TextRange {
  /** Claims covering this segment, outermost (earliest start, then longest) first. */
  claimIds: string[];
  href: string | null;
}

export function segmentBlock(
  block: TextRange,
  spans: readonly HighlightSpan[],
  links: readonly LinkSpan[] = [],
): HighlightSegment[] {
  const overlaps = (range: TextRange) => range.end > block.start && range.start < block.end;
  const inside = spans.filter(overlaps).sort((a, b) => a.start - b.start || b.end - a.end);
  const linksInside = links.filter(overlaps);

  const cuts = new Set<number>([block.start, block.end]);
  for (const range of [...inside, ...linksInside]) {
    cuts.add(Math.max(block.start, range.start));
    cuts.add(Math.min(block.end, range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: HighlightSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const claimIds = inside.filter((span) => span.start <= start && span.end >= end).map((span) => span.claimId);
    const link = linksInside.find((span) => span.start <= start && span.end >= end);
    segments.push({ start, end, claimIds, href: link?.href ?? null });
  }
  return segments;
}
