// Every export of a claim that moved onto other words: it says so and keeps both quotes, and
// ClaimReview publishes it only once the analyst has kept or changed its status.

import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { composeCanonicalText } from '../../../../shared/article/canonical-text';
import { settleReview } from '../../../../shared/claims/review-edits';
import { buildClaimReviews, claimsLeftForReview } from '../../../../shared/export/claim-review';
import { buildCsvExport } from '../../../../shared/export/csv-export';
import { buildExportFile } from '../../../../shared/export/export-file';
import { buildMarkdownReport } from '../../../../shared/export/markdown-report';
import { buildNativeExport } from '../../../../shared/export/native-export';
import { serializeJson } from '../../../../shared/export/serialize-json';
import { buildWebAnnotations } from '../../../../shared/export/web-annotation';
import { parseImport } from '../../../../shared/import/parse-import';
import type { Article, Claim } from '../../../../shared/model';
import { nativeSchemaProblems } from '../../../support/native-export-schema';
import { checkWebAnnotation } from '../../../support/web-annotation-conformance';
import { claimOf } from '../../support/claim-builder';

const EXPORTED_AT = '2026-03-03T12:00:00.000Z';
const { text, blocks, links, marks } = composeCanonicalText({
  title: 'Strike on the city',
  blocks: [{ kind: 'paragraph', text: 'Officials cited reports indicating 23 fatalities after the strike.' }],
});
const ARTICLE: Article = {
  id: 'article-strike', title: 'Strike on the city', source: 'https://news.example.com/strike', byline: null, siteName: null,
  publishedTime: null, dir: null, format: 'txt', text, blocks, links, marks,
  contentHash: `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`,
  fileName: 'strike.txt', added: '2026-03-01T08:00:00.000Z', updated: '2026-03-02T10:00:00.000Z',
};
const MOVED = claimOf(ARTICLE, '00000000-0000-4000-8000-000000000028', 'reports indicating 23 fatalities', {
  status: 'false',
  note: '23 dead, not 28',
  anchor: { state: 'anchored', method: 'fuzzy', score: 0.99, candidate: null },
  history: [{ from: 'unverified', to: 'false', at: '2026-03-01T09:05:00.000Z' }],
  review: { quote: 'reports indicating 28 fatalities', since: '2026-03-02T10:00:00.000Z' },
  created: '2026-03-01T09:00:00.000Z',
  modified: '2026-03-02T10:00:00.000Z',
});
const KEPT: Claim = settleReview(MOVED, 'false', { now: '2026-03-03T09:00:00.000Z' });
const articles = (claim: Claim) => [{ article: ARTICLE, claims: [claim] }];
const AUTHOR = { name: 'Example Fact Checks' };

