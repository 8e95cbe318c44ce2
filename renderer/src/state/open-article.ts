// The open article with its claims, which claim is selected, and whether an article is
// loading. Claims here are the records the host saved and sent back, except a status change
// shown while its save is in flight.

import type { ArticleWithClaims, Claim } from '../../../shared/model';
import { claimIndex, claimWithId, withClaimAt } from './claims-since';
import type { WorkspaceEvent } from './workspace-events';

export interface OpenArticle {
  current: ArticleWithClaims | null;
  selectedClaimId: string | null;
  loading: boolean;
}

/** Before the host has said which article to show, the workspace is loading. */
export const initialOpenArticle: OpenArticle = { current: null, selectedClaimId: null, loading: true };

/** Changes the open article's claims, unless the claim belongs to another article (the analyst moved on). */
function withClaims(state: OpenArticle, claim: Claim, change: (claims: Claim[]) => Claim[]): OpenArticle {
  const current = state.current;
  if (current === null || current.article.id !== claim.articleId) return state;
  return { ...state, current: { ...current, claims: change(current.claims) } };
}

/** The claim in place of the one with its id: a copy of the list with one entry changed, not a pass that rebuilds it. */
function replaced(state: OpenArticle, claim: Claim): OpenArticle {
  return withClaims(state, claim, (claims) => {
    const at = claimIndex(claims, claim.id);
    return at < 0 ? claims : withClaimAt(claims, at, claim);
  });
}

export function openArticleReducer(state: OpenArticle, event: WorkspaceEvent): OpenArticle {
  switch (event.kind) {
    case 'article-loading':
      return { ...state, loading: true };
    case 'article-opened':
      return { current: event.article, selectedClaimId: null, loading: false };
    case 'article-load-ended':
      return { ...state, loading: false };
    case 'article-closed':
      return { ...state, current: null };
    case 'kept-article':
      return state.current?.article.id === event.article.article.id ? { ...state, current: event.article } : state;
    case 'claim-selected':
      return { ...state, selectedClaimId: event.claimId };
    case 'claim-added':
      return { ...withClaims(state, event.claim, (claims) => [...claims, event.claim]), selectedClaimId: event.claim.id };
    case 'claim-saved':
      return replaced(state, event.claim);
    case 'claim-status-shown': {
      const claim = state.current === null ? undefined : claimWithId(state.current.claims, event.claimId);
      if (claim === undefined || claim.articleId !== event.articleId || claim.status === event.status) return state;
      return replaced(state, { ...claim, status: event.status });
    }
    case 'claim-reattached':
      return { ...replaced(state, event.claim), selectedClaimId: event.claim.id };
    case 'claim-deleted': {
      const current = state.current;
      return {
        ...state,
        current: current === null ? null : { ...current, claims: current.claims.filter((claim) => claim.id !== event.claimId) },
        selectedClaimId: state.selectedClaimId === event.claimId ? null : state.selectedClaimId,
      };
    }
    default:
      return state;
  }
}
