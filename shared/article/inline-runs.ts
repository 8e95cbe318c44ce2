// Splits a block of the article at every link and mark boundary, so the window can draw
// each run of text inside its link and its bold, italic or code elements. One pass over the
// block's links and marks (each list is sorted and never overlaps itself), so a block of a
// hundred thousand marks costs no more than their number.

import type { ArticleLink, ArticleMark, MarkKind } from '../model';
import { MARK_KINDS } from '../mark-kinds';
import { countBefore } from '../sorted-search';

interface TextRange {
  start: number;
  end: number;
}

export interface InlineRun extends TextRange {
  href: string | null;
  /** In MARK_KINDS' order, which is the order the elements nest in. */
  marks: MarkKind[];
}

/** The items of `sorted` (by start) that start inside `block`. */
function within<T extends TextRange>(sorted: readonly T[], block: TextRange): T[] {
  const from = countBefore(sorted.length, (at) => (sorted[at]?.start ?? Infinity) < block.start);
  const to = countBefore(sorted.length, (at) => (sorted[at]?.start ?? Infinity) < block.end);
  return sorted.slice(from, to);
}

/** Walks one sorted, non-overlapping list of ranges: what covers each run, runs taken in order. */
class Cursor<T extends TextRange> {
  private at = 0;
  constructor(private readonly ranges: readonly T[]) {}

  covering(start: number): T | null {
    while ((this.ranges[this.at]?.end ?? Infinity) <= start) this.at += 1;
    const range = this.ranges[this.at];
    return range !== undefined && range.start <= start ? range : null;
  }
}

export function inlineRuns(block: TextRange, links: readonly ArticleLink[], marks: readonly ArticleMark[]): InlineRun[] {
  const blockLinks = within(links, block);
  const blockMarks = within(marks, block);
  const cuts = new Set<number>([block.start, block.end]);
  for (const range of [...blockLinks, ...blockMarks]) {
    cuts.add(Math.max(block.start, range.start));
    cuts.add(Math.min(block.end, range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const linkCursor = new Cursor(blockLinks);
  const markCursors = MARK_KINDS.map((kind) => new Cursor(blockMarks.filter((mark) => mark.kind === kind)));
  const runs: InlineRun[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const kinds = MARK_KINDS.filter((_, at) => markCursors[at]?.covering(start) != null);
    runs.push({ start, end, href: linkCursor.covering(start)?.href ?? null, marks: kinds });
  }
  return runs;
}
