import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../../shared/model';
import {
  claimAddedStep,
  claimDeletedStep,
  evidenceAddedStep,
  evidenceDeletedStep,
  evidenceUpdatedStep,
  fieldsStep,
  importStep,
  reattachedStep,
  statusStep,
} from '../../../../renderer/src/state/undo-steps';
import { FELL, GREW } from './workspace-fixture';

const NOTED: Claim = { ...GREW, status: 'in-progress', note: 'Ask the ministry.', claimant: null };
const TABLE = { id: 'ev-1', url: 'https://example.org/budget', title: 'Budget table', quote: '12%', accessed: '2025-06-01', stance: 'supports' as const, added: '2025-06-01T08:00:00.000Z' };
const WITH_TABLE: Claim = { ...GREW, evidence: [TABLE] };
const TABLE_INPUT = { url: 'https://example.org/budget', title: 'Budget table', quote: '12%', accessed: '2025-06-01', stance: 'supports' as const };

describe('the undo step of each change', () => {
  it('a new claim: undo deletes it, redo puts the same claim back', () => {
    expect(claimAddedStep(GREW)).toEqual({
      label: 'adding claim “The budget grew by 12%”',
      undo: { kind: 'delete-claim', claimId: 'claim-grew' },
      redo: { kind: 'restore-claim', claim: GREW },
    });
  });

  it('a deleted claim: undo restores it as it was, with its note and status', () => {
    expect(claimDeletedStep(NOTED)).toEqual({
      label: 'deleting claim “The budget grew by 12%”',
      undo: { kind: 'restore-claim', claim: NOTED },
      redo: { kind: 'delete-claim', claimId: 'claim-grew' },
    });
  });

  it('a status: undo sets the status it had', () => {
    expect(statusStep(NOTED, 'false')).toEqual({
      label: 'status False of “The budget grew by 12%”',
      undo: { kind: 'set-status', claimId: 'claim-grew', status: 'in-progress' },
      redo: { kind: 'set-status', claimId: 'claim-grew', status: 'false' },
    });
  });

  it('a note: undo writes the note it had; only the field that changed goes back', () => {
    expect(fieldsStep(NOTED, { note: 'Ask the ministry. They confirmed.' })).toEqual({
      label: 'note of “The budget grew by 12%”',
      undo: { kind: 'set-fields', claimId: 'claim-grew', fields: { note: 'Ask the ministry.' } },
      redo: { kind: 'set-fields', claimId: 'claim-grew', fields: { note: 'Ask the ministry. They confirmed.' } },
      mergeKey: 'fields:claim-grew:note',
    });
    expect(fieldsStep(NOTED, { claimant: 'Finance minister' }).undo).toEqual({ kind: 'set-fields', claimId: 'claim-grew', fields: { claimant: null } });
  });

  it('tags and the claimant’s type: undo gives back the ones before, and each change is its own step', () => {
    const tagged: Claim = { ...NOTED, tags: ['budget'], claimantType: null };
    expect(fieldsStep(tagged, { tags: ['budget', 'Finance'] })).toEqual({
      label: 'tags of “The budget grew by 12%”',
      undo: { kind: 'set-fields', claimId: 'claim-grew', fields: { tags: ['budget'] } },
      redo: { kind: 'set-fields', claimId: 'claim-grew', fields: { tags: ['budget', 'Finance'] } },
    });
    expect(fieldsStep(tagged, { claimantType: 'organization' })).toEqual({
      label: 'claimant type of “The budget grew by 12%”',
      undo: { kind: 'set-fields', claimId: 'claim-grew', fields: { claimantType: null } },
      redo: { kind: 'set-fields', claimId: 'claim-grew', fields: { claimantType: 'organization' } },
    });
  });

  it('a long quote is shortened in the label', () => {
    const long = { ...FELL, selectors: { ...FELL.selectors, quote: { ...FELL.selectors.quote, exact: 'Taxes fell by 2% in the year to March, the ministry said on Monday' } } };
    expect(statusStep(long, 'verified').label).toBe('status Verified of “Taxes fell by 2% in the year to March,…”');
  });

  it('evidence added, edited and removed', () => {
    expect(evidenceAddedStep(GREW, TABLE_INPUT, 'ev-1')).toEqual({
      label: 'adding evidence to “The budget grew by 12%”',
      undo: { kind: 'delete-evidence', claimId: 'claim-grew', evidenceId: 'ev-1' },
      redo: { kind: 'add-evidence', claimId: 'claim-grew', evidence: TABLE_INPUT, evidenceId: 'ev-1' },
    });
    expect(evidenceUpdatedStep(WITH_TABLE, 'ev-1', { ...TABLE_INPUT, stance: 'refutes' })?.undo).toEqual({
      kind: 'update-evidence',
      claimId: 'claim-grew',
      evidenceId: 'ev-1',
      evidence: TABLE_INPUT,
    });
    expect(evidenceDeletedStep(WITH_TABLE, 'ev-1')).toEqual({
      label: 'deleting evidence of “The budget grew by 12%”',
      undo: { kind: 'add-evidence', claimId: 'claim-grew', evidence: TABLE_INPUT, evidenceId: 'ev-1' },
      redo: { kind: 'delete-evidence', claimId: 'claim-grew', evidenceId: 'ev-1' },
    });
    expect(evidenceDeletedStep(GREW, 'ev-9')).toBeNull();
  });

  it('a re-attached claim goes back to its old text; a re-attached orphan says it cannot', () => {
    const moved: Claim = { ...GREW, selectors: { ...GREW.selectors, position: { type: 'TextPositionSelector', start: 24, end: 40 } } };
    expect(reattachedStep(GREW, moved)).toEqual({
      label: 're-attaching “The budget grew by 12%”',
      undo: { kind: 'reattach', claimId: 'claim-grew', start: 0, end: 22 },
      redo: { kind: 'reattach', claimId: 'claim-grew', start: 24, end: 40 },
    });
    const orphan: Claim = { ...GREW, anchor: { state: 'orphaned', method: 'fuzzy', score: 0.5, candidate: null } };
    expect(reattachedStep(orphan, moved).undo).toEqual({ kind: 'impossible', reason: 'the claim was orphaned before, and an orphan cannot be made again' });
  });

  it('an import: undone and redone as a whole, named by its file', () => {
    expect(importStep('desk.claims.json', 'import-7')).toEqual({
      label: 'importing desk.claims.json',
      undo: { kind: 'undo-import', importId: 'import-7' },
      redo: { kind: 'redo-import', importId: 'import-7' },
    });
  });
});
