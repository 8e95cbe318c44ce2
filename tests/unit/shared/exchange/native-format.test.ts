import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nativeExportJsonSchema, nativeExportV1Schema, nativeExportV2Schema, nativeExportV3Schema, nativeExportV4Schema, nativeExportV5Schema } from '../../../../shared/exchange/native-format';
import { serializeJson } from '../../../../shared/export/serialize-json';
import { NATIVE_SCHEMA_PATH } from '../../../support/native-export-schema';

const EXPORT = readFileSync(new URL('../../../fixtures/exchange/library.expected.claims.json', import.meta.url), 'utf8');

type Json = Record<string, unknown>;

function firstClaim(value: Json): Json {
  const [entry] = value.articles as { claims: Json[] }[];
  const [claim] = entry?.claims ?? [];
  if (claim === undefined) throw new Error('the fixture has no claim');
  return claim;
}

describe('the native export format', () => {
  it('is what shared/export/claimmark-export.schema.json says: the shipped file is generated (npm run schema:generate)', () => {
    expect(readFileSync(NATIVE_SCHEMA_PATH, 'utf8')).toBe(serializeJson(nativeExportJsonSchema()));
  });

  it('reads an export of the library as it is', () => {
    expect(nativeExportV5Schema.parse(JSON.parse(EXPORT))).toEqual(JSON.parse(EXPORT));
  });

  it('drops properties it does not know', () => {
    const value = JSON.parse(EXPORT) as Json;
    Object.assign(value, { comment: 'hello' });
    Object.assign(firstClaim(value), { colour: 'red' });
    const parsed = nativeExportV5Schema.parse(value);
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'offsetUnit', 'articles']);
    expect(Object.keys(parsed.articles[0]?.claims[0] ?? {})).not.toContain('colour');
  });

  const mismatches: { name: string; change: Json; issue: { path: (string | number)[]; message: string } }[] = [
    { name: 'a label of another status', change: { statusLabel: 'False' }, issue: { path: ['articles', 0, 'claims', 0, 'statusLabel'], message: 'expected "Verified" for the status verified' } },
    { name: 'a wrong checked flag', change: { checked: false }, issue: { path: ['articles', 0, 'claims', 0, 'checked'], message: 'expected true for this claim' } },
    {
      name: 'a claim needing review counted as checked',
      change: { needsReview: true, review: { quote: 'unemployment fell to 3.8% in May', since: '2026-03-02T10:00:00.000Z' } },
      issue: { path: ['articles', 0, 'claims', 0, 'checked'], message: 'expected false for this claim' },
    },
    { name: 'one tag twice, in two cases', change: { tags: ['Economy', 'economy'] }, issue: { path: ['articles', 0, 'claims', 0, 'tags'], message: 'a claim has each tag once (tags differing only in case are one tag)' } },
    { name: 'a tag with spaces at its end', change: { tags: ['economy '] }, issue: { path: ['articles', 0, 'claims', 0, 'tags', 0], message: 'a tag has no spaces at its ends and no line breaks' } },
    { name: 'a review flag without the words reviewed', change: { needsReview: true }, issue: { path: ['articles', 0, 'claims', 0, 'needsReview'], message: 'expected true exactly when review is set' } },
  ];

  it.each(mismatches)('refuses $name', ({ change, issue }) => {
    const value = JSON.parse(EXPORT) as Json;
    Object.assign(firstClaim(value), change);
    const result = nativeExportV5Schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([issue]);
  });

  it('still reads version 4, whose claims have no origin', () => {
    const value = JSON.parse(EXPORT) as Json & { articles: { claims: Json[] }[] };
    value.version = 4;
    for (const entry of value.articles) for (const claim of entry.claims) Reflect.deleteProperty(claim, 'origin');
    expect(nativeExportV4Schema.safeParse(value).success).toBe(true);
    expect(nativeExportV5Schema.safeParse({ ...value, version: 5 }).success).toBe(false);
  });

  it('refuses an origin without the id the claim had in its tool', () => {
    const value = JSON.parse(EXPORT) as Json;
    Object.assign(firstClaim(value), { origin: { tool: 'hypothesis' } });
    const result = nativeExportV5Schema.safeParse(value);
    expect(result.error?.issues.map(({ path }) => path)).toEqual([['articles', 0, 'claims', 0, 'origin', 'id']]);
  });

  it('still reads version 3, whose claims have no tags or claimant type', () => {
    const value = JSON.parse(EXPORT) as Json & { articles: { claims: Json[] }[] };
    value.version = 3;
    for (const entry of value.articles) for (const claim of entry.claims) {
      Reflect.deleteProperty(claim, 'tags');
      Reflect.deleteProperty(claim, 'claimantType');
    }
    expect(nativeExportV3Schema.safeParse(value).success).toBe(true);
    expect(nativeExportV4Schema.safeParse({ ...value, version: 4 }).success).toBe(false);
  });

  it('still reads version 2, whose claims have no review', () => {
    const value = JSON.parse(EXPORT) as Json & { articles: { claims: Json[] }[] };
    value.version = 2;
    for (const entry of value.articles) for (const claim of entry.claims) {
      Reflect.deleteProperty(claim, 'needsReview');
      Reflect.deleteProperty(claim, 'review');
    }
    expect(nativeExportV2Schema.safeParse(value).success).toBe(true);
    expect(nativeExportV3Schema.safeParse(value).success).toBe(false);
  });

  it('wants the selectors as position, then quote', () => {
    const value = JSON.parse(EXPORT) as Json;
    (firstClaim(value).selectors as unknown[]).reverse();
    expect(nativeExportV5Schema.safeParse(value).error?.issues[0]?.path).toEqual(['articles', 0, 'claims', 0, 'selectors', 0, 'type']);
  });

  it('has a version 1 of one article, without claimant, evidence, history or anchoring', () => {
    expect(Object.keys(nativeExportV1Schema.shape)).toEqual(['format', 'version', 'exportedAt', 'offsetUnit', 'article', 'claims']);
    expect(Object.keys(nativeExportV1Schema.shape.claims.element.shape)).toEqual(['id', 'quote', 'status', 'note', 'selectors', 'created', 'modified']);
  });
});
