// The undo step of each change the analyst makes to a claim, built from the claim as it was
// before the change and what the change was. Pure functions.

import type { Claim, ClaimStatus, Evidence } from '../../../shared/model';
import { CLAIM_STATUS_LABELS } from '../../../shared/statuses';
import type { UndoStep } from './undo-history';
import type { ClaimFields, EvidenceInput } from './workspace-inputs';

const FIELD_LABELS: Readonly<Record<keyof ClaimFields, string>> = {
  note: 'note',
  claimant: 'claimant',
  claimantType: 'claimant type',
  claimReviewed: 'claim as reviewed',
  tags: 'tags',
};

/** Fields changed in one act (a tag added, a type chosen), each its own undo step, never merged with the next. */
const SINGLE_ACT_FIELDS: readonly (keyof ClaimFields)[] = ['claimantType', 'tags'];

/** A claim's quote, short enough for a sentence. */
export function shortQuote(claim: Claim): string {
  const exact = claim.selectors.quote.exact;
  return `“${exact.length > 40 ? `${exact.slice(0, 39).trimEnd()}…` : exact}”`;
}

function evidenceInputOf(evidence: Evidence): EvidenceInput {
  return { url: evidence.url, title: evidence.title, quote: evidence.quote, accessed: evidence.accessed, stance: evidence.stance };
}

export function claimAddedStep(claim: Claim): UndoStep {
  return { label: `adding claim ${shortQuote(claim)}`, undo: { kind: 'delete-claim', claimId: claim.id }, redo: { kind: 'restore-claim', claim } };
}

export function claimDeletedStep(claim: Claim): UndoStep {
  return { label: `deleting claim ${shortQuote(claim)}`, undo: { kind: 'restore-claim', claim }, redo: { kind: 'delete-claim', claimId: claim.id } };
}

export function statusStep(claim: Claim, status: ClaimStatus): UndoStep {
  return {
    label: `status ${CLAIM_STATUS_LABELS[status]} of ${shortQuote(claim)}`,
    undo: { kind: 'set-status', claimId: claim.id, status: claim.status },
    redo: { kind: 'set-status', claimId: claim.id, status },
  };
}

/** Typing in one field of one claim, saved in several pauses, undoes as one step. */
export function fieldsStep(claim: Claim, fields: ClaimFields): UndoStep {
  const names = (Object.keys(fields) as (keyof ClaimFields)[]).filter((name) => fields[name] !== undefined).sort();
  const before: ClaimFields = {
    ...(fields.note !== undefined ? { note: claim.note } : {}),
    ...(fields.claimant !== undefined ? { claimant: claim.claimant } : {}),
    ...(fields.claimantType !== undefined ? { claimantType: claim.claimantType } : {}),
    ...(fields.claimReviewed !== undefined ? { claimReviewed: claim.claimReviewed } : {}),
    ...(fields.tags !== undefined ? { tags: claim.tags } : {}),
  };
  const typed = !names.some((name) => SINGLE_ACT_FIELDS.includes(name));
  return {
    label: `${names.map((name) => FIELD_LABELS[name]).join(' and ')} of ${shortQuote(claim)}`,
    undo: { kind: 'set-fields', claimId: claim.id, fields: before },
    redo: { kind: 'set-fields', claimId: claim.id, fields },
    ...(typed ? { mergeKey: `fields:${claim.id}:${names.join(',')}` } : {}),
  };
}

export function evidenceAddedStep(claim: Claim, evidence: EvidenceInput, evidenceId: string): UndoStep {
  return {
    label: `adding evidence to ${shortQuote(claim)}`,
    undo: { kind: 'delete-evidence', claimId: claim.id, evidenceId },
    redo: { kind: 'add-evidence', claimId: claim.id, evidence, evidenceId },
  };
}

/** Null when the claim has no such evidence (nothing to go back to). */
export function evidenceUpdatedStep(claim: Claim, evidenceId: string, evidence: EvidenceInput): UndoStep | null {
  const before = claim.evidence.find((candidate) => candidate.id === evidenceId);
  if (before === undefined) return null;
  return {
    label: `editing evidence of ${shortQuote(claim)}`,
    undo: { kind: 'update-evidence', claimId: claim.id, evidenceId, evidence: evidenceInputOf(before) },
    redo: { kind: 'update-evidence', claimId: claim.id, evidenceId, evidence },
  };
}

export function evidenceDeletedStep(claim: Claim, evidenceId: string): UndoStep | null {
  const before = claim.evidence.find((candidate) => candidate.id === evidenceId);
  if (before === undefined) return null;
  return {
    label: `deleting evidence of ${shortQuote(claim)}`,
    undo: { kind: 'add-evidence', claimId: claim.id, evidence: evidenceInputOf(before), evidenceId },
    redo: { kind: 'delete-evidence', claimId: claim.id, evidenceId },
  };
}

/** A re-attached orphan cannot be made an orphan again: its undo says so. */
export function reattachedStep(before: Claim, after: Claim): UndoStep {
  const { start, end } = before.selectors.position;
  return {
    label: `re-attaching ${shortQuote(before)}`,
    undo:
      before.anchor.state === 'anchored'
        ? { kind: 'reattach', claimId: before.id, start, end }
        : { kind: 'impossible', reason: 'the claim was orphaned before, and an orphan cannot be made again' },
    redo: { kind: 'reattach', claimId: after.id, start: after.selectors.position.start, end: after.selectors.position.end },
  };
}

export function importStep(fileName: string, importId: string): UndoStep {
  return { label: `importing ${fileName}`, undo: { kind: 'undo-import', importId }, redo: { kind: 'redo-import', importId } };
}
