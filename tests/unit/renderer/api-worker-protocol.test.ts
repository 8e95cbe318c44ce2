// A long article's answer leaves the API worker in pieces and is put back together as the
// same article with the same claims; the window reads its text from the pieces.

import { describe, expect, it } from 'vitest';
import type { ArticleWithClaims } from '../../../shared/model';
import { ITEMS_PIECE, TEXT_PIECE, joinPieces, splitPieces } from '../../../renderer/src/api-worker-protocol';
import { textOf } from '../../../renderer/src/article/article-text';

const paragraph = 'Officials confirmed the figures. ';

function longAnswer(): ArticleWithClaims {
  const text = paragraph.repeat(70_000);
  const blocks = Array.from({ length: 4_500 }, (_, at) => ({ kind: 'paragraph' as const, start: at * 33, end: at * 33 + 32 }));
  // "Officials" of every paragraph in bold, "confirmed" in italic.
  const marks = blocks.flatMap(({ start }) => [
    { kind: 'strong' as const, start, end: start + 9 },
    { kind: 'emphasis' as const, start: start + 10, end: start + 19 },
  ]);
  return {
    article: {
      id: 'a-1', title: 'Long debate', source: null, byline: null, siteName: null, publishedTime: null, dir: null,
      format: 'txt', text, blocks, links: [], marks, contentHash: 'sha256:0', fileName: 'debate.txt', added: '2026-01-01T00:00:00.000Z', updated: null,
    },
    claims: [],
  };
}

describe('an article answer in pieces', () => {
  it('is split into pieces of at most 1,000,000 characters, 2,000 blocks and 2,000 marks', () => {
    const { pieces, rest } = splitPieces(7, longAnswer());
    expect(TEXT_PIECE).toBe(1_000_000);
    expect(ITEMS_PIECE).toBe(2_000);
    expect(pieces.map((piece) => [piece.id, piece.text?.length ?? 0, piece.blocks?.length ?? 0, piece.marks?.length ?? 0])).toEqual([
      [7, 1_000_000, 0, 0],
      [7, 1_000_000, 0, 0],
      [7, 310_000, 0, 0],
      [7, 0, 2_000, 0],
      [7, 0, 2_000, 0],
      [7, 0, 500, 0],
      [7, 0, 0, 2_000],
      [7, 0, 0, 2_000],
      [7, 0, 0, 2_000],
      [7, 0, 0, 2_000],
      [7, 0, 0, 1_000],
    ]);
    expect(rest.article.text).toBe('');
    expect(rest.article.blocks).toEqual([]);
    expect(rest.article.marks).toEqual([]);
    expect(rest.article.title).toBe('Long debate');
  });

  it('is put back together as the same article, its text read from the pieces', () => {
    const answer = longAnswer();
    const { pieces, rest } = splitPieces(7, answer);
    const joined = joinPieces(pieces, rest);
    expect(joined.article.blocks).toHaveLength(4_500);
    expect(joined.article.blocks[4_499]).toEqual({ kind: 'paragraph', start: 148_467, end: 148_499 });
    expect(joined.article.marks).toHaveLength(9_000);
    expect(joined.article.marks.slice(3_999, 4_001)).toEqual([
      { kind: 'emphasis', start: 65_977, end: 65_986 },
      { kind: 'strong', start: 66_000, end: 66_009 },
    ]);
    expect(joined.article.marks[8_999]).toEqual({ kind: 'emphasis', start: 148_477, end: 148_486 });
    expect(joined.article.text.length).toBe(2_310_000);
    const text = textOf(joined.article);
    expect(text.length).toBe(2_310_000);
    expect(text.slice(999_990, 1_000_023)).toBe('figures. Officials confirmed the ');
    expect(text.slice(2_309_967, 2_310_000)).toBe('Officials confirmed the figures. ');
  });
});
