import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NATIVE_EXPORT_FORMAT,
  NATIVE_EXPORT_VERSION,
  buildNativeExport,
  serializeJson,
  type NativeExport,
} from '../../../../shared/export/native-export';
import { CLAIM_STATUSES, STATUS_INFO } from '../../../../shared/statuses';
import { EXPORTED_AT, LIBRARY, MAIN_ARTICLE, MAIN_CLAIMS, MAIN_ONLY, MAIN_READING_ORDER, WEB_ARTICLE, uuid } from './exchange-fixture';
import { nativeSchema, nativeSchemaProblems } from '../../../support/native-export-schema';

const EXPECTED = readFileSync(new URL('../../../fixtures/exchange/library.expected.claims.json', import.meta.url), 'utf8');

const library = buildNativeExport({ articles: LIBRARY, exportedAt: EXPORTED_AT });
const single = buildNativeExport({ articles: MAIN_ONLY, exportedAt: EXPORTED_AT });

describe('buildNativeExport', () => {
  it('names its format, version, time and offset unit', () => {
    expect(NATIVE_EXPORT_FORMAT).toBe('claimmark-export');
    expect(NATIVE_EXPORT_VERSION).toBe(5);
    expect(library).toMatchObject({ format: 'claimmark-export', version: 5, exportedAt: EXPORTED_AT, offsetUnit: 'utf-16-code-unit' });
  });

  it('writes the keys of every level in a fixed order', () => {
    expect(Object.keys(library)).toEqual(['format', 'version', 'exportedAt', 'offsetUnit', 'articles']);
    for (const entry of library.articles) {
      expect(Object.keys(entry)).toEqual(['article', 'claims']);
      expect(Object.keys(entry.article)).toEqual(['id', 'title', 'source', 'byline', 'siteName', 'publishedTime', 'fileName', 'contentHash', 'text']);
      for (const claim of entry.claims) {
        expect(Object.keys(claim)).toEqual([
          'id', 'quote', 'status', 'statusLabel', 'checked', 'needsReview', 'review', 'note', 'claimant', 'claimantType', 'claimReviewed',
          'tags', 'selectors', 'anchor', 'evidence', 'history', 'origin', 'created', 'modified',
        ]);
        expect(claim.selectors.map((selector) => Object.keys(selector))).toEqual([['type', 'start', 'end'], ['type', 'exact', 'prefix', 'suffix']]);
        expect(Object.keys(claim.anchor)).toEqual(['state', 'method', 'score']);
        for (const evidence of claim.evidence) expect(Object.keys(evidence)).toEqual(['id', 'url', 'title', 'quote', 'accessed', 'stance', 'added']);
        for (const change of claim.history) expect(Object.keys(change)).toEqual(['from', 'to', 'at']);
      }
    }
  });

  it('lists the articles in the order given and each article’s claims in reading order', () => {
    expect(library.articles.map((entry) => entry.article.id)).toEqual([MAIN_ARTICLE.id, WEB_ARTICLE.id]);
    expect(library.articles[0]?.claims.map((claim) => claim.id)).toEqual(MAIN_READING_ORDER);
    expect(library.articles[1]?.claims.map((claim) => claim.id)).toEqual([uuid(11), uuid(12)]);
  });

  it('exports one article the same way it exports it within the library', () => {
    expect(single.articles).toEqual([library.articles[0]]);
  });

  it('writes tests/fixtures/exchange/library.expected.claims.json for the library', () => {
    expect(serializeJson(library)).toBe(EXPECTED);
  });

  it('gives the same bytes for the same work given in another order, and leaves the input alone', () => {
    const claims = [...MAIN_CLAIMS];
    const reversed = buildNativeExport({ articles: [{ article: MAIN_ARTICLE, claims: [...claims].reverse() }], exportedAt: EXPORTED_AT });
    expect(serializeJson(reversed)).toBe(serializeJson(single));
    expect(claims).toEqual(MAIN_CLAIMS);
  });

  it('exports an article without claims, and an empty library', () => {
    expect(buildNativeExport({ articles: [{ article: WEB_ARTICLE, claims: [] }], exportedAt: EXPORTED_AT }).articles[0]?.claims).toEqual([]);
    expect(buildNativeExport({ articles: [], exportedAt: EXPORTED_AT }).articles).toEqual([]);
  });
});

describe('serializeJson', () => {
  const json = serializeJson(library);

  it('is two-space JSON with one final newline that reads back as the same value', () => {
    expect(JSON.parse(json)).toEqual(library);
    expect(json.split('\n').slice(0, 3)).toEqual(['{', '  "format": "claimmark-export",', '  "version": 5,']);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.endsWith('\n\n')).toBe(false);
  });

  it('keeps non-ASCII text as it is', () => {
    expect(json).toContain('البطالة انخفضت');
    expect(json).toContain('🇺🇦');
    expect(json).not.toMatch(/\\u[0-9a-f]{4}/i);
  });
});

