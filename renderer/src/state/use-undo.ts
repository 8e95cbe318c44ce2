// The claim changes the interface makes, each recorded as an undo step once the host has
// saved it, and undo and redo, which ask the host for the change back through the same
// workspace actions (so they show "Saving…" and fail the same way). The history belongs to
// the open article and starts empty when another one is shown.

import { useEffect, useReducer, useRef, useState } from 'react';
import type { Claim, ClaimStatus } from '../../../shared/model';
import { blockedReason, emptyUndoHistory, stepToRedo, stepToUndo, undoHistoryReducer, type ClaimChangeStep, type UndoEvent, type UndoStep } from './undo-history';
import { claimWithId } from './claims-since';
import * as steps from './undo-steps';
import type { Workspace } from './use-workspace';
import type { ImportChoices, ImportSummary } from './workspace-actions';
import type { ArticleFile, ClaimFields, ClaimRange, EvidenceInput, ReattachTarget } from './workspace-inputs';

export interface UndoableClaims {
  addClaim(range: ClaimRange): Promise<Claim | null>;
  deleteClaim(claimId: string): Promise<boolean>;
  setStatus(claimId: string, status: ClaimStatus): Promise<boolean>;
  setFields(claimId: string, fields: ClaimFields): Promise<boolean>;
  addEvidence(claimId: string, evidence: EvidenceInput): Promise<boolean>;
  updateEvidence(claimId: string, evidenceId: string, evidence: EvidenceInput): Promise<boolean>;
  deleteEvidence(claimId: string, evidenceId: string): Promise<boolean>;
  reattachClaim(claimId: string, target: ReattachTarget): Promise<boolean>;
  /** Imports a file (as previewed); undo takes the whole import back. */
  importClaims(file: ArticleFile, choices: ImportChoices): Promise<ImportSummary | null>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** What undo and redo would do, for their tooltips; null when there is nothing. */
  undoLabel: string | null;
  redoLabel: string | null;
  /** The claim deleted last, while its toast offers to undo it. */
  deleted: Claim | null;
  dismissDeleted(): void;
}

type Changes = Pick<Workspace, 'addClaim' | 'deleteClaim' | 'setStatus' | 'setFields' | 'addEvidence' | 'updateEvidence' | 'deleteEvidence' | 'reattachClaim' | 'restoreClaim' | 'travelImport' | 'showError' | 'showNotice'>;

/** Asks the host for one change through the workspace; resolves to whether it was saved. */
async function applyChange(changes: Changes, change: ClaimChangeStep, record: (event: UndoEvent) => void): Promise<boolean> {
  switch (change.kind) {
    case 'delete-claim':
      return changes.deleteClaim(change.claimId);
    case 'restore-claim':
      return (await changes.restoreClaim(change.claim)) !== null;
    case 'set-status':
      return changes.setStatus(change.claimId, change.status);
    case 'set-fields':
      return changes.setFields(change.claimId, change.fields);
    case 'add-evidence': {
      const evidenceId = await changes.addEvidence(change.claimId, change.evidence);
      if (evidenceId === null) return false;
      record({ kind: 'evidence-renamed', claimId: change.claimId, from: change.evidenceId, to: evidenceId });
      return true;
    }
    case 'update-evidence':
      return changes.updateEvidence(change.claimId, change.evidenceId, change.evidence);
    case 'delete-evidence':
      return changes.deleteEvidence(change.claimId, change.evidenceId);
    case 'reattach':
      return (await changes.reattachClaim(change.claimId, { kind: 'selection', start: change.start, end: change.end })) !== null;
    case 'undo-import':
      return changes.travelImport('undo', change.importId);
    case 'redo-import':
      return changes.travelImport('redo', change.importId);
    case 'impossible':
      return false;
  }
}

