// Claims as CSV for spreadsheets: a header row, then one row per claim, articles in the
// order given and claims in reading order. RFC 4180: every field quoted, records end with
// CRLF (including the last one). Multi-valued cells (tags, evidence URLs) put one value per
// line inside the cell. "Claimant type" is Person, Organisation or empty when not said.
// "Imported from" and "Origin ID" name the tool an imported claim came from and its id
// there (empty for a claim made in ClaimMark).
//
// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return, or the
// full-width forms of = + - @) as a formula, so such cells get a leading apostrophe
// (OWASP's CSV-injection advice). Re-reading the file gives that apostrophe back; the
// exported text is for people and spreadsheets, not for importing again.
//
// A claim that moved onto other words says so ("Needs review": yes) and gives the words its
// status was given on ("Quote as reviewed"); Quote is always the words it holds now.
//
// "Anchor" says whether the claim holds a place in the current text ("anchored") or lost it
// ("orphaned"); an orphan's offsets are left empty, since the place it had is no longer its
// words. Offsets into the article's canonical text come twice, named by what they count:
// UTF-16 code units (JavaScript, Excel's MID) and Unicode code points (Python's str slicing).
//
// The file starts with a UTF-8 byte order mark: without it Excel reads UTF-8 as the
// system's legacy code page, so "€" and "’" come out as mojibake.

import Papa from 'papaparse';
import { isChecked } from '../claims/checked';
import { toCodePointPosition } from '../exchange/text-offsets';
import { STATUS_INFO } from '../statuses';
import { CLAIMANT_TYPE_LABELS, ORIGIN_TOOL_NAMES, type Article, type Claim } from '../model';
import { claimsInReadingOrder, type ArticleClaims } from './article-claims';

export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

export const CSV_COLUMNS = [
  'Article title',
  'Article source',
  'Claim ID',
  'Imported from',
  'Origin ID',
  'Quote',
  'Status',
  'Checked',
  'Needs review',
  'Quote as reviewed',
  'Note',
  'Tags',
  'Claimant',
  'Claimant type',
  'Claim as reviewed',
  'Evidence URLs',
  'Evidence count',
  'Created',
  'Modified',
  'Anchor',
  'Start (UTF-16)',
  'End (UTF-16)',
  'Start (code points)',
  'End (code points)',
] as const;

/** Cells that spreadsheets would treat as formulas. */
export const FORMULA_TRIGGER = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export interface CsvExportInput {
  articles: readonly ArticleClaims[];
  /** Start with a UTF-8 byte order mark, which Excel needs to read non-ASCII text as UTF-8 (the default). */
  byteOrderMark?: boolean;
}

export function buildCsvExport(input: CsvExportInput): string {
  return [...csvExportChunks(input)].join('');
}

/** Claims written per Papa.unparse call: chunks of some 40 kB, small enough for V8's young heap (see json-chunks.ts). */
const ROWS_PER_CHUNK = 100;
const UNPARSE_OPTIONS = { quotes: true, newline: '\r\n', escapeFormulae: FORMULA_TRIGGER };

/** The same text in pieces: the header, then the rows a few hundred at a time. */
export function* csvExportChunks({ articles, byteOrderMark = true }: CsvExportInput): Generator<string> {
  // The header alone comes back from Papa with its CRLF, and each batch of rows gets one; a
  // file without rows has one more, as the whole file written by one Papa call always had.
  yield `${byteOrderMark ? '\ufeff' : ''}${Papa.unparse({ fields: [...CSV_COLUMNS], data: [] }, UNPARSE_OPTIONS)}`;
  let rows: string[][] = [];
  let anyRows = false;
  for (const { article, claim } of claimsInReadingOrder(articles)) {
    rows.push(csvRow(article, claim));
    anyRows = true;
    if (rows.length === ROWS_PER_CHUNK) {
      yield `${Papa.unparse(rows, UNPARSE_OPTIONS)}\r\n`;
      rows = [];
    }
  }
  if (rows.length > 0) yield `${Papa.unparse(rows, UNPARSE_OPTIONS)}\r\n`;
  else if (!anyRows) yield '\r\n';
}

/** The claim's place as the Anchor, UTF-16 and code-point cells; empty offsets for an orphan. */
function placeCells(article: Article, claim: Claim): string[] {
  if (claim.anchor.state === 'orphaned') return ['orphaned', '', '', '', ''];
  const { position } = claim.selectors;
  const points = toCodePointPosition(article.text, position);
  return ['anchored', String(position.start), String(position.end), String(points.start), String(points.end)];
}

function csvRow(article: Article, claim: Claim): string[] {
  return [
    article.title,
    article.source ?? '',
    claim.id,
    claim.origin === undefined ? '' : ORIGIN_TOOL_NAMES[claim.origin.tool],
    claim.origin?.id ?? '',
    claim.selectors.quote.exact,
    STATUS_INFO[claim.status].label,
    isChecked(claim) ? 'yes' : 'no',
    claim.review === null ? 'no' : 'yes',
    claim.review?.quote ?? '',
    claim.note,
    claim.tags.join('\n'),
    claim.claimant ?? '',
    claim.claimantType === null ? '' : CLAIMANT_TYPE_LABELS[claim.claimantType],
    claim.claimReviewed ?? '',
    claim.evidence.map((evidence) => evidence.url).join('\n'),
    String(claim.evidence.length),
    claim.created,
    claim.modified,
    ...placeCells(article, claim),
  ];
}