describe('exports of a claim that needs review', () => {
  it('native: not checked, flagged, with the words reviewed and those it holds now; valid and read back', () => {
    const native = buildNativeExport({ articles: articles(MOVED), exportedAt: EXPORTED_AT });
    expect(native.articles[0]?.claims[0]).toMatchObject({
      quote: 'reports indicating 23 fatalities',
      status: 'false',
      checked: false,
      needsReview: true,
      review: { quote: 'reports indicating 28 fatalities', since: '2026-03-02T10:00:00.000Z' },
    });
    expect(nativeSchemaProblems(JSON.parse(serializeJson(native)))).toEqual([]);
    expect(parseImport(serializeJson(native)).articles[0]?.claims[0]?.review).toEqual({ quote: 'reports indicating 28 fatalities', since: '2026-03-02T10:00:00.000Z' });
  });

  it('native: a kept status is checked again, its history entry with both quotes', () => {
    const claim = buildNativeExport({ articles: articles(KEPT), exportedAt: EXPORTED_AT }).articles[0]?.claims[0];
    expect(claim).toMatchObject({ checked: true, needsReview: false, review: null });
    expect(claim?.history).toEqual([
      { from: 'unverified', to: 'false', at: '2026-03-01T09:05:00.000Z' },
      { from: 'false', to: 'false', at: '2026-03-03T09:00:00.000Z', quotes: { reviewed: 'reports indicating 28 fatalities', current: 'reports indicating 23 fatalities' } },
    ]);
  });

  it('W3C: a questioning note body with both quotes and the review on the annotation; still valid, and the note reads back alone', () => {
    const [annotation] = buildWebAnnotations({ articles: articles(MOVED), exportedAt: EXPORTED_AT, shape: 'array' });
    expect(annotation?.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'questioning',
      value: 'Needs review: the status False was given on “reports indicating 28 fatalities”; the claim now reads “reports indicating 23 fatalities”.',
      format: 'text/plain',
      language: 'en',
      'urn:claimmark:needsReview': true,
    });
    expect(annotation?.['urn:claimmark:review']).toEqual({ 'schema:text': 'reports indicating 28 fatalities', 'schema:startTime': '2026-03-02T10:00:00.000Z' });
    expect(checkWebAnnotation(JSON.parse(serializeJson(annotation)))).toEqual([]);
    const [read] = parseImport(serializeJson([annotation])).articles[0]?.claims ?? [];
    expect(read).toMatchObject({ note: '23 dead, not 28', status: 'false', review: { quote: 'reports indicating 28 fatalities', since: '2026-03-02T10:00:00.000Z' } });
  });

  it('W3C: a file written before the bodies lost their ids (status and review bodies with urn:claimmark ids) still reads back the same', () => {
    const [annotation] = buildWebAnnotations({ articles: articles(MOVED), exportedAt: EXPORTED_AT, shape: 'array' });
    const older = JSON.parse(serializeJson(annotation)) as { body: Record<string, unknown>[] };
    older.body = older.body.map((body) => {
      const { 'urn:claimmark:status': status, 'urn:claimmark:needsReview': review, ...rest } = body;
      if (status !== undefined) return { id: 'urn:claimmark:status:misleading', ...rest };
      if (review !== undefined) return { id: 'urn:claimmark:needs-review', ...rest };
      return rest;
    });
    const [read] = parseImport(JSON.stringify([older])).articles[0]?.claims ?? [];
    // The id named the status then, whatever its label said.
    expect(read).toMatchObject({ note: '23 dead, not 28', status: 'misleading' });
  });

  it('CSV: Checked no, Needs review yes, and the quote as reviewed', () => {
    const [header, row] = Papa.parse<string[]>(buildCsvExport({ articles: articles(MOVED) }), { skipEmptyLines: true }).data;
    const cell = (column: string) => row?.[header?.indexOf(column) ?? -1];
    expect([cell('Quote'), cell('Status'), cell('Checked'), cell('Needs review'), cell('Quote as reviewed')]).toEqual([
      'reports indicating 23 fatalities', 'False', 'no', 'yes', 'reports indicating 28 fatalities',
    ]);
  });

  it('Markdown report: counted as not checked, with both quotes; the kept status in the history', () => {
    const report = buildMarkdownReport({ articles: articles(MOVED), exportedAt: EXPORTED_AT });
    expect(report).toContain('0 of 1 claim checked.');
    expect(report).toContain('1 claim moved onto other words and needs review: not counted as checked.');
    expect(report).toContain('### Claim 1: False (needs review)\n\n> reports indicating 23 fatalities\n\n**Needs review:** the article changed; False was given on\n\n> reports indicating 28 fatalities');
    const kept = buildMarkdownReport({ articles: articles(KEPT), exportedAt: EXPORTED_AT });
    expect(kept).toContain('1 of 1 claim checked.');
    expect(kept).toContain('- 2026-03-03 09:00 UTC: False kept on “reports indicating 23 fatalities” (reviewed on “reports indicating 28 fatalities”)');
  });

  it('ClaimReview: left out, and the export says how many; once kept, published on the words it holds', () => {
    expect(buildClaimReviews({ articles: articles(MOVED), exportedAt: EXPORTED_AT, author: AUTHOR })).toEqual([]);
    expect(claimsLeftForReview(articles(MOVED))).toBe(1);
    const file = buildExportFile({ scope: { kind: 'article', articleId: ARTICLE.id }, format: 'claim-review', publisher: AUTHOR }, articles(MOVED), EXPORTED_AT, 'urn:uuid:x');
    expect(file.remarks).toEqual(['1 claim needs review (the article changed under its verdict) and was left out.']);
    expect([...file.chunks].join('')).toBe('[]\n');

    const [published] = buildClaimReviews({ articles: articles(KEPT), exportedAt: EXPORTED_AT, author: AUTHOR });
    expect(published).toMatchObject({ claimReviewed: 'reports indicating 23 fatalities', reviewRating: { ratingValue: 1, alternateName: 'False' } });
    expect(claimsLeftForReview(articles(KEPT))).toBe(0);
  });
});
