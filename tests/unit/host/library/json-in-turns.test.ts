import { describe, expect, it } from 'vitest';
import { jsonInTurns } from '../../../../host/library/json-in-turns';

/** A file like an article's: a few fields and a list of `count` claims. */
function fileOf(count: number): Record<string, unknown> {
  return {
    format: 'claimmark-article',
    article: { id: 'a-1', title: 'Port “talks”\n', skipped: undefined },
    claims: Array.from({ length: count }, (_, index) => ({ id: `c-${index}`, tags: ['port', 'pay'], note: index % 2 === 0 ? 'line one\nline two' : null, gone: undefined })),
    journalSequence: 4,
  };
}

describe('jsonInTurns', () => {
  it('writes a small value as one piece, indented as JSON.stringify does', async () => {
    expect(await jsonInTurns({ seq: 1, ops: [{ op: 'delete', claimId: 'c-1' }] }, 0)).toEqual(['{"seq":1,"ops":[{"op":"delete","claimId":"c-1"}]}']);
    expect(await jsonInTurns({ a: [1], b: undefined }, 2)).toEqual(['{\n  "a": [\n    1\n  ]\n}']);
  });

  it('writes 2,000 claims in several pieces that join to the same text JSON.stringify gives, indented or not', async () => {
    const file = fileOf(2000);
    for (const indent of [0, 2]) {
      const pieces = await jsonInTurns(file, indent);
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join('')).toBe(JSON.stringify(file, null, indent));
    }
  });

  it('finds a long list inside a short one (an import record: its articles, each with its claims)', async () => {
    const record = { format: 'claimmark-import-in-progress', updates: [{ articleId: 'a-1', added: fileOf(1200).claims, replaced: [] }], newArticles: [] };
    const pieces = await jsonInTurns(record, 2);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(JSON.stringify(record, null, 2));
    expect(pieces.join('').startsWith('{\n  "format": "claimmark-import-in-progress",\n  "updates": [\n    {\n      "articleId": "a-1",\n      "added": [\n        {\n          "id": "c-0",')).toBe(true);
  });

  it('lets other work run between the pieces of a long list', async () => {
    const order: string[] = [];
    const writing = jsonInTurns(fileOf(5000), 2).then(() => order.push('written'));
    setImmediate(() => order.push('another call'));
    await writing;
    expect(order).toEqual(['another call', 'written']);
  });
});
