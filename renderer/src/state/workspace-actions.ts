// What the analyst can do with the library and its files, as calls to the host through
// renderer/src/api.ts. Each call reports what happened as events; the state takes the
// records the host sent back, so the host's files stay the one source of truth.

import type { ApiInput, ApiOutput } from '../../../shared/api';
import { api } from '../api';
import { endBootCalls } from '../boot-calls';
import { describeProblem, failureText } from './messages';
import type { WorkspaceEvent } from './workspace-events';
import type { ArticleFile, FileRequest } from './workspace-inputs';
import type { WorkspaceState } from './workspace-state';
import { libraryStateAnswered } from './use-library-state';

type Dispatch = (event: WorkspaceEvent) => void;

export type ImportSummary = ApiOutput<'importClaims'>;
/** The analyst's answers to an import preview: where unmatched articles go, what labels become. */
export type ImportChoices = Pick<ApiInput<'importClaims'>, 'targets' | 'labelStatuses'>;

/** How the actions reach the state: send an event, read the state as last rendered. */
export interface StateAccess {
  dispatch: Dispatch;
  read(): WorkspaceState;
}

export function libraryActions({ dispatch, read }: StateAccess) {
  const openArticleId = () => read().open.current?.article.id ?? null;

  const refreshArticles = async () => {
    try {
      dispatch({ kind: 'library-listed', articles: await api.listArticles({}) });
    } catch (problem) {
      dispatch({ kind: 'error-shown', message: describeProblem(problem) });
    }
  };

  const openArticle = async (articleId: string) => {
    dispatch({ kind: 'article-loading' });
    try {
      dispatch({ kind: 'article-opened', article: await api.getArticle({ articleId }) });
    } catch (problem) {
      dispatch({ kind: 'article-load-ended', error: describeProblem(problem) });
    }
  };

  /** Opens the queue's next file; the queue moves on once its article is listed and shown. */
  const openFile = async (request: FileRequest) => {
    dispatch({ kind: 'file-open-started', request });
    try {
      const outcome = await api.openArticle(request);
      if (outcome.kind === 'changed-version') {
        dispatch({ kind: 'file-changed-version', request, outcome });
        return;
      }
      dispatch({ kind: 'file-opened', request, outcome });
      await refreshArticles();
      await openArticle(outcome.articleId);
      dispatch({ kind: 'file-open-finished' });
    } catch (problem) {
      dispatch({ kind: 'file-open-failed', message: failureText('open-file', problem) });
    }
  };

  const openFiles = (files: readonly ArticleFile[]) => dispatch({ kind: 'files-arrived', files });

  const takePendingFiles = async () => {
    try {
      const files = await api.takePendingFiles({});
      if (files.length > 0) openFiles(files);
    } catch (problem) {
      dispatch({ kind: 'error-shown', message: describeProblem(problem) });
    }
  };

  /** Shows the library and where the analyst left off. */
  const showWhereLeftOff = async () => {
    try {
      // The last article is fetched as soon as the host names it, while the library is still being listed.
      const listing = api.listArticles({});
      // Awaited below; until then a failure must not count as unhandled.
      listing.catch(() => undefined);
      const session = await api.getSession({});
      libraryStateAnswered(session.library);
      if (session.notices.length > 0) dispatch({ kind: 'error-shown', message: session.notices.join(' ') });
      const opening = session.lastArticleId === null ? null : openArticle(session.lastArticleId);
      dispatch({ kind: 'library-listed', articles: await listing });
      if (opening !== null) await opening;
      else dispatch({ kind: 'article-load-ended', error: null });
    } catch (problem) {
      dispatch({ kind: 'article-load-ended', error: describeProblem(problem) });
    } finally {
      endBootCalls();
    }
  };

  return {
    refreshArticles,
    openArticle,
    openFile,
    openFiles,
    takePendingFiles,
    showWhereLeftOff,

    /** Shows the library and where the analyst left off, then the files the host was asked to open. */
    async start() {
      await showWhereLeftOff();
      await takePendingFiles();
    },

    async deleteArticle(articleId: string) {
      try {
        await api.deleteArticle({ articleId });
        const list = await api.listArticles({});
        dispatch({ kind: 'library-listed', articles: list });
        if (openArticleId() !== articleId) return;
        dispatch({ kind: 'article-closed' });
        const next = list[0];
        if (next !== undefined) await openArticle(next.id);
      } catch (problem) {
        dispatch({ kind: 'error-shown', message: failureText('delete-article', problem) });
      }
    },

    async exportClaims(request: ApiInput<'exportClaims'>) {
      try {
        return await api.exportClaims(request);
      } catch (problem) {
        dispatch({ kind: 'error-shown', message: failureText('export', problem) });
        return null;
      }
    },

    /** What importing the file would do, with the analyst's choices so far; null (and the reason shown) when it cannot be read. */
    async previewImport(file: ArticleFile, choices: ImportChoices): Promise<ImportSummary | null> {
      try {
        // The open article receives annotations that name none (recogito-js writes no source).
        return await api.importClaims({ file, articleId: openArticleId(), preview: true, ...choices });
      } catch (problem) {
        dispatch({ kind: 'error-shown', message: failureText('import', problem) });
        return null;
      }
    },

    /** Imports the file as previewed; the first article it wrote to is shown. Null when nothing was imported. */
    async importClaims(file: ArticleFile, choices: ImportChoices): Promise<ImportSummary | null> {
      try {
        const summary = await api.importClaims({ file, articleId: openArticleId(), ...choices });
        dispatch({ kind: 'claims-imported', fileName: file.fileName, summary });
        await refreshArticles();
        if (summary.firstArticleId !== null) await openArticle(summary.firstArticleId);
        return summary;
      } catch (problem) {
        dispatch({ kind: 'error-shown', message: failureText('import', problem) });
        return null;
      }
    },

    /** Takes back (or makes again) an import of this session; the open article is shown as it now is. */
    async travelImport(direction: 'undo' | 'redo', importId: string): Promise<boolean> {
      try {
        const outcome = direction === 'undo' ? await api.undoImport({ importId }) : await api.redoImport({ importId });
        const list = await api.listArticles({});
        dispatch({ kind: 'library-listed', articles: list });
        const shown = openArticleId();
        if (shown !== null && list.some((entry) => entry.id === shown)) {
          dispatch({ kind: 'kept-article', article: await api.getArticle({ articleId: shown }) });
        } else if (shown !== null) {
          dispatch({ kind: 'article-closed' });
          const next = list[0];
          if (next !== undefined) await openArticle(next.id);
        }
        if (outcome.kept > 0) {
          dispatch({
            kind: 'error-shown',
            message: `${outcome.kept} ${outcome.kept === 1 ? 'claim' : 'claims'} changed after the import ${outcome.kept === 1 ? 'was' : 'were'} left as you left ${outcome.kept === 1 ? 'it' : 'them'}.`,
          });
        }
        return true;
      } catch (problem) {
        dispatch({ kind: 'error-shown', message: failureText(direction === 'undo' ? 'undo-import' : 'redo-import', problem) });
        return false;
      }
    },

    /** Fetches the open article as the host keeps it, after a save it could not write. */
    async showKeptArticle() {
      const articleId = openArticleId();
      if (articleId === null) return;
      try {
        dispatch({ kind: 'kept-article', article: await api.getArticle({ articleId }) });
      } catch {
        // The next look at the save status tells the analyst what matters.
      }
    },

    /**
     * Asks the host which articles still have unsaved changes, and shows what it did to the
     * library's files since it was last asked; a failed ask counts as asked.
     */
    async checkSaveStatus() {
      let unsavedArticleIds: string[] | null = null;
      try {
        const status = await api.getSaveStatus({});
        unsavedArticleIds = status.unsaved.map((entry) => entry.articleId);
        libraryStateAnswered(status.library);
        if (status.notices.length > 0) dispatch({ kind: 'error-shown', message: status.notices.join(' ') });
      } catch {
        // Asked again after the next interval.
      }
      dispatch({ kind: 'host-save-status', unsavedArticleIds, openArticleId: openArticleId(), at: Date.now() });
    },
  };
}
