// Proves that checkWebAnnotation finds what the specification forbids: the specification's
// own examples pass, and each broken annotation below is reported.

import { describe, expect, it } from 'vitest';
import { checkWebAnnotation } from '../../../support/web-annotation-conformance';

/** Examples from the Web Annotation Data Model, as published. */
const SPEC_EXAMPLES: { name: string; value: unknown }[] = [
  {
    name: 'Example 1: basic',
    value: { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'http://example.org/anno1', type: 'Annotation', body: 'http://example.org/post1', target: 'http://example.com/page1' },
  },
  {
    name: 'Example 5: textual body',
    value: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno5',
      type: 'Annotation',
      body: { type: 'TextualBody', value: "<p>j'adore !</p>", format: 'text/html', language: 'fr' },
      target: 'http://example.org/photo1',
    },
  },
  {
    name: 'Example 6: bodyValue',
    value: { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'http://example.org/anno6', type: 'Annotation', bodyValue: 'Comment text', target: 'http://example.org/target1' },
  },
  {
    name: 'Example 9: several bodies and targets',
    value: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno9',
      type: 'Annotation',
      body: ['http://example.org/description1', { type: 'TextualBody', value: 'tag1' }],
      target: ['http://example.org/image1', 'http://example.org/image2'],
    },
  },
  {
    name: 'Example 11: lifecycle',
    value: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno11',
      type: 'Annotation',
      creator: 'http://example.org/user1',
      created: '2015-01-28T12:00:00Z',
      modified: '2015-01-29T09:00:00Z',
      generator: 'http://example.org/client1',
      generated: '2015-02-04T12:00:00Z',
      body: { id: 'http://example.net/review1', creator: 'http://example.net/user2', created: '2014-06-02T17:00:00Z' },
      target: 'http://example.com/restaurant1',
    },
  },
  {
    name: 'Example 15: motivation and purpose',
    value: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno15',
      type: 'Annotation',
      motivation: 'bookmarking',
      body: [
        { type: 'TextualBody', value: 'readme', purpose: 'tagging' },
        { type: 'TextualBody', value: 'A good description of the topic that bears further investigation', purpose: 'describing' },
      ],
      target: 'http://example.com/page1',
    },
  },
  {
    name: 'Example 23: text quote selector',
    value: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno23',
      type: 'Annotation',
      body: 'http://example.org/comment1',
      target: { source: 'http://example.org/page1', selector: { type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' } },
    },
  },
  {
    name: 'Example 24: text position selector',
    value: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno24',
      type: 'Annotation',
      body: 'http://example.org/review1',
      target: { source: 'http://example.org/ebook1', selector: { type: 'TextPositionSelector', start: 412, end: 795 } },
    },
  },
  {
    name: 'Example 40: collection with an embedded page',
    value: {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/collection1',
      type: 'AnnotationCollection',
      label: 'Two Annotations',
      total: 2,
      first: {
        id: 'http://example.org/page1',
        type: 'AnnotationPage',
        startIndex: 0,
        items: [
          { id: 'http://example.org/anno1', type: 'Annotation', body: 'http://example.net/comment1', target: 'http://example.com/book/chapter1' },
          { id: 'http://example.org/anno2', type: 'Annotation', body: 'http://example.net/comment2', target: 'http://example.com/book/chapter2' },
        ],
      },
    },
  },
];

type Json = Record<string, unknown>;

function validAnnotation(): Json {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
    type: 'Annotation',
    motivation: 'assessing',
    created: '2025-06-01T09:00:00.000Z',
    modified: '2025-06-02T10:10:00Z',
    creator: { id: 'https://example.org/people/jane', type: 'Person', name: 'Jane' },
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: 'A note', format: 'text/plain' },
      {
        type: 'SpecificResource',
        purpose: 'linking',
        source: { id: 'https://example.org/evidence' },
        selector: { type: 'TextQuoteSelector', exact: 'passage' },
        state: { type: 'TimeState', sourceDate: '2025-06-02T00:00:00Z' },
      },
      { id: 'https://example.org/page', type: 'Text' },
    ],
    target: {
      type: 'SpecificResource',
      source: 'https://news.example.com/article',
      selector: [
        { type: 'TextQuoteSelector', exact: 'fell', prefix: 'unemployment ', suffix: ' to' },
        { type: 'TextPositionSelector', start: 4, end: 8 },
      ],
    },
  };
}

