import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ArticleClaims } from '../../../../shared/export/article-claims';
import { buildClaimReviews } from '../../../../shared/export/claim-review';
import { buildExportFile, ExportRequestError, type ExportFile, type ExportRequest } from '../../../../shared/export/export-file';
import { buildNativeExport } from '../../../../shared/export/native-export';
import { serializeJson } from '../../../../shared/export/serialize-json';
import { buildWebAnnotations } from '../../../../shared/export/web-annotation';
import { EXPORTED_AT, LIBRARY, MAIN_ARTICLE, MAIN_ONLY, claimOf, uuid } from './exchange-fixture';

const COLLECTION_ID = `urn:uuid:${uuid(9999)}`;
const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/exchange/${name}`, import.meta.url), 'utf8');
const text = (file: ExportFile) => [...file.chunks].join('');
const library = (format: ExportRequest['format'], articles: readonly ArticleClaims[] = LIBRARY, publisher?: ExportRequest['publisher']) =>
  buildExportFile({ scope: { kind: 'library' }, format, ...(publisher === undefined ? {} : { publisher }) }, articles, EXPORTED_AT, COLLECTION_ID);

const QUOTES = ['unemployment fell', 'the lowest rate', 'new jobs were created', 'the budget grew', 'wages have not kept up'];
/** 250 claims on the main article: more than one batch of every exporter. */
const MANY: readonly ArticleClaims[] = [
  {
    article: MAIN_ARTICLE,
    claims: Array.from({ length: 250 }, (_, index) =>
      claimOf(MAIN_ARTICLE, uuid(5000 + index), QUOTES[index % QUOTES.length] ?? '', {
        status: index % 3 === 0 ? 'verified' : 'unverified',
        note: index % 4 === 0 ? `Note ${index}\nsecond line` : '',
        created: '2025-06-01T10:00:00.000Z',
      }),
    ),
  },
];

describe('buildExportFile', () => {
  it('names the analyst given in the request as each W3C annotation’s creator, and ClaimMark as the generator', () => {
    const request: ExportRequest = { scope: { kind: 'library' }, format: 'web-annotation-array', annotator: { name: 'Ana Pereira' } };
    const [first] = JSON.parse(text(buildExportFile(request, LIBRARY, EXPORTED_AT, COLLECTION_ID))) as { creator?: unknown; generator?: unknown }[];
    expect(first?.creator).toEqual({ type: 'Person', name: 'Ana Pereira' });
    expect(first?.generator).toEqual({ type: 'Software', name: 'ClaimMark' });
    const [anonymous] = JSON.parse(text(library('web-annotation-array'))) as { creator?: unknown }[];
    expect(anonymous?.creator).toBeUndefined();
  });

  it.each([
    { format: 'native' as const, expected: 'library.expected.claims.json' },
    { format: 'web-annotation-collection' as const, expected: 'library.expected.annotations.jsonld' },
    { format: 'csv' as const, expected: 'library.expected.csv' },
  ])('writes $format in pieces that join to tests/fixtures/exchange/$expected', ({ format, expected }) => {
    expect(text(library(format))).toBe(fixture(expected));
  });

  it('writes the Markdown report in pieces that join to tests/fixtures/exchange/report.expected.md', () => {
    const file = buildExportFile({ scope: { kind: 'article', articleId: MAIN_ARTICLE.id }, format: 'markdown' }, MAIN_ONLY, EXPORTED_AT, COLLECTION_ID);
    expect(text(file)).toBe(fixture('report.expected.md'));
    expect(file).toMatchObject({ fileName: 'minister-unemployment-fell-to-3-9-a-check.report.md', mimeType: 'text/markdown;charset=utf-8' });
  });

  it('writes the formats without a fixture as their builders’ objects pretty-printed', () => {
    const publisher = { name: 'Desk', reviewPageUrl: 'https://checks.example.org/page' };
    expect(text(library('web-annotation-array'))).toBe(serializeJson(buildWebAnnotations({ articles: LIBRARY, exportedAt: EXPORTED_AT, shape: 'array' })));
    expect(text(library('claim-review', LIBRARY, publisher))).toBe(
      serializeJson(buildClaimReviews({ articles: LIBRARY, exportedAt: EXPORTED_AT, author: { name: 'Desk' }, reviewPageUrl: publisher.reviewPageUrl })),
    );
  });

  it('writes a large library in many pieces, the same text as the whole document', () => {
    const file = library('native', MANY);
    const pieces = [...file.chunks];
    expect(pieces.length).toBeGreaterThan(250 / 16);
    expect(pieces.join('')).toBe(serializeJson(buildNativeExport({ articles: MANY, exportedAt: EXPORTED_AT })));
    // Read twice, the pieces are made again and are the same.
    expect(text(file)).toBe(pieces.join(''));
  });

  it('writes a large CSV in pieces with one CRLF between records and one at the end', () => {
    const pieces = [...library('csv', MANY).chunks];
    const csv = pieces.join('');
    expect(pieces.length).toBeGreaterThan(2);
    expect(csv).not.toContain('\r\n\r\n');
    expect(csv.endsWith('"\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1 + 250);
    // Last in reading order: the latest quote in the text, and of its claims the highest id.
    expect(rows[250]?.[2]).toBe('00000000-0000-4000-8000-000000005249');
  });

  it('writes only the header row and one CRLF after it when there are no claims', () => {
    expect(text(library('csv', []))).toBe(`${fixture('library.expected.csv').split('\r\n')[0]}\r\n\r\n`);
  });

  it('numbers the claims of a large Markdown report across its pieces', () => {
    const report = text(library('markdown', MANY));
    expect(report.match(/^### Claim \d+:/gm)).toHaveLength(250);
    expect(report).toContain('### Claim 250: Verified');
    expect(report).not.toContain('\n\n\n');
  });

  it.each([
    { name: 'ClaimReview without a publisher', make: () => library('claim-review'), error: ExportRequestError },
    { name: 'ClaimReview with a review page that is not http(s)', make: () => library('claim-review', LIBRARY, { name: 'Desk', reviewPageUrl: 'mailto:desk@example.org' }), error: Error },
  ])('refuses $name when asked, before any piece is read', ({ make, error }) => {
    expect(make).toThrow(error);
  });
});
