// Claims as CSV for spreadsheets: a header row, then one row per claim, articles in the
// order given and claims in reading order. RFC 4180: every field quoted, records end with
// CRLF (including the last one). Multi-valued cells (evidence URLs) put one value per line
// inside the cell.
//
// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return, or the
// full-width forms of = + - @) as a formula, so such cells get a leading apostrophe
// (OWASP's CSV-injection advice). Re-reading the file gives that apostrophe back; the
// exported text is for people and spreadsheets, not for importing again.
//
// Start and End are offsets in the article's canonical text, in UTF-16 code units.

import Papa from 'papaparse';
import { STATUS_INFO } from '../statuses';
import { inReadingOrder, type ArticleClaims } from './article-claims';

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

export const CSV_COLUMNS = [
  'Article title',
  'Article source',
  'Claim ID',
  'Quote',
  'Status',
  'Checked',
  'Note',
  'Claimant',
  'Claim as reviewed',
  'Evidence URLs',
  'Evidence count',
  'Created',
  'Modified',
  'Start',
  'End',
] as const;

/** Cells that spreadsheets would treat as formulas. */
export const FORMULA_TRIGGER = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export interface CsvExportInput {
  articles: readonly ArticleClaims[];
  /** Start with a UTF-8 byte order mark, which Excel needs to read non-ASCII text as UTF-8. */
  byteOrderMark?: boolean;
}

export function buildCsvExport({ articles, byteOrderMark = false }: CsvExportInput): string {
  const rows = articles.flatMap(({ article, claims }) =>
    inReadingOrder(claims).map((claim) => [
      article.title,
      article.source ?? '',
      claim.id,
      claim.selectors.quote.exact,
      STATUS_INFO[claim.status].label,
      STATUS_INFO[claim.status].checked ? 'yes' : 'no',
      claim.note,
      claim.claimant ?? '',
      claim.claimReviewed ?? '',
      claim.evidence.map((evidence) => evidence.url).join('\n'),
      String(claim.evidence.length),
      claim.created,
      claim.modified,
      String(claim.selectors.position.start),
      String(claim.selectors.position.end),
    ]),
  );
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { quotes: true, newline: '\r\n', escapeFormulae: FORMULA_TRIGGER },
  );
  return `${byteOrderMark ? '\ufeff' : ''}${csv}\r\n`;
}
