// Files made to hurt: deep nesting, huge sizes, prototype keys, floods of items. Each must
// end in a clear ImportError (or an inert result), never a crash or a polluted prototype.

import { afterEach, describe, expect, it } from 'vitest';
import { buildNativeExport } from '../../../../shared/export/native-export';
import { serializeJson } from '../../../../shared/export/serialize-json';
import { DEFAULT_IMPORT_LIMITS, ImportError, parseImport } from '../../../../shared/import/parse-import';
import { EXPORTED_AT, MAIN_ONLY } from '../export/exchange-fixture';

function importError(text: string, limits = {}): string {
  try {
    parseImport(text, limits);
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error('expected an ImportError, but the import succeeded');
}

function annotation(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'Annotation', id, target: { selector: { type: 'TextQuoteSelector', exact: 'quote' } }, ...extra };
}

describe('nesting', () => {
  it('has sensible default limits', () => {
    expect(DEFAULT_IMPORT_LIMITS).toEqual({ maxBytes: 20 * 1024 * 1024, maxDepth: 64, maxClaims: 50_000 });
  });

  it('refuses megabytes of "[" with a clear message, before parsing', () => {
    const message = importError('['.repeat(5_000_000));
    expect(message).toBe('The file nests arrays or objects more than 64 levels deep (at character 65); ClaimMark does not read files like that.');
  });

  it('refuses deeply nested objects inside an otherwise valid annotation', () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    expect(importError(`[{"type":"Annotation","id":"urn:x:1","body":${deep}}]`)).toMatch(/^The file nests arrays or objects more than 64 levels deep \(at character \d+\)/);
  });

  it('lets 64 levels through to the ordinary checks', () => {
    const exactly = `${'['.repeat(64)}${']'.repeat(64)}`;
    expect(importError(exactly)).toBe('item 1: expected an annotation object, found a list.');
    expect(importError(`${'['.repeat(65)}${']'.repeat(65)}`)).toMatch(/more than 64 levels deep/);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const note = `${'[{'.repeat(200)} \\" ${'[{'.repeat(200)}`;
    const bundle = parseImport(JSON.stringify([annotation('urn:x:1', { bodyValue: JSON.parse(`"${note}"`) as string })]));
    expect(bundle.articles[0]?.claims[0]?.note).toContain('[{[{');
  });

  it('follows a chain of refinements only as deep as the nesting limit allows', () => {
    let selector: Record<string, unknown> = { type: 'TextQuoteSelector', exact: 'deep' };
    for (let level = 0; level < 55; level += 1) selector = { type: 'XPathSelector', value: '/p', refinedBy: selector };
    const bundle = parseImport(JSON.stringify([annotation('urn:x:1', { target: { selector } })]));
    expect(bundle.articles[0]?.claims[0]?.quote?.exact).toBe('deep');
  });
});

