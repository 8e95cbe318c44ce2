// Counts, tags and reading order of the open article, brought up to date from the claims a
// change replaced; each step is checked against what a person counts in the list by hand.

import { describe, expect, it } from 'vitest';
import { claimIndex, claimWithId, countsFollowing, orderFollowing, orphansFollowing, replacedAt, tagsFollowing, withClaimAt } from '../../../../renderer/src/state/claims-since';
import { readingOrder } from '../../../../renderer/src/article/reading-order';
import { compareReadingOrder } from '../../../../shared/claims/reading-order';
import type { Claim } from '../../../../shared/model';
import { BUDGET, FELL, GREW, changed } from './workspace-fixture';
import { claimOf } from '../../support/claim-builder';

const NONE = { unverified: 0, 'in-progress': 0, verified: 0, false: 0, misleading: 0, inconclusive: 0 };
const TAXES = claimOf(BUDGET, 'claim-taxes', 'Taxes', { created: '2025-06-01T08:00:00.000Z' });
const ORPHANED = { state: 'orphaned', method: 'position', score: null, candidate: null } as const;
const ids = (claims: readonly Claim[]) => claims.map((claim) => claim.id);

describe('replacedAt', () => {
  it('names the places holding another object for the same claim', () => {
    const claims = [GREW, FELL, TAXES];
    expect(replacedAt(claims, claims)).toEqual([]);
    expect(replacedAt(claims, [GREW, changed(FELL, { status: 'verified' }), TAXES])).toEqual([1]);
  });

  it('gives up when a claim was added, removed or moved in the list', () => {
    expect(replacedAt([GREW, FELL], [GREW, FELL, TAXES])).toBeNull();
    expect(replacedAt([GREW, FELL, TAXES], [GREW, TAXES])).toBeNull();
    expect(replacedAt([GREW, FELL], [FELL, GREW])).toBeNull();
  });
});

describe('withClaimAt', () => {
  it('is known to have replaced its claims, one step or several later', () => {
    const claims = [GREW, FELL, TAXES];
    const once = withClaimAt(claims, 1, changed(FELL, { status: 'verified' }));
    const twice = withClaimAt(once, 2, changed(TAXES, { status: 'false' }));
    expect(once.map((claim) => claim.status)).toEqual(['unverified', 'verified', 'unverified']);
    expect(claims.map((claim) => claim.status)).toEqual(['unverified', 'unverified', 'unverified']);
    expect(replacedAt(claims, once)).toEqual([1]);
    expect(replacedAt(once, twice)).toEqual([2]);
    expect(replacedAt(claims, twice)).toEqual([1, 2]);
  });

  it('leaves a list made otherwise to be compared claim by claim', () => {
    const claims = [GREW, FELL, TAXES];
    const once = withClaimAt(claims, 0, changed(GREW, { status: 'verified' }));
    expect(replacedAt([GREW, FELL, TAXES], once)).toEqual([0]);
    expect(replacedAt(once, [FELL, GREW, TAXES])).toBeNull();
  });
});

describe('claimIndex', () => {
  it('finds a claim by id in a list and in the lists made from it by replacement', () => {
    const claims = [GREW, FELL, TAXES];
    expect(claimIndex(claims, 'claim-taxes')).toBe(2);
    expect(claimIndex(claims, 'no-such-claim')).toBe(-1);
    expect(claimIndex(claims, null)).toBe(-1);
    const verified = changed(FELL, { status: 'verified' });
    const next = withClaimAt(claims, 1, verified);
    expect(claimWithId(next, FELL.id)).toBe(verified);
    expect(claimWithId(claims, FELL.id)).toBe(FELL);
    expect(claimIndex([TAXES, GREW], 'claim-taxes')).toBe(0);
  });
});

