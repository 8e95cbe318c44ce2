import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeJson } from '../../../../shared/export/serialize-json';
import { buildWebAnnotations, type WebAnnotation } from '../../../../shared/export/web-annotation';
import { articleIri, claimIri, idFromIri } from '../../../../shared/exchange/web-annotation-terms';
import { EXPORTED_AT, LIBRARY, MAIN_ARTICLE, MAIN_CLAIMS, MAIN_ONLY, MAIN_READING_ORDER, NOTE_WITH_MARKUP, WEB_ARTICLE, uuid } from './exchange-fixture';
import { checkWebAnnotation } from '../../../support/web-annotation-conformance';

const COLLECTION_ID = `urn:uuid:${uuid(9999)}`;
const annotations = buildWebAnnotations({ articles: LIBRARY, exportedAt: EXPORTED_AT, shape: 'array' });
const collection = buildWebAnnotations({ articles: LIBRARY, exportedAt: EXPORTED_AT, shape: 'collection', collectionId: COLLECTION_ID });
const EXPECTED = readFileSync(new URL('../../../fixtures/exchange/library.expected.annotations.jsonld', import.meta.url), 'utf8');

function annotationFor(id: string): WebAnnotation {
  const annotation = annotations.find((candidate) => candidate.id === claimIri(id));
  if (annotation === undefined) throw new Error(`no annotation for ${id}`);
  return annotation;
}

