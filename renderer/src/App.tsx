import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { SelectedRange } from './article/selection-offsets';
import { readArticleFile, readImportFile } from './article/article-file';
import { completeExport } from './api';
import { AppHeader } from './components/AppHeader';
import { ArticleView } from './components/ArticleView';
import { Banner } from './components/Banner';
import { ClaimPanel, type ClaimCardActions } from './components/ClaimPanel';
import { ExportDialog } from './components/ExportDialog';
import { ImportPreview } from './components/ImportPreview';
import { LibraryPanel } from './components/LibraryPanel';
import { NoticeToast } from './components/NoticeToast';
import { PanelGutter } from './components/PanelGutter';
import { ReadOnlyBanner } from './components/ReadOnlyBanner';
import { ShortcutHelp } from './components/ShortcutHelp';
import { UndoToast } from './components/UndoToast';
import { UpdatePrompt } from './components/UpdatePrompt';
import type { SelectionCommand } from './article/keyboard-selection';
import { shortcutText } from './keyboard/shortcuts';
import { focusRing, useAppCommands } from './keyboard/use-app-commands';
import { IS_MAC } from './keyboard/use-shortcuts';
import { useUndo } from './state/use-undo';
import { useReadingOrder } from './article/reading-order';
import { useClaimView } from './state/claim-view';
import { useLiveCounts } from './state/live-counts';
import { GUTTER_PX, usePanelLayout } from './state/panel-layout';
import { useLibraryState } from './state/use-library-state';
import type { StartRelay } from './state/start-relay';
import { useWorkspace } from './state/use-workspace';
import type { ImportChoices, ImportSummary } from './state/workspace-actions';
import type { ArticleFile } from './state/workspace-inputs';
import type { ExportRequest } from '../../shared/export/export-request';
import type { Claim } from '../../shared/model';

const NO_CLAIMS: readonly Claim[] = [];

interface ImportInProgress {
  file: ArticleFile;
  choices: ImportChoices;
  summary: ImportSummary;
  busy: boolean;
}

function hasFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes('Files');
}

