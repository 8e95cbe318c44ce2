import { describe, expect, it } from 'vitest';
import {
  UNDO_LIMIT,
  blockedReason,
  emptyUndoHistory,
  undoHistoryReducer,
  type ClaimChangeStep,
  type UndoEvent,
  type UndoHistory,
  type UndoStep,
} from '../../../../renderer/src/state/undo-history';
import { FELL, GREW } from './workspace-fixture';

const step = (label: string, mergeKey?: string): UndoStep => ({
  label,
  undo: { kind: 'set-status', claimId: 'claim-grew', status: 'unverified' },
  redo: { kind: 'set-status', claimId: 'claim-grew', status: 'verified' },
  ...(mergeKey === undefined ? {} : { mergeKey }),
});

const recorded = (label: string, mergeKey?: string, articleId = 'article-budget'): UndoEvent => ({ kind: 'step-recorded', articleId, step: step(label, mergeKey) });

function after(...events: UndoEvent[]): UndoHistory {
  return events.reduce(undoHistoryReducer, emptyUndoHistory);
}

const labels = (steps: readonly UndoStep[]) => steps.map((entry) => entry.label);

describe('the undo history', () => {
  it('undoes the newest step first and can redo it', () => {
    const history = after(recorded('first'), recorded('second'), { kind: 'step-undone' });
    expect(labels(history.past)).toEqual(['first']);
    expect(labels(history.future)).toEqual(['second']);
    const redone = undoHistoryReducer(history, { kind: 'step-redone' });
    expect(labels(redone.past)).toEqual(['first', 'second']);
    expect(redone.future).toEqual([]);
  });

  it('forgets what could be redone once a new change is made', () => {
    const history = after(recorded('first'), recorded('second'), { kind: 'step-undone' }, recorded('third'));
    expect(labels(history.past)).toEqual(['first', 'third']);
    expect(history.future).toEqual([]);
  });

  it('leaves an empty history as it is when asked to undo or redo', () => {
    expect(after({ kind: 'step-undone' }, { kind: 'step-redone' })).toEqual(emptyUndoHistory);
  });

  it('starts empty when another article is shown, and keeps its steps for the same article', () => {
    const history = after(recorded('first'), recorded('second'), { kind: 'step-undone' });
    expect(undoHistoryReducer(history, { kind: 'article-shown', articleId: 'article-budget' })).toBe(history);
    expect(undoHistoryReducer(history, { kind: 'article-shown', articleId: 'article-jobs' })).toEqual({ articleId: 'article-jobs', past: [], future: [] });
  });

  it('drops the steps of the last article when a step of another article is recorded', () => {
    const history = after(recorded('budget step'), recorded('jobs step', undefined, 'article-jobs'));
    expect(history.articleId).toBe('article-jobs');
    expect(labels(history.past)).toEqual(['jobs step']);
  });

  it('merges typing in one field into one step: the first way back, the newest way forward', () => {
    const typed = (note: string): UndoEvent => ({
      kind: 'step-recorded',
      articleId: 'article-budget',
      step: {
        label: 'note',
        undo: { kind: 'set-fields', claimId: 'claim-grew', fields: { note: note.slice(0, -3) } },
        redo: { kind: 'set-fields', claimId: 'claim-grew', fields: { note } },
        mergeKey: 'fields:claim-grew:note',
      },
    });
    const history = after(typed('abcdef'), typed('abcdefghi'));
    expect(history.past).toEqual([
      {
        label: 'note',
        undo: { kind: 'set-fields', claimId: 'claim-grew', fields: { note: 'abc' } },
        redo: { kind: 'set-fields', claimId: 'claim-grew', fields: { note: 'abcdefghi' } },
        mergeKey: 'fields:claim-grew:note',
      },
    ]);
  });

  it('does not merge typing in different fields or after an undo', () => {
    expect(labels(after(recorded('note A', 'fields:a:note'), recorded('note B', 'fields:b:note')).past)).toEqual(['note A', 'note B']);
    const undoneBetween = after(recorded('one', 'fields:a:note'), recorded('other'), { kind: 'step-undone' }, recorded('two', 'fields:a:note'));
    expect(labels(undoneBetween.past)).toEqual(['one', 'two']);
  });

  it(`keeps the newest ${UNDO_LIMIT} steps`, () => {
    const events = Array.from({ length: UNDO_LIMIT + 2 }, (_, at) => recorded(`step ${at}`));
    const history = after(...events);
    expect(history.past).toHaveLength(200);
    expect(history.past[0]?.label).toBe('step 2');
    expect(history.past.at(-1)?.label).toBe('step 201');
  });

  it('follows evidence to the new id the host gave it when it was added again', () => {
    const evidenceStep: UndoStep = {
      label: 'evidence',
      undo: { kind: 'delete-evidence', claimId: 'claim-grew', evidenceId: 'ev-old' },
      redo: { kind: 'add-evidence', claimId: 'claim-grew', evidenceId: 'ev-old', evidence: { url: 'https://example.org/', title: '', quote: '', accessed: null, stance: 'supports' } },
    };
    const other: UndoStep = { label: 'other claim', undo: { kind: 'delete-evidence', claimId: 'claim-fell', evidenceId: 'ev-old' }, redo: { kind: 'impossible', reason: 'x' } };
    const history = after(
      { kind: 'step-recorded', articleId: 'article-budget', step: evidenceStep },
      { kind: 'step-recorded', articleId: 'article-budget', step: other },
      { kind: 'evidence-renamed', claimId: 'claim-grew', from: 'ev-old', to: 'ev-new' },
    );
    expect(history.past[0]?.undo).toEqual({ kind: 'delete-evidence', claimId: 'claim-grew', evidenceId: 'ev-new' });
    expect(history.past[0]?.redo).toMatchObject({ kind: 'add-evidence', evidenceId: 'ev-new' });
    // Another claim's evidence with the same id is not touched.
    expect(history.past[1]?.undo).toEqual({ kind: 'delete-evidence', claimId: 'claim-fell', evidenceId: 'ev-old' });
  });
});

