import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../shared/anchoring/selectors';
import { composeCanonicalText } from '../../../../shared/article/canonical-text';
import {
  EXPORT_FORMAT,
  EXPORT_MIME_TYPE,
  EXPORT_VERSION,
  buildExportDocument,
  exportFileName,
  serializeExportDocument,
} from '../../../../shared/export/export-document';
import { ANCHORED_AS_CREATED, type Article, type Claim, type ClaimStatus } from '../../../../shared/model';

const parts = {
  title: 'Putin: “final phase” — talks with Zelenskyy',
  caption: null,
  paragraphs: [
    'Putin said he would meet Zelenskyy only in the final phase of talks.',
    'قال بوتين إنه مستعد للقاء زيلينسكي. 普京表示愿意会面。 Flags 🇺🇦.',
  ],
};
const { text, blocks, links, marks } = composeCanonicalText({
  title: parts.title,
  blocks: parts.paragraphs.map((paragraph) => ({ kind: 'paragraph' as const, text: paragraph })),
});

const ARTICLE: Article = {
  id: 'article-1',
  title: parts.title,
  source: 'www.theguardian.com',
  byline: null,
  siteName: null,
  publishedTime: null,
  dir: null,
  format: 'txt',
  text,
  blocks,
  links,
  marks,
  contentHash: `sha256:${'0123456789abcdef'.repeat(4)}`,
  fileName: 'putin.txt',
  added: '2025-06-01T08:00:00.000Z',
  updated: null,
};

