// The service's exchange with other tools: building an export file of the library's claims,
// and importing claims from a ClaimMark or W3C Web Annotation file, all of it or nothing.

import { ApiError, type ApiInput, type ImportSummaryOutput } from '../shared/api';
import { anchorByPosition } from '../shared/anchoring/selectors';
import type { ArticleClaims } from '../shared/export/article-claims';
import { buildExportFile, ExportRequestError, type ExportFile, type ExportRequest } from '../shared/export/export-file';
import { ImportError, parseImport } from '../shared/import/parse-import';
import { planImport, type ImportPlan } from '../shared/import/plan-import';
import { articleFromExport } from './article-loading/exported-article';
import type { LibraryStore } from './library/library-store';
import { articleFileBytes } from './article-file-bytes';
import type { ServiceOptions } from './service-options';

/** Every article the request names, with its claims; an unreadable one is an error, never left out silently. */
async function articlesFor(store: LibraryStore, request: ExportRequest): Promise<ArticleClaims[]> {
  const ids = request.scope.kind === 'article' ? [request.scope.articleId] : store.entries().map((entry) => entry.id);
  return Promise.all(
    ids.map(async (id) => {
      const { article, claims } = await store.readArticle(id);
      // Orphans keep the selectors they had; every anchored claim must hold its quote.
      const anchored = claims.filter((claim) => claim.anchor.state === 'anchored');
      if (anchored.some((claim) => anchorByPosition(article.text, claim.selectors) === null)) {
        throw new ApiError('storage', `Some claims of “${article.title}” no longer match its text; the export was not written.`);
      }
      return { article, claims: [...claims] };
    }),
  );
}

/**
 * The file an export request makes: its proposed name, its MIME type, and its text in pieces
 * for writeExportFile. Every check is made here, before the host asks where to save it.
 */
export async function exportFile({ store, now, newId }: ServiceOptions, request: ExportRequest): Promise<ExportFile> {
  const articles = await articlesFor(store, request);
  try {
    return buildExportFile(request, articles, now().toISOString(), `urn:uuid:${newId()}`);
  } catch (error) {
    if (error instanceof ExportRequestError) throw new ApiError('invalid-input', error.message);
    throw error;
  }
}

/**
 * Imports claims from a ClaimMark or W3C Web Annotation file. Everything is checked and
 * placed before anything is written; if a write fails, what was written is undone.
 */
export async function importClaims(options: ServiceOptions, input: ApiInput<'importClaims'>): Promise<ImportSummaryOutput> {
  const { store } = options;
  const plan = await planFor(options, input.file.fileName, articleFileBytes(input.file));
  const undo: (() => Promise<unknown>)[] = [];
  try {
    for (const { article, claims } of plan.newArticles) {
      await store.addArticle(article, { isSample: false });
      undo.push(() => store.deleteArticle(article.id));
      await store.updateClaims(article.id, (current) => void current.splice(0, current.length, ...claims), 'rollback');
    }
    for (const { articleId, claims } of plan.updates) {
      const before = await store.updateClaims(articleId, (current) => current.splice(0, current.length, ...claims), 'rollback');
      undo.push(() => store.updateClaims(articleId, (current) => void current.splice(0, current.length, ...before), 'rollback'));
    }
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    throw error;
  }
  const firstArticleId = plan.newArticles[0]?.article.id ?? plan.updates[0]?.articleId ?? null;
  // Which article shows next is not worth failing an import that is saved.
  if (firstArticleId !== null) await store.setLastArticle(firstArticleId).catch(() => undefined);
  return { ...plan.summary, firstArticleId };
}

/** What importing the file `what` would do to the library; a file that cannot be read is refused with why. */
async function planFor({ store, now, newId }: ServiceOptions, what: string, bytes: Uint8Array): Promise<ImportPlan> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const bundle = parseImport(text);
    const library = await Promise.all(store.entries().map((entry) => store.readArticle(entry.id)));
    const time = now().toISOString();
    return planImport(bundle, library, { now: time, newId, makeArticle: (ref) => articleFromExport(ref, newId(), time) });
  } catch (error) {
    if (error instanceof ImportError) throw new ApiError('invalid-input', `${what}: ${error.message}`);
    if (error instanceof TypeError) throw new ApiError('invalid-input', `${what}: the file is not UTF-8 text.`);
    throw error;
  }
}
