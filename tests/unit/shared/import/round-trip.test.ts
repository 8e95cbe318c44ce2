// Every lossless format survives the way back: the library's exports (the hand-written files
// in tests/fixtures/exchange that the export tests hold the writers to) go through the real
// import, parseImport then planImport, into a library that has the articles but none of
// their claims, and every claim comes back as it was, placed again by the import.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildExportDocument, serializeExportDocument } from '../../../../shared/export/export-document';
import { serializeJson } from '../../../../shared/export/serialize-json';
import { buildWebAnnotations } from '../../../../shared/export/web-annotation';
import { hypothesisExportJson } from '../../../../shared/export/hypothesis-export';
import { jsonChunks } from '../../../../shared/export/json-chunks';
import { parseImport } from '../../../../shared/import/parse-import';
import { planImport, type ImportArticleOutcome, type ImportPlan, type LibraryArticle } from '../../../../shared/import/plan-import';
import type { Claim } from '../../../../shared/model';
import { EXPORTED_AT, LIBRARY, MAIN_ARTICLE, MAIN_CLAIMS, MAIN_READING_ORDER, WEB_ARTICLE, WEB_CLAIMS, claimOf, uuid } from '../export/exchange-fixture';

const NATIVE = readFileSync(new URL('../../../fixtures/exchange/library.expected.claims.json', import.meta.url), 'utf8');
const COLLECTION = readFileSync(new URL('../../../fixtures/exchange/library.expected.annotations.jsonld', import.meta.url), 'utf8');
const NOW = '2025-07-01T09:00:00.000Z';

/** The articles of the fixture library without their claims. */
const ARTICLES_ONLY: readonly LibraryArticle[] = [
  { article: MAIN_ARTICLE, claims: [] },
  { article: WEB_ARTICLE, claims: [] },
];

/** Every claim the import places is anchored where its position says, as the import's own. */
const IMPORTED = { state: 'anchored', method: 'imported', score: 1, candidate: null } as const;

/** A plan as these tests compare it: each update's whole list of claims, not its parts, and the totals (the rows per article apart). */
type ComparedPlan = Omit<ImportPlan, 'updates' | 'summary'> & { updates: { articleId: string; claims: Claim[] }[]; summary: Omit<ImportPlan['summary'], 'perArticle'> };

function planOf(library: readonly LibraryArticle[], text: string): ImportPlan {
  let issued = 9000;
  return planImport(parseImport(text), library, {
    now: NOW,
    newId: () => uuid((issued += 1)),
    makeArticle: () => {
      throw new Error('the import should find every article in the library');
    },
  });
}

function importInto(library: readonly LibraryArticle[], text: string): ComparedPlan {
  const { perArticle: _, ...summary } = planOf(library, text).summary;
  const plan = planOf(library, text);
  return { ...plan, summary, updates: plan.updates.map(({ articleId, claims }) => ({ articleId, claims })) };
}

/** One article's row of the summary with every count 0 but those given. */
function row(fileArticle: number, fields: Partial<ImportArticleOutcome> & Pick<ImportArticleOutcome, 'named' | 'articleId' | 'title' | 'matchedBy'>): ImportArticleOutcome {
  return { fileArticle, added: 0, updated: 0, skippedOlder: 0, skippedDuplicate: 0, skippedUnmatched: 0, orphaned: 0, ...fields };
}

function claimWithId(claims: readonly Claim[], id: string): Claim {
  const claim = claims.find((candidate) => candidate.id === id);
  if (claim === undefined) throw new Error(`the fixture has no claim ${id}`);
  return claim;
}

/**
 * The main article's claims in reading order, as the import gives them back. "legacy claim/7"
 * is not an id ClaimMark could make, so the claim gets UUID version 5 of it, the same at every import.
 */
function mainClaimsBack(keep: (claim: Claim) => Claim = (claim) => claim): Claim[] {
  return MAIN_READING_ORDER.map((id) => {
    const claim = keep(claimWithId(MAIN_CLAIMS, id));
    return id === 'legacy claim/7' ? { ...claim, id: '52501323-3dbf-5695-bfa4-479d3464dbdc', anchor: IMPORTED } : { ...claim, anchor: IMPORTED };
  });
}

const WHOLE_LIBRARY_BACK: ComparedPlan = {
  updates: [
    { articleId: uuid(100), claims: mainClaimsBack() },
    {
      articleId: uuid(200),
      claims: [
        { ...claimWithId(WEB_CLAIMS, uuid(11)), anchor: IMPORTED },
        { ...claimWithId(WEB_CLAIMS, uuid(12)), anchor: IMPORTED },
      ],
    },
  ],
  newArticles: [],
  summary: {
    added: 9,
    updated: 0,
    skipped: 0,
    orphaned: 0,
    renewedIds: 0,
    articles: ['Minister: “Unemployment fell to 3.9%” — a check', 'Jobs report: what the numbers say'],
    labels: [],
    warnings: [],
  },
};

