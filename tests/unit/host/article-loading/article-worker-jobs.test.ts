// The article jobs as the worker runs them, and the same work in the caller's thread (for
// tests of the service): a load gives the article, a bad file fails as a rejected promise
// with the loader's message, and a re-anchoring moves claims to the new text.

import { describe, expect, it } from 'vitest';
import { inThreadArticleWork, runArticleJob } from '../../../../host/article-loading/article-worker-jobs';
import { receivedReadImport, type CarriedReadImport } from '../../../../host/article-loading/carried-read-import';
import { loadArticle } from '../../../../host/article-loading/load-article';
import { ApiError } from '../../../../shared/api-error';
import { claimOf } from '../../support/claim-builder';
import { NO_LABEL_DECISIONS } from '../../../../shared/import/label-mapping';

const ADDED = '2025-06-01T08:00:00.000Z';
const RAID = new TextEncoder().encode('Three held after raid\n\nPolice arrested three men on Tuesday.\n');

describe('runArticleJob', () => {
  it('loads an article file', () => {
    expect(runArticleJob({ kind: 'load', origin: { fileName: 'raid.txt', bytes: RAID }, id: 'article-1', added: ADDED })).toMatchObject({
      id: 'article-1',
      title: 'Three held after raid',
      text: 'Three held after raid\n\nPolice arrested three men on Tuesday.',
      format: 'txt',
      fileName: 'raid.txt',
      added: ADDED,
    });
  });

  it('re-anchors claims to a new version of the text', () => {
    const article = loadArticle({ fileName: 'raid.txt', bytes: RAID }, 'article-1', ADDED);
    const claim = claimOf(article, 'claim-1', 'three men', { created: ADDED });
    const moved = runArticleJob({ kind: 'reanchor', text: `Update\n\n${article.text}`, claims: [claim], since: ADDED });
    expect(moved).toMatchObject({ report: { unchanged: 0, moved: 1, fuzzy: 0, orphaned: 0 } });
  });

  it('places the claims of an import, counting its steps', () => {
    const article = loadArticle({ fileName: 'raid.txt', bytes: RAID }, 'article-1', ADDED);
    const claim = claimOf(article, 'claim-1', 'three men', { created: ADDED });
    // "three men" (9 units) is where its position says: one step per unit of the quote.
    expect(runArticleJob({ kind: 'anchor', text: article.text, selectors: [claim.selectors] })).toEqual({
      results: [{ kind: 'position', start: 39, end: 48 }],
      steps: 9,
      refused: 0,
    });
  });

  it('reads a file to import, and answers why it cannot as a message', () => {
    const annotation = '[{"type":"Annotation","id":"urn:example:1","target":{"source":"https://news.example/raid","selector":{"type":"TextQuoteSelector","exact":"three men"}}}]';
    // The bundle crosses to the host as JSON text, and is read back there.
    const carried = runArticleJob({ kind: 'readImport', bytes: new TextEncoder().encode(annotation), decisions: NO_LABEL_DECISIONS });
    expect(carried).toMatchObject({ kind: 'read', bundleJson: expect.any(String) });
    expect(receivedReadImport(carried as CarriedReadImport)).toMatchObject({
      kind: 'read',
      bundle: { kind: 'web-annotation', articles: [{ ref: { source: 'https://news.example/raid' }, claims: [{ id: 'urn:example:1' }] }] },
    });
    expect(runArticleJob({ kind: 'readImport', bytes: Uint8Array.from([0xc3, 0x28]), decisions: NO_LABEL_DECISIONS })).toEqual({ kind: 'refused', message: 'the file is not UTF-8 text.' });
    expect(runArticleJob({ kind: 'readImport', bytes: new Uint8Array(0), decisions: NO_LABEL_DECISIONS })).toEqual({ kind: 'refused', message: 'The file is empty.' });
  });

  it('throws the loader’s ApiError for a file that cannot be an article', () => {
    expect(() => runArticleJob({ kind: 'load', origin: { fileName: 'empty.txt', bytes: new Uint8Array(0) }, id: 'a', added: ADDED })).toThrow(
      new ApiError('invalid-input', 'empty.txt is empty.'),
    );
  });
});

describe('inThreadArticleWork', () => {
  it('loads and re-anchors as promises', async () => {
    const article = await inThreadArticleWork.load({ fileName: 'raid.txt', bytes: RAID }, 'article-1', ADDED);
    expect(article.title).toBe('Three held after raid');
    const claim = claimOf(article, 'claim-1', 'Tuesday', { created: ADDED });
    expect((await inThreadArticleWork.reanchor(article.text, [claim], ADDED)).report).toEqual({ unchanged: 1, moved: 0, fuzzy: 0, orphaned: 0 });
  });

  it('rejects, rather than throws, with the loader’s ApiError', async () => {
    const loading = inThreadArticleWork.load({ fileName: 'empty.txt', bytes: new Uint8Array(0) }, 'a', ADDED);
    await expect(loading).rejects.toThrow(new ApiError('invalid-input', 'empty.txt is empty.'));
    await expect(loading).rejects.toBeInstanceOf(ApiError);
  });
});
