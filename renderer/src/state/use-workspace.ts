// The renderer's state: the library list, the open article with its claims, which claim
// is selected, and what is being saved. Every change goes through the API and the state
// takes the record the host saved, so the host's files stay the one source of truth.

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ExportOutcome } from '../../../shared/api';
import type { ArticleSummary, ArticleWithClaims, Claim, ClaimStatus } from '../../../shared/model';
import { api } from '../api';

export type SaveState = { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export interface Workspace {
  articles: ArticleSummary[];
  current: ArticleWithClaims | null;
  loading: boolean;
  selectedClaimId: string | null;
  saveStates: Readonly<Record<string, SaveState>>;
  /** The last problem, in words for the analyst. */
  error: string | null;
  dismissError(): void;
  openArticle(articleId: string): Promise<void>;
  selectClaim(claimId: string | null): void;
  addClaim(range: { start: number; end: number }): Promise<Claim | null>;
  setStatus(claimId: string, status: ClaimStatus): Promise<void>;
  setNote(claimId: string, note: string): Promise<boolean>;
  deleteClaim(claimId: string): Promise<void>;
  exportArticle(): Promise<ExportOutcome | null>;
}

function describe(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

export function useWorkspace(): Workspace {
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [current, setCurrent] = useState<ArticleWithClaims | null>(null);
  const [loading, setLoading] = useState(true);
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null);
  const [saveStates, setSaveStates] = useState<Record<string, SaveState>>({});
  const [error, setError] = useState<string | null>(null);
  const currentRef = useRef(current);
  currentRef.current = current;

  const markSave = useCallback((claimId: string, state: SaveState) => {
    setSaveStates((states) => ({ ...states, [claimId]: state }));
  }, []);

  const refreshArticles = useCallback(async () => {
    setArticles(await api.listArticles({}));
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

  useEffect(() => {
    void (async () => {
      try {
        const list = await api.listArticles({});
        setArticles(list);
        const first = list[0];
        if (first !== undefined) await openArticle(first.id);
        else setLoading(false);
      } catch (problem) {
        setError(describe(problem));
        setLoading(false);
      }
    })();
  }, [openArticle]);

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

  const update = useCallback(
    async (claimId: string, change: { status?: ClaimStatus; note?: string }): Promise<boolean> => {
      const open = currentRef.current;
      if (open === null) return false;
      markSave(claimId, { kind: 'saving' });
      try {
        const claim = await api.updateClaim({ articleId: open.article.id, claimId, ...change });
        replaceClaim(claim);
        markSave(claimId, { kind: 'saved' });
        return true;
      } catch (problem) {
        markSave(claimId, { kind: 'failed', message: describe(problem) });
        return false;
      }
    },
    [markSave, replaceClaim],
  );

  const setStatus = useCallback(
    async (claimId: string, status: ClaimStatus) => {
      if (await update(claimId, { status })) void refreshArticles();
    },
    [update, refreshArticles],
  );

  const setNote = useCallback((claimId: string, note: string) => update(claimId, { note }), [update]);

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

  const exportArticle = useCallback(async () => {
    const open = currentRef.current;
    if (open === null) return null;
    try {
      return await api.exportArticle({ articleId: open.article.id });
    } catch (problem) {
      setError(`Export failed: ${describe(problem)}`);
      return null;
    }
  }, []);

  return {
    articles,
    current,
    loading,
    selectedClaimId,
    saveStates,
    error,
    dismissError: () => setError(null),
    openArticle,
    selectClaim: setSelectedClaimId,
    addClaim,
    setStatus,
    setNote,
    deleteClaim,
    exportArticle,
  };
}
