// Everything that can happen to the workspace, as plain data. The hook dispatches these;
// each part of the state (open-article, save-tracking, file-queue, messages) takes the
// events it cares about and passes over the rest.

import type { ApiOutput } from '../../../shared/api';
import type { ArticleSummary, ArticleWithClaims, Claim } from '../../../shared/model';
import type { ArticleFile, ChangedVersion, FileRequest, SettledOutcome, UpdateAnswer } from './workspace-inputs';

/** Why a save did not land, and whether the host keeps the change to retry it. */
export interface SaveFailure {
  message: string;
  hostKeepsIt: boolean;
}

export type WorkspaceEvent =
  | { kind: 'library-listed'; articles: ArticleSummary[] }
  | { kind: 'article-loading' }
  | { kind: 'article-opened'; article: ArticleWithClaims }
  /** Loading stopped without opening an article; `error` says why, if something went wrong. */
  | { kind: 'article-load-ended'; error: string | null }
  | { kind: 'article-closed' }
  /** The open article as the host keeps it, fetched while a failed save is retried. */
  | { kind: 'kept-article'; article: ArticleWithClaims }
  | { kind: 'claim-selected'; claimId: string | null }
  | { kind: 'claim-added'; claim: Claim }
  | { kind: 'claim-saved'; claim: Claim }
  /** A status shown before the host has saved it (marked "Saving…"), or put back after a failed save. */
  | { kind: 'claim-status-shown'; articleId: string; claimId: string; status: Claim['status'] }
  | { kind: 'claim-reattached'; claim: Claim }
  | { kind: 'claim-deleted'; claimId: string }
  | { kind: 'save-started'; claimId: string }
  | { kind: 'save-ended'; claimId: string; failure: SaveFailure | null; at: number }
  /** The host's list of articles with unsaved changes; null when asking failed. */
  | { kind: 'host-save-status'; unsavedArticleIds: readonly string[] | null; openArticleId: string | null; at: number }
  | { kind: 'files-arrived'; files: readonly ArticleFile[] }
  | { kind: 'file-open-started'; request: FileRequest }
  | { kind: 'file-changed-version'; request: FileRequest; outcome: ChangedVersion }
  | { kind: 'file-opened'; request: FileRequest; outcome: SettledOutcome }
  /** The opened file's article is listed and shown; the next file may go. */
  | { kind: 'file-open-finished' }
  | { kind: 'file-open-failed'; message: string }
  | { kind: 'update-offer-answered'; answer: UpdateAnswer }
  | { kind: 'claims-imported'; fileName: string; summary: ApiOutput<'importClaims'> }
  | { kind: 'error-shown'; message: string }
  | { kind: 'error-dismissed' }
  | { kind: 'notice-shown'; message: string | null }
  | { kind: 'notice-dismissed' };