describe('buildWebAnnotations', () => {
  it('makes one Annotation per claim, article by article, in reading order', () => {
    expect(annotations.map((annotation) => idFromIri(annotation.id))).toEqual([...MAIN_READING_ORDER, uuid(11), uuid(12)]);
  });

  it('conforms to the Web Annotation model, as a list, as a collection, and one by one', () => {
    expect(checkWebAnnotation(JSON.parse(serializeJson(annotations)))).toEqual([]);
    expect(checkWebAnnotation(JSON.parse(serializeJson(collection)))).toEqual([]);
    for (const annotation of annotations) expect(checkWebAnnotation(annotation)).toEqual([]);
  });

  it('names claims urn:uuid:<id>, or a stable ClaimMark URN when the id is not a UUID', () => {
    expect(annotationFor(uuid(1)).id).toBe(`urn:uuid:${uuid(1)}`);
    expect(annotationFor('legacy claim/7').id).toBe('urn:claimmark:claim:legacy%20claim%2F7');
    expect(idFromIri('urn:claimmark:claim:legacy%20claim%2F7')).toBe('legacy claim/7');
  });

  it('writes the standard context, type, motivation and times', () => {
    const annotation = annotationFor(uuid(1));
    expect(annotation).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'assessing',
      created: '2025-06-01T09:00:00.000Z',
      modified: '2025-06-02T10:10:00.000Z',
      generated: EXPORTED_AT,
    });
    expect(Object.keys(annotation)).toEqual([
      '@context', 'id', 'type', 'motivation', 'created', 'modified', 'generated', 'generator', 'body', 'target',
      'schema:claimReviewed', 'schema:itemReviewed', 'urn:claimmark:statusHistory',
    ]);
    expect(annotation.generator).toEqual({ type: 'Software', name: 'ClaimMark' });
  });

  it('targets an orphan by its quote alone: the place it had would select other words', () => {
    expect(annotationFor('legacy claim/7').target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'Critics say', prefix: 'nd 😀: the budget grew by 12%.\n\n', suffix: ' wages have not kept up with inf' },
    ]);
  });

  it('gives no body an id without a source, which the W3C suite would read as an external resource that may not have a purpose', () => {
    const bodies = LIBRARY.flatMap(({ claims }) => claims.map((claim) => annotationFor(claim.id))).flatMap((annotation) => annotation.body);
    expect(bodies.filter((body) => 'id' in body && !('source' in body))).toEqual([]);
  });

  it('targets the article by its web address, or by the hash of its text when it has none', () => {
    expect(articleIri(WEB_ARTICLE)).toBe('https://news.example.com/2025/06/jobs-report');
    expect(articleIri(MAIN_ARTICLE)).toBe(`urn:sha256:${MAIN_ARTICLE.contentHash.slice('sha256:'.length)}`);
    expect(annotationFor(uuid(11)).target.source).toBe(WEB_ARTICLE.source);
    expect(annotationFor(uuid(1)).target.source).toMatch(/^urn:sha256:[0-9a-f]{64}$/);
  });

  it('counts positions in code points: after "🇺🇦 and 😀" three fewer than the UTF-16 offsets', () => {
    expect(annotationFor(uuid(5)).target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 249, end: 271 });
    expect(MAIN_CLAIMS.find((claim) => claim.id === uuid(5))?.selectors.position).toEqual({ type: 'TextPositionSelector', start: 252, end: 274 });
    expect([...MAIN_ARTICLE.text].slice(249, 271).join('')).toBe('the budget grew by 12%');
  });

  it('writes the note, then the status, then each tag, then each evidence link as bodies', () => {
    const [note, status, economy, labour, evidence, bare] = annotationFor(uuid(1)).body;
    expect(note).toEqual({ type: 'TextualBody', purpose: 'commenting', value: NOTE_WITH_MARKUP, format: 'text/plain' });
    expect(status).toEqual({
      type: 'TextualBody',
      purpose: 'assessing',
      value: 'Verified',
      format: 'text/plain',
      language: 'en',
      'urn:claimmark:status': 'verified',
    });
    // No id: a body with an id and no source reads as an external resource, which may have no purpose.
    expect(economy).toEqual({ type: 'TextualBody', purpose: 'tagging', value: 'economy' });
    expect(labour).toEqual({ type: 'TextualBody', purpose: 'tagging', value: 'Labour market' });
    expect(evidence).toEqual({
      id: `urn:uuid:${uuid(101)}`,
      type: 'SpecificResource',
      purpose: 'linking',
      source: { id: 'https://www.ons.gov.uk/employment/may-2025', 'schema:name': 'Labour market overview, UK: June 2025' },
      selector: { type: 'TextQuoteSelector', exact: 'The unemployment rate was 3.9%.' },
      state: { type: 'TimeState', sourceDate: '2025-06-02T00:00:00Z' },
      created: '2025-06-02T10:00:00.000Z',
      'urn:claimmark:stance': 'supports',
    });
    // No title, passage or access day: only what is known.
    expect(bare).toEqual({
      id: `urn:uuid:${uuid(102)}`,
      type: 'SpecificResource',
      purpose: 'linking',
      source: { id: 'https://example.org/blog?id=7&lang=en' },
      created: '2025-06-02T10:05:00.000Z',
      'urn:claimmark:stance': 'context',
    });
  });

  it('leaves out an empty note', () => {
    expect(annotationFor(uuid(5)).body).toEqual([expect.objectContaining({ purpose: 'assessing', value: 'Unverified' })]);
  });

  it('keeps the order the analyst gave the tags in', () => {
    const tags = annotationFor(uuid(2)).body.filter((body) => body.purpose === 'tagging').map((body) => ('value' in body ? body.value : null));
    expect(tags).toEqual(['history', '=1+1', 'economy']);
  });

  it('types the claimant as a schema:Person or schema:Organization only when the analyst said which', () => {
    expect(annotationFor(uuid(1))['schema:itemReviewed']).toEqual({ type: 'schema:Claim', 'schema:author': { type: 'schema:Person', 'schema:name': 'Jane Doe, Minister of Labour' } });
    expect(annotationFor(uuid(3))['schema:itemReviewed']).toEqual({ type: 'schema:Claim', 'schema:author': { 'schema:name': 'Jane Doe' } });
  });

  it('writes claimant, claim as reviewed and status history as extension properties, only when set', () => {
    expect(annotationFor(uuid(1))).toMatchObject({
      'schema:claimReviewed': 'Unemployment fell to 3.9% in May 2025',
      'schema:itemReviewed': { type: 'schema:Claim', 'schema:author': { type: 'schema:Person', 'schema:name': 'Jane Doe, Minister of Labour' } },
      'urn:claimmark:statusHistory': [
        { type: 'schema:ReplaceAction', 'schema:replacee': 'unverified', 'schema:replacer': 'in-progress', 'schema:endTime': '2025-06-01T09:30:00.000Z' },
        { type: 'schema:ReplaceAction', 'schema:replacee': 'in-progress', 'schema:replacer': 'verified', 'schema:endTime': '2025-06-02T10:10:00.000Z' },
      ],
    });
    const budget = annotationFor(uuid(5));
    expect(Object.keys(budget)).not.toContain('schema:claimReviewed');
    expect(Object.keys(budget)).not.toContain('schema:itemReviewed');
    expect(Object.keys(budget)).not.toContain('urn:claimmark:statusHistory');
  });

  it('adds a creator and a generator when given', () => {
    const [annotation] = buildWebAnnotations({
      articles: MAIN_ONLY,
      exportedAt: EXPORTED_AT,
      shape: 'array',
      creator: { id: 'mailto:desk@example.org', type: 'Organization', name: 'Example Desk' },
      generator: { type: 'Software', name: 'ClaimMark' },
    });
    expect(annotation?.creator).toEqual({ id: 'mailto:desk@example.org', type: 'Organization', name: 'Example Desk' });
    expect(annotation?.generator).toEqual({ type: 'Software', name: 'ClaimMark' });
    expect(checkWebAnnotation(annotation)).toEqual([]);
  });

  it('writes the export time in UTC with a "Z", as the model requires', () => {
    const [annotation] = buildWebAnnotations({ articles: MAIN_ONLY, exportedAt: '2025-06-03T14:00:00+02:00', shape: 'array' });
    expect(annotation?.generated).toBe('2025-06-03T12:00:00.000Z');
    expect(() => buildWebAnnotations({ articles: MAIN_ONLY, exportedAt: 'tomorrow', shape: 'array' })).toThrow(/not a date/);
  });

  it('gives the same bytes for the same work given in another order', () => {
    const reversed = buildWebAnnotations({
      articles: LIBRARY.map((entry) => ({ ...entry, claims: [...entry.claims].reverse() })),
      exportedAt: EXPORTED_AT,
      shape: 'array',
    });
    expect(serializeJson(reversed)).toBe(serializeJson(annotations));
  });
});