function body(annotation: Json, index: number): Json {
  return (annotation.body as Json[])[index] as Json;
}

function target(annotation: Json): Json {
  return annotation.target as Json;
}

function selector(annotation: Json, index: number): Json {
  return (target(annotation).selector as Json[])[index] as Json;
}

const BROKEN: { name: string; problem: RegExp; breakIt: (annotation: Json) => void }[] = [
  { name: 'no @context', problem: /MUST have 1 or more @context values/, breakIt: (a) => { delete a['@context']; } },
  { name: 'another @context only', problem: /anno\.jsonld MUST be one of the @context values/, breakIt: (a) => { a['@context'] = 'https://schema.org'; } },
  { name: 'a single @context in a list', problem: /single @context value MUST be provided as a string/, breakIt: (a) => { a['@context'] = ['http://www.w3.org/ns/anno.jsonld']; } },
  { name: 'no id', problem: /MUST have exactly 1 IRI as id/, breakIt: (a) => { delete a.id; } },
  { name: 'a relative id', problem: /id MUST be an absolute IRI, not "anno1"/, breakIt: (a) => { a.id = 'anno1'; } },
  { name: 'an id with a space', problem: /id MUST be an absolute IRI/, breakIt: (a) => { a.id = 'urn:uuid:0000 0001'; } },
  { name: 'two ids', problem: /exactly 1 id, not a list/, breakIt: (a) => { a.id = ['urn:a:1', 'urn:a:2']; } },
  { name: 'no Annotation type', problem: /Annotation class MUST be one of its types/, breakIt: (a) => { a.type = 'Note'; } },
  { name: 'no type', problem: /MUST have 1 or more types/, breakIt: (a) => { delete a.type; } },
  { name: 'no target', problem: /MUST be 1 or more target relationships/, breakIt: (a) => { delete a.target; } },
  { name: 'an empty target list', problem: /MUST be 1 or more target relationships/, breakIt: (a) => { a.target = []; } },
  { name: 'a relative target', problem: /target given as a string MUST be the IRI/, breakIt: (a) => { a.target = 'page.html'; } },
  { name: 'a textual target', problem: /Target is always an External Web Resource/, breakIt: (a) => { a.target = { type: 'TextualBody', value: 'x' }; } },
  { name: 'created with an offset', problem: /created MUST be a xsd:dateTime with the UTC timezone expressed as "Z"/, breakIt: (a) => { a.created = '2025-06-01T11:00:00+02:00'; } },
  { name: 'created as a date', problem: /created MUST be a xsd:dateTime/, breakIt: (a) => { a.created = '2025-06-01'; } },
  { name: 'an impossible month', problem: /modified MUST be a xsd:dateTime/, breakIt: (a) => { a.modified = '2025-13-01T00:00:00Z'; } },
  { name: 'two modified times', problem: /modified MUST NOT have more than 1 value/, breakIt: (a) => { a.modified = ['2025-06-01T00:00:00Z', '2025-06-02T00:00:00Z']; } },
  { name: 'an invented motivation', problem: /motivation "judging" is neither a W3C motivation nor the IRI of one/, breakIt: (a) => { a.motivation = 'judging'; } },
  { name: 'an invented purpose', problem: /purpose "liking" is neither/, breakIt: (a) => { body(a, 0).purpose = 'liking'; } },
  { name: 'a TextualBody without value', problem: /exactly 1 value property associated with the TextualBody/, breakIt: (a) => { delete body(a, 0).value; } },
  { name: 'a TextualBody with a number', problem: /value MUST be exactly 1 string/, breakIt: (a) => { body(a, 0).value = 42; } },
  { name: 'a body with neither type nor id', problem: /must have a type or an id/, breakIt: (a) => { (a.body as Json[]).push({ format: 'text/plain' }); } },
  { name: 'a web resource with a relative id', problem: /External Web Resource's id MUST be an absolute IRI/, breakIt: (a) => { body(a, 2).id = '/page'; } },
  { name: 'bodyValue next to body', problem: /body MUST NOT also be present/, breakIt: (a) => { a.bodyValue = 'text'; } },
  { name: 'a SpecificResource without source', problem: /exactly 1 source relationship/, breakIt: (a) => { delete target(a).source; } },
  { name: 'two sources', problem: /exactly 1 source, not a list/, breakIt: (a) => { target(a).source = ['https://a.example', 'https://b.example']; } },
  { name: 'a source object without id', problem: /source described in detail MUST have exactly 1 IRI as id/, breakIt: (a) => { body(a, 1).source = { title: 'x' }; } },
  { name: 'a negative start', problem: /start of a TextPositionSelector MUST be a non-negative integer, not -1/, breakIt: (a) => { selector(a, 1).start = -1; } },
  { name: 'a fractional end', problem: /end of a TextPositionSelector MUST be a non-negative integer, not 8\.5/, breakIt: (a) => { selector(a, 1).end = 8.5; } },
  { name: 'a start given as text', problem: /start of a TextPositionSelector MUST be a non-negative integer, not "4"/, breakIt: (a) => { selector(a, 1).start = '4'; } },
  { name: 'no end', problem: /TextPositionSelector MUST have exactly 1 end/, breakIt: (a) => { delete selector(a, 1).end; } },
  { name: 'a start after the end', problem: /start \(9\) of a TextPositionSelector must not be after its end \(8\)/, breakIt: (a) => { selector(a, 1).start = 9; } },
  { name: 'no exact', problem: /TextQuoteSelector MUST have exactly 1 exact/, breakIt: (a) => { delete selector(a, 0).exact; } },
  { name: 'an empty exact', problem: /exact of a TextQuoteSelector must not be empty/, breakIt: (a) => { selector(a, 0).exact = ''; } },
  { name: 'two prefixes', problem: /MUST NOT have more than 1 prefix/, breakIt: (a) => { selector(a, 0).prefix = ['a', 'b']; } },
  { name: 'two selector types', problem: /TextQuoteSelector MUST have exactly 1 type/, breakIt: (a) => { selector(a, 0).type = ['TextQuoteSelector', 'Other']; } },
  { name: 'a broken refinement', problem: /refinedBy\[0\]: .*TextPositionSelector MUST have exactly 1 start/, breakIt: (a) => { selector(a, 0).refinedBy = { type: 'TextPositionSelector', end: 3 }; } },
  { name: 'a TimeState date with an offset', problem: /TimeState dates MUST be xsd:dateTime/, breakIt: (a) => { (body(a, 1).state as Json).sourceDate = '2025-06-02T00:00:00+01:00'; } },
  { name: 'an empty TimeState', problem: /TimeState MUST have a sourceDate/, breakIt: (a) => { body(a, 1).state = { type: 'TimeState' }; } },
  { name: 'an invented text direction', problem: /textDirection MUST be ltr, rtl or auto/, breakIt: (a) => { body(a, 0).textDirection = 'up'; } },
  { name: 'a creator with a relative id', problem: /creator: id MUST be an absolute IRI/, breakIt: (a) => { (a.creator as Json).id = 'jane'; } },
  { name: 'a creator email without mailto:', problem: /email MUST use the mailto: IRI scheme/, breakIt: (a) => { (a.creator as Json).email = 'jane@example.org'; } },
  { name: 'a textual body with an id and a purpose', problem: /3\.3\.5-bodyEWRNoPurpose/, breakIt: (a) => { body(a, 0).id = 'urn:claimmark:status:verified'; } },
  { name: 'rights that are not an IRI', problem: /rights MUST be an absolute IRI/, breakIt: (a) => { a.rights = 'CC BY 4.0'; } },
  { name: 'a via that is not an IRI', problem: /via MUST be an absolute IRI, not "Jb7dmWxqEe-jobs01" \(§3\.3\.7\)/, breakIt: (a) => { a.via = 'Jb7dmWxqEe-jobs01'; } },
  { name: 'two canonical IRIs', problem: /canonical MUST NOT have more than 1 value \(§3\.3\.7\)/, breakIt: (a) => { a.canonical = ['https://example.org/a/1', 'https://example.org/a/2']; } },
];

function validCollection(): Json {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:00000000-0000-4000-8000-000000009999',
    type: 'AnnotationCollection',
    label: 'Claims',
    total: 1,
    first: { id: 'urn:uuid:00000000-0000-4000-8000-000000009999#page-1', type: 'AnnotationPage', partOf: 'urn:uuid:00000000-0000-4000-8000-000000009999', startIndex: 0, items: [validAnnotation()] },
  };
}

