// Every lossless format survives export → parseImport → rebuilt claims → export again,
// byte for byte: ids, selectors, statuses, notes, claimants, evidence and history.

import { describe, expect, it } from 'vitest';
import { buildExportDocument, serializeExportDocument } from '../../../../shared/export/export-document';
import { buildNativeExport } from '../../../../shared/export/native-export';
import { serializeJson } from '../../../../shared/export/serialize-json';
import { buildWebAnnotations } from '../../../../shared/export/web-annotation';
import { parseImport } from '../../../../shared/import/parse-import';
import { EXPORTED_AT, LIBRARY, MAIN_ARTICLE, MAIN_CLAIMS, MAIN_ONLY, uuid } from '../export/exchange-fixture';
import { checkWebAnnotation } from '../../../support/web-annotation-conformance';
import { nativeSchemaProblems } from '../../../support/native-export-schema';
import { rebuildClaims, rebuildLibrary } from './rebuild-claims';

const COLLECTION_ID = `urn:uuid:${uuid(9999)}`;

describe('round trips', () => {
  it('native export, version 2: the whole library', () => {
    const exported = serializeJson(buildNativeExport({ articles: LIBRARY, exportedAt: EXPORTED_AT }));
    expect(nativeSchemaProblems(JSON.parse(exported))).toEqual([]);
    const bundle = parseImport(exported);
    expect(bundle.kind).toBe('native');
    expect(bundle.warnings).toEqual([]);
    const again = serializeJson(buildNativeExport({ articles: rebuildLibrary(bundle, LIBRARY), exportedAt: EXPORTED_AT }));
    expect(again).toBe(exported);
  });

  it('native export, version 1: one article', () => {
    const exported = serializeExportDocument(buildExportDocument(MAIN_ARTICLE, MAIN_CLAIMS, EXPORTED_AT));
    const bundle = parseImport(exported);
    const [imported] = bundle.articles;
    if (imported === undefined) throw new Error('no article');
    const again = serializeExportDocument(buildExportDocument(MAIN_ARTICLE, rebuildClaims(imported, MAIN_ARTICLE), EXPORTED_AT));
    expect(again).toBe(exported);
  });

  it('W3C Web Annotations as a list', () => {
    const exported = serializeJson(buildWebAnnotations({ articles: LIBRARY, exportedAt: EXPORTED_AT, shape: 'array' }));
    expect(checkWebAnnotation(JSON.parse(exported))).toEqual([]);
    const bundle = parseImport(exported);
    expect(bundle.kind).toBe('web-annotation');
    expect(bundle.warnings).toEqual([]);
    const again = serializeJson(buildWebAnnotations({ articles: rebuildLibrary(bundle, LIBRARY), exportedAt: EXPORTED_AT, shape: 'array' }));
    expect(again).toBe(exported);
  });

  it('W3C Web Annotations as a collection', () => {
    const build = (articles: typeof LIBRARY): string =>
      serializeJson(buildWebAnnotations({ articles, exportedAt: EXPORTED_AT, shape: 'collection', collectionId: COLLECTION_ID }));
    const exported = build(LIBRARY);
    expect(checkWebAnnotation(JSON.parse(exported))).toEqual([]);
    const again = build(rebuildLibrary(parseImport(exported), LIBRARY));
    expect(again).toBe(exported);
  });

  it('W3C brings back every field of a claim except how it was anchored', () => {
    const exported = serializeJson(buildWebAnnotations({ articles: MAIN_ONLY, exportedAt: EXPORTED_AT, shape: 'array' }));
    const [imported] = parseImport(exported).articles;
    if (imported === undefined) throw new Error('no article');
    expect(imported.ref).toEqual({ contentHash: MAIN_ARTICLE.contentHash });
    expect(imported.offsetUnit).toBe('code-point');
    const rebuilt = new Map(rebuildClaims(imported, MAIN_ARTICLE).map((claim) => [claim.id, claim]));
    for (const claim of MAIN_CLAIMS) {
      expect({ ...rebuilt.get(claim.id), anchor: claim.anchor }).toEqual(claim);
    }
  });
});
