import { describe, expect, it } from 'vitest';
import { buildExportDocument, serializeExportDocument } from '../../../../shared/export/export-document';
import { buildNativeExport, type NativeExport } from '../../../../shared/export/native-export';
import { serializeJson } from '../../../../shared/export/serialize-json';
import { buildWebAnnotations, type WebAnnotation } from '../../../../shared/export/web-annotation';
import { ImportError, parseImport, type ImportBundle } from '../../../../shared/import/parse-import';
import { EXPORTED_AT, LIBRARY, MAIN_ARTICLE, MAIN_CLAIMS, MAIN_ONLY, NOTE_WITH_MARKUP, WEB_ARTICLE, uuid } from '../export/exchange-fixture';

type Json = Record<string, unknown>;

function importError(text: string): string {
  try {
    parseImport(text);
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error('expected an ImportError, but the import succeeded');
}

/** The library as the current version (5) exports it. */
function nativeExport(): NativeExport {
  return JSON.parse(serializeJson(buildNativeExport({ articles: LIBRARY, exportedAt: EXPORTED_AT }))) as NativeExport;
}

/** A minimal annotation as another tool might write it. */
function annotation(fields: Json = {}): Json {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://annotations.example/a/1',
    type: 'Annotation',
    target: { source: 'https://news.example.com/a', selector: { type: 'TextQuoteSelector', exact: 'growth' } },
    ...fields,
  };
}

function onlyClaim(bundle: ImportBundle): ImportBundle['articles'][number]['claims'][number] {
  const claim = bundle.articles[0]?.claims[0];
  if (claim === undefined) throw new Error('no claim imported');
  return claim;
}

