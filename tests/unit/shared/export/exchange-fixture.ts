// A small library for the export and import tests: two articles built the way the app
// builds them (composeCanonicalText, describeRange), claims with every field set in
// different ways, fixed times and UUIDs. Claims are listed out of reading order on purpose.

import { createHash } from 'node:crypto';
import { composeCanonicalText } from '../../../../shared/article/canonical-text';
import type { ArticleClaims } from '../../../../shared/export/article-claims';
import type { Article, Claim } from '../../../../shared/model';

export const EXPORTED_AT = '2025-06-03T12:00:00.000Z';

export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function articleOf(fields: Pick<Article, 'id' | 'title' | 'source' | 'byline' | 'siteName' | 'publishedTime' | 'fileName'>, paragraphs: string[]): Article {
  const { text, blocks, links, marks } = composeCanonicalText({
    title: fields.title,
    blocks: paragraphs.map((paragraph) => ({ kind: 'paragraph' as const, text: paragraph })),
  });
  return {
    ...fields,
    dir: null,
    format: 'txt',
    text,
    blocks,
    links,
    marks,
    contentHash: `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`,
    added: '2025-06-01T08:00:00.000Z',
    updated: null,
  };
}

export const MAIN_ARTICLE = articleOf(
  {
    id: uuid(100),
    title: 'Minister: “Unemployment fell to 3.9%” — a check',
    source: 'Daily Example',
    byline: 'By Sam *Reporter*',
    siteName: 'Daily Example',
    publishedTime: '2025-06-01T07:30:00Z',
    fileName: 'minister.txt',
  },
  [
    'The minister said unemployment fell to 3.9% in May, the lowest rate since 1974.',
    'She added that 250,000 new jobs were created “mostly in manufacturing”.',
    'قال الوزير إن البطالة انخفضت. Flags 🇺🇦 and 😀: the budget grew by 12%.',
    'Critics say wages have not kept up with inflation since 2021.',
  ],
);

export const WEB_ARTICLE = articleOf(
  {
    id: uuid(200),
    title: 'Jobs report: what the numbers say',
    source: 'https://news.example.com/2025/06/jobs-report',
    byline: null,
    siteName: 'News Example',
    publishedTime: 'Monday',
    fileName: 'jobs-report.html',
  },
  ['Analysts expect growth of 2% next year. Others disagree.'],
);

import { claimOf } from '../../support/claim-builder';

export { claimOf };

export const NOTE_WITH_MARKUP = [
  'Matches the ONS release.',
  'See *table 2* and [this](javascript:alert(1)) <script>alert(1)</script> ![x](https://evil.example/x.png)',
  '',
  '# Not a heading',
  '1. not a list & no entity &amp; https://evil.example/x www.evil.example a@evil.example',
].join('\n');

const UNEMPLOYMENT = claimOf(MAIN_ARTICLE, uuid(1), 'unemployment fell to 3.9% in May', {
  status: 'verified',
  note: NOTE_WITH_MARKUP,
  claimant: 'Jane Doe, Minister of Labour',
  claimantType: 'person',
  claimReviewed: 'Unemployment fell to 3.9% in May 2025',
  tags: ['economy', 'Labour market'],
  evidence: [
    {
      id: uuid(101),
      url: 'https://www.ons.gov.uk/employment/may-2025',
      title: 'Labour market overview, UK: June 2025',
      quote: 'The unemployment rate was 3.9%.',
      accessed: '2025-06-02',
      stance: 'supports',
      added: '2025-06-02T10:00:00.000Z',
    },
    {
      id: uuid(102),
      url: 'https://example.org/blog?id=7&lang=en',
      title: '',
      quote: '',
      accessed: null,
      stance: 'context',
      added: '2025-06-02T10:05:00.000Z',
    },
  ],
  history: [
    { from: 'unverified', to: 'in-progress', at: '2025-06-01T09:30:00.000Z' },
    { from: 'in-progress', to: 'verified', at: '2025-06-02T10:10:00.000Z' },
  ],
  created: '2025-06-01T09:00:00.000Z',
  modified: '2025-06-02T10:10:00.000Z',
});

