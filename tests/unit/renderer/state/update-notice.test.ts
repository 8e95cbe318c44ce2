import { describe, expect, it } from 'vitest';
import type { Messages } from '../../../../renderer/src/state/messages';
import { currentNotice } from '../../../../renderer/src/state/update-notice';
import { BUDGET, FELL, GREW, JOBS, UNEMPLOYMENT, changed, withClaims } from './workspace-fixture';

const ORPHANED = { state: 'orphaned', method: 'position', score: null, candidate: null } as const;
const UPDATED: Messages = {
  error: null,
  notice: 'Updated “Budget”. Claims: 0 in place, 1 matched approximately, 1 orphaned (see “Orphaned claims”).',
  update: { articleId: BUDGET.id, title: 'Budget', report: { unchanged: 0, moved: 0, fuzzy: 1, orphaned: 1 } },
};
const TO_REVIEW = { quote: 'The budget grew by 11%', since: '2025-06-02T08:00:00.000Z' };

describe('currentNotice', () => {
  it.each([
    {
      name: 'counts the orphan and the claim that needs review while they are there',
      claims: [changed(GREW, { review: TO_REVIEW }), changed(FELL, { anchor: ORPHANED })],
      notice: 'Updated “Budget”. Claims: 0 in place, 1 matched approximately, 1 orphaned (see “Orphaned claims”), 1 needs review.',
    },
    {
      name: 'drops them once the orphan is put back and the claim reviewed',
      claims: [GREW, FELL],
      notice: 'Updated “Budget”. Claims: 0 in place, 1 matched approximately.',
    },
  ])('$name', ({ claims, notice }) => {
    expect(currentNotice(UPDATED, withClaims(BUDGET, claims))).toBe(notice);
  });

  it('says what it said while another article is open, and any other notice as it is', () => {
    expect(currentNotice(UPDATED, withClaims(JOBS, [UNEMPLOYMENT]))).toBe(UPDATED.notice);
    expect(currentNotice({ error: null, notice: 'Downloaded a.csv', update: null }, withClaims(BUDGET, [GREW]))).toBe('Downloaded a.csv');
  });
});
