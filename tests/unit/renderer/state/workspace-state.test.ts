// The whole state: one event reaches every part that cares about it, and an event no
// part takes gives the same state back (so React skips the render).

import { describe, expect, it } from 'vitest';
import { initialWorkspaceState, workspaceReducer, type WorkspaceState } from '../../../../renderer/src/state/workspace-state';
import { BUDGET, GREW, SUMMARY, withClaims } from './workspace-fixture';


describe('workspaceReducer', () => {
  it('lists the library', () => {
    expect(workspaceReducer(initialWorkspaceState, { kind: 'library-listed', articles: [SUMMARY] })).toEqual({
      ...initialWorkspaceState,
      articles: [SUMMARY],
    });
  });

  it('opens an article and clears the save lines of the last one', () => {
    const before: WorkspaceState = {
      ...initialWorkspaceState,
      saves: { states: { 'claim-old': { kind: 'failed', message: 'no' } }, inFlight: {}, hostRetry: null },
    };
    expect(workspaceReducer(before, { kind: 'article-opened', article: withClaims(BUDGET, []) })).toEqual({
      ...initialWorkspaceState,
      open: { current: withClaims(BUDGET, []), selectedClaimId: null, loading: false },
    });
  });

  it('adds a claim to the article, selects it and reads it saved', () => {
    const open: WorkspaceState = { ...initialWorkspaceState, open: { current: withClaims(BUDGET, []), selectedClaimId: null, loading: false } };
    expect(workspaceReducer(open, { kind: 'claim-added', claim: GREW })).toEqual({
      ...initialWorkspaceState,
      open: { current: withClaims(BUDGET, [GREW]), selectedClaimId: 'claim-grew', loading: false },
      saves: { states: { 'claim-grew': { kind: 'saved' } }, inFlight: {}, hostRetry: null },
    });
  });

  it('gives the same state back for an event no part takes', () => {
    const late = { kind: 'kept-article', article: withClaims(BUDGET, [GREW]) } as const;
    expect(workspaceReducer(initialWorkspaceState, late)).toBe(initialWorkspaceState);
  });
});
