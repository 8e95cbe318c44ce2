import { describe, expect, it } from 'vitest';
import { CLAIM_FLAGS, filterClaims, isFiltering, NO_FILTER, sortClaims, type ClaimFilter, type ClaimFlag } from '../../../../shared/claims/claim-filter';
import type { Claim } from '../../../../shared/model';
import { CHECKED, ORPHAN } from './claim-fixture';

/** Four claims in reading order: two from the fixture and two plain ones between and after. */
const BARE: Claim = {
  ...CHECKED, id: 'claim-bare', status: 'unverified', note: '', claimant: null, claimReviewed: null, tags: [], evidence: [], history: [],
  selectors: { ...CHECKED.selectors, position: { type: 'TextPositionSelector', start: 23, end: 30 }, quote: { ...CHECKED.selectors.quote, exact: 'in 2024' } },
  modified: '2025-06-02T09:00:00.000Z',
};
const CAFE: Claim = {
  ...BARE, id: 'claim-cafe', status: 'verified', note: 'Checked at the Café Central.', tags: ['finance', 'Wiener Küche'],
  selectors: { ...BARE.selectors, position: { type: 'TextPositionSelector', start: 49, end: 50 } },
  modified: '2025-06-01T08:00:00.000Z',
};
/** Checked, then its article changed under it: the verdict was given on other words. */
const MOVED: Claim = {
  ...CAFE, id: 'claim-moved', review: { quote: 'in 2023', since: '2025-06-03T09:00:00.000Z' },
  selectors: { ...BARE.selectors, position: { type: 'TextPositionSelector', start: 60, end: 67 } },
};
const CLAIMS = [CHECKED, BARE, ORPHAN, CAFE];
const ids = (claims: readonly Claim[]) => claims.map((claim) => claim.id);
const filter = (change: Partial<ClaimFilter>): ClaimFilter => ({ ...NO_FILTER, ...change });

describe('filterClaims', () => {
  it('finds the claims that need review', () => {
    expect(ids(filterClaims([...CLAIMS, MOVED], filter({ flags: ['needs-review'] })))).toEqual(['claim-moved']);
    expect(ids(filterClaims([...CLAIMS, MOVED], filter({ statuses: ['verified'] })))).toEqual(['claim-cafe', 'claim-moved']);
  });

  it.each<[string, Partial<ClaimFilter>, string[]]>([
    ['no filter lets every claim through', {}, ['claim-grew', 'claim-bare', 'claim-fell', 'claim-cafe']],
    ['one status', { statuses: ['unverified'] }, ['claim-bare']],
    ['several statuses at once', { statuses: ['false', 'verified'] }, ['claim-fell', 'claim-cafe']],
    ['orphaned claims only', { flags: ['orphaned'] }, ['claim-fell']],
    ['a status and a flag together', { statuses: ['verified'], flags: ['orphaned'] }, []],
    ['text in the quote', { text: 'taxes fell' }, ['claim-fell']],
    ['text in the note, any case', { text: 'ASK THE' }, ['claim-grew']],
    ['text in the claimant', { text: 'finance minister' }, ['claim-grew']],
    ['text in an evidence title', { text: 'table 3' }, ['claim-grew']],
    ['text in an evidence quote', { text: '+12.0%' }, ['claim-grew']],
    ['text in an evidence address', { text: 'blog.example.org' }, ['claim-grew']],
    ['accents do not count', { text: 'cafe central' }, ['claim-cafe']],
    ['every word must be found, in any field', { text: 'ministry table' }, ['claim-grew']],
    ['a word found nowhere hides all', { text: 'ministry unicorn' }, []],
    ['one tag', { tags: ['budget'] }, ['claim-grew']],
    ['a tag in any case', { tags: ['FINANCE'] }, ['claim-grew', 'claim-cafe']],
    ['several tags: a claim must have every one', { tags: ['finance', 'budget'] }, ['claim-grew']],
    ['a tag no claim has hides all', { tags: ['health'] }, []],
    ['a tag and a status together', { tags: ['finance'], statuses: ['verified'] }, ['claim-cafe']],
    ['text in a tag, accents aside', { text: 'kuche' }, ['claim-cafe']],
    ['blank text is no filter', { text: '   ' }, ['claim-grew', 'claim-bare', 'claim-fell', 'claim-cafe']],
  ])('%s', (_name, change, expected) => {
    expect(ids(filterClaims(CLAIMS, filter(change)))).toEqual(expected);
  });

  it('takes flags added to the list of predicates', () => {
    const noted: ClaimFlag = { id: 'noted', label: 'Has a note', matches: (claim) => claim.note !== '' };
    expect(ids(filterClaims(CLAIMS, filter({ flags: ['noted'] }), [...CLAIM_FLAGS, noted]))).toEqual(['claim-grew', 'claim-fell', 'claim-cafe']);
    expect(ids(filterClaims(CLAIMS, filter({ flags: ['noted', 'orphaned'] }), [...CLAIM_FLAGS, noted]))).toEqual(['claim-fell']);
  });

  it.each<[Partial<ClaimFilter>, boolean]>([
    [{}, false],
    [{ text: '  ' }, false],
    [{ text: 'x' }, true],
    [{ statuses: ['false'] }, true],
    [{ flags: ['orphaned'] }, true],
    [{ tags: ['finance'] }, true],
  ])('isFiltering(%j) is %s', (change, expected) => {
    expect(isFiltering(filter(change))).toBe(expected);
  });
});

describe('sortClaims', () => {
  it('keeps reading order as given', () => {
    expect(ids(sortClaims(CLAIMS, 'reading'))).toEqual(['claim-grew', 'claim-bare', 'claim-fell', 'claim-cafe']);
  });

  it('sorts by status in the order of the status menu, then reading order', () => {
    expect(ids(sortClaims([CAFE, ORPHAN, BARE, CHECKED], 'status'))).toEqual(['claim-bare', 'claim-grew', 'claim-cafe', 'claim-fell']);
  });

  it('puts the latest change first', () => {
    expect(ids(sortClaims(CLAIMS, 'modified'))).toEqual(['claim-bare', 'claim-grew', 'claim-fell', 'claim-cafe']);
  });

  it('compares changes as times, however they are written', () => {
    // Half a second after BARE's change; CAFE's at the same moment as BARE's, written without milliseconds.
    const later = { ...CAFE, id: 'claim-later', modified: '2025-06-02T09:00:00.500Z' };
    const plain = { ...CAFE, modified: '2025-06-02T09:00:00Z' };
    expect(ids(sortClaims([plain, BARE, later], 'modified'))).toEqual(['claim-later', 'claim-bare', 'claim-cafe']);
  });

  it('leaves the list it was given as it was', () => {
    const given = [CAFE, BARE];
    sortClaims(given, 'status');
    expect(ids(given)).toEqual(['claim-cafe', 'claim-bare']);
  });
});
