// Groups of blocks for drawing a long article a group at a time: about the same amount of
// text in each, every block in exactly one, and a list never split.

import { describe, expect, it } from 'vitest';
import { groupBlocks } from '../../../../renderer/src/article/block-groups';
import type { ArticleBlock } from '../../../../shared/model';

/** Blocks of the given kinds and lengths, each followed by a two-character gap. */
function blocks(...shapes: [ArticleBlock['kind'], number][]): ArticleBlock[] {
  let start = 0;
  return shapes.map(([kind, length]) => {
    const block: ArticleBlock = { kind, start, end: start + length };
    start += length + 2;
    return block;
  });
}

describe('groupBlocks', () => {
  it('keeps a short article in one group', () => {
    expect(groupBlocks(blocks(['title', 40], ['paragraph', 300], ['paragraph', 200]), 1000)).toEqual([{ from: 0, to: 3 }]);
  });

  it('closes a group once it holds the given amount of text', () => {
    const long = blocks(['paragraph', 400], ['paragraph', 400], ['paragraph', 400], ['paragraph', 400], ['paragraph', 400]);
    // The second block ends 802 characters after the first starts: the group is full.
    expect(groupBlocks(long, 800)).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 4 },
      { from: 4, to: 5 },
    ]);
  });

  it('gives a block longer than a group a group of its own', () => {
    expect(groupBlocks(blocks(['paragraph', 5000], ['paragraph', 10]), 1000)).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 2 },
    ]);
  });

  it('never ends a group just before a list item', () => {
    const list = blocks(['paragraph', 900], ['list-item', 50], ['list-item', 50], ['paragraph', 100], ['paragraph', 900]);
    expect(groupBlocks(list, 800)).toEqual([
      { from: 0, to: 3 },
      { from: 3, to: 5 },
    ]);
  });

  it('has no group for an article without blocks', () => {
    expect(groupBlocks([], 800)).toEqual([]);
  });
});
