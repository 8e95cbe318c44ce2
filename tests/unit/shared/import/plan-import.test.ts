// planImport: which library article each imported claim belongs to, where it lands in that
// article's text, and whether it is added, updated or skipped. The files are made the way
// the app makes them (native and W3C exports of real articles, read back with parseImport),
// or written by hand the way other annotation tools write them.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../shared/anchoring/selectors';
import { composeCanonicalText } from '../../../../shared/article/canonical-text';
import type { ArticleClaims } from '../../../../shared/export/article-claims';
import { buildNativeExport } from '../../../../shared/export/native-export';
import { serializeJson } from '../../../../shared/export/serialize-json';
import { buildWebAnnotations } from '../../../../shared/export/web-annotation';
import { ImportError, parseImport, type ImportBundle } from '../../../../shared/import/parse-import';
import { planImport, prepareImport, refuseUnusable, type ImportArticleOutcome, type ImportContext, type ImportPlan, type LibraryArticle, type MatchedBy } from '../../../../shared/import/plan-import';
import type { Article, Claim } from '../../../../shared/model';
import { claimOf, uuid } from '../export/exchange-fixture';
import { articleFromExport } from '../../../../host/article-loading/load-article';

const EXPORTED_AT = '2025-06-20T12:00:00.000Z';
const NOW = '2025-07-01T09:00:00.000Z';
/** The first id the import context hands out; they count up from here. */
const FIRST_NEW_ID = uuid(9001);

