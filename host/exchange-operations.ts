// The service's exchange with other tools: building an export file of the library's claims,
// and importing claims from a ClaimMark or W3C Web Annotation file (import-claims.ts).

import { ApiError } from '../shared/api';
import { anchorByPosition } from '../shared/anchoring/selectors';
import type { ArticleClaims } from '../shared/export/article-claims';
import { buildExportFile, ExportRequestError, type ExportFile, type ExportRequest } from '../shared/export/export-file';
import type { LibraryStore } from './library/library-store';
import type { ServiceOptions } from './service-options';

export { importClaims, redoSessionImport, undoSessionImport } from './import-claims';

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