function claimOf(id: string, quote: string, status: ClaimStatus, note: string, created: string, modified = created): Claim {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the test article`);
  return {
    id,
    articleId: ARTICLE.id,
    selectors: describeRange(text, { start, end: start + quote.length }),
    status,
    note,
    anchor: ANCHORED_AS_CREATED,
    evidence: [],
    history: [],
    claimant: null,
    claimantType: null,
    claimReviewed: null,
    review: null,
    tags: [],
    created,
    modified,
  };
}

// Given out of text order on purpose.
const ARABIC_CLAIM = claimOf('c-arabic', 'مستعد للقاء زيلينسكي', 'verified', 'ملاحظة: مؤكد 🇺🇦', '2025-06-01T09:00:00.000Z', '2025-06-02T10:00:00.000Z');
const LATE_CLAIM = claimOf('c-final', 'final phase of talks', 'unverified', '', '2025-06-01T09:05:00.000Z');
const EARLY_CLAIM = claimOf('c-putin', 'Putin said he would meet', 'verified', 'Checked against the transcript.', '2025-06-01T09:10:00.000Z');
const CLAIMS = [ARABIC_CLAIM, LATE_CLAIM, EARLY_CLAIM];
const EXPORTED_AT = '2025-06-03T12:00:00.000Z';

describe('buildExportDocument', () => {
  const document = buildExportDocument(ARTICLE, CLAIMS, EXPORTED_AT);

  it('writes the keys of every level in a fixed order', () => {
    expect(Object.keys(document)).toEqual(['format', 'version', 'exportedAt', 'offsetUnit', 'article', 'claims']);
    expect(Object.keys(document.article)).toEqual(['id', 'title', 'source', 'fileName', 'contentHash', 'text']);
    for (const claim of document.claims) {
      expect(Object.keys(claim)).toEqual(['id', 'quote', 'status', 'note', 'selectors', 'created', 'modified']);
      expect(claim.selectors.map((selector) => Object.keys(selector))).toEqual([
        ['type', 'start', 'end'],
        ['type', 'exact', 'prefix', 'suffix'],
      ]);
    }
  });

  it('names its format, version, offset unit and export time', () => {
    expect(EXPORT_FORMAT).toBe('claimmark-export');
    expect(EXPORT_VERSION).toBe(1);
    expect(EXPORT_MIME_TYPE).toBe('application/json');
    expect(document).toMatchObject({
      format: 'claimmark-export',
      version: 1,
      exportedAt: EXPORTED_AT,
      offsetUnit: 'utf-16-code-unit',
    });
  });

  it('carries the article it was made from', () => {
    expect(document.article).toEqual({
      id: ARTICLE.id,
      title: ARTICLE.title,
      source: ARTICLE.source,
      fileName: ARTICLE.fileName,
      contentHash: ARTICLE.contentHash,
      text: ARTICLE.text,
    });
  });

  it('lists the claims in text order with quote, status, note, both selectors and times', () => {
    expect(document.claims.map((claim) => claim.id)).toEqual(['c-putin', 'c-final', 'c-arabic']);
    expect(document.claims[2]).toEqual({
      id: 'c-arabic',
      quote: 'مستعد للقاء زيلينسكي',
      status: 'verified',
      note: 'ملاحظة: مؤكد 🇺🇦',
      selectors: [ARABIC_CLAIM.selectors.position, ARABIC_CLAIM.selectors.quote],
      created: '2025-06-01T09:00:00.000Z',
      modified: '2025-06-02T10:00:00.000Z',
    });
    for (const claim of document.claims) {
      const [position, quote] = claim.selectors;
      expect(text.slice(position.start, position.end)).toBe(claim.quote);
      expect(quote.exact).toBe(claim.quote);
    }
  });

  it('orders claims at the same place by end, then by creation time, then by id', () => {
    const shorter = claimOf('z-short', 'Putin said', 'unverified', '', '2025-06-01T09:30:00.000Z');
    const laterTwin = claimOf('a-late-twin', 'Putin said he', 'unverified', '', '2025-06-01T09:20:00.000Z');
    const earlierTwin = claimOf('b-early-twin', 'Putin said he', 'unverified', '', '2025-06-01T09:15:00.000Z');
    const sameTimeTwin = claimOf('a-same-time', 'Putin said he', 'unverified', '', '2025-06-01T09:15:00.000Z');
    const ordered = buildExportDocument(ARTICLE, [laterTwin, shorter, earlierTwin, sameTimeTwin], EXPORTED_AT).claims;
    expect(ordered.map((claim) => claim.id)).toEqual(['z-short', 'a-same-time', 'b-early-twin', 'a-late-twin']);
  });

  it('does not reorder the caller’s list', () => {
    const claims = [...CLAIMS];
    buildExportDocument(ARTICLE, claims, EXPORTED_AT);
    expect(claims).toEqual(CLAIMS);
  });

  it('exports an article without claims as an empty list', () => {
    expect(buildExportDocument(ARTICLE, [], EXPORTED_AT).claims).toEqual([]);
  });
});

describe('serializeExportDocument', () => {
  const document = buildExportDocument(ARTICLE, CLAIMS, EXPORTED_AT);
  const json = serializeExportDocument(document);

  it('is JSON that reads back as the same document', () => {
    expect(JSON.parse(json)).toEqual(document);
  });

  it('is pretty-printed with two spaces and ends with one newline', () => {
    const lines = json.split('\n');
    expect(lines[0]).toBe('{');
    expect(lines[1]).toBe('  "format": "claimmark-export",');
    expect(lines[2]).toBe('  "version": 1,');
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.endsWith('\n\n')).toBe(false);
    expect(json).toContain('\n    "id": "article-1",');
  });

  it('keeps non-ASCII text as is rather than escaping it', () => {
    expect(json).toContain('"quote": "مستعد للقاء زيلينسكي"');
    expect(json).toContain('普京表示愿意会面。');
    expect(json).toContain('🇺🇦');
    expect(json).toContain('“final phase” — talks');
    expect(json).not.toMatch(/\\u[0-9a-f]{4}/i);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(json))).toBe(json);
  });

  it('gives the same bytes for the same work given in another order', () => {
    const again = serializeExportDocument(buildExportDocument(ARTICLE, [...CLAIMS].reverse(), EXPORTED_AT));
    expect(again).toBe(json);
  });
});

describe('exportFileName', () => {
  const cases: { title: string; fileName: string }[] = [
    { title: 'Putin Open to Negotiations with Ukraine', fileName: 'putin-open-to-negotiations-with-ukraine.claims.json' },
    { title: 'Café déjà vu: Zürich’s Ångström façade', fileName: 'cafe-deja-vu-zurich-s-angstrom-facade.claims.json' },
    { title: 'Łódź, Kraków & Gdańsk', fileName: 'łodz-krakow-gdansk.claims.json' },
    { title: '  --“Breaking”: 3 killed!!--  ', fileName: 'breaking-3-killed.claims.json' },
    { title: 'path/../to\\evil:name*?.txt', fileName: 'path-to-evil-name-txt.claims.json' },
    { title: 'Ｆｕｌｌｗｉｄｔｈ ＮＥＷＳ ①', fileName: 'fullwidth-news-1.claims.json' },
    { title: 'بوتين منفتح على المفاوضات', fileName: 'بوتين-منفتح-على-المفاوضات.claims.json' },
    { title: 'פוטין פתוח למשא ומתן', fileName: 'פוטין-פתוח-למשא-ומתן.claims.json' },
    { title: '普京愿意与乌克兰谈判', fileName: '普京愿意与乌克兰谈判.claims.json' },
    { title: '', fileName: 'article.claims.json' },
    { title: '   ', fileName: 'article.claims.json' },
    { title: '!!! ??? ...', fileName: 'article.claims.json' },
    { title: '😀🎉', fileName: 'article.claims.json' },
    { title: 'a'.repeat(200), fileName: `${'a'.repeat(80)}.claims.json` },
    // The cut lands on a dash, which is dropped: 15 words and a word without its dash.
    { title: 'Word '.repeat(30), fileName: `${'word-'.repeat(15)}word.claims.json` },
  ];

  it.each(cases)('"$title" -> $fileName', ({ title, fileName }) => {
    expect(exportFileName(title)).toBe(fileName);
  });

  it('never makes a slug longer than 80 characters', () => {
    for (const title of ['x'.repeat(81), 'Ab '.repeat(100), `${'é'.repeat(100)}`, '普'.repeat(100)]) {
      const slug = exportFileName(title).replace(/\.claims\.json$/, '');
      expect(slug.length).toBeLessThanOrEqual(80);
      expect(slug.length).toBeGreaterThan(70);
    }
  });

  it('makes file names that fit the 255-byte limit of common file systems', () => {
    for (const title of ['普'.repeat(300), 'ש'.repeat(300), `a${'𠮷'.repeat(200)}`, 'Ünïcödé '.repeat(60)]) {
      expect(new TextEncoder().encode(exportFileName(title)).byteLength).toBeLessThanOrEqual(255);
    }
  });

  // The 80-unit cut must fall between code points: a letter outside the BMP (here U+20BB7,
  // a common variant in Japanese names) cut in half would leave an unpaired surrogate.
  it('never cuts a letter outside the BMP in half at the length limit', () => {
    const fileName = exportFileName(`a${'𠮷'.repeat(45)}`);
    expect(/\p{Cs}/u.test(fileName)).toBe(false);
    expect(fileName).toBe(`a${'𠮷'.repeat(39)}.claims.json`);
  });

  // Stripping marks means "drop the accent" only in Latin script: Japanese voicing marks and
  // Devanagari vowel signs are parts of letters, and Hangul must come out composed again.
  const nonLatin: { name: string; title: string; fileName: string }[] = [
    { name: 'Japanese voiced kana', title: 'デジタル ニュース', fileName: 'デジタル-ニュース.claims.json' },
    { name: 'Hindi vowel signs', title: 'हिंदी समाचार', fileName: 'हिंदी-समाचार.claims.json' },
    { name: 'Korean syllables', title: '한국 뉴스', fileName: '한국-뉴스.claims.json' },
  ];

  it.each(nonLatin)('keeps the letters of $name', ({ title, fileName }) => {
    expect(exportFileName(title)).toBe(fileName);
  });
});