describe('buildWebAnnotations as a collection', () => {
  it('writes tests/fixtures/exchange/library.expected.annotations.jsonld for the library', () => {
    expect(serializeJson(collection)).toBe(EXPECTED);
  });

  it('is an AnnotationCollection with one embedded AnnotationPage holding every annotation', () => {
    expect(collection).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: COLLECTION_ID,
      type: 'AnnotationCollection',
      label: 'Claims in 2 articles',
      total: annotations.length,
      generated: EXPORTED_AT,
      first: { id: `${COLLECTION_ID}#page-1`, type: 'AnnotationPage', partOf: COLLECTION_ID, startIndex: 0, items: annotations },
      last: `${COLLECTION_ID}#page-1`,
    });
  });

  it('labels a one-article collection with its title, or as asked', () => {
    expect(buildWebAnnotations({ articles: MAIN_ONLY, exportedAt: EXPORTED_AT, shape: 'collection', collectionId: COLLECTION_ID }).label).toBe(
      `Claims in “${MAIN_ARTICLE.title}”`,
    );
    expect(
      buildWebAnnotations({ articles: MAIN_ONLY, exportedAt: EXPORTED_AT, shape: 'collection', collectionId: COLLECTION_ID, label: 'Desk 4' }).label,
    ).toBe('Desk 4');
  });

  it('has no page when there are no claims, since a page must hold at least one annotation', () => {
    const empty = buildWebAnnotations({ articles: [{ article: WEB_ARTICLE, claims: [] }], exportedAt: EXPORTED_AT, shape: 'collection', collectionId: COLLECTION_ID });
    expect(empty.total).toBe(0);
    expect(Object.keys(empty)).not.toContain('first');
    expect(checkWebAnnotation(empty)).toEqual([]);
  });

  it.each(['collection-1', 'https://example.org/c#1', 'urn:uuid:with space'])('refuses the collection id %j', (collectionId) => {
    expect(() => buildWebAnnotations({ articles: MAIN_ONLY, exportedAt: EXPORTED_AT, shape: 'collection', collectionId })).toThrow(/absolute IRI/);
  });
});