function hashOf(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

function articleOf(id: string, title: string, source: string | null, paragraphs: readonly string[]): Article {
  const { text, blocks, links, marks } = composeCanonicalText({ title, blocks: paragraphs.map((paragraph) => ({ kind: 'paragraph' as const, text: paragraph })) });
  return {
    id,
    title,
    source,
    byline: null,
    siteName: null,
    publishedTime: null,
    dir: null,
    format: 'txt',
    text,
    blocks,
    links,
    marks,
    contentHash: hashOf(text),
    fileName: 'port-strike.txt',
    added: '2025-06-01T08:00:00.000Z',
    updated: null,
  };
}

const PORT_SOURCE = 'https://harbour-times.example/2025/06/port-strike';
const PORT_TITLE = 'Port strike ends after pay deal';
const PORT_PARAGRAPHS = [
  'Dock workers ended a five-day strike on Friday after unions and the port authority agreed a pay rise of 6 percent over two years.',
  'The union said members voted by a large majority to accept the offer. Shipping companies had warned of delays of up to a week for container traffic.',
  'The port authority said normal operations would resume on Saturday morning.',
];

const PORT = articleOf(uuid(100), PORT_TITLE, PORT_SOURCE, PORT_PARAGRAPHS);
/** The same story corrected: one claim moved, one reworded, one sentence rewritten elsewhere. */
const PORT_CORRECTED = articleOf(uuid(101), PORT_TITLE, PORT_SOURCE, [
  'Correction: an earlier version of this article gave the wrong length for the strike, which lasted six days.',
  'Dock workers ended a six-day strike on Friday after unions and the port authority agreed a pay rise of 6 percent over two years.',
  'The union said members voted by a large majority to accept the offer.',
  'The port authority said normal operations would resume on Saturday morning. Before the deal, shipping companies warned of delays of up to two weeks for container ships.',
]);
/** Saved by hand from the page: the title typed differently, no source. */
const PORT_RETITLED = articleOf(uuid(102), '  PORT STRIKE ENDS after pay deal ', null, PORT_PARAGRAPHS);
/** A live blog with the same title and address as the story, but other text. */
const PORT_LIVE_BLOG = articleOf(uuid(103), PORT_TITLE, PORT_SOURCE, ['Live: dock workers walk out over pay.']);
/** An article neither of the files names: by title, address or text. */
const PORT_RETITLED_ELSEWHERE = articleOf(uuid(120), 'Weather for the weekend', null, ['Rain on Saturday, sun on Sunday.']);
/** Another outlet's story under the same headline. */
const PORT_SAME_HEADLINE = articleOf(uuid(104), PORT_TITLE, 'https://quay-post.example/strike', ['Dockers return to work after a week.']);

const FESTIVAL = articleOf(uuid(110), 'Harbour festival returns 🎉🎉', 'https://harbour-times.example/2025/06/festival', [
  'Crowds 👏👏👏 chanted “again, again, again” as the tall ships sailed in.',
  'Organisers 🇳🇱 said 40,000 visitors came on Saturday, twice last year’s number.',
]);

const PAY = claimOf(PORT, uuid(1), 'a pay rise of 6 percent over two years', {
  status: 'verified',
  note: 'Matches the union’s statement.',
  claimant: 'Port authority',
  claimReviewed: 'Dock workers get 6% over two years',
  evidence: [
    {
      id: uuid(201),
      url: 'https://union.example.org/press/pay-deal',
      title: 'Pay deal accepted',
      quote: 'a rise of 6 percent over two years',
      accessed: '2025-06-02',
      stance: 'supports',
      added: '2025-06-02T10:00:00.000Z',
    },
  ],
  history: [{ from: 'unverified', to: 'verified', at: '2025-06-02T10:05:00.000Z' }],
  created: '2025-06-01T09:00:00.000Z',
  modified: '2025-06-02T10:05:00.000Z',
});
const LENGTH = claimOf(PORT, uuid(2), 'Dock workers ended a five-day strike on Friday', {
  status: 'in-progress',
  history: [{ from: 'unverified', to: 'in-progress', at: '2025-06-01T09:30:00.000Z' }],
  created: '2025-06-01T09:05:00.000Z',
  modified: '2025-06-01T09:30:00.000Z',
});
const DELAYS = claimOf(PORT, uuid(3), 'Shipping companies had warned of delays of up to a week for container traffic.', {
  note: 'Ask the shipping association.',
  created: '2025-06-01T09:10:00.000Z',
});
const PORT_CLAIMS: readonly Claim[] = [PAY, LENGTH, DELAYS];

const VISITORS = claimOf(FESTIVAL, uuid(11), '40,000 visitors came on Saturday', { status: 'verified', created: '2025-06-03T09:00:00.000Z' });
const TWICE = claimOf(FESTIVAL, uuid(12), 'twice last year’s number', { status: 'false', created: '2025-06-03T09:05:00.000Z' });

const IMPORTED_ANCHOR = { state: 'anchored', method: 'imported', score: 1, candidate: null } as const;

function importContext(): ImportContext {
  let next = 9000;
  const newId = (): string => {
    next += 1;
    return uuid(next);
  };
  return { now: NOW, newId, makeArticle: (ref) => articleFromExport(ref, newId(), NOW) };
}

function nativeFile(articles: readonly ArticleClaims[]): string {
  return serializeJson(buildNativeExport({ articles, exportedAt: EXPORTED_AT }));
}

function nativeBundle(articles: readonly ArticleClaims[]): ImportBundle {
  return parseImport(nativeFile(articles));
}

function webBundle(articles: readonly ArticleClaims[]): ImportBundle {
  return parseImport(serializeJson(buildWebAnnotations({ articles, exportedAt: EXPORTED_AT, shape: 'array' })));
}

/** Annotations as another tool writes them: only what each test needs. */
function foreignBundle(annotations: readonly Record<string, unknown>[]): ImportBundle {
  return parseImport(JSON.stringify(annotations));
}

function annotation(id: string, source: string, selector: readonly Record<string, unknown>[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id,
    body: [{ type: 'TextualBody', purpose: 'assessing', value: 'Verified' }],
    target: { source, selector },
    ...extra,
  };
}

function entry(article: Article, claims: readonly Claim[] = []): LibraryArticle {
  return { article, claims };
}

/** How an analyst sees a claim after the import: the text it marks (or is offered), and how it got there. */
interface Placement {
  id: string;
  marks: string;
  how: 'exactly' | 'fuzzily' | 'orphaned';
}

function placementOf(claim: Claim, text: string): Placement {
  if (claim.anchor.state === 'orphaned') return { id: claim.id, marks: claim.anchor.candidate?.exact ?? '', how: 'orphaned' };
  const marks = text.slice(claim.selectors.position.start, claim.selectors.position.end);
  // An anchored claim's selectors must describe the text it marks, or its highlight is wrong.
  expect(claim.selectors).toEqual(describeRange(text, claim.selectors.position));
  expect(claim.anchor.method).toBe('imported');
  return { id: claim.id, marks, how: claim.anchor.score === 1 ? 'exactly' : 'fuzzily' };
}

function claimsFor(plan: ImportPlan, articleId: string): Claim[] {
  const found = plan.updates.find((update) => update.articleId === articleId) ?? plan.newArticles.find((created) => created.article.id === articleId);
  if (found === undefined) throw new Error(`the plan does not touch article ${articleId}`);
  return found.claims;
}

function importErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error('expected an ImportError, but the import was planned');
}

/** The summary's row for the port strike article, the only article of a native file: counts 0 but those given. */
function portRow(fields: Partial<ImportArticleOutcome> & Pick<ImportArticleOutcome, 'articleId' | 'title' | 'matchedBy'>): ImportArticleOutcome {
  return { fileArticle: 1, named: `“${PORT_TITLE}”, ${PORT_SOURCE}`, added: 0, updated: 0, skippedOlder: 0, skippedDuplicate: 0, skippedUnmatched: 0, orphaned: 0, ...fields };
}