describe('blockedReason', () => {
  const withEvidence = { ...GREW, evidence: [{ id: 'ev-1', url: 'https://example.org/', title: 'Table', quote: '', accessed: null, stance: 'supports' as const, added: '2025-06-01T08:00:00.000Z' }] };
  const cases: { name: string; change: ClaimChangeStep; reason: string | null }[] = [
    { name: 'a status of a claim that is there', change: { kind: 'set-status', claimId: 'claim-grew', status: 'false' }, reason: null },
    { name: 'a note of a deleted claim', change: { kind: 'set-fields', claimId: 'claim-gone', fields: { note: 'x' } }, reason: 'the claim is no longer there' },
    { name: 'restoring a claim that is there', change: { kind: 'restore-claim', claim: FELL }, reason: 'the claim is already there' },
    { name: 'restoring a deleted claim', change: { kind: 'restore-claim', claim: { ...FELL, id: 'claim-deleted' } }, reason: null },
    { name: 'removing evidence that is there', change: { kind: 'delete-evidence', claimId: 'claim-grew', evidenceId: 'ev-1' }, reason: null },
    { name: 'editing evidence that is gone', change: { kind: 'update-evidence', claimId: 'claim-grew', evidenceId: 'ev-2', evidence: { url: 'https://example.org/', title: '', quote: '', accessed: null, stance: 'refutes' } }, reason: 'that evidence is no longer there' },
    { name: 'a change that cannot be made', change: { kind: 'impossible', reason: 'the claim was orphaned' }, reason: 'the claim was orphaned' },
    // The host knows what an import wrote; it is asked even when the open article has none of its claims.
    { name: 'taking an import back', change: { kind: 'undo-import', importId: 'import-1' }, reason: null },
    { name: 'making an import again', change: { kind: 'redo-import', importId: 'import-1' }, reason: null },
  ];
  it.each(cases)('$name: $reason', ({ change, reason }) => {
    expect(blockedReason(change, [withEvidence, FELL])).toBe(reason);
  });
});
