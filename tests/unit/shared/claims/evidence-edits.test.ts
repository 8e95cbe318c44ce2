import { describe, expect, it } from 'vitest';
import { addEvidence, deleteEvidence, newEvidence, updateEvidence, type EvidenceFields } from '../../../../shared/claims/evidence-edits';
import type { Evidence } from '../../../../shared/model';
import { BLOG_POST, BUDGET_TABLE, CHECKED, NOW, idSource, refusalOf } from './claim-fixture';

const REPORT: EvidenceFields = { url: 'https://ifs.example.org/budget-2024', title: 'IFS on the budget', quote: 'a rise of 12%', accessed: '2025-06-03', stance: 'refutes' };

describe('newEvidence', () => {
  it('gives the analyst’s fields a new id and the time they were added', () => {
    const ids = idSource('evidence-new');
    expect(newEvidence(REPORT, { now: NOW, newId: ids.newId })).toEqual({
      id: 'evidence-new', url: 'https://ifs.example.org/budget-2024', title: 'IFS on the budget',
      quote: 'a rise of 12%', accessed: '2025-06-03', stance: 'refutes', added: NOW,
    });
  });
});

describe('addEvidence', () => {
  it('puts the evidence after the pieces the claim has', () => {
    const piece: Evidence = { id: 'evidence-new', ...REPORT, added: NOW };
    expect(addEvidence(CHECKED, piece, { now: NOW })).toEqual({ ...CHECKED, evidence: [BUDGET_TABLE, BLOG_POST, piece], modified: NOW });
  });

  it('adds the first piece to a claim with none', () => {
    const piece: Evidence = { id: 'evidence-new', ...REPORT, added: NOW };
    expect(addEvidence({ ...CHECKED, evidence: [] }, piece, { now: NOW }).evidence).toEqual([piece]);
  });
});

describe('updateEvidence', () => {
  const updates: { name: string; evidenceId: string; evidence: Evidence[] }[] = [
    {
      name: 'the first piece',
      evidenceId: 'evidence-table',
      evidence: [{ id: 'evidence-table', ...REPORT, added: '2025-06-02T08:00:00.000Z' }, BLOG_POST],
    },
    {
      name: 'the last piece',
      evidenceId: 'evidence-blog',
      evidence: [BUDGET_TABLE, { id: 'evidence-blog', ...REPORT, added: '2025-06-02T08:30:00.000Z' }],
    },
  ];
  it.each(updates)('rewrites $name in its place, keeping its id and the time it was added', ({ evidenceId, evidence }) => {
    expect(updateEvidence(CHECKED, evidenceId, REPORT, { now: NOW })).toEqual({ ...CHECKED, evidence, modified: NOW });
  });
});

describe('deleteEvidence', () => {
  const deletions: { name: string; evidenceId: string; evidence: Evidence[] }[] = [
    { name: 'the first piece', evidenceId: 'evidence-table', evidence: [BLOG_POST] },
    { name: 'the last piece', evidenceId: 'evidence-blog', evidence: [BUDGET_TABLE] },
  ];
  it.each(deletions)('takes out $name and keeps the rest in order', ({ evidenceId, evidence }) => {
    expect(deleteEvidence(CHECKED, evidenceId, { now: NOW })).toEqual({ ...CHECKED, evidence, modified: NOW });
  });
});

describe('evidence that is not there', () => {
  const refused = [
    { name: 'updated', edit: () => updateEvidence(CHECKED, 'evidence-gone', REPORT, { now: NOW }) },
    { name: 'deleted', edit: () => deleteEvidence(CHECKED, 'evidence-gone', { now: NOW }) },
  ];
  it.each(refused)('cannot be $name', ({ edit }) => {
    expect(refusalOf(edit)).toEqual({ code: 'not-found', message: 'That piece of evidence no longer exists.' });
  });
});
