import { describe, expect, it } from 'vitest';
import { removeClaim, replaceClaim, restoreClaim } from '../../../../shared/claims/claim-list';
import type { Claim } from '../../../../shared/model';
import { CHECKED, ORPHAN, refusalOf } from './claim-fixture';

const FIRST: Claim = { ...CHECKED, id: 'claim-first' };
const LAST: Claim = { ...CHECKED, id: 'claim-last' };
const CLAIMS: readonly Claim[] = [FIRST, ORPHAN, LAST];

describe('replaceClaim', () => {
  const replaced: { name: string; claimId: string; ids: string[] }[] = [
    { name: 'the first claim', claimId: 'claim-first', ids: ['claim-first-edited', 'claim-fell', 'claim-last'] },
    { name: 'a claim in the middle', claimId: 'claim-fell', ids: ['claim-first', 'claim-fell-edited', 'claim-last'] },
    { name: 'the last claim', claimId: 'claim-last', ids: ['claim-first', 'claim-fell', 'claim-last-edited'] },
  ];
  it.each(replaced)('puts the edit of $name in its place and hands it back', ({ claimId, ids }) => {
    const outcome = replaceClaim(CLAIMS, claimId, (claim) => ({ ...claim, id: `${claim.id}-edited` }));
    expect(outcome.claims.map((claim) => claim.id)).toEqual(ids);
    expect(outcome.claim.id).toBe(`${claimId}-edited`);
  });

  it('leaves the list it was given as it was', () => {
    replaceClaim(CLAIMS, 'claim-fell', (claim) => ({ ...claim, note: 'changed' }));
    expect(CLAIMS).toEqual([FIRST, ORPHAN, LAST]);
  });

  it('refuses a claim that is not in the list, without running the edit', () => {
    const edited: string[] = [];
    const edit = (claim: Claim) => {
      edited.push(claim.id);
      return claim;
    };
    expect(refusalOf(() => replaceClaim(CLAIMS, 'claim-gone', edit))).toEqual({
      code: 'not-found',
      message: 'That claim no longer exists; it may have been deleted.',
    });
    expect(edited).toEqual([]);
  });
});

describe('removeClaim', () => {
  const removed: { name: string; claims: readonly Claim[]; claimId: string; ids: string[] }[] = [
    { name: 'the first claim', claims: CLAIMS, claimId: 'claim-first', ids: ['claim-fell', 'claim-last'] },
    { name: 'a claim in the middle', claims: CLAIMS, claimId: 'claim-fell', ids: ['claim-first', 'claim-last'] },
    { name: 'the last claim', claims: CLAIMS, claimId: 'claim-last', ids: ['claim-first', 'claim-fell'] },
    { name: 'the only claim', claims: [ORPHAN], claimId: 'claim-fell', ids: [] },
  ];
  it.each(removed)('takes out $name and keeps the others in order', ({ claims, claimId, ids }) => {
    expect(removeClaim(claims, claimId).map((claim) => claim.id)).toEqual(ids);
  });

  it('refuses a claim that is not in the list', () => {
    expect(refusalOf(() => removeClaim(CLAIMS, 'claim-gone'))).toEqual({
      code: 'not-found',
      message: 'That claim no longer exists; it may have been deleted already.',
    });
  });
});

describe('restoreClaim', () => {
  // The text the fixture claims were made on: "The budget grew by 12%" sits at 0–22.
  const TEXT = 'The budget grew by 12% in 2024. Taxes fell by 2%.';

  it('puts a deleted claim back with its id and its whole record', () => {
    const restored = restoreClaim([ORPHAN], FIRST, TEXT);
    expect(restored.map((claim) => claim.id)).toEqual(['claim-fell', 'claim-first']);
    expect(restored[1]).toBe(FIRST);
  });

  it('puts back an orphaned claim even though its text is gone', () => {
    expect(restoreClaim([FIRST], ORPHAN, TEXT).map((claim) => claim.id)).toEqual(['claim-first', 'claim-fell']);
  });

  it('refuses a claim whose id is already there', () => {
    expect(refusalOf(() => restoreClaim(CLAIMS, LAST, TEXT))).toEqual({ code: 'invalid-input', message: 'That claim is already there; nothing was restored.' });
  });

  it('refuses an anchored claim whose text is no longer at its place', () => {
    expect(refusalOf(() => restoreClaim([], FIRST, 'The budget shrank by 12% in 2024.'))).toEqual({
      code: 'invalid-input',
      message: 'The article’s text has changed since the claim was deleted, so it cannot be put back where it was.',
    });
  });
});
