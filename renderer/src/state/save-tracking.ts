// What each claim's save line says ("Saving…", "Saved", "Not saved: why"), counted per
// claim so that several saves in flight read "Saved" only once the last has landed, and
// when to ask the host again about changes it keeps after a failed save.

import { ApiError } from '../../../shared/api-error';
import { describeProblem } from './messages';
import type { SaveFailure, WorkspaceEvent } from './workspace-events';

export type SaveState = { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** The host keeps a change it could not save and retries it; we ask about it now and then. */
export interface HostRetry {
  /** When the first kept change was reported (ms). */
  since: number;
  /** When the host was last asked whether its kept changes have landed (ms), if ever. */
  lastAsked: number | null;
}

export interface SaveTracking {
  states: Readonly<Record<string, SaveState>>;
  /** Saves of each claim still waiting for the host's answer. */
  inFlight: Readonly<Record<string, number>>;
  hostRetry: HostRetry | null;
}

export const initialSaveTracking: SaveTracking = { states: {}, inFlight: {}, hostRetry: null };

/**
 * What a claim's save line says; `typing` while a field waits to be sent. The host's message
 * says what failed ("Could not write …"), so "Not saved" is said here and only here.
 */
export function saveLineText(state: SaveState | undefined, typing = false): string {
  if (typing || state?.kind === 'saving') return 'Saving…';
  if (state?.kind === 'failed') return `Not saved: ${state.message}`;
  return 'Saved';
}

/** How often to ask the host whether the changes it keeps have been saved. */
export const SAVE_STATUS_INTERVAL_MS = 1000;

/** How often to ask the host, at all times, whether it has something to tell (a folder written back). */
export const NOTICE_INTERVAL_MS = 2000;

/** A failed save in the analyst's words; a storage failure is one the host keeps in memory and retries. */
export function saveFailure(problem: unknown): SaveFailure {
  return { message: describeProblem(problem), hostKeepsIt: problem instanceof ApiError && problem.code === 'storage' };
}

/** How long to wait before asking the host about its kept changes; null while there are none. */
export function saveStatusDelay(retry: HostRetry | null, now: number): number | null {
  if (retry === null) return null;
  return Math.max(0, (retry.lastAsked ?? retry.since) + SAVE_STATUS_INTERVAL_MS - now);
}

function withState(tracking: SaveTracking, claimId: string, state: SaveState): SaveTracking {
  return { ...tracking, states: { ...tracking.states, [claimId]: state } };
}

function ended(tracking: SaveTracking, claimId: string, failure: SaveFailure | null, at: number): SaveTracking {
  const { [claimId]: count = 1, ...others } = tracking.inFlight;
  const left = count - 1;
  const inFlight = left > 0 ? { ...others, [claimId]: left } : others;
  const hostRetry = failure?.hostKeepsIt === true && tracking.hostRetry === null ? { since: at, lastAsked: null } : tracking.hostRetry;
  const next = { ...tracking, inFlight, hostRetry };
  // A failure stays shown until a later save succeeds, even while others are in flight.
  if (failure !== null) return withState(next, claimId, { kind: 'failed', message: failure.message });
  return left === 0 ? withState(next, claimId, { kind: 'saved' }) : next;
}

/** Once the open article's changes have landed, every "Not saved" of it reads "Saved". */
function hostAnswered(tracking: SaveTracking, event: Extract<WorkspaceEvent, { kind: 'host-save-status' }>): SaveTracking {
  if (tracking.hostRetry === null) return tracking;
  const asked = { ...tracking, hostRetry: { ...tracking.hostRetry, lastAsked: event.at } };
  const unsaved = event.unsavedArticleIds;
  if (unsaved === null || (event.openArticleId !== null && unsaved.includes(event.openArticleId))) return asked;
  const states = Object.fromEntries(
    Object.entries(tracking.states).map(([id, state]): [string, SaveState] => [id, state.kind === 'failed' ? { kind: 'saved' } : state]),
  );
  return { ...asked, states, hostRetry: unsaved.length === 0 ? null : asked.hostRetry };
}

export function saveTrackingReducer(tracking: SaveTracking, event: WorkspaceEvent): SaveTracking {
  switch (event.kind) {
    case 'article-opened':
      // In-flight counts stay: a save of the last article may still land.
      return { ...tracking, states: {} };
    case 'claim-added':
      return withState(tracking, event.claim.id, { kind: 'saved' });
    case 'save-started':
      return withState(
        { ...tracking, inFlight: { ...tracking.inFlight, [event.claimId]: (tracking.inFlight[event.claimId] ?? 0) + 1 } },
        event.claimId,
        { kind: 'saving' },
      );
    case 'save-ended':
      return ended(tracking, event.claimId, event.failure, event.at);
    case 'host-save-status':
      return hostAnswered(tracking, event);
    default:
      return tracking;
  }
}