const BROKEN_COLLECTIONS: { name: string; problem: RegExp; breakIt: (collection: Json) => void }[] = [
  { name: 'no @context', problem: /MUST have 1 or more @context values \(§5\.1\)/, breakIt: (c) => { delete c['@context']; } },
  { name: 'no id', problem: /a Collection MUST have exactly 1 IRI as id/, breakIt: (c) => { delete c.id; } },
  { name: 'the wrong type', problem: /AnnotationCollection class MUST be one of its types/, breakIt: (c) => { c.type = ['Collection']; } },
  { name: 'a numeric label', problem: /label MUST be a string/, breakIt: (c) => { c.label = 7; } },
  { name: 'a negative total', problem: /total MUST be an xsd:nonNegativeInteger, not -1/, breakIt: (c) => { c.total = -1; } },
  { name: 'annotations but no first page', problem: /more than 0 Annotations MUST have exactly 1 first page/, breakIt: (c) => { delete c.first; } },
  { name: 'a page without id', problem: /a Page MUST have exactly 1 IRI as id/, breakIt: (c) => { delete (c.first as Json).id; } },
  { name: 'a page of the wrong type', problem: /AnnotationPage class MUST be one of its types/, breakIt: (c) => { (c.first as Json).type = 'Page'; } },
  { name: 'a page without annotations', problem: /array of 1 or more Annotations as the value of items/, breakIt: (c) => { (c.first as Json).items = []; } },
  { name: 'a broken annotation in the page', problem: /first\.items\[0\]: .*MUST be 1 or more target relationships/, breakIt: (c) => { delete ((c.first as Json).items as Json[])[0]?.target; } },
  { name: 'a negative startIndex', problem: /startIndex MUST be exactly 1 xsd:nonNegativeInteger/, breakIt: (c) => { (c.first as Json).startIndex = -2; } },
  { name: 'a next page that is not an IRI', problem: /next MUST be an absolute IRI/, breakIt: (c) => { (c.first as Json).next = 'page 2'; } },
];

