// The article jobs as the worker runs them, and the same work in the caller's thread (for
// tests of the service): a load gives the article, a bad file fails as a rejected promise
// with the loader's message, and a re-anchoring moves claims to the new text.

import { describe, expect, it } from 'vitest';
import { inThreadArticleWork, runArticleJob } from '../../../../host/article-loading/article-worker-jobs';
import { loadArticle } from '../../../../host/article-loading/load-article';
import { ApiError } from '../../../../shared/api-error';
import { claimOf } from '../../support/claim-builder';

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