describe('size', () => {
  it('refuses a file over the size limit, counted in UTF-8 bytes', () => {
    expect(importError('"' + 'a'.repeat(2000) + '"', { maxBytes: 1000 })).toBe(
      'The file is larger than 1000 bytes; ClaimMark imports files up to that size.',
    );
    // 600 characters, but 1200 bytes of UTF-8.
    expect(importError(`"${'é'.repeat(600)}"`, { maxBytes: 1000 })).toMatch(/larger than 1000 bytes/);
    expect(importError(`"${'😀'.repeat(240)}"`, { maxBytes: 1000 })).not.toMatch(/larger than/);
  });

  it('refuses more than 20 MB by default', () => {
    expect(importError(' '.repeat(20 * 1024 * 1024 + 1))).toBe('The file is larger than 20 MB; ClaimMark imports files up to that size.');
  });

  it('refuses more claims than the limit', () => {
    const items = Array.from({ length: 10 }, (_, index) => annotation(`urn:x:${index}`));
    expect(importError(JSON.stringify(items), { maxClaims: 5 })).toBe('The file holds 10 annotations; ClaimMark imports at most 5 at a time.');
    const native = serializeJson(buildNativeExport({ articles: MAIN_ONLY, exportedAt: EXPORTED_AT }));
    expect(importError(native, { maxClaims: 5 })).toBe('The file holds 7 claims; ClaimMark imports at most 5 at a time.');
  });

  it('caps the warnings a file can cause', () => {
    const items = Array.from({ length: 150 }, (_, index) =>
      annotation(`urn:x:${index}`, { body: { type: 'TextualBody', purpose: 'tagging', value: 'x'.repeat(101) } }),
    );
    const { warnings } = parseImport(JSON.stringify(items));
    expect(warnings).toHaveLength(101);
    expect(warnings[0]).toBe(`item 1: the tag "${'x'.repeat(40)}…" is longer than 100 characters; left out.`);
    expect(warnings[100]).toBe('… and 50 more warnings.');
  });

  it('keeps the first 50 tags of an annotation with more, each once, on one line', () => {
    const tags = ['Economy', 'economy', ' line\nbreak ', ...Array.from({ length: 60 }, (_, index) => `tag ${index + 1}`)];
    const item = annotation('urn:x:1', { body: tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })) });
    const { articles, warnings } = parseImport(JSON.stringify([item]));
    const kept = articles[0]?.claims[0]?.tags ?? [];
    expect(kept).toHaveLength(50);
    expect(kept.slice(0, 4)).toEqual(['Economy', 'line break', 'tag 1', 'tag 2']);
    expect(kept.at(-1)).toBe('tag 48');
    expect(warnings).toEqual(['item 1: has more than 50 tags; the first 50 were kept.']);
  });
});

describe('prototype keys', () => {
  afterEach(() => {
    // If a test ever polluted the prototype, undo it so the other tests are not affected.
    for (const key of ['polluted', 'isAdmin']) Reflect.deleteProperty(Object.prototype, key);
  });

  const hostile = [
    {
      name: 'a W3C file',
      text: `[{"__proto__": {"polluted": true}, "constructor": {"prototype": {"isAdmin": true}},
        "type": "Annotation", "id": "urn:x:1",
        "body": {"__proto__": {"polluted": true}, "type": "TextualBody", "value": "note"},
        "target": {"selector": {"type": "TextQuoteSelector", "exact": "quote", "__proto__": {"polluted": true}}}}]`,
    },
    {
      name: 'a native export',
      text: serializeJson(buildNativeExport({ articles: MAIN_ONLY, exportedAt: EXPORTED_AT })).replace(
        '"claims": [',
        '"__proto__": {"polluted": true}, "constructor": {"prototype": {"isAdmin": true}}, "claims": [',
      ),
    },
  ];

  it.each(hostile)('leaves Object.prototype alone when reading $name', ({ text }) => {
    const bundle = parseImport(text);
    expect(bundle.articles[0]?.claims.length).toBeGreaterThan(0);
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(Object.hasOwn(Object.prototype, 'isAdmin')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const claim = bundle.articles[0]?.claims[0];
    expect(Object.getPrototypeOf(claim)).toBe(Object.prototype);
    expect(JSON.stringify(bundle)).not.toContain('polluted');
  });

  it('never finds a type, id or target on the prototype', () => {
    const text = '{"__proto__": {"type": "Annotation", "id": "urn:x:1", "target": {"selector": {"type": "TextQuoteSelector", "exact": "x"}}}}';
    expect(importError(text)).toMatch(/^The file is JSON, but none of a ClaimMark export, W3C Web Annotations/);
    expect(importError('[{"type": "Annotation", "constructor": "x", "id": "urn:x:1"}]')).toBe('None of the annotations in the file selects text of an article, so there are no claims to import.');
  });

  it('does not mistake inherited names for properties', () => {
    expect(importError('[{"type": "Annotation", "id": "urn:x:1", "target": {"selector": {"type": "toString"}}}]')).toBe('None of the annotations in the file selects text of an article, so there are no claims to import.');
  });
});