/** `start`: the start, begun before the first render (app-main.tsx). */
export function App({ start = null }: { start?: StartRelay | null }) {
  const workspace = useWorkspace(start);
  const library = useLibraryState();
  const [selection, setSelection] = useState<SelectedRange | null>(null);
  const [dropping, setDropping] = useState(false);
  const selectionRef = useRef(selection);
  selectionRef.current = selection;

  const clearSelection = () => {
    document.getSelection()?.removeAllRanges();
    setSelection(null);
  };


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

  // An import is previewed first; the analyst's choices ask for the preview again.
  const [importing, setImporting] = useState<ImportInProgress | null>(null);
  const importFile = async (file: File) => {
    let read: ArticleFile;
    try {
      read = await readImportFile(file);
    } catch (problem) {
      workspace.showError(`Nothing imported: ${problem instanceof Error ? problem.message : String(problem)}`);
      return;
    }
    const choices: ImportChoices = { targets: [], labelStatuses: [] };
    const summary = await workspace.previewImport(read, choices);
    if (summary !== null) setImporting({ file: read, choices, summary, busy: false });
  };
  const changeImportChoices = async (choices: ImportChoices) => {
    if (importing === null) return;
    setImporting({ ...importing, choices, busy: true });
    const summary = await workspace.previewImport(importing.file, choices);
    setImporting((now) => (now === null || now.file !== importing.file ? now : summary === null ? null : { ...now, summary, busy: false }));
  };

  // An article opened meanwhile (from the preview, say) may be where the file's claims go: read
  // the preview again. Not while the host is at it: an import being made, or a preview being read.
  const previewAgain = useRef<() => void>(() => undefined);
  previewAgain.current = () => {
    if (importing !== null && !importing.busy) void changeImportChoices(importing.choices);
  };
  useEffect(() => previewAgain.current(), [workspace.articles, workspace.current?.article.id]);

  const undoable = useUndo(workspace);
  const applyImport = async () => {
    if (importing === null) return;
    setImporting({ ...importing, busy: true });
    await undoable.importClaims(importing.file, importing.choices);
    setImporting(null);
  };
  const { selectClaim } = workspace;
  const { setStatus, setFields, addEvidence, updateEvidence, deleteEvidence, deleteClaim } = undoable;
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

  const addClaim = useCallback(async () => {
    const range = selectionRef.current;
    if (range === null) return;
    const claim = await undoable.addClaim(range);
    if (claim !== null) clearSelection();
  }, [undoable.addClaim]);

  const current = workspace.current;
  const ordered = useReadingOrder(current?.claims ?? NO_CLAIMS);
  const [helpOpen, setHelpOpen] = useState(false);
  const keyboardSelection = useRef<((command: SelectionCommand) => boolean) | null>(null);
  useAppCommands({
    ordered,
    selectedClaimId: workspace.selectedClaimId,
    selectClaim,
    claims: undoable,
    addClaim: () => void addClaim(),
    keyboardSelection,
    openExport: () => setExporting(true),
    openHelp: () => setHelpOpen(true),
    tell: workspace.showNotice,
  });
  const articles = useLiveCounts(workspace.articles, current);
  const view = useClaimView(current?.claims ?? NO_CLAIMS, ordered);
  const panels = usePanelLayout();
  const columns = `${panels.widths.library}px ${GUTTER_PX}px minmax(0, 1fr)${current === null ? '' : ` ${GUTTER_PX}px ${panels.widths.claims}px`}`;
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
        onShowShortcuts={() => setHelpOpen(true)}
        onImport={(file) => void importFile(file)}
      />
      {library.access === 'read-only' && <ReadOnlyBanner message={library.message ?? 'The library folder cannot be written.'} />}
      {workspace.error !== null && <Banner kind="error" message={workspace.error} onDismiss={workspace.dismissError} />}
      {workspace.notice !== null && <NoticeToast key={workspace.notice} message={workspace.notice} onDismiss={workspace.dismissNotice} />}
      <main className="workspace" style={{ gridTemplateColumns: columns }}>
        <LibraryPanel
          hidden={panels.layout.library.collapsed}
          articles={articles}
          currentArticleId={current?.article.id ?? null}
          onOpen={(articleId) => void workspace.openArticle(articleId)}
          onDelete={(articleId) => void workspace.deleteArticle(articleId)}
        />
        <PanelGutter panel="library" state={panels.layout.library} drawnWidth={panels.widths.library} onChange={panels.change} />
        {current === null ? (
          <p className="empty-hint article-placeholder">
            {workspace.loading ? 'Loading…' : 'No article is open. Use “Open article…” or drop a .txt, .md or .html file here.'}
          </p>
        ) : (
          <>
            <ArticleView
              key={current.article.id}
              article={current.article}
              claims={view.shown}
              ordered={view.readingOrder}
              selectedClaimId={workspace.selectedClaimId}
              onSelectClaim={workspace.selectClaim}
              onOpenClaim={openClaim}
              onSelectionChange={setSelection}
              keyboardSelection={keyboardSelection}
            />
            <PanelGutter panel="claims" state={panels.layout.claims} drawnWidth={panels.widths.claims} onChange={panels.change} />
            <ClaimPanel
              hidden={panels.layout.claims.collapsed}
              view={view}
              selectedClaimId={workspace.selectedClaimId}
              focusRequest={cardFocusRequest}
              saveStates={workspace.saveStates}
              actions={cardActions}
              canUseSelection={selection !== null}
              onReattach={(claimId, kind) => {
                const range = selectionRef.current;
                if (kind === 'selection' && range === null) return;
                void undoable
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
      {importing !== null && (
        <ImportPreview
          fileName={importing.file.fileName}
          summary={importing.summary}
          choices={importing.choices}
          articles={workspace.articles}
          openArticleId={current?.article.id ?? null}
          busy={importing.busy}
          onChoicesChange={(choices) => void changeImportChoices(choices)}
          onOpenArticle={(file) => void openFiles([file])}
          onImport={() => void applyImport()}
          onCancel={() => setImporting(null)}
        />
      )}
      {undoable.deleted !== null && (
        <UndoToast claim={undoable.deleted} undoKeys={shortcutText('undo', IS_MAC)} onUndo={() => void undoable.undo().then(focusRing)} onDismiss={undoable.dismissDeleted} />
      )}
      {helpOpen && <ShortcutHelp mac={IS_MAC} onClose={() => setHelpOpen(false)} />}
      {workspace.updateOffer !== null && (
        <UpdatePrompt offer={workspace.updateOffer} onAnswer={workspace.answerUpdateOffer} />
      )}
    </div>
  );
}
