// What adding, changing and removing a piece of evidence does to its claim, as pure functions;
// time and ids come in from the caller.

import { ApiError } from '../api-error';
import type { Claim, Evidence } from '../model';
import type { EditContext, EditTime } from './edit-context';

/** What the analyst writes about a source; its id and the time it was added are not theirs to set. */
export type EvidenceFields = Omit<Evidence, 'id' | 'added'>;

/** A new piece of evidence with the analyst's fields, made now. */
export function newEvidence(fields: EvidenceFields, { now, newId }: EditContext): Evidence {
  return { id: newId(), ...fields, added: now };
}

/** `claim` with `evidence` after the pieces it has. */
export function addEvidence(claim: Claim, evidence: Evidence, { now }: EditTime): Claim {
  return { ...claim, evidence: [...claim.evidence, evidence], modified: now };
}

/** `claim` with new fields for its evidence `evidenceId`, which keeps its id, place and time added. */
export function updateEvidence(claim: Claim, evidenceId: string, fields: EvidenceFields, { now }: EditTime): Claim {
  mustHoldEvidence(claim, evidenceId);
  return {
    ...claim,
    evidence: claim.evidence.map((item) => (item.id === evidenceId ? { ...item, ...fields } : item)),
    modified: now,
  };
}

/** `claim` without its evidence `evidenceId`. */
export function deleteEvidence(claim: Claim, evidenceId: string, { now }: EditTime): Claim {
  mustHoldEvidence(claim, evidenceId);
  return { ...claim, evidence: claim.evidence.filter((item) => item.id !== evidenceId), modified: now };
}

function mustHoldEvidence(claim: Claim, evidenceId: string): void {
  if (!claim.evidence.some((item) => item.id === evidenceId)) {
    throw new ApiError('not-found', 'That piece of evidence no longer exists.');
  }
}