describe('finding the article an export belongs to', () => {
  const cases: { name: string; library: LibraryArticle[]; target: Article; matchedBy: MatchedBy; placements: Placement[]; orphaned: number }[] = [
    {
      name: 'by content hash, even with an article of the same title and address listed first',
      library: [entry(PORT_LIVE_BLOG), entry(PORT)],
      target: PORT,
      matchedBy: 'text',
      placements: [
        { id: LENGTH.id, marks: 'Dock workers ended a five-day strike on Friday', how: 'exactly' },
        { id: PAY.id, marks: 'a pay rise of 6 percent over two years', how: 'exactly' },
        { id: DELAYS.id, marks: 'Shipping companies had warned of delays of up to a week for container traffic.', how: 'exactly' },
      ],
      orphaned: 0,
    },
    {
      name: 'by source when the text was edited: placed again, one fuzzily, one orphaned with a candidate',
      library: [entry(PORT_SAME_HEADLINE), entry(PORT_CORRECTED)],
      target: PORT_CORRECTED,
      matchedBy: 'address',
      placements: [
        { id: LENGTH.id, marks: 'Dock workers ended a six-day strike on Friday', how: 'fuzzily' },
        { id: PAY.id, marks: 'a pay rise of 6 percent over two years', how: 'exactly' },
        { id: DELAYS.id, marks: expect.stringMatching(/^shipping companies warned of delays of up to two weeks/) as string, how: 'orphaned' },
      ],
      orphaned: 1,
    },
    {
      name: 'by title, whatever its case and spacing, when neither hash nor source matches',
      library: [entry(PORT_RETITLED)],
      target: PORT_RETITLED,
      matchedBy: 'title',
      placements: [
        { id: LENGTH.id, marks: 'Dock workers ended a five-day strike on Friday', how: 'exactly' },
        { id: PAY.id, marks: 'a pay rise of 6 percent over two years', how: 'exactly' },
        { id: DELAYS.id, marks: 'Shipping companies had warned of delays of up to a week for container traffic.', how: 'exactly' },
      ],
      orphaned: 0,
    },
  ];

  it.each(cases)('$name', ({ library, target, matchedBy, placements, orphaned }) => {
    const plan = planImport(nativeBundle([{ article: PORT, claims: PORT_CLAIMS }]), library, importContext());

    expect(plan.newArticles).toEqual([]);
    expect(plan.updates.map((update) => update.articleId)).toEqual([target.id]);
    const claims = claimsFor(plan, target.id);
    expect(claims.map((claim) => placementOf(claim, target.text))).toEqual(placements);
    expect(plan.summary).toEqual({
      added: 3,
      updated: 0,
      skipped: 0,
      orphaned,
      renewedIds: 0,
      articles: [target.title],
      perArticle: [portRow({ articleId: target.id, title: target.title, matchedBy, added: 3, orphaned })],
      labels: [],
      warnings: [],
    });
  });

  it('keeps everything the file says about an added claim, in the article it was added to', () => {
    const plan = planImport(nativeBundle([{ article: PORT, claims: PORT_CLAIMS }]), [entry(PORT_RETITLED)], importContext());
    const byId = new Map(claimsFor(plan, PORT_RETITLED.id).map((claim) => [claim.id, claim]));
    for (const claim of PORT_CLAIMS) {
      const shift = PORT_RETITLED.text.indexOf(claim.selectors.quote.exact) - claim.selectors.position.start;
      const position = { start: claim.selectors.position.start + shift, end: claim.selectors.position.end + shift };
      expect(byId.get(claim.id)).toEqual({
        ...claim,
        articleId: PORT_RETITLED.id,
        selectors: describeRange(PORT_RETITLED.text, position),
        anchor: IMPORTED_ANCHOR,
      });
    }
  });

  it('leaves an orphan its own selectors, so it still says what it quoted', () => {
    const plan = planImport(nativeBundle([{ article: PORT, claims: [DELAYS] }]), [entry(PORT_CORRECTED)], importContext());
    const [orphan] = claimsFor(plan, PORT_CORRECTED.id);
    expect(orphan?.anchor).toMatchObject({ state: 'orphaned', method: 'imported', score: null });
    expect(orphan?.anchor.candidate?.score).toBeLessThan(0.75);
    expect(orphan?.selectors).toEqual(DELAYS.selectors);
  });
});

