// The two banners: the last problem and the last thing worth telling, and the sentences
// they say. A failure reads as what did not happen, then the host's own words.

import type { ApiOutput, ReanchorReport } from '../../../shared/api';
import { ApiError } from '../../../shared/api-error';
import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../../../shared/statuses';
import type { WorkspaceEvent } from './workspace-events';
import type { SettledOutcome } from './workspace-inputs';

/** The update an article's notice tells of, so the notice can follow what the analyst fixes since. */
export interface UpdateNotice {
  articleId: string;
  title: string;
  report: ReanchorReport;
}

export interface Messages {
  /** The last problem, in words for the analyst. */
  error: string | null;
  /** The last thing that happened worth telling. */
  notice: string | null;
  /** Set while the notice is an article update's report. */
  update: UpdateNotice | null;
}

export const initialMessages: Messages = { error: null, notice: null, update: null };

/** What the analyst tried, for the start of the sentence that says it failed. */
export const FAILED_ACTIONS = {
  'open-file': 'Not opened',
  'delete-article': 'Article not deleted',
  'add-claim': 'Claim not added',
  'reattach-claim': 'Claim not re-attached',
  'delete-claim': 'Claim not deleted',
  'restore-claim': 'Claim not restored',
  'review-claim': 'Review not saved',
  'save-evidence': 'Evidence not saved',
  export: 'Export failed',
  import: 'Nothing imported',
  'undo-import': 'Import not undone',
  'redo-import': 'Import not redone',
} as const;
export type FailedAction = keyof typeof FAILED_ACTIONS;

/** A thrown problem in the analyst's words: the host's message where there is one. */
export function describeProblem(problem: unknown): string {
  if (problem instanceof ApiError) return problem.message;
  return problem instanceof Error ? problem.message : String(problem);
}

export function failureText(action: FailedAction, problem: unknown): string {
  return `${FAILED_ACTIONS[action]}: ${describeProblem(problem)}`;
}

/** A status put back after its save failed, and why. */
export function statusRollbackText(quote: string, status: ClaimStatus, reason: string): string {
  const short = quote.length > 60 ? `${quote.slice(0, 59)}…` : quote;
  return `Status not saved for “${short}”: ${reason}${/[.!?]$/.test(reason) ? '' : '.'} It is back to ${CLAIM_STATUS_LABELS[status]}.`;
}

/** `toReview`: claims that moved onto other words and still need review. */
export function reanchorText(title: string, report: ReanchorReport, toReview = 0): string {
  const parts = [
    `${report.unchanged} in place`,
    report.moved > 0 ? `${report.moved} moved` : null,
    report.fuzzy > 0 ? `${report.fuzzy} matched approximately` : null,
    report.orphaned > 0 ? `${report.orphaned} orphaned (see “Orphaned claims”)` : null,
    toReview > 0 ? `${toReview} ${toReview === 1 ? 'needs' : 'need'} review` : null,
  ].filter((part) => part !== null);
  return `Updated “${title}”. Claims: ${parts.join(', ')}.`;
}

/** Why claims were skipped, counted over the file's articles: "2 not newer, 1 already there". */
export function skippedReasons(rows: readonly Pick<ApiOutput<'importClaims'>['perArticle'][number], 'skippedOlder' | 'skippedDuplicate' | 'skippedUnmatched'>[]): string {
  const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return [
    [sum((row) => row.skippedOlder), 'not newer'],
    [sum((row) => row.skippedDuplicate), 'already there'],
    [sum((row) => row.skippedUnmatched), 'in no library article'],
  ]
    .filter(([count]) => count !== 0)
    .map(([count, why]) => `${count} ${why}`)
    .join(', ');
}

export function importText(fileName: string, summary: ApiOutput<'importClaims'>): string {
  const where = summary.articles.length === 1 ? ` into “${summary.articles[0]}”` : ` into ${summary.articles.length} articles`;
  const renewed = summary.renewedIds === 0 ? '' : ` ${summary.renewedIds} ${summary.renewedIds === 1 ? 'claim was' : 'claims were'} given a new id (the file's was already in use).`;
  const reasons = skippedReasons(summary.perArticle);
  const skipped = `${summary.skipped} skipped${reasons === '' ? '' : ` (${reasons})`}`;
  return `Imported ${fileName}${where}: ${summary.added} added, ${summary.updated} updated, ${skipped}, ${summary.orphaned} orphaned.${renewed}${labelsText(summary.labels)}`;
}

/** What each label of another tool's file became, so a label read as a status is never a surprise. */
function labelsText(labels: ApiOutput<'importClaims'>['labels']): string {
  if (labels.length === 0) return '';
  const parts = labels.map(({ label, status, claims }) => {
    const became = status === null ? 'tag' : `status ${CLAIM_STATUS_LABELS[status]}`;
    return `“${label}” → ${became} (${claims} ${claims === 1 ? 'claim' : 'claims'})`;
  });
  return ` Labels: ${parts.join('; ')}.`;
}

export function outcomeText(outcome: SettledOutcome): string {
  switch (outcome.kind) {
    case 'added':
      return `Added “${outcome.title}” to the library.`;
    case 'existing':
      return `“${outcome.title}” is already in the library; opened it.`;
    case 'updated':
      return reanchorText(outcome.title, outcome.report);
  }
}

export function messagesReducer(state: Messages, event: WorkspaceEvent): Messages {
  switch (event.kind) {
    case 'error-shown':
    case 'file-open-failed':
      return { ...state, error: event.message };
    case 'article-load-ended':
      return event.error === null ? state : { ...state, error: event.error };
    case 'error-dismissed':
      return { ...state, error: null };
    case 'notice-shown':
      return { ...state, notice: event.message, update: null };
    case 'notice-dismissed':
      return { ...state, notice: null, update: null };
    case 'file-opened': {
      // A file opened without a question clears the last problem; one the analyst answered
      // an update prompt for leaves it standing, as the workspace always has.
      const { outcome } = event;
      const update = outcome.kind === 'updated' ? { articleId: outcome.articleId, title: outcome.title, report: outcome.report } : null;
      return { notice: outcomeText(outcome), error: event.request.ifChangedVersion === 'ask' ? null : state.error, update };
    }
    case 'claims-imported': {
      const warnings = event.summary.warnings;
      return { notice: importText(event.fileName, event.summary), error: warnings.length > 0 ? `Import notes: ${warnings.join(' ')}` : null, update: null };
    }
    default:
      return state;
  }
}
