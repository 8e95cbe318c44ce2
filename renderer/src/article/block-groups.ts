// The article's blocks in groups of about the same amount of text: a long article is drawn
// one group per task, and off-screen groups skip layout. A group never ends just before a
// list item, so a numbered list is never split across two groups (its numbers would restart).

import type { ArticleBlock } from '../../../shared/model';

export interface BlockGroup {
  /** Index of the group's first block. */
  from: number;
  /** Index just past its last block. */
  to: number;
}

export function groupBlocks(blocks: readonly ArticleBlock[], characters: number): BlockGroup[] {
  const groups: BlockGroup[] = [];
  let from = 0;
  for (let at = 0; at < blocks.length; at += 1) {
    const first = blocks[from];
    const block = blocks[at];
    const next = blocks[at + 1];
    if (first === undefined || block === undefined) continue;
    const full = block.end - first.start >= characters;
    if (next === undefined || (full && next.kind !== 'list-item')) {
      groups.push({ from, to: at + 1 });
      from = at + 1;
    }
  }
  return groups;
}
