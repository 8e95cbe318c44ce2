// What the analyst can do with the open article's claims, as calls to the host through
// renderer/src/api.ts. Changes to a claim show on its save line; the rest in the banner.

import type { Article, Claim } from '../../../shared/model';
import { api } from '../api';
import { textOf } from '../article/article-text';
import { claimWithId } from './claims-since';
import { failureText, statusRollbackText, type FailedAction } from './messages';
import { saveFailure } from './save-tracking';
import type { StateAccess } from './workspace-actions';
import type { SaveFailure, WorkspaceEvent } from './workspace-events';
import type { ClaimChange, ClaimFields, ClaimRange, EvidenceInput, ReattachTarget } from './workspace-inputs';

export function claimActions({ dispatch, read }: StateAccess, refreshArticles: () => Promise<void>) {
  const openArticle = () => read().open.current?.article ?? null;
  /** Per claim with a status save in flight: the newest change's number, and the status the host last saved. */
  const statusChanges = new Map<string, { latest: number; saved: Claim['status'] }>();
  // Counted across all changes, not per entry: an entry is dropped when its newest change is
  // answered, and an older answer landing after a new entry began must not match its number.
  let statusChangeCount = 0;

  /**
   * Runs a save of a claim, shown on its save line; resolves to why it failed, or null. The
   * host's record replaces the shown one unless `superseded` says a later change is on its way.
   */
  const trackSave = async (claimId: string, run: () => Promise<Claim>, superseded = () => false): Promise<SaveFailure | null> => {
    dispatch({ kind: 'save-started', claimId });
    let failure: SaveFailure | null = null;
    try {
      const saved = await run();
      if (!superseded()) dispatch({ kind: 'claim-saved', claim: saved });
    } catch (problem) {
      failure = saveFailure(problem);
    }
    dispatch({ kind: 'save-ended', claimId, failure, at: Date.now() });
    return failure;
  };

  const update = async (claimId: string, change: ClaimChange): Promise<boolean> => {
    const article = openArticle();
    if (article === null) return false;
    return (await trackSave(claimId, () => api.updateClaim({ articleId: article.id, claimId, ...change }))) === null;
  };

  /** An evidence change is a save of its claim; a failure also shows in the banner. Resolves to the saved claim, or null. */
  const evidenceChange = async (claimId: string, run: (articleId: string) => Promise<Claim>): Promise<Claim | null> => {
    const article = openArticle();
    if (article === null) return null;
    let saved: Claim | null = null;
    const failure = await trackSave(claimId, async () => (saved = await run(article.id)));
    if (failure !== null) dispatch({ kind: 'error-shown', message: failureText('save-evidence', failure.message) });
    return failure === null ? saved : null;
  };

  /** Adds, re-attaches or deletes a claim; a failure shows in the banner. Resolves to the host's answer, or null. */
  const changeClaims = async <T>(action: FailedAction, run: (article: Article) => Promise<T>, done: (answer: T) => WorkspaceEvent) => {
    const article = openArticle();
    if (article === null) return null;
    try {
      const answer = await run(article);
      dispatch(done(answer));
      void refreshArticles();
      return answer;
    } catch (problem) {
      dispatch({ kind: 'error-shown', message: failureText(action, problem) });
      return null;
    }
  };

  return {
    addClaim: (range: ClaimRange): Promise<Claim | null> =>
      changeClaims(
        'add-claim',
        (article) => {
          // Only the offsets travel: the host refuses fields it does not know.
          const { start, end } = range;
          return api.createClaim({ articleId: article.id, start, end, exact: textOf(article).slice(start, end) });
        },
        (claim) => ({ kind: 'claim-added', claim }),
      ),

    reattachClaim: (claimId: string, target: ReattachTarget): Promise<Claim | null> =>
      changeClaims(
        'reattach-claim',
        (article) =>
          api.reattachClaim({
            articleId: article.id,
            claimId,
            target: target.kind === 'candidate' ? target : { ...target, exact: textOf(article).slice(target.start, target.end) },
          }),
        (reattached) => ({ kind: 'claim-reattached', claim: reattached }),
      ),

    /**
     * Shows the new status at once, marked "Saving…". If the save fails and the host does not
     * keep the change, the status the host has is put back and the banner says so.
     */
    async setStatus(claimId: string, status: Claim['status']): Promise<boolean> {
      const article = openArticle();
      const open = read().open.current;
      const shown = open === null ? undefined : claimWithId(open.claims, claimId);
      if (article === null || shown === undefined || shown.status === status) return false;
      statusChangeCount += 1;
      const change = statusChangeCount;
      const saved = statusChanges.get(claimId)?.saved ?? shown.status;
      statusChanges.set(claimId, { latest: change, saved });
      dispatch({ kind: 'claim-status-shown', articleId: article.id, claimId, status });
      const superseded = () => statusChanges.get(claimId)?.latest !== change;
      const failure = await trackSave(claimId, () => api.updateClaim({ articleId: article.id, claimId, status }), superseded);
      const tracked = statusChanges.get(claimId);
      if (failure === null && tracked !== undefined) tracked.saved = status;
      if (superseded()) return failure === null || failure.hostKeepsIt;
      statusChanges.delete(claimId);
      // The library's counts for the open article follow its claims as shown: nothing to re-list.
      if (failure !== null && !failure.hostKeepsIt) {
        dispatch({ kind: 'claim-status-shown', articleId: article.id, claimId, status: tracked?.saved ?? saved });
        dispatch({ kind: 'error-shown', message: statusRollbackText(shown.selectors.quote.exact, tracked?.saved ?? saved, failure.message) });
        return false;
      }
      return true;
    },

    setFields: (claimId: string, fields: ClaimFields) => update(claimId, fields),

    /** Keeps or changes the status of a claim that needs review; a failure shows on its save line and in the banner. */
    reviewClaim(claimId: string, status: Claim['status']): void {
      const article = openArticle();
      if (article === null) return;
      void trackSave(claimId, () => api.reviewClaim({ articleId: article.id, claimId, status })).then((failure) => {
        if (failure !== null) dispatch({ kind: 'error-shown', message: failureText('review-claim', failure.message) });
      });
    },

    /** Resolves to the new evidence's id, or null. */
    async addEvidence(claimId: string, evidence: EvidenceInput): Promise<string | null> {
      let added: string | null = null;
      const saved = await evidenceChange(claimId, async (articleId) => {
        const answer = await api.addEvidence({ articleId, claimId, evidence });
        added = answer.evidence.id;
        return answer.claim;
      });
      return saved === null ? null : added;
    },

    updateEvidence: async (claimId: string, evidenceId: string, evidence: EvidenceInput): Promise<boolean> =>
      (await evidenceChange(claimId, (articleId) => api.updateEvidence({ articleId, claimId, evidenceId, evidence }))) !== null,

    deleteEvidence: async (claimId: string, evidenceId: string): Promise<boolean> =>
      (await evidenceChange(claimId, (articleId) => api.deleteEvidence({ articleId, claimId, evidenceId }))) !== null,

    deleteClaim: async (claimId: string): Promise<boolean> =>
      (await changeClaims('delete-claim', (article) => api.deleteClaim({ articleId: article.id, claimId }), () => ({ kind: 'claim-deleted', claimId }))) !== null,

    /** Puts a deleted claim back as it was (undoing its deletion). */
    restoreClaim: (claim: Claim): Promise<Claim | null> =>
      changeClaims('restore-claim', (article) => api.restoreClaim({ articleId: article.id, claim }), (restored) => ({ kind: 'claim-added', claim: restored })),
  };
}