describe('round trips through parseImport and planImport', () => {
  it('native export, version 5: every claim of the library comes back, where the imported ones came from included', () => {
    expect(parseImport(NATIVE).kind).toBe('native');
    expect(importInto(ARTICLES_ONLY, NATIVE)).toEqual(WHOLE_LIBRARY_BACK);
    expect(planOf(ARTICLES_ONLY, NATIVE).summary.perArticle).toEqual([
      row(1, { named: '“Minister: “Unemployment fell to 3.9%” — a check”, Daily Example', articleId: uuid(100), title: 'Minister: “Unemployment fell to 3.9%” — a check', matchedBy: 'text', added: 7 }),
      row(2, { named: '“Jobs report: what the numbers say”, https://news.example.com/2025/06/jobs-report', articleId: uuid(200), title: 'Jobs report: what the numbers say', matchedBy: 'text', added: 2 }),
    ]);
  });

  it('W3C Web Annotations as a collection: every claim comes back, how it was anchored aside', () => {
    expect(parseImport(COLLECTION).kind).toBe('web-annotation');
    expect(importInto(ARTICLES_ONLY, COLLECTION)).toEqual(WHOLE_LIBRARY_BACK);
    // The main article's source is a site's name, not an address: the file names it by its text's hash.
    expect(planOf(ARTICLES_ONLY, COLLECTION).summary.perArticle.map(({ named, matchedBy, added }) => ({ named, matchedBy, added }))).toEqual([
      { named: 'an article by its text', matchedBy: 'text', added: 7 },
      { named: 'https://news.example.com/2025/06/jobs-report', matchedBy: 'address', added: 2 },
    ]);
  });

  it('W3C Web Annotations as a plain list: the same', () => {
    const list = JSON.stringify((JSON.parse(COLLECTION) as { first: { items: unknown[] } }).first.items);
    expect(importInto(ARTICLES_ONLY, list)).toEqual(WHOLE_LIBRARY_BACK);
  });

  it('native export, version 1: status, note and selectors come back; the rest was never in the file', () => {
    const exported = serializeExportDocument(buildExportDocument(MAIN_ARTICLE, MAIN_CLAIMS, EXPORTED_AT));
    const plan = importInto(ARTICLES_ONLY, exported);
    const withoutV2Fields = ({ origin: _, ...claim }: Claim): Claim => ({ ...claim, claimant: null, claimantType: null, claimReviewed: null, tags: [], evidence: [], history: [] });
    expect(plan.updates).toEqual([{ articleId: uuid(100), claims: mainClaimsBack(withoutV2Fields) }]);
    expect(plan.summary).toEqual({ added: 7, updated: 0, skipped: 0, orphaned: 0, renewedIds: 0, articles: ['Minister: “Unemployment fell to 3.9%” — a check'], labels: [], warnings: [] });
  });

  it('W3C tagging bodies: the tags come back as tags, in their order, even one that names a status', () => {
    const tags = ['False', 'in progress', 'Économie', '=1+1', 'Labour market'];
    const tagged = claimOf(WEB_ARTICLE, uuid(13), 'Others disagree', { status: 'misleading', claimantType: 'organization', claimant: 'Others', tags, created: EXPORTED_AT });
    const annotations = buildWebAnnotations({ articles: [{ article: WEB_ARTICLE, claims: [tagged] }], exportedAt: EXPORTED_AT, shape: 'array' });
    const [claim] = parseImport(serializeJson(annotations)).articles[0]?.claims ?? [];
    expect(claim).toMatchObject({ status: 'misleading', tags: ['False', 'in progress', 'Économie', '=1+1', 'Labour market'], claimant: 'Others', claimantType: 'organization' });
  });

  it.each([
    { name: 'native export', text: NATIVE },
    { name: 'W3C collection', text: COLLECTION },
  ])('$name into the library it came from changes nothing: no claim in the file is newer', ({ text }) => {
    expect(importInto(LIBRARY, text)).toEqual({
      updates: [
        { articleId: uuid(100), claims: MAIN_CLAIMS },
        { articleId: uuid(200), claims: WEB_CLAIMS },
      ],
      newArticles: [],
      summary: { ...WHOLE_LIBRARY_BACK.summary, added: 0, skipped: 9 },
    });
    expect(planOf(LIBRARY, text).summary.perArticle.map(({ skippedOlder, added }) => ({ skippedOlder, added }))).toEqual([
      { skippedOlder: 7, added: 0 },
      { skippedOlder: 2, added: 0 },
    ]);
  });

  it.each([
    { name: 'native export', text: NATIVE },
    { name: 'W3C collection', text: COLLECTION },
  ])('$name: a claim imported from another tool keeps the tool and its id there', ({ text }) => {
    const back = importInto(ARTICLES_ONLY, text).updates.flatMap((update) => update.claims);
    expect(back.filter((claim) => claim.origin !== undefined).map((claim) => [claim.id, claim.origin])).toEqual([
      [uuid(3), { tool: 'hypothesis', id: 'Jb7dmWxqEe-jobs01' }],
      [uuid(5), { tool: 'web-annotation', id: 'https://annotations.example.org/a/budget-12' }],
    ]);
  });

  it('W3C: the id from another tool is the annotation’s via when it is an address, and ClaimMark’s own record otherwise', () => {
    const items = (JSON.parse(COLLECTION) as { first: { items: Record<string, unknown>[] } }).first.items;
    const originOf = (id: string) => items.find((item) => item.id === id);
    expect(originOf(`urn:uuid:${uuid(3)}`)).toMatchObject({ 'urn:claimmark:origin': { 'urn:claimmark:tool': 'hypothesis', 'schema:identifier': 'Jb7dmWxqEe-jobs01' } });
    expect(originOf(`urn:uuid:${uuid(3)}`)).not.toHaveProperty('via');
    expect(originOf(`urn:uuid:${uuid(5)}`)).toMatchObject({ via: 'https://annotations.example.org/a/budget-12', 'urn:claimmark:origin': { 'urn:claimmark:tool': 'web-annotation' } });
    expect(items.filter((item) => item.via !== undefined || item['urn:claimmark:origin'] !== undefined)).toHaveLength(2);
  });

  describe('Hypothesis JSON', () => {
    const HYPOTHESIS = [...jsonChunks(hypothesisExportJson({ articles: LIBRARY, exportedAt: EXPORTED_AT, annotator: 'Sam Reporter' }))].join('');
    /** What a Hypothesis file keeps: the quote and place, status (as a tag), note, tags, times and id; not the rest. */
    const keptByHypothesis = ({ origin: _, ...claim }: Claim): Claim => ({ ...claim, claimant: null, claimantType: null, claimReviewed: null, evidence: [], history: [], review: null });
    /** Each claim comes back as one from a Hypothesis file, under the id the file gave it. */
    // ClaimMark's own claims carry their UUIDs through the file and come back as ClaimMark's
    // (Hypothesis never gives a UUID); the two from Hypothesis come back from Hypothesis.
    const ORIGINS_BACK: readonly [string, string | null][] = [
      [uuid(1), null],
      [uuid(2), null],
      // Imported from Hypothesis: the file gave it the id it had there, which it has now.
      ['Jb7dmWxqEe-jobs01', 'Jb7dmWxqEe-jobs01'],
      [uuid(4), null],
      [uuid(5), null],
      ['52501323-3dbf-5695-bfa4-479d3464dbdc', 'legacy claim/7'],
      [uuid(6), null],
      [uuid(11), null],
      [uuid(12), null],
    ];

    it('every claim comes back with its quote, place, status, note, tags, times and id; evidence, claimant and history are not in the file', () => {
      expect(parseImport(HYPOTHESIS).kind).toBe('hypothesis');
      const plan = importInto(ARTICLES_ONLY, HYPOTHESIS);
      const withHypothesisIds = (claim: Claim): Claim => (claim.id === uuid(3) ? { ...claim, id: 'Jb7dmWxqEe-jobs01' } : claim);
      const withoutOrigins = (claims: readonly Claim[]) => claims.map(({ origin: _, ...claim }) => claim);
      expect(plan.updates.map(({ articleId, claims }) => ({ articleId, claims: withoutOrigins(claims) }))).toEqual([
        { articleId: uuid(100), claims: mainClaimsBack(keptByHypothesis).map(withHypothesisIds) },
        {
          articleId: uuid(200),
          claims: [
            { ...keptByHypothesis(claimWithId(WEB_CLAIMS, uuid(11))), anchor: IMPORTED },
            { ...keptByHypothesis(claimWithId(WEB_CLAIMS, uuid(12))), anchor: IMPORTED },
          ],
        },
      ]);
      expect(plan.updates.flatMap((update) => update.claims).map((claim) => [claim.id, claim.origin])).toEqual(
        ORIGINS_BACK.map(([id, hypothesisId]) => [id, hypothesisId === null ? undefined : { tool: 'hypothesis', id: hypothesisId }]),
      );
      expect(planOf(ARTICLES_ONLY, HYPOTHESIS).summary.perArticle.map(({ named, matchedBy, added }) => ({ named, matchedBy, added }))).toEqual([
        { named: '“Minister: “Unemployment fell to 3.9%” — a check”', matchedBy: 'text', added: 7 },
        { named: '“Jobs report: what the numbers say”, https://news.example.com/2025/06/jobs-report', matchedBy: 'address', added: 2 },
      ]);
    });

    it('into the library it came from changes nothing: the claim from Hypothesis is known by its origin, though its id there is not its id here', () => {
      const plan = importInto(LIBRARY, HYPOTHESIS);
      expect(plan.updates).toEqual([
        { articleId: uuid(100), claims: MAIN_CLAIMS },
        { articleId: uuid(200), claims: WEB_CLAIMS },
      ]);
      expect(plan.summary).toMatchObject({ added: 0, updated: 0, skipped: 9 });
    });
  });
});