describe('an article the library does not have', () => {
  it('is made from a native export, which carries its text, and its claims anchor in it', () => {
    const library = [entry(FESTIVAL, [VISITORS])];
    const plan = planImport(nativeBundle([{ article: PORT, claims: PORT_CLAIMS }]), library, importContext());

    expect(plan.updates).toEqual([]);
    expect(plan.newArticles).toHaveLength(1);
    const [created] = plan.newArticles;
    expect(created?.article).toMatchObject({ id: FIRST_NEW_ID, title: PORT_TITLE, source: PORT_SOURCE, text: PORT.text, contentHash: PORT.contentHash });
    const byId = new Map(created?.claims.map((claim) => [claim.id, claim]));
    expect([...byId.keys()].sort()).toEqual(PORT_CLAIMS.map((claim) => claim.id).sort());
    for (const claim of PORT_CLAIMS) {
      expect(byId.get(claim.id)).toEqual({ ...claim, articleId: FIRST_NEW_ID, anchor: IMPORTED_ANCHOR });
    }
    expect(plan.summary).toEqual({
      added: 3,
      updated: 0,
      skipped: 0,
      orphaned: 0,
      renewedIds: 0,
      articles: [PORT_TITLE],
      perArticle: [portRow({ articleId: FIRST_NEW_ID, title: PORT_TITLE, matchedBy: 'new', added: 3 })],
      labels: [],
      warnings: [],
    });
  });
});

describe('an article of the file that is in no library article', () => {
  const bundle = () => webBundle([{ article: PORT, claims: [PAY] }, { article: FESTIVAL, claims: [VISITORS] }]);

  it('is left out and counted when another article of the file is in the library, and says why', () => {
    const prepared = prepareImport(bundle(), [entry(PORT)], importContext());
    expect(() => refuseUnusable(prepared)).not.toThrow();
    expect(prepared.summary.perArticle.map(({ fileArticle, articleId, matchedBy, skippedUnmatched }) => ({ fileArticle, articleId, matchedBy, skippedUnmatched }))).toEqual([
      { fileArticle: 1, articleId: PORT.id, matchedBy: 'address', skippedUnmatched: 0 },
      { fileArticle: 2, articleId: null, matchedBy: 'none', skippedUnmatched: 1 },
    ]);
    expect(prepared.unmatched).toEqual([
      'No article in the library matches article 2 of the file: it names the address “https://harbour-times.example/2025/06/festival” (compared as “harbour-times.example/2025/06/festival”: without http/https, “www.”, a trailing slash, tracking parameters or “#…”). Open the article it is on first, then import again.',
    ]);
    const plan = planImport(bundle(), [entry(PORT)], importContext());
    expect(plan.updates.map(({ articleId, added }) => ({ articleId, added: added.map((claim) => claim.selectors.quote.exact) }))).toEqual([
      { articleId: PORT.id, added: ['a pay rise of 6 percent over two years'] },
    ]);
    expect(plan.summary).toMatchObject({ added: 1, skipped: 1 });
  });

  it('goes to the library article the analyst chose for it', () => {
    const plan = planImport(bundle(), [entry(PORT), entry(PORT_RETITLED_ELSEWHERE)], { ...importContext(), targets: new Map([[2, PORT_RETITLED_ELSEWHERE.id]]) });
    expect(plan.summary.perArticle.map(({ articleId, matchedBy, added, orphaned }) => ({ articleId, matchedBy, added, orphaned }))).toEqual([
      { articleId: PORT.id, matchedBy: 'address', added: 1, orphaned: 0 },
      { articleId: PORT_RETITLED_ELSEWHERE.id, matchedBy: 'chosen', added: 1, orphaned: 1 },
    ]);
  });

  it('refuses the file when none of its articles is in the library', () => {
    expect(importErrorOf(() => planImport(bundle(), [entry(PORT_RETITLED_ELSEWHERE)], importContext()))).toBe(
      'No article in the library matches article 1 of the file: it names the address “https://harbour-times.example/2025/06/port-strike” (compared as “harbour-times.example/2025/06/port-strike”: without http/https, “www.”, a trailing slash, tracking parameters or “#…”). Open the article it is on first, then import again.',
    );
  });
});

