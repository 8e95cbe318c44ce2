import { describe, expect, it } from 'vitest';
import {
  changeStatus,
  editClaim,
  newClaim,
  reattachClaim,
  type ClaimFieldChange,
  type ReattachTarget,
} from '../../../../shared/claims/claim-edits';
import type { SelectedText } from '../../../../shared/claims/selection-selectors';
import type { Claim, ClaimSelectors } from '../../../../shared/model';
import { ARTICLE, CHECKED, FELL_SELECTORS, GREW_SELECTORS, NOW, ORPHAN, TEXT, idSource, refusalOf } from './claim-fixture';

const EARLIER_CHANGE = { from: 'unverified', to: 'in-progress', at: '2025-06-01T10:00:00.000Z' } as const;
const DOES_NOT_MATCH = 'The selected text does not match the article at that place; reload the article and select again.';

describe('newClaim', () => {
  const made: { name: string; selection: SelectedText; selectors: ClaimSelectors }[] = [
    { name: 'at the start of the text', selection: { start: 0, end: 22, exact: 'The budget grew by 12%' }, selectors: GREW_SELECTORS },
    { name: 'with a full prefix of context', selection: { start: 32, end: 48, exact: 'Taxes fell by 2%' }, selectors: FELL_SELECTORS },
  ];
  it.each(made)('makes an unverified claim with nothing written about it yet, $name', ({ selection, selectors }) => {
    const ids = idSource('claim-new');
    expect(newClaim(ARTICLE, selection, { now: NOW, newId: ids.newId })).toEqual({
      id: 'claim-new', articleId: 'article-budget', selectors,
      status: 'unverified', note: '', claimant: null, claimantType: null, claimReviewed: null, review: null, tags: [],
      anchor: { state: 'anchored', method: 'created', score: null, candidate: null },
      evidence: [], history: [], created: NOW, modified: NOW,
    });
  });

  const refused: { name: string; selection: SelectedText; message: string }[] = [
    { name: 'text other than the article has there', selection: { start: 0, end: 22, exact: 'The budget grew by 13%' }, message: DOES_NOT_MATCH },
    { name: 'an empty selection', selection: { start: 5, end: 5, exact: '' }, message: 'The selection is empty: select some text of the article first.' },
    { name: 'a selection past the end', selection: { start: 32, end: 60, exact: 'Taxes fell by 2%.' }, message: 'The selection ends past the end of the article (offset 60 of 49).' },
    { name: 'white space only', selection: { start: 22, end: 23, exact: ' ' }, message: 'The selection holds only white space.' },
  ];
  it.each(refused)('refuses $name, and takes no id for it', ({ selection, message }) => {
    const ids = idSource('claim-new');
    expect(refusalOf(() => newClaim(ARTICLE, selection, { now: NOW, newId: ids.newId }))).toEqual({ code: 'invalid-input', message });
    expect(ids.taken()).toBe(0);
  });
});

describe('changeStatus', () => {
  it('adds a change to another status to the history, after the earlier ones', () => {
    expect(changeStatus(CHECKED, 'false', { now: NOW })).toEqual({
      ...CHECKED,
      status: 'false',
      history: [EARLIER_CHANGE, { from: 'in-progress', to: 'false', at: NOW }],
      modified: NOW,
    });
  });

  it('records two changes in the order they were made', () => {
    const verified = changeStatus(CHECKED, 'verified', { now: '2025-06-03T09:00:00.000Z' });
    expect(changeStatus(verified, 'misleading', { now: NOW }).history).toEqual([
      EARLIER_CHANGE,
      { from: 'in-progress', to: 'verified', at: '2025-06-03T09:00:00.000Z' },
      { from: 'verified', to: 'misleading', at: NOW },
    ]);
  });

  it('leaves a claim as it is when given the status it has', () => {
    expect(changeStatus(CHECKED, 'in-progress', { now: NOW })).toBe(CHECKED);
  });
});

