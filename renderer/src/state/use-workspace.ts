// The renderer's state: the library list, the open article with its claims, which claim
// is selected, what is being saved, and files waiting to be opened. Every change goes
// through the API and the state takes the record the host saved, so the host's files
// stay the one source of truth.

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ArticleFileInput, type ExportOutcome, type ImportSummaryOutput, type OpenArticleOutcome, type ReanchorReport } from '../../../shared/api';
import type { ExportRequest } from '../../../shared/export/export-file';
import type { ArticleSummary, ArticleWithClaims, Claim, ClaimStatus, Evidence } from '../../../shared/model';
import { api, onFilesWaiting } from '../api';

export type SaveState = { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** A changed version of a known article, waiting for the analyst to decide. */
export interface UpdateOffer {
  file: ArticleFileInput;
  existingArticleId: string;
  existingTitle: string;
  claimCount: number;
}

/** The claim's own words: note, claimant, the claim as reviewed. */
export interface ClaimFields {
  note?: string;
  claimant?: string | null;
  claimReviewed?: string | null;
}

export interface EvidenceInput {
  url: string;
  title: string;
  quote: string;
  accessed: string | null;
  stance: Evidence['stance'];
}

export type ReattachTarget = { kind: 'selection'; start: number; end: number } | { kind: 'candidate' };

export interface Workspace {
  articles: ArticleSummary[];
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
  openFiles(files: readonly ArticleFileInput[]): Promise<void>;
  answerUpdateOffer(answer: 'update' | 'add-new' | 'cancel'): Promise<void>;
  deleteArticle(articleId: string): Promise<void>;
  selectClaim(claimId: string | null): void;
  addClaim(range: { start: number; end: number }): Promise<Claim | null>;
  reattachClaim(claimId: string, target: ReattachTarget): Promise<boolean>;
  setStatus(claimId: string, status: ClaimStatus): Promise<void>;
  setFields(claimId: string, fields: ClaimFields): Promise<boolean>;
  addEvidence(claimId: string, evidence: EvidenceInput): Promise<boolean>;
  updateEvidence(claimId: string, evidenceId: string, evidence: EvidenceInput): Promise<boolean>;
  deleteEvidence(claimId: string, evidenceId: string): Promise<void>;
  deleteClaim(claimId: string): Promise<void>;
  exportClaims(request: ExportRequest): Promise<ExportOutcome | null>;
  importClaims(file: ArticleFileInput): Promise<void>;
}

function describe(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

function reportText(title: string, report: ReanchorReport): string {
  const parts = [
    `${report.unchanged} in place`,
    report.moved > 0 ? `${report.moved} moved` : null,
    report.fuzzy > 0 ? `${report.fuzzy} matched approximately` : null,
    report.orphaned > 0 ? `${report.orphaned} orphaned (see “Orphaned claims”)` : null,
  ].filter((part) => part !== null);
  return `Updated “${title}”. Claims: ${parts.join(', ')}.`;
}

function importText(fileName: string, summary: ImportSummaryOutput): string {
  const where = summary.articles.length === 1 ? ` into “${summary.articles[0]}”` : ` into ${summary.articles.length} articles`;
  return `Imported ${fileName}${where}: ${summary.added} added, ${summary.updated} updated, ${summary.skipped} skipped (not newer), ${summary.orphaned} orphaned.`;
}

function outcomeText(outcome: Exclude<OpenArticleOutcome, { kind: 'changed-version' }>): string {
  switch (outcome.kind) {
    case 'added':
      return `Added “${outcome.title}” to the library.`;
    case 'existing':
      return `“${outcome.title}” is already in the library; opened it.`;
    case 'updated':
      return reportText(outcome.title, outcome.report);
  }
}

export function useWorkspace(): Workspace {
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [current, setCurrent] = useState<ArticleWithClaims | null>(null);
  const [loading, setLoading] = useState(true);
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null);
  const [saveStates, setSaveStates] = useState<Record<string, SaveState>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [updateOffer, setUpdateOffer] = useState<UpdateOffer | null>(null);
  const currentRef = useRef(current);
  currentRef.current = current;
  /** Files still to open after the one the analyst is deciding about. */
  const fileQueue = useRef<ArticleFileInput[]>([]);

  const markSave = useCallback((claimId: string, state: SaveState) => {
    setSaveStates((states) => ({ ...states, [claimId]: state }));
  }, []);

  /**
   * Runs a save of a claim and shows its state. With several saves of one claim in flight,
   * the claim reads "Saved" only once the last has landed; a failure stays shown until a
   * later save succeeds.
   */
  const inFlight = useRef(new Map<string, number>());
  /** Set while the host keeps changes it could not save yet and retries them. */
  const [hostRetrying, setHostRetrying] = useState(false);
  const trackSave = useCallback(
    async (claimId: string, run: () => Promise<void>): Promise<boolean> => {
      inFlight.current.set(claimId, (inFlight.current.get(claimId) ?? 0) + 1);
      markSave(claimId, { kind: 'saving' });
      let failure: string | null = null;
      try {
        await run();
      } catch (problem) {
        failure = describe(problem);
        // A failed save the host keeps in memory: show the kept state and watch for the retry.
        if (problem instanceof ApiError && problem.code === 'storage') setHostRetrying(true);
      }
      const left = (inFlight.current.get(claimId) ?? 1) - 1;
      inFlight.current.set(claimId, left);
      if (failure !== null) markSave(claimId, { kind: 'failed', message: failure });
      else if (left === 0) markSave(claimId, { kind: 'saved' });
      return failure === null;
    },
    [markSave],
  );

  const refreshArticles = useCallback(async () => {
    try {
      setArticles(await api.listArticles({}));
    } catch (problem) {
      setError(describe(problem));
    }
  }, []);

  const openArticle = useCallback(async (articleId: string) => {
    setLoading(true);
    try {
      const opened = await api.getArticle({ articleId });
      setCurrent(opened);
      setSelectedClaimId(null);
      setSaveStates({});
    } catch (problem) {
      setError(describe(problem));
    } finally {
      setLoading(false);
    }
  }, []);

  /** Opens files one after another; a changed version stops the queue until the analyst answers. */
  const processQueue = useCallback(async () => {
    for (let file = fileQueue.current.shift(); file !== undefined; file = fileQueue.current.shift()) {
      try {
        const outcome = await api.openArticle({ file, ifChangedVersion: 'ask' });
        if (outcome.kind === 'changed-version') {
          setUpdateOffer({ file, ...outcome });
          return;
        }
        setNotice(outcomeText(outcome));
        setError(null);
        await refreshArticles();
        await openArticle(outcome.articleId);
      } catch (problem) {
        setError(`Not opened: ${describe(problem)}`);
      }
    }
  }, [openArticle, refreshArticles]);

  const openFiles = useCallback(
    async (files: readonly ArticleFileInput[]) => {
      fileQueue.current.push(...files);
      if (updateOffer === null) await processQueue();
    },
    [processQueue, updateOffer],
  );

  const answerUpdateOffer = useCallback(
    async (answer: 'update' | 'add-new' | 'cancel') => {
      const offer = updateOffer;
      setUpdateOffer(null);
      if (offer === null) return;
      if (answer !== 'cancel') {
        try {
          const outcome = await api.openArticle({ file: offer.file, ifChangedVersion: answer });
          if (outcome.kind !== 'changed-version') {
            setNotice(outcomeText(outcome));
            await refreshArticles();
            await openArticle(outcome.articleId);
          }
        } catch (problem) {
          setError(`Not opened: ${describe(problem)}`);
        }
      }
      await processQueue();
    },
    [openArticle, processQueue, refreshArticles, updateOffer],
  );

  const takePendingFiles = useCallback(async () => {
    try {
      const files = await api.takePendingFiles({});
      if (files.length > 0) await openFiles(files);
    } catch (problem) {
      setError(describe(problem));
    }
  }, [openFiles]);
  const takePendingRef = useRef(takePendingFiles);
  takePendingRef.current = takePendingFiles;

  useEffect(() => {
    void (async () => {
      try {
        const [list, session] = await Promise.all([api.listArticles({}), api.getSession({})]);
        setArticles(list);
        if (session.notices.length > 0) setError(session.notices.join(' '));
        if (session.lastArticleId !== null) await openArticle(session.lastArticleId);
        else setLoading(false);
      } catch (problem) {
        setError(describe(problem));
        setLoading(false);
      }
      await takePendingRef.current();
    })();
    return onFilesWaiting(() => void takePendingRef.current());
  }, [openArticle]);

  const deleteArticle = useCallback(
    async (articleId: string) => {
      try {
        await api.deleteArticle({ articleId });
        const list = await api.listArticles({});
        setArticles(list);
        if (currentRef.current?.article.id === articleId) {
          setCurrent(null);
          const next = list[0];
          if (next !== undefined) await openArticle(next.id);
        }
      } catch (problem) {
        setError(`Article not deleted: ${describe(problem)}`);
      }
    },
    [openArticle],
  );

  // While the host retries a failed save, ask every moment whether it has landed; then the
  // claims that said "Not saved" say "Saved", and the article shows what the host kept.
  useEffect(() => {
    if (!hostRetrying) return;
    const open = currentRef.current;
    if (open !== null) {
      void api
        .getArticle({ articleId: open.article.id })
        .then((kept) => setCurrent((state) => (state?.article.id === kept.article.id ? kept : state)))
        .catch(() => undefined);
    }
    const timer = setInterval(() => {
      void api
        .getSaveStatus({})
        .then(({ unsaved }) => {
          const article = currentRef.current?.article.id;
          if (unsaved.some((entry) => entry.articleId === article)) return;
          setSaveStates((states) =>
            Object.fromEntries(Object.entries(states).map(([id, state]) => [id, state.kind === 'failed' ? { kind: 'saved' } : state])),
          );
          if (unsaved.length === 0) setHostRetrying(false);
        })
        .catch(() => undefined);
    }, 1000);
    return () => clearInterval(timer);
  }, [hostRetrying]);

  const replaceClaim = useCallback((claim: Claim) => {
    setCurrent((state) =>
      state === null || state.article.id !== claim.articleId
        ? state
        : { ...state, claims: state.claims.map((existing) => (existing.id === claim.id ? claim : existing)) },
    );
  }, []);

  const addClaim = useCallback(
    async (range: { start: number; end: number }) => {
      const open = currentRef.current;
      if (open === null) return null;
      try {
        const claim = await api.createClaim({
          articleId: open.article.id,
          start: range.start,
          end: range.end,
          exact: open.article.text.slice(range.start, range.end),
        });
        setCurrent((state) =>
          state === null || state.article.id !== claim.articleId ? state : { ...state, claims: [...state.claims, claim] },
        );
        setSelectedClaimId(claim.id);
        markSave(claim.id, { kind: 'saved' });
        void refreshArticles();
        return claim;
      } catch (problem) {
        setError(`Claim not added: ${describe(problem)}`);
        return null;
      }
    },
    [markSave, refreshArticles],
  );

  const reattachClaim = useCallback(
    async (claimId: string, target: ReattachTarget) => {
      const open = currentRef.current;
      if (open === null) return false;
      try {
        const claim = await api.reattachClaim({
          articleId: open.article.id,
          claimId,
          target: target.kind === 'candidate' ? target : { ...target, exact: open.article.text.slice(target.start, target.end) },
        });
        replaceClaim(claim);
        setSelectedClaimId(claim.id);
        void refreshArticles();
        return true;
      } catch (problem) {
        setError(`Claim not re-attached: ${describe(problem)}`);
        return false;
      }
    },
    [refreshArticles, replaceClaim],
  );

  const update = useCallback(
    async (claimId: string, change: ClaimFields & { status?: ClaimStatus }): Promise<boolean> => {
      const open = currentRef.current;
      if (open === null) return false;
      return trackSave(claimId, async () => {
        replaceClaim(await api.updateClaim({ articleId: open.article.id, claimId, ...change }));
      });
    },
    [trackSave, replaceClaim],
  );

  const setStatus = useCallback(
    async (claimId: string, status: ClaimStatus) => {
      if (await update(claimId, { status })) void refreshArticles();
    },
    [update, refreshArticles],
  );

  const setFields = useCallback((claimId: string, fields: ClaimFields) => update(claimId, fields), [update]);

  /** Runs an evidence change, showing it as a save of the claim. */
  const evidenceChange = useCallback(
    async (claimId: string, run: (articleId: string) => Promise<Claim>): Promise<boolean> => {
      const open = currentRef.current;
      if (open === null) return false;
      let failure: string | null = null;
      const saved = await trackSave(claimId, async () => {
        try {
          replaceClaim(await run(open.article.id));
        } catch (problem) {
          failure = describe(problem);
          throw problem;
        }
      });
      if (failure !== null) setError(`Evidence not saved: ${failure}`);
      return saved;
    },
    [trackSave, replaceClaim],
  );

  const addEvidence = useCallback(
    (claimId: string, evidence: EvidenceInput) =>
      evidenceChange(claimId, async (articleId) => (await api.addEvidence({ articleId, claimId, evidence })).claim),
    [evidenceChange],
  );
  const updateEvidence = useCallback(
    (claimId: string, evidenceId: string, evidence: EvidenceInput) =>
      evidenceChange(claimId, (articleId) => api.updateEvidence({ articleId, claimId, evidenceId, evidence })),
    [evidenceChange],
  );
  const deleteEvidence = useCallback(
    async (claimId: string, evidenceId: string) => {
      await evidenceChange(claimId, (articleId) => api.deleteEvidence({ articleId, claimId, evidenceId }));
    },
    [evidenceChange],
  );

  const deleteClaim = useCallback(
    async (claimId: string) => {
      const open = currentRef.current;
      if (open === null) return;
      try {
        await api.deleteClaim({ articleId: open.article.id, claimId });
        setCurrent((state) =>
          state === null ? state : { ...state, claims: state.claims.filter((claim) => claim.id !== claimId) },
        );
        setSelectedClaimId((selected) => (selected === claimId ? null : selected));
        void refreshArticles();
      } catch (problem) {
        setError(`Claim not deleted: ${describe(problem)}`);
      }
    },
    [refreshArticles],
  );

  const exportClaims = useCallback(async (request: ExportRequest) => {
    try {
      return await api.exportClaims(request);
    } catch (problem) {
      setError(`Export failed: ${describe(problem)}`);
      return null;
    }
  }, []);

  const importClaims = useCallback(
    async (file: ArticleFileInput) => {
      try {
        const summary = await api.importClaims({ file });
        setNotice(importText(file.fileName, summary));
        setError(summary.warnings.length > 0 ? `Import notes: ${summary.warnings.join(' ')}` : null);
        await refreshArticles();
        if (summary.firstArticleId !== null) await openArticle(summary.firstArticleId);
      } catch (problem) {
        setError(`Nothing imported: ${describe(problem)}`);
      }
    },
    [openArticle, refreshArticles],
  );

  return {
    articles,
    current,
    loading,
    selectedClaimId,
    saveStates,
    error,
    notice,
    updateOffer,
    dismissError: () => setError(null),
    dismissNotice: () => setNotice(null),
    showNotice: setNotice,
    showError: setError,
    openArticle,
    openFiles,
    answerUpdateOffer,
    deleteArticle,
    selectClaim: setSelectedClaimId,
    addClaim,
    reattachClaim,
    setStatus,
    setFields,
    addEvidence,
    updateEvidence,
    deleteEvidence,
    deleteClaim,
    exportClaims,
    importClaims,
  };
}