describe('refusals: nothing is planned when one claim cannot be placed', () => {
  const FESTIVAL_END = [...FESTIVAL.text].length;
  const cases: { name: string; bundle: () => ImportBundle; library: LibraryArticle[]; message: string }[] = [
    {
      name: 'W3C annotations on an article the library lacks: no text to make it from',
      bundle: () => foreignBundle([annotation('urn:example:a1', 'https://elsewhere.example/news/strike', [{ type: 'TextQuoteSelector', exact: 'strike' }])]),
      library: [entry(PORT)],
      message:
        'No article in the library matches article 1 of the file: it names the address “https://elsewhere.example/news/strike” (compared as “elsewhere.example/news/strike”: without http/https, “www.”, a trailing slash, tracking parameters or “#…”). Open the article it is on first, then import again.',
    },
    {
      name: 'a claim with only a position, and that past the end of the text',
      bundle: () =>
        foreignBundle([
          annotation('urn:example:a1', FESTIVAL.source ?? '', [{ type: 'TextQuoteSelector', exact: 'tall ships' }]),
          annotation('urn:example:a2', FESTIVAL.source ?? '', [{ type: 'TextPositionSelector', start: FESTIVAL_END - 3, end: FESTIVAL_END + 1 }]),
        ]),
      library: [entry(FESTIVAL)],
      message: `Claim 2 (urn:example:a2) of “${FESTIVAL.title}” has no quote and its position is outside the article, so it cannot be placed.`,
    },
  ];

  it.each(cases)('$name', ({ bundle, library, message }) => {
    expect(importErrorOf(() => planImport(bundle(), library, importContext()))).toBe(message);
  });
});

describe('a claim the library already has (same id)', () => {
  const REVISED_PAY_FIELDS = {
    status: 'misleading',
    note: 'The rise is 6 percent in total, not per year.',
    claimant: 'Union spokesperson',
    claimReviewed: null,
    evidence: [
      {
        id: uuid(202),
        url: 'https://harbour-times.example/2025/06/pay-deal-details',
        title: 'What the pay deal means',
        quote: 'spread over two years',
        accessed: '2025-06-03',
        stance: 'refutes',
        added: '2025-06-03T07:55:00.000Z',
      },
    ],
    history: [...PAY.history, { from: 'verified', to: 'misleading', at: '2025-06-03T08:00:00.000Z' }],
  } as const satisfies Partial<Claim>;
  const revisedPay = (modified: string): Claim => ({
    ...PAY,
    ...REVISED_PAY_FIELDS,
    evidence: [...REVISED_PAY_FIELDS.evidence],
    history: [...REVISED_PAY_FIELDS.history],
    // Another library's copy of the claim may say it was made at another time.
    created: '2025-06-02T00:00:00.000Z',
    modified,
  });
  const LEGACY = claimOf(PORT, 'port claim 7/a', 'normal operations would resume on Saturday morning', { created: '2025-06-01T09:40:00.000Z' });

  const cases: { name: string; stored: Claim[]; imported: Claim[]; after: Claim[]; updated: number; skipped: number }[] = [
    {
      name: 'is skipped and left as it is when the import is older',
      stored: [PAY, LENGTH],
      imported: [revisedPay('2025-06-02T10:04:59.000Z'), LENGTH],
      after: [PAY, LENGTH],
      updated: 0,
      skipped: 2,
    },
    {
      name: 'is skipped and left as it is when the import is as old',
      stored: [PAY, LENGTH],
      imported: [revisedPay(PAY.modified), LENGTH],
      after: [PAY, LENGTH],
      updated: 0,
      skipped: 2,
    },
    {
      name: 'is updated when the import is newer: status, note, evidence and history replaced, id and creation kept',
      stored: [PAY, LENGTH],
      imported: [revisedPay('2025-06-03T08:00:00.000Z'), LENGTH],
      after: [{ ...PAY, ...REVISED_PAY_FIELDS, evidence: [...REVISED_PAY_FIELDS.evidence], history: [...REVISED_PAY_FIELDS.history], modified: '2025-06-03T08:00:00.000Z', anchor: IMPORTED_ANCHOR }, LENGTH],
      updated: 1,
      skipped: 1,
    },
    {
      // Ids from before claims had UUIDs travel in exports (claimIri encodes them), so they must be recognised too.
      name: 'is recognised by an older, non-UUID id with a space and a slash',
      stored: [LEGACY],
      imported: [LEGACY],
      after: [LEGACY],
      updated: 0,
      skipped: 1,
    },
  ];

  it.each(cases)('$name', ({ stored, imported, after, updated, skipped }) => {
    const library = [entry(PORT, stored)];
    const before = structuredClone(library);
    const plan = planImport(nativeBundle([{ article: PORT, claims: imported }]), library, importContext());

    expect(plan.summary).toEqual({
      added: 0,
      updated,
      skipped,
      orphaned: 0,
      renewedIds: 0,
      articles: [PORT_TITLE],
      perArticle: [portRow({ articleId: PORT.id, title: PORT_TITLE, matchedBy: 'text', updated, skippedOlder: skipped })],
      labels: [],
      warnings: [],
    });
    expect(plan.newArticles).toEqual([]);
    const byId = new Map(claimsFor(plan, PORT.id).map((claim) => [claim.id, claim]));
    expect(byId.size).toBe(after.length);
    for (const claim of after) expect(byId.get(claim.id)).toEqual(claim);
    // Planning never changes the library it was given.
    expect(library).toEqual(before);
  });
});

