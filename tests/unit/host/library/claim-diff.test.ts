import { describe, expect, it } from 'vitest';
import { claimOps } from '../../../../host/library/claim-diff';
import { deepFreeze } from '../../../../host/library/frozen-records';
import { loadArticle } from '../../../../host/article-loading/load-article';
import type { Claim } from '../../../../shared/model';
import { claimOf } from '../../support/claim-builder';

const ADDED = '2026-01-01T00:00:00.000Z';
const article = loadArticle({ fileName: 'a.txt', bytes: new TextEncoder().encode('Title\n\nOne two three four five.\n') }, 'a-1', ADDED);
const [a, b, c] = ['c-a', 'c-b', 'c-c'].map((id) => deepFreeze(claimOf(article, id, 'two three', { created: ADDED }))) as [Claim, Claim, Claim];
const bNoted = { ...b, note: 'noted' };
const d = claimOf(article, 'c-d', 'four', { created: ADDED });

describe('claimOps', () => {
  it.each([
    { name: 'nothing changed', next: [a, b, c], ops: [] },
    { name: 'a claim replaced where it stands', next: [a, bNoted, c], ops: [{ op: 'put', claim: bNoted }] },
    { name: 'a claim added at the end', next: [a, b, c, d], ops: [{ op: 'put', claim: d }] },
    { name: 'a claim removed', next: [a, c], ops: [{ op: 'delete', claimId: 'c-b' }] },
    { name: 'a claim made anew equal to the one it replaces', next: [a, { ...b }, c], ops: [] },
    { name: 'everything removed', next: [], ops: [{ op: 'delete', claimId: 'c-a' }, { op: 'delete', claimId: 'c-b' }, { op: 'delete', claimId: 'c-c' }] },
  ])('says $name as ops', ({ next, ops }) => {
    expect(claimOps([a, b, c], next)?.ops).toEqual(ops);
  });

  it.each([
    { name: 'claims moved around', next: [c, b, a] },
    { name: 'a new claim put between others', next: [a, d, b, c] },
    { name: 'two claims with one id', next: [a, b, { ...b, note: 'twin' }, c] },
  ])('has no ops for $name (the whole file is written)', ({ next }) => {
    expect(claimOps([a, b, c], next)).toBeNull();
  });

  it('keeps the claim that was there when a new one equals it, and freezes the claims it puts', () => {
    const result = claimOps([a, b, c], [a, { ...b }, c, d]);
    expect(result?.claims[1]).toBe(b);
    expect(Object.isFrozen(result?.claims[3])).toBe(true);
    expect(Object.isFrozen(result?.claims[3]?.selectors.quote)).toBe(true);
  });
});
