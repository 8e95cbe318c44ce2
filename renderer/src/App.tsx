import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { SelectedRange } from './article/selection-offsets';
import { readArticleFile } from './article/article-file';
import { completeExport } from './api';
import { AppHeader } from './components/AppHeader';
import { ArticleView } from './components/ArticleView';
import { Banner } from './components/Banner';
import { ClaimPanel, type ClaimCardActions } from './components/ClaimPanel';
import { ExportDialog } from './components/ExportDialog';
import { LibraryPanel } from './components/LibraryPanel';
import { UpdatePrompt } from './components/UpdatePrompt';
import { useReadingOrder } from './article/reading-order';
import { useLiveCounts } from './state/live-counts';
import { useWorkspace } from './state/use-workspace';
import type { ExportRequest } from '../../shared/export/export-request';
import type { Claim } from '../../shared/model';

const NO_CLAIMS: readonly Claim[] = [];

function hasFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes('Files');
}

export function App() {
  const workspace = useWorkspace();
  const [selection, setSelection] = useState<SelectedRange | null>(null);
  const [dropping, setDropping] = useState(false);
  const selectionRef = useRef(selection);
  selectionRef.current = selection;

  const clearSelection = () => {
    document.getSelection()?.removeAllRanges();
    setSelection(null);
  };

  const addClaim = useCallback(async () => {
    const range = selectionRef.current;
    if (range === null) return;
    const claim = await workspace.addClaim(range);
    if (claim !== null) clearSelection();
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

  const openFiles = async (files: File[]) => {
    try {
      workspace.openFiles(await Promise.all(files.map(readArticleFile)));
    } catch (problem) {
      workspace.showError(`Not opened: ${problem instanceof Error ? problem.message : String(problem)}`);
    }
  };

  const [exporting, setExporting] = useState(false);
  const runExport = async (request: ExportRequest) => {
    const outcome = await workspace.exportClaims(request);
    if (outcome === null) return;
    setExporting(false);
    workspace.showNotice(completeExport(outcome));
  };

  const importFile = async (file: File) => {
    try {
      await workspace.importClaims(await readArticleFile(file));
    } catch (problem) {
      workspace.showError(`Nothing imported: ${problem instanceof Error ? problem.message : String(problem)}`);
    }
  };

  const { selectClaim, setStatus, setFields, addEvidence, updateEvidence, deleteEvidence, deleteClaim } = workspace;
  const cardActions = useMemo<ClaimCardActions>(
    () => ({
      onSelect: selectClaim,
      onStatusChange: (claimId, status) => void setStatus(claimId, status),
      onFieldsChange: setFields,
      onAddEvidence: addEvidence,
      onUpdateEvidence: updateEvidence,
      onDeleteEvidence: (claimId, evidenceId) => void deleteEvidence(claimId, evidenceId),
      onDelete: (claimId) => void deleteClaim(claimId),
      onReview: workspace.reviewClaim,
    }),
    [selectClaim, setStatus, setFields, addEvidence, updateEvidence, deleteEvidence, deleteClaim, workspace.reviewClaim],
  );
  // Enter on a highlight hands the keyboard to its card.
  const [cardFocusRequest, setCardFocusRequest] = useState(0);
  const openClaim = useCallback(
    (claimId: string) => {
      selectClaim(claimId);
      setCardFocusRequest((count) => count + 1);
    },
    [selectClaim],
  );

  const current = workspace.current;
  const ordered = useReadingOrder(current?.claims ?? NO_CLAIMS);
  const articles = useLiveCounts(workspace.articles, current);
  return (
    <div
      className={`app${dropping ? ' is-dropping' : ''}`}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDropping(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDropping(false);
        void openFiles([...event.dataTransfer.files]);
      }}
    >
      <AppHeader
        currentArticleId={current?.article.id ?? null}
        claims={current?.claims ?? []}
        canAddClaim={selection !== null}
        onOpenFiles={(files) => void openFiles(files)}
        onAddClaim={() => void addClaim()}
        onExport={() => setExporting(true)}
        onImport={(file) => void importFile(file)}
      />
      {workspace.error !== null && <Banner kind="error" message={workspace.error} onDismiss={workspace.dismissError} />}
      {workspace.notice !== null && <Banner kind="notice" message={workspace.notice} onDismiss={workspace.dismissNotice} />}
      <main className="workspace">
        <LibraryPanel
          articles={articles}
          currentArticleId={current?.article.id ?? null}
          onOpen={(articleId) => void workspace.openArticle(articleId)}
          onDelete={(articleId) => void workspace.deleteArticle(articleId)}
        />
        {current === null ? (
          <p className="empty-hint article-placeholder">
            {workspace.loading ? 'Loading…' : 'No article is open. Use “Open article…” or drop a .txt, .md or .html file here.'}
          </p>
        ) : (
          <>
            <ArticleView
              key={current.article.id}
              article={current.article}
              claims={current.claims}
              ordered={ordered}
              selectedClaimId={workspace.selectedClaimId}
              onSelectClaim={workspace.selectClaim}
              onOpenClaim={openClaim}
              onSelectionChange={setSelection}
            />
            <ClaimPanel
              claims={current.claims}
              ordered={ordered}
              selectedClaimId={workspace.selectedClaimId}
              focusRequest={cardFocusRequest}
              saveStates={workspace.saveStates}
              actions={cardActions}
              canUseSelection={selection !== null}
              onReattach={(claimId, kind) => {
                const range = selectionRef.current;
                if (kind === 'selection' && range === null) return;
                void workspace
                  .reattachClaim(claimId, kind === 'candidate' || range === null ? { kind: 'candidate' } : { kind: 'selection', ...range })
                  .then((done) => done && kind === 'selection' && clearSelection());
              }}
            />
          </>
        )}
      </main>
      {dropping && <div className="drop-overlay">Drop to open the article</div>}
      {exporting && (
        <ExportDialog
          articleId={current?.article.id ?? null}
          articleTitle={current?.article.title ?? null}
          onExport={runExport}
          onClose={() => setExporting(false)}
        />
      )}
      {workspace.updateOffer !== null && (
        <UpdatePrompt offer={workspace.updateOffer} onAnswer={workspace.answerUpdateOffer} />
      )}
    </div>
  );
}
