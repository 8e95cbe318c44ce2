// Each claim's save line: counted saves in flight (two at once, one failing), reset when
// another article opens, the host keeping a failed change, and when to ask it again.

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api';
import {
  initialSaveTracking,
  saveFailure,
  saveLineText,
  saveStatusDelay,
  saveTrackingReducer,
  type HostRetry,
  type SaveTracking,
} from '../../../../renderer/src/state/save-tracking';
import { failureText } from '../../../../renderer/src/state/messages';
import type { SaveFailure, WorkspaceEvent } from '../../../../renderer/src/state/workspace-events';
import { BUDGET, GREW, withClaims } from './workspace-fixture';

const KEPT: SaveFailure = { message: 'The disk is full; ClaimMark keeps trying to save it.', hostKeepsIt: true };
const REFUSED: SaveFailure = { message: 'The note is too long.', hostKeepsIt: false };

const started = (claimId: string): WorkspaceEvent => ({ kind: 'save-started', claimId });
const ended = (claimId: string, failure: SaveFailure | null, at = 5_000): WorkspaceEvent => ({ kind: 'save-ended', claimId, failure, at });

function after(events: WorkspaceEvent[], from: SaveTracking = initialSaveTracking): SaveTracking {
  return events.reduce(saveTrackingReducer, from);
}

describe('saveTrackingReducer: counting saves', () => {
  const cases: [string, WorkspaceEvent[], SaveTracking][] = [
    ['a save in flight', [started('a')], { states: { a: { kind: 'saving' } }, inFlight: { a: 1 }, hostRetry: null }],
    ['a save that landed', [started('a'), ended('a', null)], { states: { a: { kind: 'saved' } }, inFlight: {}, hostRetry: null }],
    [
      'two saves, the first landed: still saving',
      [started('a'), started('a'), ended('a', null)],
      { states: { a: { kind: 'saving' } }, inFlight: { a: 1 }, hostRetry: null },
    ],
    [
      'two saves, the first failed: the failure shows while the second is in flight',
      [started('a'), started('a'), ended('a', REFUSED)],
      { states: { a: { kind: 'failed', message: 'The note is too long.' } }, inFlight: { a: 1 }, hostRetry: null },
    ],
    [
      'two saves, the first failed, the second landed: saved',
      [started('a'), started('a'), ended('a', REFUSED), ended('a', null)],
      { states: { a: { kind: 'saved' } }, inFlight: {}, hostRetry: null },
    ],
    [
      'two saves, the first landed, the second failed: not saved',
      [started('a'), started('a'), ended('a', null), ended('a', REFUSED)],
      { states: { a: { kind: 'failed', message: 'The note is too long.' } }, inFlight: {}, hostRetry: null },
    ],
    [
      'three saves, the first failed, the second landed: the failure stays until the last lands',
      [started('a'), started('a'), started('a'), ended('a', REFUSED), ended('a', null)],
      { states: { a: { kind: 'failed', message: 'The note is too long.' } }, inFlight: { a: 1 }, hostRetry: null },
    ],
    [
      'saves of two claims are counted apart',
      [started('a'), started('b'), ended('a', null)],
      { states: { a: { kind: 'saved' }, b: { kind: 'saving' } }, inFlight: { b: 1 }, hostRetry: null },
    ],
    [
      'an added claim reads saved',
      [{ kind: 'claim-added', claim: GREW }],
      { states: { 'claim-grew': { kind: 'saved' } }, inFlight: {}, hostRetry: null },
    ],
    [
      'opening an article clears the save lines but still counts the save in flight',
      [started('a'), started('b'), ended('b', null), { kind: 'article-opened', article: withClaims(BUDGET, []) }],
      { states: {}, inFlight: { a: 1 }, hostRetry: null },
    ],
    [
      'a save of the last article landing after another opened',
      [started('a'), { kind: 'article-opened', article: withClaims(BUDGET, []) }, ended('a', null)],
      { states: { a: { kind: 'saved' } }, inFlight: {}, hostRetry: null },
    ],
    [
      'a failure the host keeps starts the retry watch at its time',
      [started('a'), ended('a', KEPT, 7_000)],
      { states: { a: { kind: 'failed', message: KEPT.message } }, inFlight: {}, hostRetry: { since: 7_000, lastAsked: null } },
    ],
    [
      'a second kept failure leaves the watch as it was',
      [started('a'), ended('a', KEPT, 7_000), started('b'), ended('b', KEPT, 9_000)],
      {
        states: { a: { kind: 'failed', message: KEPT.message }, b: { kind: 'failed', message: KEPT.message } },
        inFlight: {},
        hostRetry: { since: 7_000, lastAsked: null },
      },
    ],
  ];
  it.each(cases)('%s', (_name, events, expected) => {
    expect(after(events)).toEqual(expected);
  });

  it('passes over events that are not about saves', () => {
    const tracking = after([started('a')]);
    expect(saveTrackingReducer(tracking, { kind: 'claim-selected', claimId: 'a' })).toBe(tracking);
  });
});

