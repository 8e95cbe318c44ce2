// The banners and their sentences: a failure of each action, what opening a file and
// importing claims say, and which events set or clear the error and the notice.

import { describe, expect, it } from 'vitest';
import { ApiError, type ApiOutput } from '../../../../shared/api';
import type { ClaimStatus } from '../../../../shared/statuses';
import {
  describeProblem,
  failureText,
  importText,
  messagesReducer,
  outcomeText,
  statusRollbackText,
  type FailedAction,
  type Messages,
} from '../../../../renderer/src/state/messages';
import type { WorkspaceEvent } from '../../../../renderer/src/state/workspace-events';
import type { SettledOutcome } from '../../../../renderer/src/state/workspace-inputs';

const FILE = { fileName: 'budget.txt', contentBase64: 'QQ==' };

function summary(fields: Partial<ApiOutput<'importClaims'>>): ApiOutput<'importClaims'> {
  const row = { fileArticle: 1, named: '“Budget”', articleId: 'article-budget', title: 'Budget', matchedBy: 'address' as const, added: 3, updated: 1, skippedOlder: 2, skippedDuplicate: 0, skippedUnmatched: 0, orphaned: 0 };
  return {
    tool: 'native',
    applied: true,
    importId: 'import-1',
    added: 3,
    updated: 1,
    skipped: 2,
    orphaned: 0,
    renewedIds: 0,
    articles: ['Budget'],
    perArticle: [row],
    labels: [],
    firstArticleId: 'article-budget',
    warnings: [],
    ...fields,
  };
}

describe('describeProblem', () => {
  const cases: [string, unknown, string][] = [
    ['the host’s words', new ApiError('not-found', 'That article is no longer in the library.'), 'That article is no longer in the library.'],
    ['an error’s message', new TypeError('Failed to fetch'), 'Failed to fetch'],
    ['anything else as text', 42, '42'],
  ];
  it.each(cases)('%s', (_name, problem, expected) => {
    expect(describeProblem(problem)).toBe(expected);
  });
});

describe('failureText', () => {
  const problem = new ApiError('storage', 'The disk is full.');
  const cases: [FailedAction, string][] = [
    ['open-file', 'Not opened: The disk is full.'],
    ['delete-article', 'Article not deleted: The disk is full.'],
    ['add-claim', 'Claim not added: The disk is full.'],
    ['reattach-claim', 'Claim not re-attached: The disk is full.'],
    ['delete-claim', 'Claim not deleted: The disk is full.'],
    ['save-evidence', 'Evidence not saved: The disk is full.'],
    ['export', 'Export failed: The disk is full.'],
    ['import', 'Nothing imported: The disk is full.'],
  ];
  it.each(cases)('%s', (action, expected) => {
    expect(failureText(action, problem)).toBe(expected);
  });
});

describe('statusRollbackText', () => {
  // 60 characters: kept whole; one more and it is cut to 59 and an ellipsis.
  const SIXTY = 'The budget grew by 12% in the year to March, the minister sa';
  const cases: [string, string, ClaimStatus, string, string][] = [
    [
      'a reason without a full stop gets one',
      'The budget grew by 12%',
      'unverified',
      'The claim is no longer in the article',
      'Status not saved for “The budget grew by 12%”: The claim is no longer in the article. It is back to Unverified.',
    ],
    [
      'a reason that ends a sentence is kept as it is',
      'Taxes fell by 2%',
      'in-progress',
      'Failed to fetch!',
      'Status not saved for “Taxes fell by 2%”: Failed to fetch! It is back to In progress.',
    ],
    ['a quote of 60 characters is kept whole', SIXTY, 'verified', 'No.', `Status not saved for “${SIXTY}”: No. It is back to Verified.`],
    [
      'a longer quote is cut',
      `${SIXTY}id`,
      'false',
      'Why?',
      'Status not saved for “The budget grew by 12% in the year to March, the minister s…”: Why? It is back to False.',
    ],
  ];
  it.each(cases)('%s', (_name, quote, status, reason, expected) => {
    expect(statusRollbackText(quote, status, reason)).toBe(expected);
  });
});

describe('outcomeText', () => {
  const report = (moved: number, fuzzy: number, orphaned: number) => ({ unchanged: 2, moved, fuzzy, orphaned });
  const cases: [string, SettledOutcome, string][] = [
    ['added', { kind: 'added', articleId: 'a', title: 'Budget' }, 'Added “Budget” to the library.'],
    ['already there', { kind: 'existing', articleId: 'a', title: 'Budget' }, '“Budget” is already in the library; opened it.'],
    ['updated, all in place', { kind: 'updated', articleId: 'a', title: 'Budget', report: report(0, 0, 0) }, 'Updated “Budget”. Claims: 2 in place.'],
    [
      'updated, some moved, matched and orphaned',
      { kind: 'updated', articleId: 'a', title: 'Budget', report: report(1, 3, 4) },
      'Updated “Budget”. Claims: 2 in place, 1 moved, 3 matched approximately, 4 orphaned (see “Orphaned claims”).',
    ],
    [
      'updated, only orphans besides',
      { kind: 'updated', articleId: 'a', title: 'Budget', report: report(0, 0, 1) },
      'Updated “Budget”. Claims: 2 in place, 1 orphaned (see “Orphaned claims”).',
    ],
  ];
  it.each(cases)('%s', (_name, outcome, expected) => {
    expect(outcomeText(outcome)).toBe(expected);
  });
});

