// The start begun before the window's first render: what came in by then is the first state;
// what comes after reaches the state once it exists, in order, nothing dropped.

import { describe, expect, it } from 'vitest';
import { StartRelay } from '../../../../renderer/src/state/start-relay';
import type { WorkspaceEvent } from '../../../../renderer/src/state/workspace-events';
import { initialWorkspaceState, workspaceReducer, type WorkspaceState } from '../../../../renderer/src/state/workspace-state';
import { BUDGET, GREW, SUMMARY, withClaims } from './workspace-fixture';

const OPENED = withClaims(BUDGET, [GREW]);

/** React's side of it: a state the dispatched events change. */
function reactState(first: WorkspaceState) {
  let state = first;
  const seen: string[] = [];
  return {
    dispatch: (event: WorkspaceEvent) => {
      seen.push(event.kind);
      state = workspaceReducer(state, event);
    },
    read: () => state,
    seen,
  };
}

describe('StartRelay', () => {
  it('makes the first state from the start’s events so far: the library and the open article with its claims', () => {
    const relay = new StartRelay();
    relay.dispatch({ kind: 'article-loading' });
    relay.dispatch({ kind: 'library-listed', articles: [SUMMARY] });
    relay.dispatch({ kind: 'article-opened', article: OPENED });
    const first = relay.initialState();
    expect(first.articles).toEqual([SUMMARY]);
    expect(first.open).toEqual({ current: OPENED, selectedClaimId: null, loading: false });
    // Asked again (React may, in development), the same state.
    expect(relay.initialState()).toBe(first);
    const react = reactState(first);
    relay.attach(react.dispatch, react.read);
    expect(react.seen).toEqual([]);
  });

  it('passes on what came after the first state, in order, then every later event at once', () => {
    const relay = new StartRelay();
    relay.dispatch({ kind: 'article-loading' });
    const first = relay.initialState();
    expect(first.open.loading).toBe(true);
    expect(first.open.current).toBeNull();
    relay.dispatch({ kind: 'library-listed', articles: [SUMMARY] });
    const react = reactState(first);
    relay.attach(react.dispatch, react.read);
    expect(react.seen).toEqual(['library-listed']);
    relay.dispatch({ kind: 'article-opened', article: OPENED });
    expect(react.seen).toEqual(['library-listed', 'article-opened']);
    expect(react.read().articles).toEqual([SUMMARY]);
    expect(react.read().open.current).toBe(OPENED);
    expect(relay.read()).toBe(react.read());
  });

  it('reads the state its events make before it is attached', () => {
    const relay = new StartRelay();
    expect(relay.read()).toEqual(initialWorkspaceState);
    relay.dispatch({ kind: 'library-listed', articles: [SUMMARY] });
    expect(relay.read().articles).toEqual([SUMMARY]);
  });

  it('keeps the events that come while detached (React remounting in development) for the next attach', () => {
    const relay = new StartRelay();
    const react = reactState(relay.initialState());
    const detach = relay.attach(react.dispatch, react.read);
    detach();
    relay.dispatch({ kind: 'library-listed', articles: [SUMMARY] });
    expect(react.seen).toEqual([]);
    relay.attach(react.dispatch, react.read);
    expect(react.seen).toEqual(['library-listed']);
    relay.dispatch({ kind: 'article-opened', article: OPENED });
    expect(react.seen).toEqual(['library-listed', 'article-opened']);
  });
});
