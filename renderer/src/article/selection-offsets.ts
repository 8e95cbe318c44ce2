// Maps a DOM selection inside the article view to offsets in the canonical text. Each
// rendered block carries `data-block-start`, and holds exactly the text of its slice, so
// the text between a block's start and a boundary gives the boundary's offset.

import type { TextSource } from '../../../shared/article/text-source';

export interface SelectedRange {
  start: number;
  end: number;
}

function blockStart(block: HTMLElement): number {
  return Number(block.dataset.blockStart);
}

function blockEnd(block: HTMLElement): number {
  return blockStart(block) + (block.textContent ?? '').length;
}

/**
 * The canonical offset of a DOM boundary. A boundary between blocks (in the gaps, or on
 * a block element itself) snaps to the next block's start for a range start and to the
 * previous block's end for a range end.
 */
function boundaryOffset(blocks: HTMLElement[], node: Node, offset: number, side: 'start' | 'end'): number | null {
  let previous: HTMLElement | null = null;
  for (const block of blocks) {
    const contents = document.createRange();
    contents.selectNodeContents(block);
    const where = contents.comparePoint(node, offset);
    if (where === 0) {
      const before = document.createRange();
      before.setStart(block, 0);
      before.setEnd(node, offset);
      return blockStart(block) + before.toString().length;
    }
    if (where < 0) {
      if (side === 'start') return blockStart(block);
      return previous === null ? null : blockEnd(previous);
    }
    previous = block;
  }
  return side === 'end' && previous !== null ? blockEnd(previous) : null;
}

/** The selection as a range of the canonical text, trimmed of surrounding white space. */
export function selectionToRange(root: HTMLElement, selection: Selection | null, text: TextSource): SelectedRange | null {
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-block-start]')];
  let start = boundaryOffset(blocks, range.startContainer, range.startOffset, 'start');
  let end = boundaryOffset(blocks, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end > start ? { start, end } : null;
}