describe('editClaim', () => {
  const edits: { name: string; change: ClaimFieldChange; changed: Partial<Claim> }[] = [
    { name: 'a note', change: { note: 'Table 3 says 12.0%.' }, changed: { note: 'Table 3 says 12.0%.' } },
    { name: 'an empty note, kept empty', change: { note: '' }, changed: { note: '' } },
    {
      name: 'a new status, with its history entry',
      change: { status: 'verified' },
      changed: { status: 'verified', history: [EARLIER_CHANGE, { from: 'in-progress', to: 'verified', at: NOW }] },
    },
    { name: 'the status it has, with no history entry', change: { status: 'in-progress' }, changed: {} },
    { name: 'a claimant, trimmed', change: { claimant: '  Jane Doe \n' }, changed: { claimant: 'Jane Doe' } },
    { name: 'a blank claimant, which clears it', change: { claimant: ' \t ' }, changed: { claimant: null } },
    { name: 'a null claimant, which clears it', change: { claimant: null }, changed: { claimant: null } },
    {
      name: 'the claim as reviewed, trimmed',
      change: { claimReviewed: ' The 2024 budget grew by 12% ' },
      changed: { claimReviewed: 'The 2024 budget grew by 12%' },
    },
    { name: 'an empty claim as reviewed, which clears it', change: { claimReviewed: '' }, changed: { claimReviewed: null } },
    {
      name: 'every field at once',
      change: { status: 'misleading', note: 'Only in cash terms.', claimant: 'Treasury', claimReviewed: null },
      changed: {
        status: 'misleading',
        note: 'Only in cash terms.',
        claimant: 'Treasury',
        claimReviewed: null,
        history: [EARLIER_CHANGE, { from: 'in-progress', to: 'misleading', at: NOW }],
      },
    },
    { name: 'the claimant as an organisation', change: { claimantType: 'organization' }, changed: { claimantType: 'organization' } },
    { name: 'the claimant’s type as not said', change: { claimantType: null }, changed: { claimantType: null } },
    { name: 'tags, in the order given', change: { tags: ['Finance', 'budget', 'follow-up'] }, changed: { tags: ['Finance', 'budget', 'follow-up'] } },
    { name: 'no tags', change: { tags: [] }, changed: { tags: [] } },
    { name: 'nothing', change: {}, changed: {} },
  ];
  it.each(edits)('sets $name and counts the claim as modified now', ({ change, changed }) => {
    expect(editClaim(CHECKED, change, { now: NOW })).toEqual({ ...CHECKED, ...changed, modified: NOW });
  });

  it('leaves the claim it was given as it was', () => {
    const before = structuredClone(CHECKED);
    editClaim(CHECKED, { status: 'false', note: 'x', claimant: null }, { now: NOW });
    expect(CHECKED).toEqual(before);
  });
});

describe('reattachClaim', () => {
  const REATTACHED = { state: 'anchored', method: 're-attached', score: null, candidate: null } as const;
  const ACCEPTED = { state: 'anchored', method: 'accepted', score: null, candidate: null } as const;
  const placed: { name: string; claim: Claim; target: ReattachTarget; selectors: ClaimSelectors; anchor: Claim['anchor']; review: Claim['review'] }[] = [
    {
      name: 'an orphan on a selection, anchored by hand',
      claim: ORPHAN,
      target: { kind: 'selection', start: 0, end: 22, exact: 'The budget grew by 12%' },
      selectors: GREW_SELECTORS,
      anchor: REATTACHED,
      review: { quote: 'Taxes fell by 3%', since: NOW },
    },
    {
      name: 'an orphan on its candidate, recorded as the match accepted',
      claim: ORPHAN,
      target: { kind: 'candidate' },
      selectors: FELL_SELECTORS,
      anchor: ACCEPTED,
      review: { quote: 'Taxes fell by 3%', since: NOW },
    },
    {
      name: 'an anchored claim on a selection, anchored by hand',
      claim: CHECKED,
      target: { kind: 'selection', start: 32, end: 48, exact: 'Taxes fell by 2%' },
      selectors: FELL_SELECTORS,
      anchor: REATTACHED,
      review: { quote: 'The budget grew by 12%', since: NOW },
    },
    {
      name: 'a claim back on the very words it was reviewed on, which then needs no review',
      claim: { ...CHECKED, review: { quote: 'Taxes fell by 2%', since: '2025-06-01T12:00:00.000Z' } },
      target: { kind: 'selection', start: 32, end: 48, exact: 'Taxes fell by 2%' },
      selectors: FELL_SELECTORS,
      anchor: REATTACHED,
      review: null,
    },
  ];
  it.each(placed)('puts $name; its status, note and evidence stay and other words need review', ({ claim, target, selectors, anchor, review }) => {
    expect(reattachClaim(claim, TEXT, target, { now: NOW })).toEqual({ ...claim, selectors, anchor, review, modified: NOW });
  });

  const refused: { name: string; claim: Claim; text: string; target: ReattachTarget; message: string }[] = [
    {
      name: 'the candidate of a claim that has none',
      claim: CHECKED,
      text: TEXT,
      target: { kind: 'candidate' },
      message: 'This claim has no candidate match to accept; select its text instead.',
    },
    { name: 'a selection of other text', claim: ORPHAN, text: TEXT, target: { kind: 'selection', start: 32, end: 48, exact: 'Taxes fell by 3%' }, message: DOES_NOT_MATCH },
    {
      name: 'a candidate the text no longer holds',
      claim: ORPHAN,
      text: 'Taxes rose.',
      target: { kind: 'candidate' },
      message: 'The selection ends past the end of the article (offset 48 of 11).',
    },
  ];
  it.each(refused)('refuses $name', ({ claim, text, target, message }) => {
    expect(refusalOf(() => reattachClaim(claim, text, target, { now: NOW }))).toEqual({ code: 'invalid-input', message });
  });
});
