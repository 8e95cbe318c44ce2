import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, buildCsvExport } from '../../../../shared/export/csv-export';
import { EXPORTED_AT, LIBRARY, MAIN_ARTICLE, claimOf, uuid } from './exchange-fixture';

const EXPECTED = readFileSync(new URL('../../../fixtures/exchange/library.expected.csv', import.meta.url), 'utf8');

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

const csv = buildCsvExport({ articles: LIBRARY });
const rows = parse(csv);

describe('buildCsvExport', () => {
  it('starts with the header row', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(CSV_COLUMNS).toEqual([
      'Article title', 'Article source', 'Claim ID', 'Imported from', 'Origin ID', 'Quote', 'Status', 'Checked', 'Needs review', 'Quote as reviewed', 'Note', 'Tags', 'Claimant',
      'Claimant type', 'Claim as reviewed', 'Evidence URLs', 'Evidence count', 'Created', 'Modified', 'Anchor', 'Start (UTF-16)', 'End (UTF-16)',
      'Start (code points)', 'End (code points)',
    ]);
  });

  it('writes tests/fixtures/exchange/library.expected.csv: one row per claim, article by article, in reading order', () => {
    expect(csv).toBe(EXPECTED);
    expect(rows).toHaveLength(1 + 9);
  });

  it('keeps quotes, commas, line breaks, emoji and right-to-left text in their cells', () => {
    const texts = rows.flat();
    expect(texts).toContain('Comma, "quotes", and\nnewline.');
    expect(texts).toContain('ملاحظة: غير مؤكد 🇺🇦');
    expect(texts).toContain('البطالة انخفضت');
    expect(texts).toContain('Minister: “Unemployment fell to 3.9%” — a check');
    expect(texts).toContain('https://www.ons.gov.uk/employment/may-2025\nhttps://example.org/blog?id=7&lang=en');
  });

  it('quotes every field and ends every record, the last one too, with CRLF', () => {
    expect(csv.startsWith('\ufeff"Article title","Article source",')).toBe(true);
    expect(csv.endsWith('"\r\n')).toBe(true);
    // Outside quoted fields, every line break is CRLF; inside cells, a note's own "\n" stays.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.replace(/,/g, '')).toBe(`\ufeff${'\r\n'.repeat(rows.length)}`);
  });

  it('starts with a byte order mark, so that Excel reads it as UTF-8, unless told not to', () => {
    expect(csv.startsWith('\ufeff"')).toBe(true);
    const withoutBom = buildCsvExport({ articles: LIBRARY, byteOrderMark: false });
    expect(`\ufeff${withoutBom}`).toBe(csv);
  });

  it('gives offsets in UTF-16 units and in code points, which differ after an emoji, and none for an orphan', () => {
    const columns = (id: string) => {
      const row = rows.find((cells) => cells[2] === id) ?? [];
      return row.slice(-5);
    };
    // After the article's emoji, code points run 3 behind UTF-16 units.
    expect(columns(uuid(5))).toEqual(['anchored', '252', '274', '249', '271']);
    expect(columns(uuid(1))).toEqual(['anchored', '67', '99', '67', '99']);
    // An orphan has lost its place: no stale offsets that would slice other words.
    const orphan = rows.find((cells) => cells[cells.length - 5] === 'orphaned') ?? [];
    expect(orphan.slice(-4)).toEqual(['', '', '', '']);
  });

  it('writes only the header for no claims', () => {
    expect(parse(buildCsvExport({ articles: [] }))).toEqual([[...CSV_COLUMNS]]);
  });

  describe('against formula injection', () => {
    const cases: { note: string; written: string }[] = [
      { note: '=1+1', written: "'=1+1" },
      { note: '=HYPERLINK("https://evil.example","x")', written: `'=HYPERLINK("https://evil.example","x")` },
      { note: '+1 555 0100', written: "'+1 555 0100" },
      { note: '-2+3', written: "'-2+3" },
      { note: '@SUM(A1:A9)', written: "'@SUM(A1:A9)" },
      { note: '\t=1+1', written: "'\t=1+1" },
      { note: '\r=1+1', written: "'\r=1+1" },
      { note: '＝1+1', written: "'＝1+1" },
      { note: 'a=1+1', written: 'a=1+1' },
      { note: ' =1+1', written: ' =1+1' },
      { note: 'plain text', written: 'plain text' },
    ];

    it.each(cases)('writes a note $note as $written', ({ note, written }) => {
      const claim = claimOf(MAIN_ARTICLE, uuid(60), 'Critics say', { note, claimant: note, created: EXPORTED_AT });
      const [, row] = parse(buildCsvExport({ articles: [{ article: MAIN_ARTICLE, claims: [claim] }] }));
      expect(row?.[CSV_COLUMNS.indexOf('Note')]).toBe(written);
      expect(row?.[CSV_COLUMNS.indexOf('Claimant')]).toBe(written);
    });

    it('also protects titles, quotes and sources', () => {
      const article = { ...MAIN_ARTICLE, title: '=cmd|"/c calc"!A1', source: '@source' };
      const claim = claimOf(article, uuid(61), 'Critics say', { created: EXPORTED_AT });
      const [, row] = parse(buildCsvExport({ articles: [{ article, claims: [claim] }] }));
      expect(row?.slice(0, 2)).toEqual([`'=cmd|"/c calc"!A1`, "'@source"]);
    });
  });
});
