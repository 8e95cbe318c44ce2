// Changing a claim's status: shown at once and marked "Saving…", replaced by the host's
// record, never overwritten by the answer to an earlier change, and put back with a banner
// when the host refuses it (a storage failure is kept by the host, so the status stays).

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ApiInput } from '../../../../shared/api';
import type { Claim } from '../../../../shared/model';
import { api } from '../../../../renderer/src/api';
import { claimActions } from '../../../../renderer/src/state/claim-actions';
import type { WorkspaceEvent } from '../../../../renderer/src/state/workspace-events';
import { initialWorkspaceState, workspaceReducer, type WorkspaceState } from '../../../../renderer/src/state/workspace-state';
import { BUDGET, FELL, GREW, changed, withClaims } from './workspace-fixture';

// The host's door: each call waits until the test answers it.
vi.mock('../../../../renderer/src/api', () => ({ api: { updateClaim: vi.fn() } }));

interface HostCall {
  input: ApiInput<'updateClaim'>;
  answer(claim: Claim): void;
  fail(problem: unknown): void;
}

/** When the save lines' times are taken (save-ended's `at`). */
const NOW = Date.parse('2025-06-02T09:30:00.000Z');

const HOST_VERIFIED = changed(GREW, { status: 'verified', history: [{ from: 'unverified', to: 'verified', at: '2025-06-02T09:00:00.000Z' }] });
const HOST_FALSE = changed(GREW, { status: 'false', history: [{ from: 'unverified', to: 'false', at: '2025-06-02T09:00:00.000Z' }] });
const HOST_MISLEADING = changed(GREW, { status: 'misleading', history: [{ from: 'false', to: 'misleading', at: '2025-06-02T09:00:00.000Z' }] });

let calls: HostCall[];
let state: WorkspaceState;
let events: WorkspaceEvent[];
let refreshArticles: ReturnType<typeof vi.fn<() => Promise<void>>>;
let actions: ReturnType<typeof claimActions>;

function call(at: number): HostCall {
  const found = calls[at];
  if (found === undefined) throw new Error(`the host has no call ${at}`);
  return found;
}

/** Two changes of GREW in flight at once: to Verified, then to False. */
function verifiedThenFalse(): [Promise<boolean>, Promise<boolean>] {
  return [actions.setStatus(GREW.id, 'verified'), actions.setStatus(GREW.id, 'false')];
}

/** The host answers call `at` with its record, and the change it belongs to settles. */
async function answered(at: number, claim: Claim, change: Promise<boolean>): Promise<void> {
  call(at).answer(claim);
  await change;
}

/** The host fails call `at` with `problem`, and the change it belongs to settles. */
async function refused(at: number, problem: unknown, change: Promise<boolean>): Promise<void> {
  call(at).fail(problem);
  await change;
}

function shownClaims(): readonly Claim[] | undefined {
  return state.open.current?.claims;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  calls = [];
  vi.mocked(api.updateClaim).mockImplementation(
    (input) => new Promise<Claim>((resolve, reject) => calls.push({ input, answer: resolve, fail: reject })),
  );
  state = { ...initialWorkspaceState, open: { current: withClaims(BUDGET, [GREW, FELL]), selectedClaimId: null, loading: false } };
  events = [];
  refreshArticles = vi.fn(() => Promise.resolve());
  const dispatch = (event: WorkspaceEvent) => {
    events.push(event);
    state = workspaceReducer(state, event);
  };
  actions = claimActions({ dispatch, read: () => state }, refreshArticles);
});

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(api.updateClaim).mockReset();
});

