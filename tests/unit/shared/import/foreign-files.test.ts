// Files as other tools write them (tests/fixtures/foreign/, written by hand after each tool's
// documented format): every claim they hold, with its quote, UTF-16 position, status, note
// and tags; what each label became; and what was skipped, said once per reason.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport, type ImportedClaim } from '../../../../shared/import/parse-import';
import { planImport } from '../../../../shared/import/plan-import';
import { WEB_ARTICLE } from '../export/exchange-fixture';

function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/foreign/${name}`, import.meta.url), 'utf8');
}

const quote = (exact: string, prefix: string, suffix: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix, suffix });
const position = (start: number, end: number) => ({ type: 'TextPositionSelector' as const, start, end });
const PORT_TEXT = 'Port strike 🚢 ends after pay deal\n\nDock workers won a raise of 6 percent, the union said. The port reopens on Saturday 🎉.';

/** A claim read from another tool: only what such files can hold. */
function foreign(fields: Pick<ImportedClaim, 'id' | 'quote' | 'position' | 'status' | 'note' | 'tags'> & Partial<ImportedClaim>): ImportedClaim {
  return { claimant: null, claimantType: null, claimReviewed: null, evidence: [], history: [], review: null, anchor: null, created: null, modified: null, ...fields };
}

describe('doccano JSONL', () => {
  const bundle = parseImport(fixture('doccano-port-strike.jsonl'));

  it('reads one article per line, its text the whole article, its code-point offsets as UTF-16', () => {
    expect(bundle.kind).toBe('doccano');
    expect(bundle.articles.map((article) => [article.ref, article.offsetUnit])).toEqual([
      [{ text: PORT_TEXT }, 'utf-16-code-unit'],
      [{ text: 'Festival 🎉 visitors doubled to 40,000 this year.' }, 'utf-16-code-unit'],
    ]);
    expect(bundle.articles[0]?.claims).toEqual([
      foreign({ id: 'doccano-7-1', quote: quote('pay deal', 'Port strike 🚢 ends after ', '\n\nDock workers won a raise of 6 '), position: position(26, 34), status: 'verified', note: '', tags: ['economy'] }),
      foreign({ id: 'doccano-7-2', quote: quote('won a raise of 6 percent', 'ds after pay deal\n\nDock workers ', ', the union said. The port reope'), position: position(49, 73), status: 'misleading', note: '', tags: [] }),
    ]);
    expect(bundle.articles[1]?.claims).toEqual([
      foreign({ id: 'doccano-8-1', quote: quote('40,000', 'Festival 🎉 visitors doubled to ', ' this year.'), position: position(32, 38), status: 'unverified', note: '', tags: ['number'] }),
    ]);
  });

  it('lists what each label became, and warns of a span labelled with two statuses', () => {
    expect(bundle.labels).toEqual([
      { label: 'Verified', status: 'verified', claims: 1, by: 'name' },
      { label: 'economy', status: null, claims: 1, by: 'name' },
      { label: 'Misleading', status: 'misleading', claims: 1, by: 'name' },
      { label: 'False', status: 'false', claims: 1, by: 'name' },
      { label: 'number', status: null, claims: 1, by: 'name' },
    ]);
    expect(bundle.warnings).toEqual(['line 1: span 2 (48–72): has labels for several statuses (misleading, false); the first, misleading, was used.']);
  });

  it('reads a label as the analyst chose for this file, else as they chose before for doccano files, else by its name', () => {
    const decisions = {
      chosen: new Map([['economy', 'in-progress' as const]]),
      remembered: { doccano: new Map([['number', 'inconclusive' as const], ['economy', null]]), hypothesis: new Map([['Verified', null]]) },
    };
    const decided = parseImport(fixture('doccano-port-strike.jsonl'), {}, decisions);
    expect(decided.labels).toEqual([
      { label: 'Verified', status: 'verified', claims: 1, by: 'name' },
      { label: 'economy', status: 'in-progress', claims: 1, by: 'chosen' },
      { label: 'Misleading', status: 'misleading', claims: 1, by: 'name' },
      { label: 'False', status: 'false', claims: 1, by: 'name' },
      { label: 'number', status: 'inconclusive', claims: 1, by: 'remembered' },
    ]);
    expect(decided.articles[0]?.claims.map(({ status, tags }) => ({ status, tags }))).toEqual([
      // "Verified" came first, so its status wins over the chosen one; "economy" is no longer a tag.
      { status: 'verified', tags: [] },
      { status: 'misleading', tags: [] },
    ]);
    expect(decided.articles[1]?.claims.map(({ status, tags }) => ({ status, tags }))).toEqual([{ status: 'inconclusive', tags: [] }]);
  });

  it('refuses a span outside its text, naming the line', () => {
    const text = `${JSON.stringify({ text: 'Short.', label: [[0, 5, 'a']] })}\n${JSON.stringify({ text: 'Short.', label: [[2, 40, 'b']] })}\n`;
    expect(() => parseImport(text)).toThrow('line 2: span 1 (2–40) is not a selection of the document\'s text (6 characters).');
  });
});

describe('Label Studio', () => {
  it('reads JSON: labels, a per-region text area as the note, offsets checked against the region text', () => {
    const bundle = parseImport(fixture('label-studio-port-strike.json'));
    expect(bundle.kind).toBe('label-studio');
    expect(bundle.articles).toEqual([
      {
        ref: { text: PORT_TEXT, title: 'Port strike ends after pay deal' },
        offsetUnit: 'utf-16-code-unit',
        claims: [
          foreign({
            id: 'label-studio-41-1-r1',
            quote: quote('The port reopens on Saturday', 'e of 6 percent, the union said. ', ' 🎉.'),
            position: position(91, 119),
            status: 'inconclusive',
            note: 'Check with the port authority.',
            tags: ['follow-up'],
            created: '2025-06-03T10:00:00.123Z',
            modified: '2025-06-03T10:05:00.000Z',
          }),
          // Given in UTF-16 units: only they hold the region's text.
          foreign({
            id: 'label-studio-41-1-r2',
            quote: quote('won a raise of 6 percent', 'ds after pay deal\n\nDock workers ', ', the union said. The port reope'),
            position: position(49, 73),
            status: 'verified',
            note: '',
            tags: [],
            created: '2025-06-03T10:00:00.123Z',
            modified: '2025-06-03T10:05:00.000Z',
          }),
        ],
      },
    ]);
    expect(bundle.warnings).toEqual([
      'Skipped 1 annotation: Label Studio results of type "choices", not labelled text.',
      'Skipped 1 annotation: cancelled in Label Studio.',
    ]);
    expect(bundle.labels).toEqual([
      { label: 'Inconclusive', status: 'inconclusive', claims: 1, by: 'name' },
      { label: 'follow-up', status: null, claims: 1, by: 'name' },
      { label: 'Verified', status: 'verified', claims: 1, by: 'name' },
    ]);
  });

  it('reads JSON-MIN, whose regions sit under the labelling control’s name', () => {
    const bundle = parseImport(fixture('label-studio-port-strike.min.json'));
    expect(bundle.kind).toBe('label-studio');
    expect(bundle.articles[0]?.claims).toEqual([
      foreign({
        id: 'label-studio-41-1',
        quote: quote('Port strike 🚢 ends', '', ' after pay deal\n\nDock workers wo'),
        position: position(0, 19),
        status: 'unverified',
        note: '',
        tags: ['headline'],
        created: '2025-06-03T10:00:00.123Z',
        modified: '2025-06-03T10:05:00.000Z',
      }),
    ]);
  });
});

describe('Hypothesis API search response', () => {
  const bundle = parseImport(fixture('hypothesis-search.json'));

  it('reads its rows: uri as the address, text as the note, tags as labels; a reply is skipped and counted', () => {
    expect(bundle.kind).toBe('hypothesis');
    const address = 'http://www.news.example.com/2025/06/jobs-report/?utm_source=newsletter#annotations';
    expect(bundle.articles.map((article) => [article.ref, article.offsetUnit])).toEqual([[{ source: address, title: 'Jobs report: what the numbers say' }, 'utf-16-code-unit']]);
    expect(bundle.articles[0]?.claims).toEqual([
      foreign({
        id: 'Hy7dmWxqEe',
        quote: quote('growth of 2% next year', 'he numbers say\n\nAnalysts expect ', '. Others disagree.'),
        position: position(51, 73),
        status: 'verified',
        note: 'IMF says **2.1%**.',
        tags: ['economy'],
        created: '2025-06-02T09:15:42.123Z',
        modified: '2025-06-02T09:20:00.000Z',
      }),
      foreign({
        id: 'Q2xhaW1NYX',
        quote: quote('Others disagree', ' expect growth of 2% next year. ', '.'),
        position: null,
        status: 'unverified',
        note: 'Who are the others?',
        tags: [],
        created: '2025-06-02T09:30:00.000Z',
        modified: '2025-06-02T09:31:10.500Z',
      }),
    ]);
    expect(bundle.warnings).toEqual(['Skipped 1 annotation: replies to other annotations, with no text selected.']);
  });

  it('finds the article whose address differs only in scheme, www., slash, tracking parameters and fragment', () => {
    let next = 0;
    const plan = planImport(bundle, [{ article: WEB_ARTICLE, claims: [] }], { now: '2025-06-20T12:00:00.000Z', newId: () => `new-${++next}`, makeArticle: () => null });
    expect(plan.newArticles).toEqual([]);
    expect(plan.updates.map((update) => [update.articleId, update.added.map((claim) => claim.selectors.quote.exact)])).toEqual([
      [WEB_ARTICLE.id, ['growth of 2% next year', 'Others disagree']],
    ]);
  });
});

describe('W3C files that other readers refused', () => {
  it('reads a recogito-js file (no source) into the open article, skipping a relation and an image region', () => {
    const bundle = parseImport(fixture('recogito-js-annotations.json'));
    expect(bundle.articles.map((article) => article.ref)).toEqual([{}]);
    expect(bundle.articles[0]?.claims.map((claim) => [claim.id, claim.quote?.exact ?? null, claim.position])).toEqual([
      ['a6f1e2d3-0000-4000-8000-000000000001', 'Analysts expect', position(35, 50)],
      // A Choice between a position and a quote: both are read.
      ['a6f1e2d3-0000-4000-8000-000000000003', 'Others disagree', position(75, 90)],
    ]);
    expect(bundle.warnings).toEqual([
      'Skipped 1 annotation: no text selected: on a whole document or on other annotations (such as relations).',
      'Skipped 1 annotation: no text selected, only FragmentSelector (an image region or another kind of selection).',
    ]);
    let next = 0;
    const context = { now: '2025-06-20T12:00:00.000Z', newId: () => `new-${++next}`, makeArticle: () => null };
    const plan = planImport(bundle, [{ article: WEB_ARTICLE, claims: [] }], { ...context, openArticleId: WEB_ARTICLE.id });
    expect(plan.updates.map((update) => [update.articleId, update.added.map((claim) => [claim.status, claim.selectors.quote.exact])])).toEqual([
      [WEB_ARTICLE.id, [['false', 'Analysts expect'], ['unverified', 'Others disagree']]],
    ]);
    expect(() => planImport(bundle, [{ article: WEB_ARTICLE, claims: [] }], context)).toThrow(
      'The annotations of article 1 of the file do not say which article they are on (no source). Open that article, then import again: they go to the open article.',
    );
  });

  it('reads every embedded page of a collection and a position refining a position; one counted from an element is skipped', () => {
    const bundle = parseImport(fixture('w3c-collection-pages.jsonld'));
    expect(bundle.articles.map((article) => [article.ref, article.claims.map((claim) => [claim.id, claim.quote, claim.position, claim.note])])).toEqual([
      [{ source: 'https://news.example.com/2025/06/jobs-report/' }, [['https://annotations.example/a/1', null, position(51, 73), 'Growth figure from the outlook.']]],
    ]);
    expect(bundle.warnings).toEqual([
      'Skipped 1 annotation: only a position counted from an element of the page (refinedBy inside an XPath or CSS selector), and no quote.',
    ]);
  });
});
