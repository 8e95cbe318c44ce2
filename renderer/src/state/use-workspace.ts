// The renderer's state as a hook: the library list, the open article with its claims,
// which claim is selected, what is being saved, files waiting to be opened and the
// banners. The state is plain data changed by pure reducers (workspace-state.ts); the
// actions call the host and report what happened as events.

import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import type { ApiInput, ExportOutcome } from '../../../shared/api';
import type { ArticleSummary, ArticleWithClaims, Claim, ClaimStatus } from '../../../shared/model';
import { onFilesWaiting } from '../api';
import { claimActions } from './claim-actions';
import { nextFileRequest, type UpdateOffer } from './file-queue';
import { NOTICE_INTERVAL_MS, saveStatusDelay, type SaveState } from './save-tracking';
import { currentNotice } from './update-notice';
import { libraryActions, type ImportChoices, type ImportSummary } from './workspace-actions';
import type { ArticleFile, ClaimFields, ClaimRange, EvidenceInput, ReattachTarget, UpdateAnswer } from './workspace-inputs';
import { initialWorkspaceState, workspaceReducer } from './workspace-state';
import type { StartRelay } from './start-relay';

export type { UpdateOffer } from './file-queue';
export type { SaveState } from './save-tracking';
export type { ClaimFields, EvidenceInput, ReattachTarget } from './workspace-inputs';

export interface Workspace {
  articles: readonly ArticleSummary[];
  current: ArticleWithClaims | null;
  loading: boolean;
  selectedClaimId: string | null;
  saveStates: Readonly<Record<string, SaveState>>;
  /** The last problem, in words for the analyst. */
  error: string | null;
  /** The last thing that happened worth telling. */
  notice: string | null;
  updateOffer: UpdateOffer | null;
  dismissError(): void;
  dismissNotice(): void;
  showNotice(message: string | null): void;
  showError(message: string): void;
  openArticle(articleId: string): Promise<void>;
  /** Queues files to open; they open one after another. */
  openFiles(files: readonly ArticleFile[]): void;
  answerUpdateOffer(answer: UpdateAnswer): void;
  deleteArticle(articleId: string): Promise<void>;
  selectClaim(claimId: string | null): void;
  addClaim(range: ClaimRange): Promise<Claim | null>;
  /** Resolves to the re-attached claim, or null. */
  reattachClaim(claimId: string, target: ReattachTarget): Promise<Claim | null>;
  /** Resolves to whether the status is saved (or kept by the host to retry). */
  setStatus(claimId: string, status: ClaimStatus): Promise<boolean>;
  /** Keeps (the same status) or changes the status of a claim that needs review. */
  reviewClaim(claimId: string, status: ClaimStatus): void;
  setFields(claimId: string, fields: ClaimFields): Promise<boolean>;
  /** Resolves to the new evidence's id, or null when it was not saved. */
  addEvidence(claimId: string, evidence: EvidenceInput): Promise<string | null>;
  updateEvidence(claimId: string, evidenceId: string, evidence: EvidenceInput): Promise<boolean>;
  deleteEvidence(claimId: string, evidenceId: string): Promise<boolean>;
  deleteClaim(claimId: string): Promise<boolean>;
  /** Puts a deleted claim back with its id; resolves to it, or null. */
  restoreClaim(claim: Claim): Promise<Claim | null>;
  exportClaims(request: ApiInput<'exportClaims'>): Promise<ExportOutcome | null>;
  /** What importing the file would do; null when it cannot be read (the reason is shown). */
  previewImport(file: ArticleFile, choices: ImportChoices): Promise<ImportSummary | null>;
  /** Imports the file and shows the first article it wrote to; null when nothing was imported. */
  importClaims(file: ArticleFile, choices: ImportChoices): Promise<ImportSummary | null>;
  /** Takes back or makes again an import of this session; resolves to whether the host did. */
  travelImport(direction: 'undo' | 'redo', importId: string): Promise<boolean>;
}

/** `start`: the start, begun before the first render (app-main.tsx); without it the start runs as the first render is committed. */
export function useWorkspace(start: StartRelay | null = null): Workspace {
  const [state, dispatch] = useReducer(workspaceReducer, start, (begun) => begun?.initialState() ?? initialWorkspaceState);
  // Actions read the state as last rendered, so they stay the same functions for the app's life.
  const latest = useRef(state);
  latest.current = state;

  const [actions] = useState(() => {
    const access = { dispatch, read: () => latest.current };
    const library = libraryActions(access);
    const claims = claimActions(access, library.refreshArticles);
    // Changes that need no host: banners, the update prompt's answer, the selected claim.
    const local = {
      dismissError: () => dispatch({ kind: 'error-dismissed' }),
      dismissNotice: () => dispatch({ kind: 'notice-dismissed' }),
      showNotice: (message: string | null) => dispatch({ kind: 'notice-shown', message }),
      showError: (message: string) => dispatch({ kind: 'error-shown', message }),
      answerUpdateOffer: (answer: UpdateAnswer) => dispatch({ kind: 'update-offer-answered', answer }),
      selectClaim: (claimId: string | null) => dispatch({ kind: 'claim-selected', claimId }),
    };
    return { library, claims, local };
  });
  const { library, claims, local } = actions;

  // The start reads the answers its calls already have (boot-calls.ts) as the first render is
  // committed, not after the frame the browser draws next: the article is then drawn a frame sooner.
  useLayoutEffect(() => {
    if (start !== null) return start.attach(dispatch, () => latest.current);
    void library.start();
    return undefined;
  }, [library, start]);
  useEffect(() => onFilesWaiting(() => void library.takePendingFiles()), [library]);

  // One file at a time: the next goes once the last is shown or the analyst has answered.
  const nextFile = nextFileRequest(state.files);
  useEffect(() => {
    if (nextFile !== null) void library.openFile(nextFile);
  }, [library, nextFile]);

  // While the host retries a failed save, show what it kept, then ask now and then whether it
  // has landed; the claims that said "Not saved" then say "Saved".
  const hostRetry = state.saves.hostRetry;
  const retrying = hostRetry !== null;
  useEffect(() => {
    if (retrying) void library.showKeptArticle();
  }, [library, retrying]);
  useEffect(() => {
    const delay = saveStatusDelay(hostRetry, Date.now());
    if (delay === null) return;
    const timer = setTimeout(() => void library.checkSaveStatus(), delay);
    return () => clearTimeout(timer);
  }, [library, hostRetry]);

  // What the host does to the library's files while the window is open (a removed folder
  // written back) reaches the banner with the next look at the save status.
  useEffect(() => {
    const timer = setInterval(() => void library.checkSaveStatus(), NOTICE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [library]);

  return {
    articles: state.articles,
    current: state.open.current,
    loading: state.open.loading,
    selectedClaimId: state.open.selectedClaimId,
    saveStates: state.saves.states,
    error: state.messages.error,
    notice: currentNotice(state.messages, state.open.current),
    updateOffer: state.files.offer,
    ...local,
    ...claims,
    openArticle: library.openArticle,
    openFiles: library.openFiles,
    deleteArticle: library.deleteArticle,
    exportClaims: library.exportClaims,
    previewImport: library.previewImport,
    importClaims: library.importClaims,
    travelImport: library.travelImport,
  };
}
