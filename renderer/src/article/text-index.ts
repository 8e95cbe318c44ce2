// Between offsets in the article's canonical text and places in the rendered page. Blocks
// are drawn in groups (`.block-group`); every block carries `data-block-start` and holds
// exactly its slice of the text (links split it into several text nodes), so each text
// node's offset is known once its group is drawn.

import { countBefore } from '../../../shared/sorted-search';

export interface TextIndex {
  /**
   * The blocks' text nodes, in text order. A longer drawing of the same text extends these
   * lists in place (copying them for every group would cost the square of the length), so
   * only the first `count` entries belong to this index.
   */
  readonly nodes: readonly Text[];
  /** starts[i]: the canonical offset of nodes[i]'s first character. */
  readonly starts: readonly number[];
  /** How many of `nodes` and `starts` this index covers. */
  readonly count: number;
  /** Where each node starts, for a point found on screen. */
  readonly startOf: ReadonlyMap<Text, number>;
  /** How many groups of blocks (`.block-group`) are indexed. */
  readonly groups: number;
  /** The canonical offset just past the last drawn character. */
  readonly end: number;
}

/**
 * Indexes the drawn blocks. Given the index of an earlier, shorter drawing of the same text
 * (a long article is drawn group by group), only the groups added since are walked, and a
 * new index over the extended lists comes back; with nothing added, the earlier index does.
 */
export function indexText(root: HTMLElement, earlier?: TextIndex): TextIndex {
  const groups = root.querySelectorAll<HTMLElement>('.block-group');
  if (earlier !== undefined && groups.length === earlier.groups) return earlier;
  // Shared with the earlier index, which keeps its own count.
  const nodes = (earlier?.nodes ?? []) as Text[];
  const starts = (earlier?.starts ?? []) as number[];
  const startOf = (earlier?.startOf ?? new Map<Text, number>()) as Map<Text, number>;
  nodes.length = earlier?.count ?? 0;
  starts.length = nodes.length;
  let end = earlier?.end ?? 0;
  for (let at = earlier?.groups ?? 0; at < groups.length; at += 1) {
    for (const block of (groups[at] as HTMLElement).querySelectorAll<HTMLElement>('[data-block-start]')) {
      let offset = Number(block.dataset.blockStart);
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node as Text;
        if (text.data.length === 0) continue;
        nodes.push(text);
        starts.push(offset);
        startOf.set(text, offset);
        offset += text.data.length;
      }
      end = Math.max(end, offset);
    }
  }
  return { nodes, starts, count: nodes.length, startOf, groups: groups.length, end };
}

/** The index of the last node starting at or before `offset`, or -1. */
function nodeAt(index: TextIndex, offset: number): number {
  return countBefore(index.count, (at) => (index.starts[at] ?? Infinity) <= offset) - 1;
}

function nodeEnd(index: TextIndex, at: number): number {
  return (index.starts[at] ?? 0) + (index.nodes[at]?.data.length ?? 0);
}

/** Where [start, end) lies among the drawn text nodes, or null when nothing of it is drawn. */
function placeOf(index: TextIndex, start: number, end: number): StaticRangeInit | null {
  let first = nodeAt(index, start);
  if (first < 0 || nodeEnd(index, first) <= start) first += 1;
  const last = nodeAt(index, end - 1);
  if (first >= index.count) return null;
  const firstNode = index.nodes[first];
  const lastNode = index.nodes[last];
  if (firstNode === undefined || lastNode === undefined || first > last) return null;
  const startOffset = Math.max(0, start - (index.starts[first] ?? 0));
  const endOffset = Math.min(lastNode.data.length, end - (index.starts[last] ?? 0));
  if (firstNode === lastNode && endOffset <= startOffset) return null;
  return { startContainer: firstNode, startOffset, endContainer: lastNode, endOffset };
}

/**
 * A DOM range over the canonical offsets [start, end). Offsets between blocks (text that is
 * not drawn, such as the blank line between paragraphs) move inwards; null when nothing of
 * the range is drawn.
 */
export function rangeFor(index: TextIndex, start: number, end: number): Range | null {
  const place = placeOf(index, start, end);
  if (place === null) return null;
  const range = new Range();
  range.setStart(place.startContainer, place.startOffset);
  range.setEnd(place.endContainer, place.endOffset);
  return range.collapsed ? null : range;
}

/**
 * The same place as a StaticRange, which is what the highlights hold: the drawn text never
 * changes, and unlike a live Range, the browser need not update thousands of them (and the
 * highlights made of them) at every change anywhere else in the page.
 */
export function staticRangeFor(index: TextIndex, start: number, end: number): StaticRange | null {
  const place = placeOf(index, start, end);
  return place === null ? null : new StaticRange(place);
}

/** The canonical offset of the character under a screen point, or null off the text. */
export function offsetAtPoint(index: TextIndex, x: number, y: number): number | null {
  // caretPositionFromPoint is the standard; Chromium before 128 (older Electron) has only caretRangeFromPoint.
  const caret =
    typeof document.caretPositionFromPoint === 'function'
      ? document.caretPositionFromPoint(x, y)
      : document.caretRangeFromPoint(x, y);
  const node = caret === null ? null : 'offsetNode' in caret ? caret.offsetNode : caret.startContainer;
  const offset = caret === null ? 0 : 'offsetNode' in caret ? caret.offset : caret.startOffset;
  if (!(node instanceof Text)) return null;
  const nodeStart = index.startOf.get(node);
  if (nodeStart === undefined) return null;
  // The caret sits between two characters: the one under the point is the one whose box holds it.
  for (const candidate of [offset, offset - 1]) {
    if (candidate < 0 || candidate >= node.data.length) continue;
    const range = new Range();
    range.setStart(node, candidate);
    range.setEnd(node, candidate + 1);
    for (const box of range.getClientRects()) {
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return nodeStart + candidate;
    }
  }
  return null;
}
