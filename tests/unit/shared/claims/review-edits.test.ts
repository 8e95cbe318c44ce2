import { describe, expect, it } from 'vitest';
import { isChecked } from '../../../../shared/claims/checked';
import { changeStatus, editClaim } from '../../../../shared/claims/claim-edits';
import { quoteDiff } from '../../../../shared/claims/quote-diff';
import { settleReview } from '../../../../shared/claims/review-edits';
import { statusChangeText } from '../../../../shared/claims/status-change-text';
import type { Claim } from '../../../../shared/model';
import { CHECKED, NOW, refusalOf } from './claim-fixture';

/** CHECKED, rated False on "The budget grew by 12%", which the article now words "The budget grew by 11%". */
const MOVED: Claim = {
  ...CHECKED,
  status: 'false',
  selectors: { ...CHECKED.selectors, quote: { ...CHECKED.selectors.quote, exact: 'The budget grew by 11%' } },
  review: { quote: 'The budget grew by 12%', since: '2025-06-03T08:00:00.000Z' },
};
const EARLIER = CHECKED.history;
const QUOTES = { reviewed: 'The budget grew by 12%', current: 'The budget grew by 11%' };

describe('settleReview', () => {
  it('keeps the status: recorded from False to False with both quotes, and the claim no longer needs review', () => {
    expect(settleReview(MOVED, 'false', { now: NOW })).toEqual({
      ...MOVED,
      review: null,
      history: [...EARLIER, { from: 'false', to: 'false', at: NOW, quotes: QUOTES }],
      modified: NOW,
    });
  });

  it('changes the status, with both quotes', () => {
    expect(settleReview(MOVED, 'misleading', { now: NOW })).toMatchObject({
      status: 'misleading',
      review: null,
      history: [...EARLIER, { from: 'false', to: 'misleading', at: NOW, quotes: QUOTES }],
    });
  });

  it('refuses a claim that needs no review', () => {
    expect(refusalOf(() => settleReview(CHECKED, 'false', { now: NOW }))).toEqual({
      code: 'invalid-input',
      message: 'This claim does not need review: its status was given on the words it holds.',
    });
  });
});

describe('a status given from the card on a claim that needs review', () => {
  it('settles the review with both quotes', () => {
    expect(changeStatus(MOVED, 'verified', { now: NOW })).toMatchObject({
      status: 'verified',
      review: null,
      history: [...EARLIER, { from: 'false', to: 'verified', at: NOW, quotes: QUOTES }],
    });
  });

  it('is left alone by an edit of the note', () => {
    expect(editClaim(MOVED, { note: 'Ask again.' }, { now: NOW })).toMatchObject({ note: 'Ask again.', review: MOVED.review, history: EARLIER });
  });
});

describe('isChecked', () => {
  it.each([
    { name: 'a verdict on the words it holds', claim: { status: 'false', review: null }, checked: true },
    { name: 'a verdict given on other words', claim: { status: 'false', review: MOVED.review }, checked: false },
    { name: 'no verdict yet', claim: { status: 'in-progress', review: null }, checked: false },
  ] as const)('counts $name: $checked', ({ claim, checked }) => {
    expect(isChecked(claim)).toBe(checked);
  });
});

describe('quoteDiff and statusChangeText', () => {
  it('marks the words that changed', () => {
    expect(quoteDiff('reports indicating 28 fatalities', 'reports indicating 23 fatalities')).toEqual([
      { text: 'reports indicating ', kind: 'same' },
      { text: '28', kind: 'removed' },
      { text: '23', kind: 'added' },
      { text: ' fatalities', kind: 'same' },
    ]);
  });

  it.each([
    { change: { from: 'unverified', to: 'false', at: NOW }, text: 'Unverified → False' },
    { change: { from: 'false', to: 'false', at: NOW, quotes: QUOTES }, text: 'False kept on “The budget grew by 11%” (reviewed on “The budget grew by 12%”)' },
    { change: { from: 'false', to: 'verified', at: NOW, quotes: QUOTES }, text: 'False → Verified on “The budget grew by 11%” (reviewed on “The budget grew by 12%”)' },
  ] as const)('says $text', ({ change, text }) => {
    expect(statusChangeText(change)).toBe(text);
  });
});
