import { describe, expect, it } from 'vitest';
import { applyOps, encodeEntry, replayJournal, saysOps } from '../../../../host/library/journal-codec';
import { loadArticle } from '../../../../host/article-loading/load-article';
import type { Claim } from '../../../../shared/model';
import { claimOf } from '../../support/claim-builder';

const ADDED = '2026-01-01T00:00:00.000Z';
const article = loadArticle({ fileName: 'a.txt', bytes: new TextEncoder().encode('Title\n\nOne two three four five.\n') }, 'a-1', ADDED);
const [a, b, c] = ['c-a', 'c-b', 'c-c'].map((id) => claimOf(article, id, 'two three', { created: ADDED })) as [Claim, Claim, Claim];

describe('applyOps', () => {
  it.each([
    { name: 'a put of a new claim adds it at the end', ops: [{ op: 'put' as const, claim: c }], ids: ['c-a', 'c-b', 'c-c'] },
    { name: 'a put of a known claim replaces it in place', ops: [{ op: 'put' as const, claim: { ...a, note: 'x' } }], ids: ['c-a', 'c-b'] },
    { name: 'a delete removes the claim', ops: [{ op: 'delete' as const, claimId: 'c-a' }], ids: ['c-b'] },
    { name: 'a delete of an unknown claim does nothing', ops: [{ op: 'delete' as const, claimId: 'c-z' }], ids: ['c-a', 'c-b'] },
    { name: 'a claim deleted and put again comes back at the end', ops: [{ op: 'delete' as const, claimId: 'c-a' }, { op: 'put' as const, claim: a }], ids: ['c-b', 'c-a'] },
  ])('$name', ({ ops, ids }) => {
    expect(applyOps([a, b], ops).map((claim) => claim.id)).toEqual(ids);
  });
});

describe('replayJournal', () => {
  const text = encodeEntry(1, [{ op: 'put', claim: a }]) + encodeEntry(2, [{ op: 'put', claim: b }]);

  it('applies the lines after the folded one and says how far it got', () => {
    expect(replayJournal([], 0, text)).toMatchObject({ lastSeq: 2, applied: 2, damage: null });
    expect(replayJournal([a], 1, text)).toMatchObject({ claims: [a, b], lastSeq: 2, applied: 1, damage: null });
    expect(replayJournal([a, b], 2, text)).toMatchObject({ claims: [a, b], lastSeq: 2, applied: 0, damage: null });
  });

  it('stops at a torn last line, keeping what came before', () => {
    expect(replayJournal([], 0, `${text}{"seq":3,"op`)).toEqual({
      claims: [a, b],
      lastSeq: 2,
      applied: 2,
      damage: { line: 3, reason: 'the last line was cut short', dropped: 1 },
    });
  });

  it('reads a line written by format version 3, before tags, as a claim with none and its claimant’s type not said', () => {
    const { tags: _tags, claimantType: _type, ...v3 } = { ...a, claimant: 'Jane Doe', note: 'edited' };
    const line = `${JSON.stringify({ seq: 1, ops: [{ op: 'put', claim: v3 }] })}\n`;
    expect(replayJournal([a], 0, line).claims).toEqual([{ ...a, claimant: 'Jane Doe', note: 'edited', claimantType: null, tags: [] }]);
  });

  it('keeps the tags and claimant type of a line of this version as they were', () => {
    const tagged = { ...a, tags: ['Economy', 'follow-up'], claimantType: 'organization' as const };
    expect(replayJournal([a], 0, encodeEntry(1, [{ op: 'put', claim: tagged }])).claims).toEqual([tagged]);
  });
});

describe('saysOps', () => {
  const written = { claims: [a, b], text: ['{"op":"put","claim":…}'] };

  it.each([
    { name: 'the same puts, in order', ops: [{ op: 'put' as const, claim: a }, { op: 'put' as const, claim: b }], says: true },
    { name: 'the puts in another order', ops: [{ op: 'put' as const, claim: b }, { op: 'put' as const, claim: a }], says: false },
    { name: 'one put fewer (a claim that was there already)', ops: [{ op: 'put' as const, claim: b }], says: false },
    { name: 'an equal claim that is another object (changed meanwhile)', ops: [{ op: 'put' as const, claim: a }, { op: 'put' as const, claim: { ...b } }], says: false },
    { name: 'a delete among them', ops: [{ op: 'put' as const, claim: a }, { op: 'delete' as const, claimId: 'c-b' }], says: false },
  ])('is $says for $name', ({ ops, says }) => {
    expect(saysOps(written, ops)).toBe(says);
  });
});
