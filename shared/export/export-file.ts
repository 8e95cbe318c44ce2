// One export request turned into one file: which format, for one article or the whole
// library, with the name the save dialog proposes, the MIME type a download needs, and the
// text in pieces that the host writes one after another (never the whole file as one string).

import type { ArticleClaims } from './article-claims';
import { claimReviewRemarks, claimReviewsJson } from './claim-review';
import { csvExportChunks, CSV_MIME_TYPE } from './csv-export';
import { exportFileName } from './export-document';
import { hypothesisExportJson, HYPOTHESIS_MIME_TYPE } from './hypothesis-export';
import { jsonChunks, type Streamable } from './json-chunks';
import { markdownReportChunks, MARKDOWN_MIME_TYPE } from './markdown-report';
import { nativeExportJson, NATIVE_EXPORT_MIME_TYPE } from './native-export';
import { webAnnotationsJson, type WebAnnotationAgent } from './web-annotation';
import { ANNOTATION_MIME_TYPE } from '../exchange/web-annotation-terms';
import type { ExportFormat, ExportRequest } from './export-request';

export { EXPORT_FORMATS, EXPORT_FORMAT_LABELS, exportRequestSchema, type ExportFormat, type ExportRequest } from './export-request';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** The file's text in pieces, made as they are read; it can be read more than once. */
  chunks: Iterable<string>;
  /** What the file leaves out on purpose, said to the analyst once it is written. */
  remarks: string[];
}

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  native: '.claims.json',
  'web-annotation-collection': '.annotations.jsonld',
  'web-annotation-array': '.annotations.jsonld',
  hypothesis: '.hypothesis.json',
  'claim-review': '.claimreview.jsonld',
  csv: '.claims.csv',
  markdown: '.report.md',
};

/** "putin-open-to….claims.json" for one article, "claimmark-library-2026-11-27.claims.json" for all. */
export function exportFileNameFor(request: ExportRequest, articles: readonly ArticleClaims[], exportedAt: string): string {
  const base =
    request.scope.kind === 'article' && articles[0] !== undefined
      ? exportFileName(articles[0].article.title).replace(/\.claims\.json$/, '')
      : `claimmark-library-${exportedAt.slice(0, 10)}`;
  return `${base}${EXTENSIONS[request.format]}`;
}

export class ExportRequestError extends Error {}

/**
 * The export file a request makes. A request that cannot be met (a bad publisher address,
 * say) throws here, before any piece is made; the pieces are then made as they are read.
 */
export function buildExportFile(request: ExportRequest, articles: readonly ArticleClaims[], exportedAt: string, collectionId: string): ExportFile {
  const fileName = exportFileNameFor(request, articles, exportedAt);
  switch (request.format) {
    case 'native':
      return exportOf(fileName, NATIVE_EXPORT_MIME_TYPE, jsonPieces(nativeExportJson({ articles, exportedAt })));
    case 'web-annotation-collection':
      return exportOf(fileName, ANNOTATION_MIME_TYPE, jsonPieces(webAnnotationsJson({ articles, exportedAt, ...creatorOf(request), shape: 'collection', collectionId })));
    case 'web-annotation-array':
      return exportOf(fileName, ANNOTATION_MIME_TYPE, jsonPieces(webAnnotationsJson({ articles, exportedAt, ...creatorOf(request), shape: 'array' })));
    case 'hypothesis':
      return exportOf(fileName, HYPOTHESIS_MIME_TYPE, jsonPieces(hypothesisExportJson({ articles, exportedAt, ...annotatorOf(request) })));
    case 'claim-review': {
      if (request.publisher === undefined) throw new ExportRequestError('ClaimReview needs the name of the organisation publishing the reviews.');
      const { name, url, reviewPageUrl } = request.publisher;
      const reviews = claimReviewsJson({
        articles,
        exportedAt,
        author: url === undefined ? { name } : { name, url },
        ...(reviewPageUrl === undefined ? {} : { reviewPageUrl }),
      });
      return exportOf(fileName, 'application/ld+json', jsonPieces(reviews), claimReviewRemarks(articles, reviewPageUrl));
    }
    case 'csv':
      return exportOf(fileName, CSV_MIME_TYPE, () => csvExportChunks({ articles }));
    case 'markdown':
      return exportOf(fileName, MARKDOWN_MIME_TYPE, () => markdownReportChunks({ articles, exportedAt }));
  }
}

function annotatorOf(request: ExportRequest): { annotator?: string } {
  return request.annotator === undefined ? {} : { annotator: request.annotator.name };
}

/** The analyst named in the request, as the annotations' creator. */
function creatorOf(request: ExportRequest): { creator?: WebAnnotationAgent } {
  return request.annotator === undefined ? {} : { creator: { type: 'Person', name: request.annotator.name } };
}

function jsonPieces<T>(value: Streamable<T>): () => Iterator<string> {
  return () => jsonChunks(value);
}

function exportOf(fileName: string, mimeType: string, pieces: () => Iterator<string>, remarks: string[] = []): ExportFile {
  return { fileName, mimeType, chunks: { [Symbol.iterator]: pieces }, remarks };
}
