// Files written by other annotation tools, by hand after their documented formats:
// Hypothesis (target as a list, its own RangeSelector, tags as tagging bodies, markdown
// notes, times with microseconds and "+00:00") and Recogito (target without source,
// "#uuid" ids, selectors with refinedBy, a single body object, bodies as plain IRIs).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toUtf16Position } from '../../../../shared/exchange/text-offsets';
import { parseImport } from '../../../../shared/import/parse-import';
import { MAIN_ARTICLE, WEB_ARTICLE } from '../export/exchange-fixture';
import { checkWebAnnotation } from '../../../support/web-annotation-conformance';

function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/exchange/${name}`, import.meta.url), 'utf8');
}

describe('a Hypothesis export', () => {
  const text = fixture('hypothesis-annotations.jsonld');
  const bundle = parseImport(text);

  it('is read although it breaks the model: its own RangeSelector, and times in "+00:00" rather than "Z"', () => {
    expect(checkWebAnnotation(JSON.parse(text))).toEqual([
      '$[0].target[0].selector[0]: there MUST be exactly 1 startSelector associated with a RangeSelector (§4.2.8)',
      '$[0].target[0].selector[0]: there MUST be exactly 1 endSelector associated with a RangeSelector (§4.2.8)',
      '$[0]: created MUST be a xsd:dateTime with the UTC timezone expressed as "Z", not "2025-06-02T09:15:42.123456+00:00" (§3.3.1)',
      '$[0]: modified MUST be a xsd:dateTime with the UTC timezone expressed as "Z", not "2025-06-02T09:20:00.000000+00:00" (§3.3.1)',
      '$[1]: created MUST be a xsd:dateTime with the UTC timezone expressed as "Z", not "2025-06-02T09:30:00.000000+00:00" (§3.3.1)',
      '$[1]: modified MUST be a xsd:dateTime with the UTC timezone expressed as "Z", not "2025-06-02T09:31:10.500000+00:00" (§3.3.1)',
    ]);
    expect(bundle.kind).toBe('web-annotation');
  });

  it('finds the article by its address', () => {
    expect(bundle.articles).toHaveLength(1);
    expect(bundle.articles[0]?.ref).toEqual({ source: WEB_ARTICLE.source });
  });

  it('reads each annotation as a claim with its quote, position, status, note and tags', () => {
    expect(bundle.articles[0]?.claims).toEqual([
      {
        id: 'https://hypothes.is/a/Hy7dmWxqEe-jobs01',
        quote: { type: 'TextQuoteSelector', exact: 'growth of 2% next year', prefix: 'he numbers say\n\nAnalysts expect ', suffix: '. Others disagree.' },
        position: { type: 'TextPositionSelector', start: 51, end: 73 },
        status: 'verified',
        note: 'Checked against the IMF outlook, table 1.',
        claimant: null,
        claimantType: null,
        claimReviewed: null,
        tags: ['economy'],
        evidence: [],
        history: [],
        review: null,
        anchor: null,
        origin: { tool: 'web-annotation', id: 'https://hypothes.is/a/Hy7dmWxqEe-jobs01' },
        created: '2025-06-02T09:15:42.123Z',
        modified: '2025-06-02T09:20:00.000Z',
      },
      {
        id: 'https://hypothes.is/a/Q2xhaW1NYXJrMDI',
        quote: { type: 'TextQuoteSelector', exact: 'Others disagree', prefix: ' expect growth of 2% next year. ', suffix: '.' },
        position: null,
        status: 'in-progress',
        note: 'Who are the others? Ask the desk.',
        claimant: null,
        claimantType: null,
        claimReviewed: null,
        tags: ['follow-up'],
        evidence: [],
        history: [],
        review: null,
        anchor: null,
        origin: { tool: 'web-annotation', id: 'https://hypothes.is/a/Q2xhaW1NYXJrMDI' },
        created: '2025-06-02T09:30:00.000Z',
        modified: '2025-06-02T09:31:10.500Z',
      },
    ]);
  });

  it('takes a tag that names a status as the status, the others as tags, with nothing to warn of', () => {
    expect(bundle.warnings).toEqual([]);
  });

  it('points at the quote in the article', () => {
    const claim = bundle.articles[0]?.claims[0];
    const position = claim?.position === null || claim === undefined ? null : toUtf16Position(WEB_ARTICLE.text, claim.position);
    expect(position === null ? null : WEB_ARTICLE.text.slice(position.start, position.end)).toBe(claim?.quote?.exact);
  });

  it('skips a page note, which has nothing to highlight, reads the rest and says so', () => {
    const value = JSON.parse(text) as unknown[];
    value.push({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'https://hypothes.is/a/page-note', body: [{ type: 'TextualBody', value: 'About the whole page' }], target: [{ source: WEB_ARTICLE.source }] });
    const withNote = parseImport(JSON.stringify(value));
    expect(withNote.articles[0]?.claims.map((claim) => claim.id)).toEqual(['https://hypothes.is/a/Hy7dmWxqEe-jobs01', 'https://hypothes.is/a/Q2xhaW1NYXJrMDI']);
    expect(withNote.warnings.at(-1)).toBe('Skipped 1 annotation: no text selected: on a whole document or on other annotations (such as relations).');
  });
});

describe('a Recogito export', () => {
  const text = fixture('recogito-annotations.jsonld');
  const bundle = parseImport(text);
  const claims = bundle.articles[0]?.claims ?? [];

  it('puts annotations without a source under one article without a reference', () => {
    expect(bundle.articles).toHaveLength(1);
    expect(bundle.articles[0]?.ref).toEqual({});
    expect(claims.map((claim) => claim.id)).toEqual([
      '5d4bc5a0-3a2b-4c8e-9d0f-2f6c7e8a9b10',
      '8f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e',
      'c0ffee00-1111-4222-8333-444455556666',
    ]);
  });

  it('reads a commenting note and a status tag', () => {
    expect(claims[0]).toMatchObject({
      quote: { type: 'TextQuoteSelector', exact: '250,000 new jobs were created', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 145, end: 174 },
      status: 'misleading',
      note: "Needs a source: the ministry's release says 150,000.",
      created: null,
    });
  });

  it('takes the quote from a refinedBy chain and ignores a position relative to an element', () => {
    expect(claims[1]).toMatchObject({
      quote: { type: 'TextQuoteSelector', exact: 'البطالة انخفضت', prefix: 'قال الوزير إن ', suffix: '.' },
      position: null,
      status: 'inconclusive',
      note: '',
      created: '2025-06-01T09:05:00.000Z',
    });
  });

  it('reads a position-only claim, counted in code points, and links as evidence', () => {
    const claim = claims[2];
    expect(claim).toMatchObject({
      quote: null,
      status: 'unverified',
      note: 'Compare with the wage index.',
      evidence: [{ id: null, url: 'https://example.org/wages-data', title: '', quote: '', accessed: null, stance: 'context', added: null }],
    });
    const position = claim?.position === null || claim === undefined ? null : toUtf16Position(MAIN_ARTICLE.text, claim.position);
    expect(position === null ? null : MAIN_ARTICLE.text.slice(position.start, position.end)).toBe('wages have not kept up with inflation');
  });

  it('leaves out a link that is not http(s), and says so', () => {
    expect(bundle.warnings).toEqual(['item 3: body 2: the link "ftp://example.org/wages.csv" is not an http(s) address; left out.']);
  });
});