describe('checkWebAnnotation', () => {
  it.each(SPEC_EXAMPLES)('accepts the specification’s $name', ({ value }) => {
    expect(checkWebAnnotation(value)).toEqual([]);
  });

  it('accepts the valid annotation and collection the broken ones are made from', () => {
    expect(checkWebAnnotation(validAnnotation())).toEqual([]);
    expect(checkWebAnnotation([validAnnotation(), validAnnotation()])).toEqual([]);
    expect(checkWebAnnotation(validCollection())).toEqual([]);
  });

  it.each(BROKEN)('reports an annotation with $name', ({ problem, breakIt }) => {
    const annotation = validAnnotation();
    breakIt(annotation);
    const problems = checkWebAnnotation(annotation);
    expect(problems.some((message) => problem.test(message)), problems.join('\n') || 'no problems reported').toBe(true);
  });

  it.each(BROKEN_COLLECTIONS)('reports a collection with $name', ({ problem, breakIt }) => {
    const collection = validCollection();
    breakIt(collection);
    const problems = checkWebAnnotation(collection);
    expect(problems.some((message) => problem.test(message)), problems.join('\n') || 'no problems reported').toBe(true);
  });

  it('reports every problem, each with where it is', () => {
    const annotation = validAnnotation();
    delete annotation.id;
    selector(annotation, 1).start = -1;
    expect(checkWebAnnotation(annotation)).toEqual([
      '$: an Annotation MUST have exactly 1 IRI as id (§3.1)',
      '$.target.selector[1]: the start of a TextPositionSelector MUST be a non-negative integer, not -1 (§4.2.5)',
    ]);
  });

  it.each([null, 'annotation', 42, []])('reports %j as no annotation at all', (value) => {
    expect(checkWebAnnotation(value)).not.toEqual([]);
  });
});
