// The open article's undo and redo steps as plain data. Each step says how to go back and how
// to go forward again, as changes the host is asked for (the same calls as the analyst's own),
// so an undone change is saved like any other. Pure functions; the hook applies the steps.

import type { Claim, ClaimStatus } from '../../../shared/model';
import type { ClaimFields, EvidenceInput } from './workspace-inputs';

/** One change to ask the host for. */
export type ClaimChangeStep =
  | { kind: 'delete-claim'; claimId: string }
  | { kind: 'restore-claim'; claim: Claim }
  | { kind: 'set-status'; claimId: string; status: ClaimStatus }
  | { kind: 'set-fields'; claimId: string; fields: ClaimFields }
  | { kind: 'add-evidence'; claimId: string; evidence: EvidenceInput; evidenceId: string }
  | { kind: 'update-evidence'; claimId: string; evidenceId: string; evidence: EvidenceInput }
  | { kind: 'delete-evidence'; claimId: string; evidenceId: string }
  | { kind: 'reattach'; claimId: string; start: number; end: number }
  /** An import of this session taken back or made again, whichever articles it touched. */
  | { kind: 'undo-import'; importId: string }
  | { kind: 'redo-import'; importId: string }
  /** A change that cannot be made (why, for the analyst). */
  | { kind: 'impossible'; reason: string };

export interface UndoStep {
  /** What was done, for "Undone: …" and "Nothing to undo". */
  label: string;
  undo: ClaimChangeStep;
  redo: ClaimChangeStep;
  /** Steps with the same key in a row (typing in one field) undo as one. */
  mergeKey?: string;
}

export interface UndoHistory {
  /** The article the steps belong to; another article starts an empty history. */
  articleId: string | null;
  past: readonly UndoStep[];
  future: readonly UndoStep[];
}

/** Enough for a review session; older steps are forgotten first. */
export const UNDO_LIMIT = 200;

export const emptyUndoHistory: UndoHistory = { articleId: null, past: [], future: [] };

/** The history for `articleId`: the same one, or an empty one when another article is open. */
export function historyForArticle(history: UndoHistory, articleId: string | null): UndoHistory {
  return history.articleId === articleId ? history : { articleId, past: [], future: [] };
}

/** A new change: it can be undone, and what was undone before can no longer be redone. */
export function recordStep(history: UndoHistory, step: UndoStep): UndoHistory {
  const last = history.past.at(-1);
  if (last !== undefined && step.mergeKey !== undefined && last.mergeKey === step.mergeKey && history.future.length === 0) {
    // The first step's way back, the newest step's way forward.
    return { ...history, past: [...history.past.slice(0, -1), { ...step, undo: last.undo }] };
  }
  return { ...history, past: [...history.past, step].slice(-UNDO_LIMIT), future: [] };
}

export function stepToUndo(history: UndoHistory): UndoStep | null {
  return history.past.at(-1) ?? null;
}

export function stepToRedo(history: UndoHistory): UndoStep | null {
  return history.future.at(-1) ?? null;
}

/** The last step, undone: it can now be redone. */
export function stepUndone(history: UndoHistory): UndoHistory {
  const step = history.past.at(-1);
  if (step === undefined) return history;
  return { ...history, past: history.past.slice(0, -1), future: [...history.future, step] };
}

/** The last undone step, done again: it can be undone again. */
export function stepRedone(history: UndoHistory): UndoHistory {
  const step = history.future.at(-1);
  if (step === undefined) return history;
  return { ...history, past: [...history.past, step], future: history.future.slice(0, -1) };
}

function renameIn(change: ClaimChangeStep, claimId: string, from: string, to: string): ClaimChangeStep {
  if (change.kind !== 'add-evidence' && change.kind !== 'update-evidence' && change.kind !== 'delete-evidence') return change;
  return change.claimId === claimId && change.evidenceId === from ? { ...change, evidenceId: to } : change;
}

/**
 * Evidence added again (redoing an addition, undoing a deletion) gets a new id from the host;
 * every step that names the old id names the new one from then on.
 */
export function evidenceRenamed(history: UndoHistory, claimId: string, from: string, to: string): UndoHistory {
  if (from === to) return history;
  const rename = (step: UndoStep): UndoStep => ({ ...step, undo: renameIn(step.undo, claimId, from, to), redo: renameIn(step.redo, claimId, from, to) });
  return { ...history, past: history.past.map(rename), future: history.future.map(rename) };
}

/** Why a change cannot be made to the claims as they are, or null when it can. */
export function blockedReason(change: ClaimChangeStep, claims: readonly Claim[]): string | null {
  if (change.kind === 'impossible') return change.reason;
  // The host knows what the import wrote, and keeps what the analyst changed since.
  if (change.kind === 'undo-import' || change.kind === 'redo-import') return null;
  if (change.kind === 'restore-claim') {
    return claims.some((claim) => claim.id === change.claim.id) ? 'the claim is already there' : null;
  }
  const claim = claims.find((candidate) => candidate.id === change.claimId);
  if (claim === undefined) return 'the claim is no longer there';
  if (change.kind === 'update-evidence' || change.kind === 'delete-evidence') {
    if (!claim.evidence.some((evidence) => evidence.id === change.evidenceId)) return 'that evidence is no longer there';
  }
  return null;
}

export type UndoEvent =
  | { kind: 'article-shown'; articleId: string | null }
  | { kind: 'step-recorded'; articleId: string; step: UndoStep }
  | { kind: 'step-undone' }
  | { kind: 'step-redone' }
  | { kind: 'evidence-renamed'; claimId: string; from: string; to: string };

export function undoHistoryReducer(history: UndoHistory, event: UndoEvent): UndoHistory {
  switch (event.kind) {
    case 'article-shown':
      return historyForArticle(history, event.articleId);
    case 'step-recorded':
      return recordStep(historyForArticle(history, event.articleId), event.step);
    case 'step-undone':
      return stepUndone(history);
    case 'step-redone':
      return stepRedone(history);
    case 'evidence-renamed':
      return evidenceRenamed(history, event.claimId, event.from, event.to);
  }
}
