// One short article and claims on it, written out by hand, for the tests of the pure claim
// edits; with a fixed clock and id source, so every expected claim is exact.

import { ApiError, type ApiErrorCode } from '../../../../shared/api';
import type { Claim, ClaimSelectors, Evidence } from '../../../../shared/model';

export const NOW = '2025-06-03T12:00:00.000Z';

/** 49 characters: "The budget grew by 12%" is [0, 22), "Taxes fell by 2%" is [32, 48). */
export const TEXT = 'The budget grew by 12% in 2024. Taxes fell by 2%.';
export const ARTICLE = { id: 'article-budget', text: TEXT };

/** "The budget grew by 12%": nothing before it, the rest of the text (27 characters) after. */
export const GREW_SELECTORS: ClaimSelectors = {
  position: { type: 'TextPositionSelector', start: 0, end: 22 },
  quote: { type: 'TextQuoteSelector', exact: 'The budget grew by 12%', prefix: '', suffix: ' in 2024. Taxes fell by 2%.' },
};

/** "Taxes fell by 2%": exactly the 32 characters of context before it, the full stop after. */
export const FELL_SELECTORS: ClaimSelectors = {
  position: { type: 'TextPositionSelector', start: 32, end: 48 },
  quote: { type: 'TextQuoteSelector', exact: 'Taxes fell by 2%', prefix: 'The budget grew by 12% in 2024. ', suffix: '.' },
};

export const BUDGET_TABLE: Evidence = {
  id: 'evidence-table', url: 'https://budget.example.org/2024/table-3', title: 'Budget 2024, table 3',
  quote: 'Total spending: +12.0%', accessed: '2025-06-02', stance: 'supports', added: '2025-06-02T08:00:00.000Z',
};
export const BLOG_POST: Evidence = {
  id: 'evidence-blog', url: 'https://blog.example.org/budget', title: '', quote: '',
  accessed: null, stance: 'context', added: '2025-06-02T08:30:00.000Z',
};

/** A claim the analyst has worked on: a status with its history, a note, a claimant (a person), two tags and two sources. */
export const CHECKED: Claim = {
  id: 'claim-grew', articleId: 'article-budget', selectors: GREW_SELECTORS,
  status: 'in-progress', note: 'Ask the ministry.', claimant: 'Finance minister', claimantType: 'person', claimReviewed: 'Budget grew 12% in 2024', review: null,
  tags: ['budget', 'Finance'],
  anchor: { state: 'anchored', method: 'created', score: null, candidate: null },
  evidence: [BUDGET_TABLE, BLOG_POST],
  history: [{ from: 'unverified', to: 'in-progress', at: '2025-06-01T10:00:00.000Z' }],
  created: '2025-06-01T09:00:00.000Z', modified: '2025-06-02T08:30:00.000Z',
};

/** A claim whose text changed to "Taxes fell by 3%": orphaned, with "Taxes fell by 2%" as its candidate. */
export const ORPHAN: Claim = {
  id: 'claim-fell', articleId: 'article-budget',
  selectors: {
    position: { type: 'TextPositionSelector', start: 32, end: 48 },
    quote: { type: 'TextQuoteSelector', exact: 'Taxes fell by 3%', prefix: 'The budget grew by 12% in 2024. ', suffix: '.' },
  },
  status: 'false', note: 'Taxes rose.', claimant: null, claimantType: null, claimReviewed: null, review: null, tags: [],
  anchor: { state: 'orphaned', method: 'fuzzy', score: 0.94, candidate: { start: 32, end: 48, exact: 'Taxes fell by 2%', score: 0.94 } },
  evidence: [],
  history: [{ from: 'unverified', to: 'false', at: '2025-06-01T11:00:00.000Z' }],
  created: '2025-06-01T09:05:00.000Z', modified: '2025-06-01T11:00:00.000Z',
};

/** An id source that hands out `ids` in turn and counts how many were taken. */
export function idSource(...ids: string[]): { newId: () => string; taken: () => number } {
  let next = 0;
  return {
    newId: () => {
      const id = ids[next];
      if (id === undefined) throw new Error(`the test gave only ${ids.length} ids`);
      next += 1;
      return id;
    },
    taken: () => next,
  };
}

/** The ApiError code and message `edit` is refused with; fails the test when it is not refused. */
export function refusalOf(edit: () => unknown): { code: ApiErrorCode; message: string } {
  try {
    edit();
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the edit was not refused');
}