describe('W3C positions, which count code points', () => {
  /** The position of `quote`'s `occurrence`-th appearance, in code points, as the W3C model counts. */
  function codePoints(text: string, quote: string, occurrence = 1): { start: number; end: number } {
    let at = -1;
    for (let found = 0; found < occurrence; found += 1) at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`"${quote}" is not in the text ${occurrence} times`);
    const start = [...text.slice(0, at)].length;
    return { start, end: start + [...quote].length };
  }
  function utf16(text: string, quote: string, occurrence = 1): { start: number; end: number } {
    let at = -1;
    for (let found = 0; found < occurrence; found += 1) at = text.indexOf(quote, at + 1);
    return { start: at, end: at + quote.length };
  }
  const source = FESTIVAL.source ?? '';
  const position = (range: { start: number; end: number }) => ({ type: 'TextPositionSelector', ...range });

  const cases: { name: string; bundle: () => ImportBundle; expected: { start: number; end: number }[] }[] = [
    {
      name: 'a W3C export of claims after emoji and a flag lands where the claims were',
      bundle: () => webBundle([{ article: FESTIVAL, claims: [TWICE, VISITORS] }]),
      expected: [VISITORS.selectors.position, TWICE.selectors.position],
    },
    {
      name: 'a bare quote that occurs three times is told apart by its position alone',
      bundle: () =>
        foreignBundle([
          annotation('urn:example:again-3', source, [{ type: 'TextQuoteSelector', exact: 'again' }, position(codePoints(FESTIVAL.text, 'again', 3))]),
        ]),
      expected: [utf16(FESTIVAL.text, 'again', 3)],
    },
    {
      name: 'a claim with only a position selector (no quote) is anchored at that place',
      bundle: () => foreignBundle([annotation('urn:example:visitors', source, [position(codePoints(FESTIVAL.text, '40,000 visitors came on Saturday'))])]),
      expected: [utf16(FESTIVAL.text, '40,000 visitors came on Saturday')],
    },
  ];

  it.each(cases)('$name', ({ bundle, expected }) => {
    const plan = planImport(bundle(), [entry(FESTIVAL)], importContext());
    const claims = claimsFor(plan, FESTIVAL.id);
    expect(claims.map((claim) => claim.selectors)).toEqual(expected.map((range) => describeRange(FESTIVAL.text, range)));
    expect(claims.map((claim) => claim.anchor)).toEqual(expected.map(() => IMPORTED_ANCHOR));
  });
});

describe('ids and times another tool does not give', () => {
  it('makes ids that are not ClaimMark ids into the same UUID at every import, fills in evidence ids and times, and keeps short plain ids', () => {
    const source = FESTIVAL.source ?? '';
    const quote = (exact: string) => [{ type: 'TextQuoteSelector', exact }];
    const longIri = `urn:example:annotation:${'7'.repeat(120)}`;
    const bundle = foreignBundle([
      annotation('https://hypothes.is/a/Hy7dmWxqEe-fest01', source, quote('40,000 visitors'), {
        body: [
          { type: 'TextualBody', purpose: 'assessing', value: 'Verified' },
          { type: 'SpecificResource', purpose: 'linking', source: 'https://tourism.example.org/2025/visitor-count' },
        ],
      }),
      annotation(longIri, source, quote('tall ships')),
      annotation('urn:example:anno-42', source, quote('twice last year’s number')),
    ]);
    const claims = claimsFor(planImport(bundle, [entry(FESTIVAL)], importContext()), FESTIVAL.id);

    expect(claims.map((claim) => [claim.id, claim.selectors.quote.exact])).toEqual([
      // UUID version 5 of the file's id: the same whichever library imports it, however often.
      ['f7ec2616-6124-528b-b780-9abcc09d643f', '40,000 visitors'],
      ['3e018277-8b0d-55f5-bc97-ddf66e8cdd9a', 'tall ships'],
      ['urn:example:anno-42', 'twice last year’s number'],
    ]);
    expect(claims[0]?.evidence).toEqual([
      { id: uuid(9001), url: 'https://tourism.example.org/2025/visitor-count', title: '', quote: '', accessed: null, stance: 'context', added: NOW },
    ]);
    // Without times in the file, the claim is as new as the import.
    expect(claims.map((claim) => [claim.created, claim.modified])).toEqual([
      [NOW, NOW],
      [NOW, NOW],
      [NOW, NOW],
    ]);
  });

  it('gives evidence a new id when the file’s has a control character, which no id ClaimMark gives has', () => {
    const evidence = (id: string) => ({ id, url: 'https://port.example/minutes', title: 'Minutes', quote: '', accessed: null, stance: 'supports' as const, added: '2025-06-01T09:00:00.000Z' });
    const file = nativeFile([{ article: PORT, claims: [{ ...PAY, evidence: [evidence('\u0001new id 0'), evidence('minutes-1')] }] }]);
    const [claim] = claimsFor(planImport(parseImport(file), [entry(PORT)], importContext()), PORT.id);
    expect(claim?.evidence.map((item) => item.id)).toEqual([uuid(9001), 'minutes-1']);
  });
});

