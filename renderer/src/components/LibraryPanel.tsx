// The library: every article opened so far, with its progress, searchable by title, site
// name and source address.
// Deleting an article asks once more, saying how many claims go with it.

import { useMemo, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { CLAIM_STATUS_LABELS } from '../../../shared/statuses';
import { anyFieldMatches, searchForm } from '../../../shared/text/search-text';
import { formattedDate } from '../date-formats';

interface LibraryPanelProps {
  /** Set when the analyst has hidden the panel. */
  hidden: boolean;
  articles: readonly ArticleSummary[];
  currentArticleId: string | null;
  onOpen(articleId: string): void;
  onDelete(articleId: string): void;
}

function progressText(article: ArticleSummary): string {
  const parts = [`${article.claimCount} ${article.claimCount === 1 ? 'claim' : 'claims'}`];
  for (const [status, count] of Object.entries(article.statusCounts)) {
    if (count > 0 && status !== 'unverified') parts.push(`${count} ${CLAIM_STATUS_LABELS[status as keyof typeof CLAIM_STATUS_LABELS].toLowerCase()}`);
  }
  if (article.checkedCount > 0) parts.push(`${article.checkedCount} checked`);
  if (article.reviewCount > 0) parts.push(`${article.reviewCount} ${article.reviewCount === 1 ? 'needs' : 'need'} review`);
  if (article.orphanCount > 0) parts.push(`${article.orphanCount} orphaned`);
  return parts.join(' · ');
}

export function LibraryPanel({ hidden, articles, currentArticleId, onOpen, onDelete }: LibraryPanelProps) {
  const [query, setQuery] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const shown = useMemo(() => {
    const wanted = searchForm(query.trim());
    return wanted === '' ? articles : articles.filter((article) => anyFieldMatches([article.title, article.siteName, article.source], wanted));
  }, [articles, query]);
  // The same element until the query changes: a claim's new status, which changes the open
  // article's counts below, leaves the search field as it is.
  const search = useMemo(
    () => (
      <input
        type="search"
        className="library-search"
        aria-label="Search library"
        placeholder="Title, site or source"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
    ),
    [query],
  );

  return (
    <nav className="library-panel" aria-label="Library" hidden={hidden}>
      <h2>Library</h2>
      {search}
      {shown.length === 0 && <p className="empty-hint">{articles.length === 0 ? 'No articles yet.' : 'No article matches.'}</p>}
      <ul className="library-list">
        {shown.map((article) => (
          <li key={article.id} className={`library-item${article.id === currentArticleId ? ' is-current' : ''}`}>
            <button
              type="button"
              className="library-open"
              aria-label={article.title}
              aria-describedby={`library-meta-${article.id}`}
              aria-current={article.id === currentArticleId ? 'page' : undefined}
              disabled={article.problem !== null}
              onClick={() => onOpen(article.id)}
            >
              <span className="library-title" dir="auto">
                {article.title}
              </span>
              <span id={`library-meta-${article.id}`} className="library-meta-group">
                <span className="library-meta">
                  {[article.siteName ?? article.source, `added ${formattedDate(article.added)}`].filter(Boolean).join(' · ')}
                </span>
                <span className="library-meta">{article.problem ?? progressText(article)}</span>
              </span>
            </button>
            {confirming === article.id ? (
              <div className="library-confirm" role="group" aria-label="Confirm delete">
                <span>
                  Delete this article{article.claimCount > 0 ? ` and its ${article.claimCount} ${article.claimCount === 1 ? 'claim' : 'claims'}` : ''}?
                </span>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    setConfirming(null);
                    onDelete(article.id);
                  }}
                >
                  Yes, delete
                </button>
                <button type="button" onClick={() => setConfirming(null)}>
                  Keep
                </button>
              </div>
            ) : (
              <button
                type="button"
                className="quiet library-delete"
                aria-label={`Delete article “${article.title}”`}
                onClick={() => setConfirming(article.id)}
              >
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