export function useUndo(workspace: Workspace): UndoableClaims {
  const [history, dispatch] = useReducer(undoHistoryReducer, emptyUndoHistory);
  const [deleted, setDeleted] = useState<Claim | null>(null);
  const latest = useRef({ workspace, history });
  latest.current = { workspace, history };
  const articleId = workspace.current?.article.id ?? null;

  // Resolved once the window has drawn the state changed before they were asked for.
  const [, setCommits] = useState(0);
  const waitingForCommit = useRef<Array<() => void>>([]);
  useEffect(() => {
    const waiting = waitingForCommit.current;
    waitingForCommit.current = [];
    for (const resolve of waiting) resolve();
  });
  const nextCommit = () => {
    const committed = new Promise<void>((resolve) => waitingForCommit.current.push(resolve));
    // A render is certain, whatever else the caller changes.
    setCommits((count) => count + 1);
    return committed;
  };

  useEffect(() => {
    dispatch({ kind: 'article-shown', articleId });
    setDeleted(null);
  }, [articleId]);

  const [actions] = useState(() => {
    const claimOf = (claimId: string) => {
      const open = latest.current.workspace.current;
      return (open === null ? undefined : claimWithId(open.claims, claimId)) ?? null;
    };
    const record = (step: UndoStep | null) => {
      const shown = latest.current.workspace.current?.article.id;
      if (step === null || shown === undefined) return;
      dispatch({ kind: 'step-recorded', articleId: shown, step });
      // The toast offers to undo the last change only while it is the last.
      setDeleted(null);
    };
    // One undo or redo at a time, in the order they were asked for: a press while another is
    // saving waits for it (and for the window to show its result, so the next step is read from
    // the claims as they are now). When one fails, the presses queued after it are not made.
    let queue: Promise<void> = Promise.resolve();
    let presses = 0;
    let cancelledUpTo = 0;
    const travelOnce = async (direction: 'undo' | 'redo', press: number) => {
      if (press <= cancelledUpTo) return;
      const { workspace: changes, history: now } = latest.current;
      const step = direction === 'undo' ? stepToUndo(now) : stepToRedo(now);
      if (step === null) {
        changes.showNotice(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
        return;
      }
      const change = direction === 'undo' ? step.undo : step.redo;
      const blocked = blockedReason(change, changes.current?.claims ?? []);
      if (blocked !== null) {
        cancelledUpTo = presses;
        changes.showError(`Cannot ${direction} ${step.label}: ${blocked}. Nothing was changed.`);
        return;
      }
      const done = await applyChange(changes, change, dispatch);
      if (!done) {
        cancelledUpTo = presses;
        return;
      }
      const shown = nextCommit();
      dispatch({ kind: direction === 'undo' ? 'step-undone' : 'step-redone' });
      setDeleted(null);
      changes.showNotice(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${step.label}.`);
      await shown;
    };
    const travel = (direction: 'undo' | 'redo'): Promise<void> => {
      presses += 1;
      const press = presses;
      queue = queue.then(() => travelOnce(direction, press)).catch(() => undefined);
      return queue;
    };
    const changes = () => latest.current.workspace;
    /** A change of one claim, recorded with the step `stepOf` makes from the claim as it was, once saved. */
    const recordedChange =
      <A extends unknown[]>(change: (claimId: string, ...args: A) => Promise<boolean>, stepOf: (before: Claim, ...args: A) => UndoStep | null) =>
      async (claimId: string, ...args: A): Promise<boolean> => {
        const before = claimOf(claimId);
        const done = await change(claimId, ...args);
        if (done && before !== null) record(stepOf(before, ...args));
        return done;
      };
    return {
      async addClaim(range: ClaimRange) {
        const claim = await changes().addClaim(range);
        if (claim !== null) record(steps.claimAddedStep(claim));
        return claim;
      },
      async deleteClaim(claimId: string) {
        const before = claimOf(claimId);
        const done = await changes().deleteClaim(claimId);
        if (done && before !== null) {
          record(steps.claimDeletedStep(before));
          setDeleted(before);
        }
        return done;
      },
      setStatus: recordedChange((claimId, status: ClaimStatus) => changes().setStatus(claimId, status), steps.statusStep),
      setFields: recordedChange((claimId, fields: ClaimFields) => changes().setFields(claimId, fields), steps.fieldsStep),
      async addEvidence(claimId: string, evidence: EvidenceInput) {
        const before = claimOf(claimId);
        const evidenceId = await changes().addEvidence(claimId, evidence);
        if (evidenceId !== null && before !== null) record(steps.evidenceAddedStep(before, evidence, evidenceId));
        return evidenceId !== null;
      },
      updateEvidence: recordedChange(
        (claimId, evidenceId: string, evidence: EvidenceInput) => changes().updateEvidence(claimId, evidenceId, evidence),
        steps.evidenceUpdatedStep,
      ),
      deleteEvidence: recordedChange((claimId, evidenceId: string) => changes().deleteEvidence(claimId, evidenceId), steps.evidenceDeletedStep),
      async reattachClaim(claimId: string, target: ReattachTarget) {
        const before = claimOf(claimId);
        const after = await changes().reattachClaim(claimId, target);
        if (after !== null && before !== null) record(steps.reattachedStep(before, after));
        return after !== null;
      },
      async importClaims(file: ArticleFile, choices: ImportChoices) {
        const summary = await changes().importClaims(file, choices);
        if (summary?.importId != null) {
          // Recorded in the history of the article the import shows, once the window shows it.
          await nextCommit();
          record(steps.importStep(file.fileName, summary.importId));
        }
        return summary;
      },
      undo: () => travel('undo'),
      redo: () => travel('redo'),
      dismissDeleted: () => setDeleted(null),
    };
  });

  const undoStep = stepToUndo(history);
  const redoStep = stepToRedo(history);
  return { ...actions, undoLabel: undoStep?.label ?? null, redoLabel: redoStep?.label ?? null, deleted };
}
