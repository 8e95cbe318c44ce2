// The library's counts for the open article come from its claims as shown; other articles,
// and an article whose file cannot be read, keep what the host listed.

import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../../shared/model';
import { withLiveCounts } from '../../../../renderer/src/state/live-counts';
import { BUDGET, FELL, GREW, JOBS, UNEMPLOYMENT, changed, withClaims } from './workspace-fixture';

const NONE = { unverified: 0, 'in-progress': 0, verified: 0, false: 0, misleading: 0, inconclusive: 0 };

function listed(id: string, counts: Pick<ArticleSummary, 'claimCount' | 'checkedCount' | 'statusCounts' | 'orphanCount'>, problem: string | null = null): ArticleSummary {
  return { id, title: id, source: null, siteName: null, fileName: `${id}.txt`, format: 'txt', added: '2025-06-01T08:00:00.000Z', updated: null, problem, reviewCount: 0, ...counts };
}

const BUDGET_LISTED = listed(BUDGET.id, { claimCount: 2, checkedCount: 0, statusCounts: { ...NONE, unverified: 2 }, orphanCount: 0 });
const JOBS_LISTED = listed(JOBS.id, { claimCount: 1, checkedCount: 0, statusCounts: { ...NONE, unverified: 1 }, orphanCount: 0 });

describe('withLiveCounts', () => {
  it('counts the open article’s claims as shown, a status chosen a moment ago included', () => {
    const shown = withClaims(BUDGET, [changed(GREW, { status: 'verified' }), changed(FELL, { anchor: { state: 'orphaned', method: 'position', score: null, candidate: null } })]);
    expect(withLiveCounts([BUDGET_LISTED, JOBS_LISTED], shown)).toEqual([
      { ...BUDGET_LISTED, claimCount: 2, checkedCount: 1, statusCounts: { ...NONE, verified: 1, unverified: 1 }, orphanCount: 1 },
      JOBS_LISTED,
    ]);
  });

  it('leaves the list as the host gave it with no article open', () => {
    const list = [BUDGET_LISTED, JOBS_LISTED];
    expect(withLiveCounts(list, null)).toBe(list);
  });

  it('keeps an unreadable article as listed, with its problem', () => {
    const unreadable = listed(JOBS.id, { claimCount: 0, checkedCount: 0, statusCounts: NONE, orphanCount: 0 }, 'The file is damaged.');
    expect(withLiveCounts([unreadable], withClaims(JOBS, [UNEMPLOYMENT]))).toEqual([unreadable]);
  });
});
