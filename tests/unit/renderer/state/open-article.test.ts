// The open article and its claims: opening, loading, and each claim change the host
// sends back, including changes that arrive after the analyst moved to another article.

import { describe, expect, it } from 'vitest';
import { initialOpenArticle, openArticleReducer, type OpenArticle } from '../../../../renderer/src/state/open-article';
import type { WorkspaceEvent } from '../../../../renderer/src/state/workspace-events';
import { BUDGET, FELL, GREW, JOBS, UNEMPLOYMENT, changed, withClaims } from './workspace-fixture';

const GREW_VERIFIED = changed(GREW, { status: 'verified' });
const FELL_REATTACHED = changed(FELL, { anchor: { state: 'anchored', method: 're-attached', score: null, candidate: null } });

/** The budget article with both claims, FELL selected, nothing loading. */
const BUDGET_OPEN: OpenArticle = { current: withClaims(BUDGET, [GREW, FELL]), selectedClaimId: FELL.id, loading: false };

const cases: [string, OpenArticle, WorkspaceEvent, OpenArticle][] = [
  [
    'opening an article shows it with nothing selected',
    { ...initialOpenArticle, selectedClaimId: GREW.id },
    { kind: 'article-opened', article: withClaims(JOBS, [UNEMPLOYMENT]) },
    { current: withClaims(JOBS, [UNEMPLOYMENT]), selectedClaimId: null, loading: false },
  ],
  ['loading keeps the article on screen', BUDGET_OPEN, { kind: 'article-loading' }, { ...BUDGET_OPEN, loading: true }],
  [
    'loading that ends without an article keeps the last one',
    { ...BUDGET_OPEN, loading: true },
    { kind: 'article-load-ended', error: 'gone' },
    BUDGET_OPEN,
  ],
  ['closing the article', BUDGET_OPEN, { kind: 'article-closed' }, { ...BUDGET_OPEN, current: null }],
  ['selecting a claim', BUDGET_OPEN, { kind: 'claim-selected', claimId: GREW.id }, { ...BUDGET_OPEN, selectedClaimId: GREW.id }],
  ['selecting nothing', BUDGET_OPEN, { kind: 'claim-selected', claimId: null }, { ...BUDGET_OPEN, selectedClaimId: null }],
  [
    'an added claim goes last and is selected',
    { current: withClaims(BUDGET, [FELL]), selectedClaimId: null, loading: false },
    { kind: 'claim-added', claim: GREW },
    { current: withClaims(BUDGET, [FELL, GREW]), selectedClaimId: GREW.id, loading: false },
  ],
  [
    'a claim added to another article changes no claims here',
    BUDGET_OPEN,
    { kind: 'claim-added', claim: UNEMPLOYMENT },
    { ...BUDGET_OPEN, selectedClaimId: UNEMPLOYMENT.id },
  ],
  [
    'a saved claim replaces the old one in its place',
    BUDGET_OPEN,
    { kind: 'claim-saved', claim: GREW_VERIFIED },
    { ...BUDGET_OPEN, current: withClaims(BUDGET, [GREW_VERIFIED, FELL]) },
  ],
  [
    'a status shown before it is saved changes only that claim, in its place',
    BUDGET_OPEN,
    { kind: 'claim-status-shown', articleId: BUDGET.id, claimId: GREW.id, status: 'misleading' },
    { ...BUDGET_OPEN, current: withClaims(BUDGET, [{ ...GREW, status: 'misleading' }, FELL]) },
  ],
  [
    'a status put back after a failed save',
    { ...BUDGET_OPEN, current: withClaims(BUDGET, [GREW, { ...FELL, status: 'false' }]) },
    { kind: 'claim-status-shown', articleId: BUDGET.id, claimId: FELL.id, status: 'unverified' },
    BUDGET_OPEN,
  ],
  [
    'a re-attached claim replaces the old one and is selected',
    { ...BUDGET_OPEN, selectedClaimId: null },
    { kind: 'claim-reattached', claim: FELL_REATTACHED },
    { current: withClaims(BUDGET, [GREW, FELL_REATTACHED]), selectedClaimId: FELL.id, loading: false },
  ],
  [
    'deleting the selected claim selects nothing',
    BUDGET_OPEN,
    { kind: 'claim-deleted', claimId: FELL.id },
    { current: withClaims(BUDGET, [GREW]), selectedClaimId: null, loading: false },
  ],
  [
    'deleting another claim keeps the selection',
    BUDGET_OPEN,
    { kind: 'claim-deleted', claimId: GREW.id },
    { current: withClaims(BUDGET, [FELL]), selectedClaimId: FELL.id, loading: false },
  ],
  [
    'the article as the host keeps it replaces the open one',
    BUDGET_OPEN,
    { kind: 'kept-article', article: withClaims(BUDGET, [GREW_VERIFIED, FELL]) },
    { ...BUDGET_OPEN, current: withClaims(BUDGET, [GREW_VERIFIED, FELL]) },
  ],
];

describe('openArticleReducer', () => {
  it.each(cases)('%s', (_name, state, event, expected) => {
    expect(openArticleReducer(state, event)).toEqual(expected);
  });

  // Answers that land after the analyst moved on must leave the article on screen alone.
  const untouched: [string, OpenArticle, WorkspaceEvent][] = [
    ['a saved claim of another article', BUDGET_OPEN, { kind: 'claim-saved', claim: UNEMPLOYMENT }],
    ['a saved claim with no article open', { ...initialOpenArticle, loading: false }, { kind: 'claim-saved', claim: GREW }],
    ['another article as the host keeps it', BUDGET_OPEN, { kind: 'kept-article', article: withClaims(JOBS, []) }],
    ['a status shown for another article', BUDGET_OPEN, { kind: 'claim-status-shown', articleId: JOBS.id, claimId: GREW.id, status: 'false' }],
    ['a status shown for a claim not here', BUDGET_OPEN, { kind: 'claim-status-shown', articleId: BUDGET.id, claimId: UNEMPLOYMENT.id, status: 'false' }],
    ['a status the claim already has', BUDGET_OPEN, { kind: 'claim-status-shown', articleId: BUDGET.id, claimId: GREW.id, status: 'unverified' }],
    [
      'a status shown with no article open',
      { ...initialOpenArticle, loading: false },
      { kind: 'claim-status-shown', articleId: BUDGET.id, claimId: GREW.id, status: 'false' },
    ],
    ['an event about the banners', BUDGET_OPEN, { kind: 'error-dismissed' }],
    ['an event about the file queue', BUDGET_OPEN, { kind: 'file-open-finished' }],
  ];
  it.each(untouched)('leaves the state as it is for %s', (_name, state, event) => {
    expect(openArticleReducer(state, event)).toBe(state);
  });

  it('starts loading, with no article', () => {
    expect(initialOpenArticle).toEqual({ current: null, selectedClaimId: null, loading: true });
  });
});