const LOWEST = claimOf(MAIN_ARTICLE, uuid(2), 'the lowest rate since 1974', {
  status: 'false',
  note: '=HYPERLINK("https://evil.example","click")',
  tags: ['history', '=1+1', 'economy'],
  evidence: [
    {
      id: uuid(103),
      url: 'https://stats.example.org/unemployment-1974',
      title: 'Unemployment | 1974 "record"',
      quote: 'In 1974 the rate was 3.6%.\nIt rose later.',
      accessed: '2025-06-01',
      stance: 'refutes',
      added: '2025-06-01T10:59:00.000Z',
    },
  ],
  history: [{ from: 'unverified', to: 'false', at: '2025-06-01T11:00:00.000Z' }],
  created: '2025-06-01T09:05:00.000Z',
  modified: '2025-06-01T11:00:00.000Z',
});

const JOBS = claimOf(MAIN_ARTICLE, uuid(3), '250,000 new jobs were created', {
  status: 'misleading',
  note: 'Comma, "quotes", and\nnewline.',
  claimant: 'Jane Doe',
  claimReviewed: 'The government says 250,000 new jobs were created in the twelve months to May 2025',
  // Imported from Hypothesis, and given a new id then: another article held its own.
  origin: { tool: 'hypothesis', id: 'Jb7dmWxqEe-jobs01' },
  created: '2025-06-01T09:10:00.000Z',
  modified: '2025-06-01T09:40:00.000Z',
});

const ARABIC = claimOf(MAIN_ARTICLE, uuid(4), 'البطالة انخفضت', {
  status: 'inconclusive',
  note: 'ملاحظة: غير مؤكد 🇺🇦',
  created: '2025-06-01T09:15:00.000Z',
});

const BUDGET = claimOf(MAIN_ARTICLE, uuid(5), 'the budget grew by 12%', {
  anchor: { state: 'anchored', method: 'fuzzy', score: 0.92, candidate: null },
  // Imported from another tool's W3C annotations, whose ids are addresses.
  origin: { tool: 'web-annotation', id: 'https://annotations.example.org/a/budget-12' },
  created: '2025-06-01T09:20:00.000Z',
});

const WAGES = claimOf(MAIN_ARTICLE, uuid(6), 'wages have not kept up with inflation', {
  status: 'in-progress',
  note: '+1 from me\n@team: -check\tthis',
  history: [{ from: 'unverified', to: 'in-progress', at: '2025-06-01T12:00:00.000Z' }],
  created: '2025-06-01T09:25:00.000Z',
  modified: '2025-06-01T12:00:00.000Z',
});

/** Made before claims had UUIDs: its W3C id is derived, not `urn:uuid:`. */
const CRITICS = claimOf(MAIN_ARTICLE, 'legacy claim/7', 'Critics say', {
  anchor: { state: 'orphaned', method: 'quote', score: null, candidate: null },
  created: '2025-06-01T09:30:00.000Z',
});

export const MAIN_CLAIMS: readonly Claim[] = [WAGES, ARABIC, UNEMPLOYMENT, CRITICS, JOBS, BUDGET, LOWEST];

/** The main article's claim ids in reading order. */
export const MAIN_READING_ORDER = [uuid(1), uuid(2), uuid(3), uuid(4), uuid(5), 'legacy claim/7', uuid(6)];

const GROWTH = claimOf(WEB_ARTICLE, uuid(11), 'growth of 2% next year', {
  status: 'verified',
  claimant: 'Analyst Group',
  claimantType: 'organization',
  tags: ['forecast'],
  evidence: [
    {
      id: uuid(111),
      url: 'https://imf.example.org/outlook',
      title: 'Outlook',
      quote: '',
      accessed: '2025-06-02',
      stance: 'supports',
      added: '2025-06-02T08:00:00.000Z',
    },
  ],
  created: '2025-06-02T07:00:00.000Z',
});

const DISAGREE = claimOf(WEB_ARTICLE, uuid(12), 'Others disagree', { created: '2025-06-02T07:05:00.000Z' });

export const WEB_CLAIMS: readonly Claim[] = [DISAGREE, GROWTH];

export const MAIN_ONLY: readonly ArticleClaims[] = [{ article: MAIN_ARTICLE, claims: MAIN_CLAIMS }];
export const LIBRARY: readonly ArticleClaims[] = [
  { article: MAIN_ARTICLE, claims: MAIN_CLAIMS },
  { article: WEB_ARTICLE, claims: WEB_CLAIMS },
];
