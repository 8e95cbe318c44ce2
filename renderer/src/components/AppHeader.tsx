// The toolbar: which article is open, how far the check has got, and the actions.

import type { ArticleSummary, Claim } from '../../../shared/model';

interface AppHeaderProps {
  articles: readonly ArticleSummary[];
  currentArticleId: string | null;
  claims: readonly Claim[];
  canAddClaim: boolean;
  onOpenArticle(articleId: string): void;
  onAddClaim(): void;
  onExport(): void;
}

export function claimCountsText(claims: readonly Claim[]): string {
  const verified = claims.filter((claim) => claim.status === 'verified').length;
  return `${claims.length} ${claims.length === 1 ? 'claim' : 'claims'} · ${verified} verified`;
}

export function AppHeader(props: AppHeaderProps) {
  return (
    <header className="app-header">
      <span className="brand">ClaimMark</span>
      {props.articles.length > 1 && (
        <label className="field field-inline">
          <span>Article</span>
          <select
            value={props.currentArticleId ?? ''}
            onChange={(event) => props.onOpenArticle(event.target.value)}
          >
            {props.articles.map((article) => (
              <option key={article.id} value={article.id}>
                {article.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <span className="claim-counts" aria-label="Claim counts">
        {claimCountsText(props.claims)}
      </span>
      <span className="spacer" />
      <button
        type="button"
        className="primary"
        disabled={!props.canAddClaim}
        title="Select text in the article first (shortcut: Ctrl+Enter)"
        // Keep the text selection alive while the button is pressed.
        onMouseDown={(event) => event.preventDefault()}
        onClick={props.onAddClaim}
      >
        Add claim
      </button>
      <button type="button" onClick={props.onExport} disabled={props.currentArticleId === null}>
        Export
      </button>
    </header>
  );
}