describe('the JSON Schema of the native export', () => {
  const exports: { name: string; value: NativeExport }[] = [
    { name: 'the whole library', value: library },
    { name: 'tests/fixtures/exchange/library.expected.claims.json', value: JSON.parse(EXPECTED) as NativeExport },
    { name: 'one article', value: single },
    { name: 'an article without claims', value: buildNativeExport({ articles: [{ article: WEB_ARTICLE, claims: [] }], exportedAt: EXPORTED_AT }) },
    { name: 'an empty library', value: buildNativeExport({ articles: [], exportedAt: EXPORTED_AT }) },
  ];

  it.each(exports)('accepts $name', ({ value }) => {
    expect(nativeSchemaProblems(JSON.parse(serializeJson(value)))).toEqual([]);
  });

  it('is a draft 2020-12 schema whose status and label lists are the app’s', () => {
    expect(nativeSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const defs = nativeSchema.$defs as Record<string, { enum?: unknown[]; properties?: Record<string, { enum?: unknown[] }> }>;
    expect(defs.status?.enum).toEqual([...CLAIM_STATUSES]);
    expect(defs.claim?.properties?.statusLabel?.enum).toEqual(CLAIM_STATUSES.map((status) => STATUS_INFO[status].label));
  });

  type Claim = NativeExport['articles'][number]['claims'][number];
  const broken: { name: string; problem: RegExp; breakIt: (value: NativeExport, claim: Claim) => void }[] = [
    { name: 'an unknown status', problem: /\/status must be equal to one of the allowed values/, breakIt: (_, claim) => void Object.assign(claim, { status: 'true-ish' }) },
    { name: 'a label that is not its status’s', problem: /\/statusLabel must be equal to constant/, breakIt: (_, claim) => void Object.assign(claim, { statusLabel: 'False' }) },
    { name: 'a wrong checked flag', problem: /\/checked must be equal to constant/, breakIt: (_, claim) => void Object.assign(claim, { checked: false }) },
    { name: 'a missing note', problem: /must have required property 'note'/, breakIt: (_, claim) => void Reflect.deleteProperty(claim, 'note') },
    { name: 'an extra property', problem: /must NOT have additional properties/, breakIt: (_, claim) => void Object.assign(claim, { colour: 'red' }) },
    { name: 'selectors in the wrong order', problem: /\/selectors\/0\/type must be equal to constant/, breakIt: (_, claim) => void claim.selectors.reverse() },
    { name: 'a negative offset', problem: /\/selectors\/0\/start must be >= 0/, breakIt: (_, claim) => void Object.assign(claim.selectors[0], { start: -1 }) },
    { name: 'a fractional offset', problem: /\/selectors\/0\/end must be integer/, breakIt: (_, claim) => void Object.assign(claim.selectors[0], { end: 2.5 }) },
    { name: 'an empty quote', problem: /\/selectors\/1\/exact must NOT have fewer than 1 characters/, breakIt: (_, claim) => void Object.assign(claim.selectors[1], { exact: '' }) },
    { name: 'a time that is not a date-time', problem: /\/created must match format "date-time"/, breakIt: (_, claim) => void Object.assign(claim, { created: '1 June 2025' }) },
    { name: 'an evidence link that is not http(s)', problem: /\/evidence\/0\/url must match pattern/, breakIt: (_, claim) => void Object.assign(claim.evidence[0] ?? {}, { url: 'javascript:alert(1)' }) },
    { name: 'an accessed day with a time', problem: /\/evidence\/0\/accessed must match format "date"/, breakIt: (_, claim) => void Object.assign(claim.evidence[0] ?? {}, { accessed: '2025-06-02T10:00:00Z' }) },
    { name: 'an unknown stance', problem: /\/evidence\/0\/stance must be equal to one of the allowed values/, breakIt: (_, claim) => void Object.assign(claim.evidence[0] ?? {}, { stance: 'maybe' }) },
    { name: 'a history entry to an unknown status', problem: /\/history\/0\/to must be equal to one of the allowed values/, breakIt: (_, claim) => void Object.assign(claim.history[0] ?? {}, { to: 'done' }) },
    { name: 'a tag with a line break', problem: /\/tags\/0 must match pattern/, breakIt: (_, claim) => void Object.assign(claim, { tags: ['economy\nhealth'] }) },
    { name: 'an empty tag', problem: /\/tags\/0 must NOT have fewer than 1 characters/, breakIt: (_, claim) => void Object.assign(claim, { tags: [''] }) },
    { name: 'a claimant type that is neither', problem: /\/claimantType must be equal to one of the allowed values/, breakIt: (_, claim) => void Object.assign(claim, { claimantType: 'robot' }) },
    { name: 'no tags at all', problem: /must have required property 'tags'/, breakIt: (_, claim) => void Reflect.deleteProperty(claim, 'tags') },
    { name: 'an anchor score above 1', problem: /\/anchor\/score must be <= 1/, breakIt: (_, claim) => void Object.assign(claim.anchor, { score: 1.5 }) },
    { name: 'a bad content hash', problem: /\/article\/contentHash must match pattern/, breakIt: (value) => void Object.assign(value.articles[0]?.article ?? {}, { contentHash: 'md5:abc' }) },
    { name: 'another version', problem: /\/version must be equal to constant/, breakIt: (value) => void Object.assign(value, { version: 1 }) },
    { name: 'another offset unit', problem: /\/offsetUnit must be equal to constant/, breakIt: (value) => void Object.assign(value, { offsetUnit: 'code-point' }) },
  ];

  it.each(broken)('rejects $name', ({ problem, breakIt }) => {
    const value = JSON.parse(serializeJson(library)) as NativeExport;
    const claim = value.articles[0]?.claims[0];
    if (claim === undefined) throw new Error('the fixture has no claim');
    breakIt(value, claim);
    const problems = nativeSchemaProblems(value);
    expect(problems.some((message) => problem.test(message)), problems.join('\n')).toBe(true);
  });
});
