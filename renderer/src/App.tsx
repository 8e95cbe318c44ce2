import { useCallback, useEffect, useRef, useState } from 'react';
import type { SelectedRange } from './article/selection-offsets';
import { completeExport } from './api';
import { AppHeader } from './components/AppHeader';
import { ArticleView } from './components/ArticleView';
import { ClaimPanel } from './components/ClaimPanel';
import { useWorkspace } from './state/use-workspace';

export function App() {
  const workspace = useWorkspace();
  const [selection, setSelection] = useState<SelectedRange | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const selectionRef = useRef(selection);
  selectionRef.current = selection;

  const addClaim = useCallback(async () => {
    const range = selectionRef.current;
    if (range === null) return;
    const claim = await workspace.addClaim(range);
    if (claim !== null) {
      document.getSelection()?.removeAllRanges();
      setSelection(null);
    }
  }, [workspace.addClaim]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && selectionRef.current !== null) {
        event.preventDefault();
        void addClaim();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [addClaim]);

  const runExport = async () => {
    const outcome = await workspace.exportArticle();
    if (outcome !== null) setNotice(completeExport(outcome));
  };

  const current = workspace.current;
  return (
    <div className="app">
      <AppHeader
        articles={workspace.articles}
        currentArticleId={current?.article.id ?? null}
        claims={current?.claims ?? []}
        canAddClaim={selection !== null}
        onOpenArticle={(articleId) => void workspace.openArticle(articleId)}
        onAddClaim={() => void addClaim()}
        onExport={() => void runExport()}
      />
      {workspace.error !== null && (
        <div className="banner banner-error" role="alert">
          <span>{workspace.error}</span>
          <button type="button" className="quiet" onClick={workspace.dismissError}>
            Dismiss
          </button>
        </div>
      )}
      {notice !== null && (
        <div className="banner banner-notice" role="status">
          <span>{notice}</span>
          <button type="button" className="quiet" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      <main className="workspace">
        {current === null ? (
          <p className="empty-hint">{workspace.loading ? 'Loading…' : 'No article is open.'}</p>
        ) : (
          <>
            <ArticleView
              article={current.article}
              claims={current.claims}
              selectedClaimId={workspace.selectedClaimId}
              onSelectClaim={workspace.selectClaim}
              onSelectionChange={setSelection}
            />
            <ClaimPanel
              claims={current.claims}
              selectedClaimId={workspace.selectedClaimId}
              saveStates={workspace.saveStates}
              onSelect={workspace.selectClaim}
              onStatusChange={(claimId, status) => void workspace.setStatus(claimId, status)}
              onNoteChange={workspace.setNote}
              onDelete={(claimId) => void workspace.deleteClaim(claimId)}
            />
          </>
        )}
      </main>
    </div>
  );
}