describe('the summary', () => {
  const cases: { name: string; bundle: () => ImportBundle; library: LibraryArticle[]; articles: string[]; updates: { articleId: string; claimIds: string[] }[] }[] = [
    {
      name: 'names an article once when the file refers to it twice, once by address and once by hash',
      bundle: () =>
        foreignBundle([
          annotation('urn:example:pay', PORT_SOURCE, [{ type: 'TextQuoteSelector', exact: 'a pay rise of 6 percent' }]),
          annotation('urn:example:delays', `urn:sha256:${PORT.contentHash.slice('sha256:'.length)}`, [
            { type: 'TextQuoteSelector', exact: 'delays of up to a week' },
          ]),
        ]),
      library: [entry(FESTIVAL), entry(PORT, [LENGTH])],
      articles: [PORT_TITLE],
      updates: [{ articleId: PORT.id, claimIds: [LENGTH.id, 'urn:example:pay', 'urn:example:delays'] }],
    },
    {
      name: 'names each article in the order of the file, the new ones included',
      bundle: () => nativeBundle([{ article: FESTIVAL, claims: [VISITORS] }, { article: PORT, claims: [PAY] }]),
      library: [entry(FESTIVAL)],
      articles: [FESTIVAL.title, PORT_TITLE],
      updates: [{ articleId: FESTIVAL.id, claimIds: [VISITORS.id] }],
    },
  ];

  it.each(cases)('$name', ({ bundle, library, articles, updates }) => {
    const plan = planImport(bundle(), library, importContext());
    expect(plan.summary.articles).toEqual(articles);
    expect(plan.updates.map((update) => ({ articleId: update.articleId, claimIds: update.claims.map((claim) => claim.id) }))).toEqual(updates);
  });

  it('carries the warnings of reading the file', () => {
    const file = nativeFile([{ article: PORT, claims: PORT_CLAIMS }]).replace('"status": "in-progress"', '"status": "disputed"');
    const plan = planImport(parseImport(file), [entry(PORT)], importContext());
    expect(plan.summary.warnings).toEqual(['articles[0].claims[0]: the status "disputed" is not one this app knows; the claim comes in as Unverified.']);
    expect(claimsFor(plan, PORT.id).find((claim) => claim.id === LENGTH.id)?.status).toBe('unverified');
  });

  describe('a file whose ids are addresses, imported again', () => {
    const HYPOTHESIS_ID = 'https://hypothes.is/a/Hy7dmWxqEe-fest01';
    const DERIVED = 'f7ec2616-6124-528b-b780-9abcc09d643f';
    const fileWith = (fields: Record<string, unknown>) =>
      foreignBundle([annotation(HYPOTHESIS_ID, FESTIVAL.source ?? '', [{ type: 'TextQuoteSelector', exact: '40,000 visitors' }], fields)]);
    const first = () => claimsFor(planImport(fileWith({ modified: '2025-06-10T08:00:00Z' }), [entry(FESTIVAL)], importContext()), FESTIVAL.id);

    it('changes nothing: the claim is known by the id made from the address, and keeps the address as where it came from', () => {
      const imported = first();
      expect(imported.map((claim) => [claim.id, claim.origin])).toEqual([[DERIVED, { tool: 'web-annotation', id: 'https://hypothes.is/a/Hy7dmWxqEe-fest01' }]]);

      const again = planImport(fileWith({ modified: '2025-06-10T08:00:00Z' }), [entry(FESTIVAL, imported)], importContext());

      expect(claimsFor(again, FESTIVAL.id)).toEqual(imported);
      expect(again.summary).toMatchObject({ added: 0, updated: 0, skipped: 1 });
      expect(again.summary.perArticle[0]).toMatchObject({ skippedOlder: 1, skippedDuplicate: 0 });
    });

    it('updates the claim from a newer copy of the file instead of adding a second one', () => {
      const imported = first();

      const newer = planImport(fileWith({ modified: '2025-06-12T08:00:00Z', body: [{ type: 'TextualBody', purpose: 'assessing', value: 'False' }] }), [entry(FESTIVAL, imported)], importContext());

      expect(claimsFor(newer, FESTIVAL.id).map((claim) => [claim.id, claim.status, claim.modified, claim.origin])).toEqual([
        [DERIVED, 'false', '2025-06-12T08:00:00.000Z', { tool: 'web-annotation', id: 'https://hypothes.is/a/Hy7dmWxqEe-fest01' }],
      ]);
      expect(newer.summary).toMatchObject({ added: 0, updated: 1, skipped: 0 });
    });

    it('compares times as times: half a second later is newer, though the library wrote its time without milliseconds', () => {
      // A time as an older file stored it, in the form the model also allows.
      const stored = first().map((claim) => ({ ...claim, modified: '2025-06-10T08:00:00Z' }));

      const later = planImport(fileWith({ modified: '2025-06-10T08:00:00.500Z', body: [{ type: 'TextualBody', purpose: 'assessing', value: 'False' }] }), [entry(FESTIVAL, stored)], importContext());
      expect(later.summary).toMatchObject({ added: 0, updated: 1, skipped: 0 });
      expect(claimsFor(later, FESTIVAL.id).map((claim) => [claim.status, claim.modified])).toEqual([['false', '2025-06-10T08:00:00.500Z']]);

      const same = planImport(fileWith({ modified: '2025-06-10T10:00:00+02:00' }), [entry(FESTIVAL, stored)], importContext());
      expect(same.summary.perArticle[0]).toMatchObject({ updated: 0, skippedOlder: 1 });
    });

    it('skips it as already there when the article has the same words at the same place under another id', () => {
      // As an earlier import, which gave such claims new ids and kept no origin, left it.
      const earlier = first().map(({ origin: _, ...claim }) => ({ ...claim, id: uuid(77) }));

      const again = planImport(fileWith({ modified: '2025-06-10T08:00:00Z' }), [entry(FESTIVAL, earlier)], importContext());

      expect(claimsFor(again, FESTIVAL.id)).toEqual(earlier);
      expect(again.summary.perArticle[0]).toMatchObject({ added: 0, skippedOlder: 0, skippedDuplicate: 1 });
    });

    it('knows the claim by where it came from when another library exported it to W3C under its own id, the address as via', () => {
      // Here the claim was given another id when it came in; the other library's W3C export names it by that library's id.
      const here = first().map((claim) => ({ ...claim, id: uuid(77) }));
      const exported = annotation(`urn:uuid:${DERIVED}`, FESTIVAL.source ?? '', [{ type: 'TextQuoteSelector', exact: '40,000 visitors' }], {
        via: 'https://hypothes.is/a/Hy7dmWxqEe-fest01',
        'urn:claimmark:origin': { 'urn:claimmark:tool': 'web-annotation' },
        generator: { type: 'Software', name: 'ClaimMark' },
      });
      const same = planImport(foreignBundle([{ ...exported, modified: '2025-06-10T08:00:00Z' }]), [entry(FESTIVAL, here)], importContext());
      expect(claimsFor(same, FESTIVAL.id)).toEqual(here);
      expect(same.summary.perArticle[0]).toMatchObject({ added: 0, updated: 0, skippedOlder: 1 });

      const newer = planImport(
        foreignBundle([{ ...exported, modified: '2025-06-14T08:00:00Z', body: [{ type: 'TextualBody', purpose: 'assessing', value: 'Misleading' }] }]),
        [entry(FESTIVAL, here)],
        importContext(),
      );
      expect(claimsFor(newer, FESTIVAL.id).map((claim) => [claim.id, claim.status, claim.origin])).toEqual([
        [uuid(77), 'misleading', { tool: 'web-annotation', id: 'https://hypothes.is/a/Hy7dmWxqEe-fest01' }],
      ]);
      expect(newer.summary).toMatchObject({ added: 0, updated: 1, skipped: 0 });
    });

    it('gives a claim that had no origin the one of the newer copy that updates it', () => {
      const earlier = first().map(({ origin: _, ...claim }) => claim);
      const newer = planImport(fileWith({ modified: '2025-06-12T08:00:00Z' }), [entry(FESTIVAL, earlier)], importContext());
      expect(claimsFor(newer, FESTIVAL.id).map((claim) => [claim.id, claim.origin])).toEqual([[DERIVED, { tool: 'web-annotation', id: 'https://hypothes.is/a/Hy7dmWxqEe-fest01' }]]);
    });
  });
});