describe('setStatus', () => {
  it('shows the new status at once, marked “Saving…”, then the host’s record', async () => {
    const saving = actions.setStatus(GREW.id, 'verified');
    expect(shownClaims()).toEqual([{ ...GREW, status: 'verified' }, FELL]);
    expect(state.saves).toEqual({ states: { 'claim-grew': { kind: 'saving' } }, inFlight: { 'claim-grew': 1 }, hostRetry: null });
    expect(calls.map((made) => made.input)).toEqual([{ articleId: 'article-budget', claimId: 'claim-grew', status: 'verified' }]);

    await answered(0, HOST_VERIFIED, saving);
    expect(shownClaims()).toEqual([HOST_VERIFIED, FELL]);
    expect(state.saves).toEqual({ states: { 'claim-grew': { kind: 'saved' } }, inFlight: {}, hostRetry: null });
    expect(state.messages.error).toBeNull();
    // The library's counts follow the shown claims (live-counts.ts): the library is not listed again.
    expect(refreshArticles).not.toHaveBeenCalled();
  });

  it('does not let the answer to an earlier change overwrite a later one in flight', async () => {
    const [first, second] = verifiedThenFalse();
    expect(calls.map((made) => made.input.status)).toEqual(['verified', 'false']);

    await answered(0, HOST_VERIFIED, first);
    expect(shownClaims()).toEqual([{ ...GREW, status: 'false' }, FELL]);
    expect(state.saves.states).toEqual({ 'claim-grew': { kind: 'saving' } });
    expect(refreshArticles).not.toHaveBeenCalled();

    await answered(1, HOST_FALSE, second);
    expect(shownClaims()).toEqual([HOST_FALSE, FELL]);
    expect(state.saves.states).toEqual({ 'claim-grew': { kind: 'saved' } });
    expect(refreshArticles).not.toHaveBeenCalled();
  });

  it('keeps the later change when the earlier one is answered last', async () => {
    const [first, second] = verifiedThenFalse();
    await answered(1, HOST_FALSE, second);
    await answered(0, HOST_VERIFIED, first);
    expect(shownClaims()).toEqual([HOST_FALSE, FELL]);
    expect(state.saves.states).toEqual({ 'claim-grew': { kind: 'saved' } });
    expect(refreshArticles).not.toHaveBeenCalled();
  });

  it('keeps a newer change when a much older answer lands after a newer change was saved', async () => {
    const [first, second] = verifiedThenFalse();
    await answered(1, HOST_FALSE, second);
    const third = actions.setStatus(GREW.id, 'misleading');
    await answered(0, HOST_VERIFIED, first);
    expect(shownClaims()).toEqual([{ ...HOST_FALSE, status: 'misleading' }, FELL]);

    await answered(2, HOST_MISLEADING, third);
    expect(shownClaims()).toEqual([HOST_MISLEADING, FELL]);
  });

  const refusals: [string, unknown, string, string][] = [
    [
      'the host refuses it',
      new ApiError('not-found', 'That claim is no longer in the article.'),
      'That claim is no longer in the article.',
      'Status not saved for “The budget grew by 12%”: That claim is no longer in the article. It is back to Unverified.',
    ],
    [
      'the host answers with something unreadable',
      new ApiError('internal', 'The host sent an unreadable answer to updateClaim'),
      'The host sent an unreadable answer to updateClaim',
      'Status not saved for “The budget grew by 12%”: The host sent an unreadable answer to updateClaim. It is back to Unverified.',
    ],
    [
      'the host cannot be reached',
      new TypeError('Failed to fetch'),
      'Failed to fetch',
      'Status not saved for “The budget grew by 12%”: Failed to fetch. It is back to Unverified.',
    ],
  ];
  it.each(refusals)('puts the saved status back and says so when %s', async (_name, problem, reason, banner) => {
    const saving = actions.setStatus(GREW.id, 'verified');
    await refused(0, problem, saving);
    expect(shownClaims()).toEqual([GREW, FELL]);
    expect(state.messages.error).toBe(banner);
    expect(state.saves).toEqual({ states: { 'claim-grew': { kind: 'failed', message: reason } }, inFlight: {}, hostRetry: null });
    expect(refreshArticles).not.toHaveBeenCalled();
  });

  it('puts back the status an earlier change saved when the later one is refused', async () => {
    const [first, second] = verifiedThenFalse();
    await answered(0, HOST_VERIFIED, first);
    await refused(1, new ApiError('invalid-input', 'That status is not known.'), second);
    expect(shownClaims()).toEqual([{ ...GREW, status: 'verified' }, FELL]);
    expect(state.messages.error).toBe('Status not saved for “The budget grew by 12%”: That status is not known. It is back to Verified.');
  });

  it('leaves a later change shown when an earlier one is refused, and takes its record once saved', async () => {
    const [first, second] = verifiedThenFalse();
    await refused(0, new ApiError('not-found', 'Gone.'), first);
    expect(shownClaims()).toEqual([{ ...GREW, status: 'false' }, FELL]);
    expect(state.messages.error).toBeNull();

    await answered(1, HOST_FALSE, second);
    expect(shownClaims()).toEqual([HOST_FALSE, FELL]);
    expect(state.saves.states).toEqual({ 'claim-grew': { kind: 'saved' } });
    expect(state.messages.error).toBeNull();
  });

  it('keeps the new status when the host keeps the change to retry it', async () => {
    const saving = actions.setStatus(GREW.id, 'verified');
    await refused(0, new ApiError('storage', 'The disk is full.'), saving);
    expect(shownClaims()).toEqual([{ ...GREW, status: 'verified' }, FELL]);
    expect(state.messages.error).toBeNull();
    expect(state.saves).toEqual({
      states: { 'claim-grew': { kind: 'failed', message: 'The disk is full.' } },
      inFlight: {},
      hostRetry: { since: NOW, lastAsked: null },
    });
    expect(refreshArticles).not.toHaveBeenCalled();
  });

  it('does nothing for the status the claim already shows', async () => {
    await actions.setStatus(GREW.id, 'unverified');
    expect(calls).toEqual([]);
    expect(events).toEqual([]);
  });

  it('does nothing for a claim that is not in the open article', async () => {
    await actions.setStatus('claim-unemployment', 'verified');
    expect(calls).toEqual([]);
    expect(events).toEqual([]);
  });

  it('does nothing with no article open', async () => {
    state = { ...state, open: { ...state.open, current: null } };
    await actions.setStatus(GREW.id, 'verified');
    expect(calls).toEqual([]);
    expect(events).toEqual([]);
  });
});
