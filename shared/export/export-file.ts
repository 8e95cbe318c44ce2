// One export request turned into one file: which format, for one article or the whole
// library, with the name the save dialog proposes and the MIME type a download needs.

import type { ArticleClaims } from './article-claims';
import { buildClaimReviews } from './claim-review';
import { buildCsvExport, CSV_MIME_TYPE } from './csv-export';
import { exportFileName } from './export-document';
import { buildMarkdownReport, MARKDOWN_MIME_TYPE } from './markdown-report';
import { buildNativeExport, NATIVE_EXPORT_MIME_TYPE } from './native-export';
import { serializeJson } from './serialize-json';
import { buildWebAnnotations } from './web-annotation';
import { ANNOTATION_MIME_TYPE } from '../exchange/web-annotation-terms';
import type { ExportFormat, ExportRequest } from './export-request';

export { EXPORT_FORMATS, EXPORT_FORMAT_LABELS, exportRequestSchema, type ExportFormat, type ExportRequest } from './export-request';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  native: '.claims.json',
  'web-annotation-collection': '.annotations.jsonld',
  'web-annotation-array': '.annotations.jsonld',
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

export function buildExportFile(request: ExportRequest, articles: readonly ArticleClaims[], exportedAt: string, collectionId: string): ExportFile {
  const fileName = exportFileNameFor(request, articles, exportedAt);
  switch (request.format) {
    case 'native':
      return { fileName, mimeType: NATIVE_EXPORT_MIME_TYPE, content: serializeJson(buildNativeExport({ articles, exportedAt })) };
    case 'web-annotation-collection':
      return {
        fileName,
        mimeType: ANNOTATION_MIME_TYPE,
        content: serializeJson(buildWebAnnotations({ articles, exportedAt, shape: 'collection', collectionId })),
      };
    case 'web-annotation-array':
      return { fileName, mimeType: ANNOTATION_MIME_TYPE, content: serializeJson(buildWebAnnotations({ articles, exportedAt, shape: 'array' })) };
    case 'claim-review': {
      if (request.publisher === undefined) throw new ExportRequestError('ClaimReview needs the name of the organisation publishing the reviews.');
      const { name, url, reviewPageUrl } = request.publisher;
      const reviews = buildClaimReviews({
        articles,
        exportedAt,
        author: url === undefined ? { name } : { name, url },
        ...(reviewPageUrl === undefined ? {} : { reviewPageUrl }),
      });
      return { fileName, mimeType: 'application/ld+json', content: serializeJson(reviews) };
    }
    case 'csv':
      return { fileName, mimeType: CSV_MIME_TYPE, content: buildCsvExport({ articles }) };
    case 'markdown':
      return { fileName, mimeType: MARKDOWN_MIME_TYPE, content: buildMarkdownReport({ articles, exportedAt }) };
  }
}