describe('importText', () => {
  const cases: [string, ApiOutput<'importClaims'>, string][] = [
    ['into one article', summary({}), 'Imported claims.json into “Budget”: 3 added, 1 updated, 2 skipped (2 not newer), 0 orphaned.'],
    [
      'with labels from another tool',
      summary({ labels: [{ label: 'False', status: 'false', claims: 2, by: 'name' }, { label: 'economy', status: null, claims: 1, by: 'name' }] }),
      'Imported claims.json into “Budget”: 3 added, 1 updated, 2 skipped (2 not newer), 0 orphaned. Labels: “False” → status False (2 claims); “economy” → tag (1 claim).',
    ],
    [
      'into several articles',
      summary({ articles: ['Budget', 'Jobs'], orphaned: 1 }),
      'Imported claims.json into 2 articles: 3 added, 1 updated, 2 skipped (2 not newer), 1 orphaned.',
    ],
    [
      'with ids already in use',
      summary({ renewedIds: 2 }),
      "Imported claims.json into “Budget”: 3 added, 1 updated, 2 skipped (2 not newer), 0 orphaned. 2 claims were given a new id (the file's was already in use).",
    ],
    [
      'skipped for several reasons, over two articles',
      summary({
        skipped: 4,
        perArticle: [
          { fileArticle: 1, named: '“Budget”', articleId: 'article-budget', title: 'Budget', matchedBy: 'address', added: 3, updated: 1, skippedOlder: 1, skippedDuplicate: 2, skippedUnmatched: 0, orphaned: 0 },
          { fileArticle: 2, named: 'https://news.example/jobs', articleId: null, title: null, matchedBy: 'none', added: 0, updated: 0, skippedOlder: 0, skippedDuplicate: 0, skippedUnmatched: 1, orphaned: 0 },
        ],
      }),
      'Imported claims.json into “Budget”: 3 added, 1 updated, 4 skipped (1 not newer, 2 already there, 1 in no library article), 0 orphaned.',
    ],
    ['with one id already in use', summary({ renewedIds: 1 }), "Imported claims.json into “Budget”: 3 added, 1 updated, 2 skipped (2 not newer), 0 orphaned. 1 claim was given a new id (the file's was already in use)."],
  ];
  it.each(cases)('%s', (_name, imported, expected) => {
    expect(importText('claims.json', imported)).toBe(expected);
  });
});

describe('messagesReducer', () => {
  const SHOWING: Messages = { error: 'Claim not added: gone', notice: 'Added “Jobs” to the library.', update: null };
  const added: SettledOutcome = { kind: 'added', articleId: 'a', title: 'Budget' };
  const cases: [string, WorkspaceEvent, Messages][] = [
    ['an error replaces the last one', { kind: 'error-shown', message: 'Export failed: no' }, { ...SHOWING, error: 'Export failed: no' }],
    ['dismissing the error', { kind: 'error-dismissed' }, { ...SHOWING, error: null }],
    ['a notice replaces the last one', { kind: 'notice-shown', message: 'Downloaded a.csv' }, { ...SHOWING, notice: 'Downloaded a.csv' }],
    ['an export with nothing to tell clears the notice', { kind: 'notice-shown', message: null }, { ...SHOWING, notice: null }],
    ['dismissing the notice', { kind: 'notice-dismissed' }, { ...SHOWING, notice: null }],
    ['a file that did not open', { kind: 'file-open-failed', message: 'Not opened: empty' }, { ...SHOWING, error: 'Not opened: empty' }],
    ['loading that failed', { kind: 'article-load-ended', error: 'The library is unreadable.' }, { ...SHOWING, error: 'The library is unreadable.' }],
    [
      'a file opened without a question tells so and clears the error',
      { kind: 'file-opened', request: { file: FILE, ifChangedVersion: 'ask' }, outcome: added },
      { error: null, notice: 'Added “Budget” to the library.', update: null },
    ],
    [
      'a file opened after the update prompt leaves the error standing',
      { kind: 'file-opened', request: { file: FILE, ifChangedVersion: 'add-new' }, outcome: added },
      { ...SHOWING, notice: 'Added “Budget” to the library.' },
    ],
    [
      'an import without warnings clears the error',
      { kind: 'claims-imported', fileName: 'claims.json', summary: summary({}) },
      { error: null, notice: 'Imported claims.json into “Budget”: 3 added, 1 updated, 2 skipped (2 not newer), 0 orphaned.', update: null },
    ],
    [
      'an import with warnings shows them as notes',
      { kind: 'claims-imported', fileName: 'claims.json', summary: summary({ warnings: ['Line 3 has no quote.', 'Line 9 is a duplicate.'] }) },
      {
        error: 'Import notes: Line 3 has no quote. Line 9 is a duplicate.',
        notice: 'Imported claims.json into “Budget”: 3 added, 1 updated, 2 skipped (2 not newer), 0 orphaned.',
        update: null,
      },
    ],
  ];
  it.each(cases)('%s', (_name, event, expected) => {
    expect(messagesReducer(SHOWING, event)).toEqual(expected);
  });

  const untouched: [string, WorkspaceEvent][] = [
    ['loading that ended quietly', { kind: 'article-load-ended', error: null }],
    ['a claim change', { kind: 'claim-deleted', claimId: 'claim-grew' }],
  ];
  it.each(untouched)('leaves the banners as they are for %s', (_name, event) => {
    expect(messagesReducer(SHOWING, event)).toBe(SHOWING);
  });
});