describe('countsFollowing', () => {
  it('keeps the counts right through status changes, an orphan, an added and a removed claim', () => {
    const counts = countsFollowing();
    expect(counts([GREW, FELL])).toEqual({ claimCount: 2, checkedCount: 0, reviewCount: 0, orphanCount: 0, statusCounts: { ...NONE, unverified: 2 } });
    const verified = [changed(GREW, { status: 'verified' }), FELL];
    expect(counts(verified)).toEqual({ claimCount: 2, checkedCount: 1, reviewCount: 0, orphanCount: 0, statusCounts: { ...NONE, unverified: 1, verified: 1 } });
    const falseAndOrphan = [changed(GREW, { status: 'false' }), changed(FELL, { anchor: ORPHANED })];
    expect(counts(falseAndOrphan)).toEqual({ claimCount: 2, checkedCount: 1, reviewCount: 0, orphanCount: 1, statusCounts: { ...NONE, unverified: 1, false: 1 } });
    expect(counts([...falseAndOrphan, TAXES])).toEqual({ claimCount: 3, checkedCount: 1, reviewCount: 0, orphanCount: 1, statusCounts: { ...NONE, unverified: 2, false: 1 } });
    expect(counts([TAXES])).toEqual({ claimCount: 1, checkedCount: 0, reviewCount: 0, orphanCount: 0, statusCounts: { ...NONE, unverified: 1 } });
  });

  it('counts a claim waiting for review as not checked, and checked again once reviewed', () => {
    const counts = countsFollowing();
    const verified = changed(GREW, { status: 'verified' });
    counts([verified, FELL]);
    const review = { since: '2025-06-03T10:00:00.000Z', quote: 'The budget grew by 12%' };
    const waiting = [changed(verified, { review }), FELL];
    expect(counts(waiting)).toMatchObject({ checkedCount: 0, reviewCount: 1 });
    expect(counts([changed(verified, { review: null }), FELL])).toMatchObject({ checkedCount: 1, reviewCount: 0 });
  });
});

describe('tagsFollowing', () => {
  it('keeps the same list while no tags change, and lists a new tag at once', () => {
    const tags = tagsFollowing();
    const first = tags([changed(GREW, { tags: ['budget'] }), FELL]);
    expect(first).toEqual(['budget']);
    // The host's copy of the claim carries its own (equal) tag array.
    expect(tags([changed(GREW, { tags: ['budget'], status: 'verified' }), FELL])).toBe(first);
    expect(tags([changed(GREW, { tags: ['budget'] }), changed(FELL, { tags: ['Taxes'] })])).toEqual(['budget', 'Taxes']);
  });
});

describe('orphansFollowing', () => {
  it('keeps the same list while anchored claims change, and takes an orphan\'s new record or a new orphan at once', () => {
    const orphans = orphansFollowing();
    const orphan = changed(FELL, { anchor: ORPHANED });
    const first = orphans([GREW, orphan]);
    expect(ids(first)).toEqual(['claim-fell']);
    expect(orphans([changed(GREW, { status: 'verified' }), orphan])).toBe(first);
    const noted = changed(orphan, { note: 'Ask the ministry.' });
    expect(orphans([GREW, noted])).toEqual([noted]);
    expect(ids(orphans([changed(GREW, { anchor: ORPHANED }), noted]))).toEqual(['claim-grew', 'claim-fell']);
    expect(orphans([GREW, changed(FELL, { anchor: { state: 'anchored', method: 'position', score: null, candidate: null } })])).toEqual([]);
  });
});

describe('orderFollowing', () => {
  it('keeps the reading order through a status change, with the changed claim in it', () => {
    const order = orderFollowing(readingOrder, compareReadingOrder);
    const first = order([FELL, GREW]);
    expect(ids(first)).toEqual(['claim-grew', 'claim-fell']);
    const verified = changed(FELL, { status: 'verified' });
    const next = order([verified, GREW]);
    expect(ids(next)).toEqual(['claim-grew', 'claim-fell']);
    expect(next[1]).toBe(verified);
    // The new order is known to hold the same claims in the same places, the changed one second.
    expect(replacedAt(first, next)).toEqual([1]);
  });

  it('leaves an orphan out of the order when its status changes', () => {
    const order = orderFollowing(readingOrder, compareReadingOrder);
    const orphan = changed(TAXES, { anchor: ORPHANED });
    expect(ids(order([FELL, orphan, GREW]))).toEqual(['claim-grew', 'claim-fell']);
    expect(ids(order([FELL, changed(orphan, { status: 'false' }), GREW]))).toEqual(['claim-grew', 'claim-fell']);
  });

  it('sorts again when a claim moves or loses its place', () => {
    const order = orderFollowing(readingOrder, compareReadingOrder);
    order([GREW, FELL]);
    const movedToStart = changed(FELL, { selectors: { ...FELL.selectors, position: { type: 'TextPositionSelector' as const, start: 0, end: 5 } } });
    expect(ids(order([GREW, movedToStart]))).toEqual(['claim-fell', 'claim-grew']);
    expect(ids(order([GREW, changed(movedToStart, { anchor: ORPHANED })]))).toEqual(['claim-grew']);
  });
});