describe('parseImport: native exports', () => {
  it('reads version 5 with every article, its reference and every claim', () => {
    const bundle = parseImport(serializeJson(nativeExport()));
    expect(bundle.kind).toBe('native');
    expect(bundle.articles.map((article) => article.ref)).toEqual([
      {
        title: MAIN_ARTICLE.title,
        source: 'Daily Example',
        contentHash: MAIN_ARTICLE.contentHash,
        text: MAIN_ARTICLE.text,
        byline: 'By Sam *Reporter*',
        siteName: 'Daily Example',
        publishedTime: '2025-06-01T07:30:00Z',
        fileName: 'minister.txt',
      },
      {
        title: WEB_ARTICLE.title,
        source: WEB_ARTICLE.source,
        contentHash: WEB_ARTICLE.contentHash,
        text: WEB_ARTICLE.text,
        siteName: 'News Example',
        publishedTime: 'Monday',
        fileName: 'jobs-report.html',
      },
    ]);
    expect(bundle.articles.map((article) => article.offsetUnit)).toEqual(['utf-16-code-unit', 'utf-16-code-unit']);
    const original = MAIN_CLAIMS.find((claim) => claim.id === uuid(1));
    expect(onlyClaim(bundle)).toEqual({
      id: uuid(1),
      quote: original?.selectors.quote,
      position: original?.selectors.position,
      status: 'verified',
      note: original?.note,
      claimant: 'Jane Doe, Minister of Labour',
      claimantType: 'person',
      claimReviewed: 'Unemployment fell to 3.9% in May 2025',
      tags: ['economy', 'Labour market'],
      evidence: original?.evidence,
      history: original?.history,
      review: null,
      anchor: { state: 'anchored', method: 'created', score: null },
      origin: null,
      created: '2025-06-01T09:00:00.000Z',
      modified: '2025-06-02T10:10:00.000Z',
    });
  });

  it('reads where each imported claim came from (version 5), and none for the claims made in ClaimMark', () => {
    const claims = parseImport(serializeJson(nativeExport())).articles.flatMap((article) => article.claims);
    expect(claims.map((claim) => [claim.id, claim.origin])).toEqual([
      [uuid(1), null],
      [uuid(2), null],
      [uuid(3), { tool: 'hypothesis', id: 'Jb7dmWxqEe-jobs01' }],
      [uuid(4), null],
      [uuid(5), { tool: 'web-annotation', id: 'https://annotations.example.org/a/budget-12' }],
      ['legacy claim/7', null],
      [uuid(6), null],
      [uuid(11), null],
      [uuid(12), null],
    ]);
  });

  it('reads version 4, written before claims kept their origin, with none', () => {
    const value = JSON.parse(serializeJson(nativeExport())) as { version: number; articles: { claims: Json[] }[] };
    value.version = 4;
    for (const entry of value.articles) for (const claim of entry.claims) Reflect.deleteProperty(claim, 'origin');
    const claims = parseImport(JSON.stringify(value)).articles.flatMap((article) => article.claims);
    expect(claims.map((claim) => claim.origin)).toEqual([null, null, null, null, null, null, null, null, null]);
    expect(claims[0]).toMatchObject({ id: uuid(1), tags: ['economy', 'Labour market'], claimantType: 'person' });
  });

  it('refuses a version-5 origin naming a tool this version does not know', () => {
    const value = nativeExport();
    Object.assign(value.articles[0]?.claims[0] ?? {}, { origin: { tool: 'notepad', id: 'n-1' } });
    expect(importError(serializeJson(value))).toMatch(/^This ClaimMark export \(version 5\) is damaged at articles\[0\]\.claims\[0\]\.origin\.tool: /);
  });

  it('reads the words a moved claim was reviewed on (version 3)', () => {
    const value = nativeExport();
    const review = { quote: 'unemployment fell to 3.8% in May', since: '2025-06-03T09:00:00.000Z' };
    Object.assign(value.articles[0]?.claims[0] ?? {}, { checked: false, needsReview: true, review });
    expect(onlyClaim(parseImport(serializeJson(value)))).toMatchObject({ id: uuid(1), status: 'verified', review });
  });

  it('reads version 3, written before claims had tags or a claimant type, with none and not said', () => {
    const value = JSON.parse(serializeJson(nativeExport())) as { version: number; articles: { claims: Json[] }[] };
    value.version = 3;
    for (const entry of value.articles) for (const claim of entry.claims) {
      Reflect.deleteProperty(claim, 'tags');
      Reflect.deleteProperty(claim, 'claimantType');
    }
    const claims = parseImport(JSON.stringify(value)).articles.flatMap((article) => article.claims);
    expect(claims.map((claim) => claim.tags)).toEqual([[], [], [], [], [], [], [], [], []]);
    expect(claims.map((claim) => claim.claimantType)).toEqual([null, null, null, null, null, null, null, null, null]);
    expect(claims[0]).toMatchObject({ id: uuid(1), claimant: 'Jane Doe, Minister of Labour', claimReviewed: 'Unemployment fell to 3.9% in May 2025' });
  });

  it('reads version 2, written before claims had a review, as needing none', () => {
    const value = JSON.parse(serializeJson(nativeExport())) as { version: number; articles: { claims: Json[] }[] };
    value.version = 2;
    for (const entry of value.articles) for (const claim of entry.claims) {
      Reflect.deleteProperty(claim, 'needsReview');
      Reflect.deleteProperty(claim, 'review');
    }
    const bundle = parseImport(JSON.stringify(value));
    expect(bundle.articles.flatMap((article) => article.claims).map((claim) => claim.review)).toEqual([null, null, null, null, null, null, null, null, null]);
    expect(onlyClaim(bundle)).toMatchObject({ id: uuid(1), status: 'verified', note: NOTE_WITH_MARKUP, claimant: 'Jane Doe, Minister of Labour' });
  });

  it('reads version 1, which has no claimant, evidence, history or anchoring', () => {
    const bundle = parseImport(serializeExportDocument(buildExportDocument(MAIN_ARTICLE, MAIN_CLAIMS, EXPORTED_AT)));
    expect(bundle.articles[0]?.ref).toEqual({
      title: MAIN_ARTICLE.title,
      source: 'Daily Example',
      contentHash: MAIN_ARTICLE.contentHash,
      text: MAIN_ARTICLE.text,
      fileName: 'minister.txt',
    });
    expect(onlyClaim(bundle)).toMatchObject({ id: uuid(1), status: 'verified', claimant: null, claimantType: null, claimReviewed: null, tags: [], evidence: [], history: [], anchor: null });
  });

  it('ignores properties it does not know', () => {
    const value = nativeExport();
    Object.assign(value, { comment: 'hello' });
    Object.assign(value.articles[0]?.claims[0] ?? {}, { colour: 'red' });
    Object.assign(value.articles[0]?.article ?? {}, { language: 'en' });
    expect(parseImport(JSON.stringify(value)).articles[0]?.claims).toHaveLength(MAIN_CLAIMS.length);
  });

  it('brings a status it does not know in as Unverified, and says so', () => {
    const value = nativeExport();
    Object.assign(value.articles[0]?.claims[0] ?? {}, { status: 'mostly-true' });
    const bundle = parseImport(JSON.stringify(value));
    expect(onlyClaim(bundle).status).toBe('unverified');
    expect(bundle.warnings).toEqual([
      'articles[0].claims[0]: the status "mostly-true" is not one this app knows; the claim comes in as Unverified.',
    ]);
  });

  it('does the same for version 1', () => {
    const value = JSON.parse(serializeExportDocument(buildExportDocument(MAIN_ARTICLE, MAIN_CLAIMS, EXPORTED_AT))) as { claims: Json[] };
    Object.assign(value.claims[1] ?? {}, { status: 'retracted' });
    const bundle = parseImport(JSON.stringify(value));
    expect(bundle.articles[0]?.claims.map((claim) => claim.status)).toEqual(['verified', 'unverified', 'misleading', 'inconclusive', 'unverified', 'unverified', 'in-progress']);
    expect(bundle.warnings).toEqual(['claims[1]: the status "retracted" is not one this app knows; the claim comes in as Unverified.']);
  });

  it('warns when a quote is not at its position in the exported text', () => {
    const value = nativeExport();
    Object.assign(value.articles[0]?.claims[0]?.selectors[0] ?? {}, { start: 0, end: 5 });
    expect(parseImport(JSON.stringify(value)).warnings).toEqual([
      'articles[0].claims[0]: the quote is not at its position in the article text; it will be searched for.',
    ]);
  });
});