describe('saveTrackingReducer: the host answers about kept changes', () => {
  const FAILED_A_SAVING_B: SaveTracking = {
    states: { a: { kind: 'failed', message: KEPT.message }, b: { kind: 'saving' }, c: { kind: 'saved' } },
    inFlight: { b: 1 },
    hostRetry: { since: 7_000, lastAsked: 8_000 },
  };
  const status = (unsavedArticleIds: string[] | null, openArticleId: string | null): WorkspaceEvent => ({
    kind: 'host-save-status',
    unsavedArticleIds,
    openArticleId,
    at: 9_000,
  });

  const cases: [string, WorkspaceEvent, SaveTracking][] = [
    ['asking failed: only the time of asking moves', status(null, 'open'), { ...FAILED_A_SAVING_B, hostRetry: { since: 7_000, lastAsked: 9_000 } }],
    [
      'the open article is still unsaved: it still says not saved',
      status(['other', 'open'], 'open'),
      { ...FAILED_A_SAVING_B, hostRetry: { since: 7_000, lastAsked: 9_000 } },
    ],
    [
      'the open article landed, another not yet: its failures read saved, the watch goes on',
      status(['other'], 'open'),
      {
        states: { a: { kind: 'saved' }, b: { kind: 'saving' }, c: { kind: 'saved' } },
        inFlight: { b: 1 },
        hostRetry: { since: 7_000, lastAsked: 9_000 },
      },
    ],
    [
      'everything landed: saved, and the watch ends',
      status([], 'open'),
      { states: { a: { kind: 'saved' }, b: { kind: 'saving' }, c: { kind: 'saved' } }, inFlight: { b: 1 }, hostRetry: null },
    ],
    [
      'everything landed with no article open',
      status([], null),
      { states: { a: { kind: 'saved' }, b: { kind: 'saving' }, c: { kind: 'saved' } }, inFlight: { b: 1 }, hostRetry: null },
    ],
  ];
  it.each(cases)('%s', (_name, event, expected) => {
    expect(saveTrackingReducer(FAILED_A_SAVING_B, event)).toEqual(expected);
  });

  it('passes over an answer that comes when nothing is watched', () => {
    const tracking = after([started('a'), ended('a', REFUSED)]);
    expect(saveTrackingReducer(tracking, status([], null))).toBe(tracking);
  });
});

describe('saveStatusDelay', () => {
  const cases: [string, HostRetry | null, number, number | null][] = [
    ['nothing kept: no asking', null, 10_000, null],
    ['just kept: a full interval', { since: 10_000, lastAsked: null }, 10_000, 1_000],
    ['kept a while ago, never asked', { since: 10_000, lastAsked: null }, 10_400, 600],
    ['asked a moment ago', { since: 10_000, lastAsked: 11_500 }, 12_000, 500],
    ['overdue: ask now', { since: 10_000, lastAsked: 11_000 }, 13_000, 0],
  ];
  it.each(cases)('%s', (_name, retry, now, expected) => {
    expect(saveStatusDelay(retry, now)).toBe(expected);
  });
});

describe('saveFailure', () => {
  const cases: [string, unknown, SaveFailure][] = [
    [
      'a storage failure is kept by the host',
      new ApiError('storage', 'Could not write; ClaimMark keeps trying to save it.'),
      { message: 'Could not write; ClaimMark keeps trying to save it.', hostKeepsIt: true },
    ],
    ['a refused input is not kept', new ApiError('invalid-input', 'The note is too long.'), { message: 'The note is too long.', hostKeepsIt: false }],
    ['an unreachable host is not kept', new TypeError('Failed to fetch'), { message: 'Failed to fetch', hostKeepsIt: false }],
    ['something thrown that is not an error', 'timeout', { message: 'timeout', hostKeepsIt: false }],
  ];
  it.each(cases)('%s', (_name, problem, expected) => {
    expect(saveFailure(problem)).toEqual(expected);
  });
});

describe('saveLineText', () => {
  // The words the host answers when the disk is full (host/library/file-recovery.ts, claim-batch.ts).
  const hostMessage = 'Could not write the claims of "Kyiv talks resume" (ENOSPC: no space left on device). The change is kept, and ClaimMark keeps trying to save it.';

  it.each<[string, Parameters<typeof saveLineText>, string]>([
    ['nothing happened yet', [undefined], 'Saved'],
    ['a save in flight', [{ kind: 'saving' }], 'Saving…'],
    ['a field waiting to be sent', [{ kind: 'saved' }, true], 'Saving…'],
    [
      'a failed save, saying "Not saved" once',
      [{ kind: 'failed', message: saveFailure(new ApiError('storage', hostMessage)).message }],
      'Not saved: Could not write the claims of "Kyiv talks resume" (ENOSPC: no space left on device). The change is kept, and ClaimMark keeps trying to save it.',
    ],
  ])('%s', (_name, args, expected) => {
    expect(saveLineText(...args)).toBe(expected);
  });

  it('reads once in the banner of a claim that could not be added', () => {
    expect(failureText('add-claim', new ApiError('storage', hostMessage))).toBe(
      'Claim not added: Could not write the claims of "Kyiv talks resume" (ENOSPC: no space left on device). The change is kept, and ClaimMark keeps trying to save it.',
    );
  });
});