describe('parseImport: W3C Web Annotations', () => {
  const list = buildWebAnnotations({ articles: LIBRARY, exportedAt: EXPORTED_AT, shape: 'array' });
  const one = list[0] as WebAnnotation;

  const shapes: { name: string; value: unknown; claims: number }[] = [
    { name: 'one annotation', value: one, claims: 1 },
    { name: 'a list', value: list, claims: list.length },
    { name: 'a collection', value: buildWebAnnotations({ articles: LIBRARY, exportedAt: EXPORTED_AT, shape: 'collection', collectionId: 'urn:uuid:1' }), claims: list.length },
    { name: 'a page', value: { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x:page', type: 'AnnotationPage', items: list }, claims: list.length },
    {
      name: 'a collection of two embedded pages',
      value: {
        type: 'AnnotationCollection',
        first: { type: 'AnnotationPage', items: list.slice(0, 2), next: { type: 'AnnotationPage', items: list.slice(2) } },
      },
      claims: list.length,
    },
  ];

  it.each(shapes)('reads $name', ({ value, claims }) => {
    const bundle = parseImport(JSON.stringify(value));
    expect(bundle.kind).toBe('web-annotation');
    expect(bundle.articles.flatMap((article) => article.claims)).toHaveLength(claims);
    expect(bundle.articles.every((article) => article.offsetUnit === 'code-point')).toBe(true);
  });

  it('groups claims by article: by content hash for urn:sha256, by address otherwise', () => {
    expect(parseImport(JSON.stringify(list)).articles.map((article) => [article.ref, article.claims.length])).toEqual([
      [{ contentHash: MAIN_ARTICLE.contentHash }, MAIN_CLAIMS.length],
      [{ source: WEB_ARTICLE.source }, 2],
    ]);
  });

  it('takes in a claim whose origin names a tool it does not know, without the origin, and says so', () => {
    const bundle = parseImport(JSON.stringify(annotation({ via: 'https://notes.example/n/7', 'urn:claimmark:origin': { 'urn:claimmark:tool': 'mendeley' } })));
    expect(onlyClaim(bundle)).toMatchObject({ quote: { exact: 'growth' }, origin: null });
    expect(bundle.warnings).toEqual([
      "item 1: the origin (urn:claimmark:origin) does not name a tool ClaimMark knows (web-annotation, hypothesis, doccano, label-studio) and the claim's id there (via, or schema:identifier); the claim comes in without it.",
    ]);
  });

  it('reads only what the file includes when a page links to another', () => {
    const bundle = parseImport(JSON.stringify({ type: 'AnnotationPage', items: [one], next: 'https://annotations.example/page/2' }));
    expect(bundle.warnings).toEqual([
      'The file links to a further page (https://annotations.example/page/2) without including it; only the annotations in the file were read.',
    ]);
  });

  const statuses: { name: string; body: unknown; status: string }[] = [
    { name: 'an assessing label', body: { type: 'TextualBody', purpose: 'assessing', value: 'Misleading' }, status: 'misleading' },
    { name: 'a tag with a status id', body: { type: 'TextualBody', purpose: 'tagging', value: 'in-progress' }, status: 'in-progress' },
    { name: 'a Check-style status id', body: { type: 'TextualBody', purpose: ['tagging'], value: 'in_progress' }, status: 'in-progress' },
    { name: 'a rating text', body: { type: 'TextualBody', purpose: 'classifying', value: 'true' }, status: 'verified' },
    { name: 'a status IRI as id', body: { id: 'urn:claimmark:status:false', type: 'TextualBody', purpose: 'assessing', value: 'Faux' }, status: 'false' },
    { name: 'a status IRI as the body', body: 'urn:claimmark:status:inconclusive', status: 'inconclusive' },
    { name: 'no status at all', body: { type: 'TextualBody', value: 'just a note' }, status: 'unverified' },
    { name: 'a comment that happens to say False', body: { type: 'TextualBody', purpose: 'commenting', value: 'False' }, status: 'unverified' },
  ];

  it.each(statuses)('reads the status from $name', ({ body, status }) => {
    expect(onlyClaim(parseImport(JSON.stringify(annotation({ body })))).status).toBe(status);
  });

  it('uses the first of several statuses, and says so', () => {
    const bundle = parseImport(JSON.stringify(annotation({ body: [
      { type: 'TextualBody', purpose: 'tagging', value: 'False' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Verified' },
    ] })));
    expect(onlyClaim(bundle).status).toBe('false');
    expect(bundle.warnings).toEqual(['item 1: names several statuses (false, verified); the first, false, was used.']);
  });

  it('makes the note from textual bodies that are not tags, and from bodyValue', () => {
    const notes = parseImport(JSON.stringify(annotation({ body: [
      { type: 'TextualBody', value: 'First.' },
      'Second, as a plain string.',
      { type: 'TextualBody', purpose: 'describing', value: 'Third.' },
      { type: 'Choice', items: [{ type: 'TextualBody', value: 'Fourth, in English.', language: 'en' }, { type: 'TextualBody', value: 'Quatrième.', language: 'fr' }] },
    ] })));
    expect(onlyClaim(notes).note).toBe('First.\n\nSecond, as a plain string.\n\nThird.\n\nFourth, in English.');
    expect(onlyClaim(parseImport(JSON.stringify(annotation({ bodyValue: 'Only this.' })))).note).toBe('Only this.');
  });

  it('keeps http(s) links as evidence and leaves others out with a warning', () => {
    const bundle = parseImport(JSON.stringify(annotation({ body: [
      'https://example.org/one',
      { id: 'https://example.org/two', type: 'Text', title: 'Two' },
      { type: 'SpecificResource', purpose: 'linking', source: 'http://example.org/three', 'urn:claimmark:stance': 'refutes' },
      'ftp://example.org/four',
      { id: 'javascript:alert(1)' },
      { type: 'SpecificResource', source: { id: 'mailto:desk@example.org' } },
    ] })));
    expect(onlyClaim(bundle).evidence).toEqual([
      { id: null, url: 'https://example.org/one', title: '', quote: '', accessed: null, stance: 'context', added: null },
      { id: null, url: 'https://example.org/two', title: 'Two', quote: '', accessed: null, stance: 'context', added: null },
      { id: null, url: 'http://example.org/three', title: '', quote: '', accessed: null, stance: 'refutes', added: null },
    ]);
    expect(bundle.warnings).toEqual([
      'item 1: body 4: the link "ftp://example.org/four" is not an http(s) address; left out.',
      'item 1: body 5: the link "javascript:alert(1)" is not an http(s) address; left out.',
      'item 1: body 6: the link "mailto:desk@example.org" is not an http(s) address; left out.',
    ]);
  });

  it('reads a target given as a list, skipping plain IRIs, and says when there are several', () => {
    const bundle = parseImport(JSON.stringify(annotation({ target: [
      'https://news.example.com/a',
      { source: { id: 'https://news.example.com/a', type: 'Text' }, selector: [{ type: 'TextPositionSelector', start: 3, end: 9 }] },
    ] })));
    expect(onlyClaim(bundle)).toMatchObject({ quote: null, position: { type: 'TextPositionSelector', start: 3, end: 9 } });
    expect(bundle.articles[0]?.ref).toEqual({ source: 'https://news.example.com/a' });
    expect(bundle.warnings).toEqual(['item 1: has 2 targets; only target 2 was read.']);
  });

  it('takes a quote from refinedBy, but not a position, which counts from the outer selection', () => {
    const claim = onlyClaim(parseImport(JSON.stringify(annotation({ target: {
      source: 'https://news.example.com/a',
      selector: { type: 'XPathSelector', value: '/p[2]', refinedBy: { type: 'TextPositionSelector', start: 1, end: 4, refinedBy: { type: 'TextQuoteSelector', exact: 'abc' } } },
    } }))));
    expect(claim).toMatchObject({ quote: { type: 'TextQuoteSelector', exact: 'abc', prefix: '', suffix: '' }, position: null });
  });

  it('turns other time zones into UTC, and leaves out times it cannot read', () => {
    const bundle = parseImport(JSON.stringify(annotation({ created: '2025-06-01T11:00:00+02:00', modified: 'yesterday' })));
    expect(onlyClaim(bundle)).toMatchObject({ created: '2025-06-01T09:00:00.000Z', modified: null });
    expect(bundle.warnings).toEqual(['item 1: modified is not a date and time (a text); left out.']);
  });

  it('takes ids from urn:uuid and ClaimMark URNs, and keeps other IRIs whole', () => {
    const ids = parseImport(JSON.stringify([
      annotation({ id: 'urn:uuid:00000000-0000-4000-8000-00000000ABCD' }),
      annotation({ id: 'urn:claimmark:claim:legacy%20claim%2F7' }),
      annotation({ id: '#local-id' }),
      annotation({ id: 'https://hypothes.is/a/xyz' }),
    ])).articles[0]?.claims.map((claim) => claim.id);
    expect(ids).toEqual(['00000000-0000-4000-8000-00000000abcd', 'legacy claim/7', 'local-id', 'https://hypothes.is/a/xyz']);
  });
});

describe('parseImport: what it refuses, and why', () => {
  const native = (change: (value: NativeExport) => void): string => {
    const value = nativeExport();
    change(value);
    return JSON.stringify(value);
  };
  const w3c = (...items: unknown[]): string => JSON.stringify(items);
  const page = (...items: unknown[]): string => JSON.stringify({ type: 'AnnotationPage', items });

  const cases: { name: string; text: string; message: string | RegExp }[] = [
    { name: 'an empty file', text: '', message: 'The file is empty.' },
    { name: 'only white space', text: ' \n\t ', message: 'The file is empty.' },
    { name: 'text that is not JSON', text: 'claims: none', message: /^The file is not valid JSON: / },
    { name: 'an HTML page', text: '<!doctype html><html></html>', message: 'The file looks like HTML or XML, not JSON.' },
    { name: 'truncated JSON', text: serializeJson(nativeExport()).slice(0, 500), message: /ends in the middle of the JSON; it may be truncated/ },
    { name: 'truncated inside a string', text: '{"format": "claimmark-exp', message: /ends in the middle of the JSON/ },
    { name: 'a trailing comma', text: '[1, 2,]', message: /^The file is not valid JSON: / },
    { name: 'a number', text: '42', message: 'The file holds a number, not a ClaimMark export, W3C Web Annotations, Hypothesis JSON, doccano JSONL or Label Studio JSON.' },
    { name: 'null', text: 'null', message: 'The file holds null, not a ClaimMark export, W3C Web Annotations, Hypothesis JSON, doccano JSONL or Label Studio JSON.' },
    { name: 'a string', text: '"claims"', message: 'The file holds a text, not a ClaimMark export, W3C Web Annotations, Hypothesis JSON, doccano JSONL or Label Studio JSON.' },
    { name: 'an unrelated object', text: '{"rows": []}', message: /^The file is JSON, but none of a ClaimMark export, W3C Web Annotations, Hypothesis JSON, doccano JSONL or Label Studio JSON/ },
    { name: 'an empty list', text: '[]', message: 'The file holds no annotations.' },
    { name: 'a newer export version', text: native((value) => Object.assign(value, { version: 6 })), message: /newer version of ClaimMark \(export version 6\); this version reads export versions 1 to 5/ },
    { name: 'a version given as text', text: native((value) => Object.assign(value, { version: '2' })), message: 'This ClaimMark export has no version this app knows (version "2").' },
    { name: 'a claim with a negative offset', text: native((value) => Object.assign(value.articles[0]?.claims[0]?.selectors[0] ?? {}, { start: -1 })), message: /^This ClaimMark export \(version 5\) is damaged at articles\[0\]\.claims\[0\]\.selectors\[0\]/ },
    { name: 'a note that is a number', text: native((value) => Object.assign(value.articles[0]?.claims[1] ?? {}, { note: 7 })), message: /damaged at articles\[0\]\.claims\[1\]\.note: .*expected string/ },
    { name: 'no list of articles', text: native((value) => Reflect.deleteProperty(value, 'articles')), message: /damaged at articles: / },
    { name: 'evidence that is not http(s)', text: native((value) => Object.assign(value.articles[0]?.claims[0]?.evidence[0] ?? {}, { url: 'javascript:alert(1)' })), message: /damaged at articles\[0\]\.claims\[0\]\.evidence\[0\]\.url: Evidence links must be http/ },
    { name: 'a status label that is not its status’s', text: native((value) => Object.assign(value.articles[0]?.claims[0] ?? {}, { statusLabel: 'False' })), message: 'This ClaimMark export (version 5) is damaged at articles[0].claims[0].statusLabel: expected "Verified" for the status verified.' },
    { name: 'selectors in the wrong order', text: native((value) => void value.articles[0]?.claims[0]?.selectors.reverse()), message: /^This ClaimMark export \(version 5\) is damaged at articles\[0\]\.claims\[0\]\.selectors\[0\]\.type: / },
    { name: 'a content hash that is not SHA-256', text: native((value) => Object.assign(value.articles[1]?.article ?? {}, { contentHash: 'md5:1' })), message: /damaged at articles\[1\]\.article\.contentHash: expected "sha256:"/ },
    { name: 'a version 1 export in another offset unit', text: JSON.stringify({ ...JSON.parse(serializeExportDocument(buildExportDocument(MAIN_ARTICLE, [], EXPORTED_AT))), offsetUnit: 'code-point' }), message: /version 1\) is damaged at offsetUnit/ },
    { name: 'only an annotation on a whole page', text: w3c(annotation({ target: 'https://news.example.com/a' })), message: 'None of the annotations in the file selects text of an article, so there are no claims to import.' },
    { name: 'only an annotation without target', text: w3c(annotation({ target: undefined })), message: 'None of the annotations in the file selects text of an article, so there are no claims to import.' },
    { name: 'an item that is not an object', text: w3c(annotation(), 7), message: 'item 2: expected an annotation object, found a number.' },
    { name: 'an item of another type', text: w3c(annotation({ type: 'Note' })), message: 'item 1: not an Annotation (its type is "Note").' },
    { name: 'an annotation without id', text: w3c(annotation({ id: undefined })), message: 'item 1: the annotation has no id.' },
    { name: 'a negative start', text: w3c(annotation({ target: { selector: { type: 'TextPositionSelector', start: -4, end: 2 } } })), message: "item 1: target: the TextPositionSelector's start must be a whole number of 0 or more (found -4)." },
    { name: 'a start given as text', text: w3c(annotation({ target: { selector: { type: 'TextPositionSelector', start: '4', end: 9 } } })), message: "item 1: target: the TextPositionSelector's start must be a whole number of 0 or more (found a text)." },
    { name: 'a position that ends before it starts', text: w3c(annotation({ target: { selector: { type: 'TextPositionSelector', start: 5, end: 2 } } })), message: 'item 1: target: the TextPositionSelector ends (2) before it starts (5).' },
    { name: 'an empty quote', text: w3c(annotation({ target: { selector: { type: 'TextQuoteSelector', exact: '' } } })), message: "item 1: target: the TextQuoteSelector's exact must be non-empty text (found a text)." },
    { name: 'a prefix that is not text', text: w3c(annotation({ target: { selector: { type: 'TextQuoteSelector', exact: 'a', prefix: 3 } } })), message: "item 1: target: the TextQuoteSelector's prefix must be text (found a number)." },
    { name: 'a selector that is a number', text: w3c(annotation({ target: { selector: [5] } })), message: 'item 1: target: selector 1 is not an object (found a number).' },
    { name: 'two sources', text: w3c(annotation({ target: { source: ['https://a.example', 'https://b.example'], selector: { type: 'TextQuoteSelector', exact: 'a' } } })), message: 'item 1: target: has more than one source.' },
    { name: 'a textual body that is not text', text: w3c(annotation({ body: [{ type: 'TextualBody', value: 'ok' }, { type: 'TextualBody', value: 12 }] })), message: "item 1: body 2: the TextualBody's value must be text (found a number)." },
    { name: 'a malformed status history', text: w3c(annotation({ 'urn:claimmark:statusHistory': [{ 'schema:replacee': 'unverified', 'schema:replacer': 'done', 'schema:endTime': '2025-06-01T00:00:00Z' }] })), message: 'item 1: status history entry 1 is not a change between two known statuses at a UTC time.' },
    { name: 'a claimant that is too long', text: w3c(annotation({ 'schema:itemReviewed': { 'schema:author': 'x'.repeat(501) } })), message: /^item 1: claimant: Too big/ },
    { name: 'a collection that only links its first page', text: JSON.stringify({ type: 'AnnotationCollection', total: 3, first: 'https://annotations.example/page/1' }), message: 'The collection only links to its first page (https://annotations.example/page/1) instead of including it; save the page itself and import that.' },
    { name: 'a collection that has annotations but no page', text: JSON.stringify({ type: 'AnnotationCollection', total: 3 }), message: 'The collection says it holds 3 annotations but has no first page.' },
    { name: 'an empty collection', text: JSON.stringify({ type: 'AnnotationCollection', total: 0 }), message: 'The file holds no annotations.' },
    { name: 'a page without items', text: JSON.stringify({ type: 'AnnotationPage' }), message: 'Page 1 of the collection has no list of items.' },
    { name: 'a second page that is not a page', text: JSON.stringify({ type: 'AnnotationPage', items: [annotation()], next: { items: [] } }), message: 'Page 2 of the collection is not an AnnotationPage (found an object).' },
    { name: 'only an item in a page without selector', text: page(annotation({ target: { source: 'https://news.example.com/a' } })), message: 'None of the annotations in the file selects text of an article, so there are no claims to import.' },
  ];

  it.each(cases)('refuses $name', ({ text, message }) => {
    const error = importError(text);
    if (typeof message === 'string') expect(error).toBe(message);
    else expect(error).toMatch(message);
  });

  it('refuses the whole file, not just the bad item', () => {
    expect(() => parseImport(w3c(annotation(), annotation({ id: 'urn:x:2', target: { selector: { type: 'TextPositionSelector', start: 9, end: 2 } } })))).toThrow(ImportError);
  });

  it('accepts a file that starts with a byte order mark', () => {
    expect(parseImport(`\ufeff${serializeJson(buildNativeExport({ articles: MAIN_ONLY, exportedAt: EXPORTED_AT }))}`).kind).toBe('native');
  });
});
