// The library side of the service: opening files (new, identical, changed versions),
// re-anchoring on update, deleting, the last article viewed, files handed over by a host,
// and re-attaching orphans.

import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inThreadArticleWork } from '../../../host/article-loading/article-worker-jobs';
import { ClaimMarkService } from '../../../host/claimmark-service';
import { LibraryStore } from '../../../host/library/library-store';
import type { ArticleFileInput } from '../../../shared/api';
import { SAMPLE_ARTICLE_PATH, TestClock, apiErrorOf, idCounter, makeTempDir, nthId, removeDir } from '../support/library-fixture';

const START = '2025-06-01T08:00:00.000Z';
const SAMPLE_ID = nthId(1);

function file(fileName: string, text: string): ArticleFileInput {
  return { fileName, contentBase64: Buffer.from(text, 'utf8').toString('base64') };
}

const V1 = file(
  'port-strike.txt',
  [
    'Port strike ends after pay deal',
    'Dock workers ended a five-day strike on Friday after unions and the port authority agreed a pay rise of 6 percent over two years.',
    'The union said members voted by a large majority to accept the offer. Shipping companies had warned of delays of up to a week for container traffic.',
    'The port authority said normal operations would resume on Saturday morning.',
    'Original Source: www.harbour-times.example',
  ].join('\n\n'),
);
const V2 = file(
  'port-strike (corrected).txt',
  [
    'Port strike ends after pay deal',
    'Correction: an earlier version of this article gave the wrong length for the strike, which lasted six days.',
    'Dock workers ended a six-day strike on Friday after unions and the port authority agreed a pay rise of 6 percent over two years.',
    'The union said members voted by a large majority to accept the offer.',
    'The port authority said normal operations would resume on Saturday morning.',
    'Original Source: www.harbour-times.example',
  ].join('\n\n'),
);

describe('ClaimMarkService library', () => {
  let dataDir: string;
  let clock: TestClock;
  let service: ClaimMarkService;

  async function open(): Promise<ClaimMarkService> {
    return ClaimMarkService.open({ store: new LibraryStore(dataDir), sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: inThreadArticleWork, now: clock.now, newId: idCounter() });
  }

  async function claimOn(articleId: string, quote: string) {
    const { article } = await service.getArticle({ articleId });
    const start = article.text.indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" is not in the article`);
    return service.createClaim({ articleId, start, end: start + quote.length, exact: quote });
  }

  beforeEach(async () => {
    dataDir = await makeTempDir('library');
    clock = new TestClock(START);
    service = await open();
  });

  afterEach(async () => {
    await service.close();
    await removeDir(dataDir);
  });

  it('adds a new file, makes it the last article, and lists it with its metadata', async () => {
    clock.advance(1000);
    const outcome = await service.openArticle({ file: V1 });
    expect(outcome).toMatchObject({ kind: 'added', title: 'Port strike ends after pay deal' });
    if (outcome.kind !== 'added') return;
    expect(await service.getSession()).toEqual({ lastArticleId: outcome.articleId, notices: [], library: { access: 'writable', message: null } });
    const listed = (await service.listArticles()).find((entry) => entry.id === outcome.articleId);
    expect(listed).toMatchObject({
      title: 'Port strike ends after pay deal',
      source: 'www.harbour-times.example',
      fileName: 'port-strike.txt',
      format: 'txt',
      added: '2025-06-01T08:00:01.000Z',
      claimCount: 0,
      statusCounts: { unverified: 0, 'in-progress': 0, verified: 0, false: 0, misleading: 0, inconclusive: 0 },
      orphanCount: 0,
      problem: null,
    });
  });

  it('goes to the existing entry when the same text is opened again, whatever the file is called', async () => {
    const first = await service.openArticle({ file: V1 });
    const again = await service.openArticle({ file: { ...V1, fileName: 'copy of port-strike.txt' } });
    expect(again).toEqual({ kind: 'existing', articleId: first.kind === 'added' ? first.articleId : '', title: 'Port strike ends after pay deal' });
    expect(await service.listArticles()).toHaveLength(2);
  });

  it('asks before touching a known article when a changed version is opened, and changes nothing until told', async () => {
    const first = await service.openArticle({ file: V1 });
    if (first.kind !== 'added') throw new Error('not added');
    await claimOn(first.articleId, 'a pay rise of 6 percent over two years');
    const before = await service.getArticle({ articleId: first.articleId });

    const offer = await service.openArticle({ file: V2 });
    expect(offer).toEqual({ kind: 'changed-version', existingArticleId: first.articleId, existingTitle: 'Port strike ends after pay deal', claimCount: 1 });
    expect(await service.getArticle({ articleId: first.articleId })).toEqual(before);
    expect(await service.listArticles()).toHaveLength(2);
  });

  it('updates the text and re-anchors every claim: moved, fuzzy, orphaned, with a report', async () => {
    const first = await service.openArticle({ file: V1 });
    if (first.kind !== 'added') throw new Error('not added');
    const id = first.articleId;
    const moved = await claimOn(id, 'a pay rise of 6 percent over two years');
    const edited = await claimOn(id, 'Dock workers ended a five-day strike on Friday');
    await service.updateClaim({ articleId: id, claimId: edited.id, status: 'verified', note: 'Union statement.' });
    const removed = await claimOn(id, 'Shipping companies had warned of delays of up to a week for container traffic.');

    clock.advance(60_000);
    const outcome = await service.openArticle({ file: V2, ifChangedVersion: 'update' });
    expect(outcome).toEqual({
      kind: 'updated',
      articleId: id,
      title: 'Port strike ends after pay deal',
      report: { unchanged: 0, moved: 1, fuzzy: 1, orphaned: 1 },
    });

    const { article, claims } = await service.getArticle({ articleId: id });
    expect(article.updated).toBe('2025-06-01T08:01:00.000Z');
    expect(article.added).toBe(START);
    expect(article.fileName).toBe('port-strike (corrected).txt');
    const byId = new Map(claims.map((claim) => [claim.id, claim]));

    const movedNow = byId.get(moved.id);
    expect(movedNow?.anchor).toMatchObject({ state: 'anchored', method: 'quote' });
    expect(article.text.slice(movedNow?.selectors.position.start, movedNow?.selectors.position.end)).toBe('a pay rise of 6 percent over two years');

    const editedNow = byId.get(edited.id);
    expect(editedNow?.anchor.state).toBe('anchored');
    expect(editedNow?.anchor.method).toBe('fuzzy');
    expect(editedNow?.anchor.score).toBeGreaterThan(0.5);
    expect(editedNow?.anchor.score).toBeLessThan(1);
    expect(editedNow?.selectors.quote.exact).toBe('Dock workers ended a six-day strike on Friday');
    expect(editedNow).toMatchObject({ status: 'verified', note: 'Union statement.' });
    // Its verdict was given on other words: it keeps them, and needs review.
    expect(editedNow?.review).toEqual({ quote: 'Dock workers ended a five-day strike on Friday', since: '2025-06-01T08:01:00.000Z' });

    const removedNow = byId.get(removed.id);
    expect(removedNow?.anchor.state).toBe('orphaned');
    // An orphan keeps what it quoted.
    expect(removedNow?.selectors.quote.exact).toBe('Shipping companies had warned of delays of up to a week for container traffic.');
    expect(claims).toHaveLength(3);
    expect((await service.listArticles()).find((entry) => entry.id === id)).toMatchObject({ claimCount: 3, checkedCount: 0, reviewCount: 1, orphanCount: 1 });
  });

  it('adds a changed version as a separate article when asked to', async () => {
    await service.openArticle({ file: V1 });
    const outcome = await service.openArticle({ file: V2, ifChangedVersion: 'add-new' });
    expect(outcome.kind).toBe('added');
    expect(await service.listArticles()).toHaveLength(3);
  });

  it('re-attaches an orphan to a selection or to its candidate, and refuses a bad selection', async () => {
    const first = await service.openArticle({ file: V1 });
    if (first.kind !== 'added') throw new Error('not added');
    const id = first.articleId;
    const removed = await claimOn(id, 'Shipping companies had warned of delays of up to a week for container traffic.');
    await service.openArticle({ file: V2, ifChangedVersion: 'update' });

    const { article } = await service.getArticle({ articleId: id });
    const quote = 'The union said members voted by a large majority to accept the offer.';
    const start = article.text.indexOf(quote);
    const refusal = await apiErrorOf(
      service.reattachClaim({ articleId: id, claimId: removed.id, target: { kind: 'selection', start, end: start + quote.length, exact: 'something else' } }),
    );
    expect(refusal.code).toBe('invalid-input');

    const reattached = await service.reattachClaim({
      articleId: id,
      claimId: removed.id,
      target: { kind: 'selection', start, end: start + quote.length, exact: quote },
    });
    expect(reattached.anchor).toEqual({ state: 'anchored', method: 're-attached', score: null, candidate: null });
    expect(reattached.selectors.quote.exact).toBe(quote);

    // A claim without a candidate cannot "accept" one.
    const noCandidate = await apiErrorOf(service.reattachClaim({ articleId: id, claimId: removed.id, target: { kind: 'candidate' } }));
    expect(noCandidate).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/no candidate/) });
  });

  it('deletes an article with its claims, its file and its place as the last article', async () => {
    const first = await service.openArticle({ file: V1 });
    if (first.kind !== 'added') throw new Error('not added');
    await claimOn(first.articleId, 'a pay rise of 6 percent over two years');
    expect(await service.deleteArticle({ articleId: first.articleId })).toEqual({ deletedArticleId: first.articleId });

    expect((await service.listArticles()).map((entry) => entry.id)).toEqual([SAMPLE_ID]);
    expect((await readdir(join(dataDir, 'articles'))).sort()).toEqual([`${SAMPLE_ID}.json`, `${SAMPLE_ID}.json.bak`]);
    expect(await service.getSession()).toEqual({ lastArticleId: SAMPLE_ID, notices: [], library: { access: 'writable', message: null } });
    expect((await apiErrorOf(service.getArticle({ articleId: first.articleId }))).code).toBe('not-found');
    expect((await apiErrorOf(service.deleteArticle({ articleId: first.articleId }))).code).toBe('not-found');

    // Re-opening the file starts afresh.
    const again = await service.openArticle({ file: V1 });
    expect(again.kind).toBe('added');
  });

  it('remembers the last article viewed across a restart', async () => {
    const first = await service.openArticle({ file: V1 });
    if (first.kind !== 'added') throw new Error('not added');
    await service.getArticle({ articleId: SAMPLE_ID });
    await service.getArticle({ articleId: first.articleId });
    await service.close();
    service = await open();
    expect(await service.getSession()).toEqual({ lastArticleId: first.articleId, notices: [], library: { access: 'writable', message: null } });
  });

  it('hands each queued file over once', async () => {
    service.queueFile('a.txt', Buffer.from('A title\n\nSome text of the article.'));
    service.queueFile('b.md', Buffer.from('# B\n\nText.'));
    expect((await service.takePendingFiles()).map((entry) => entry.fileName)).toEqual(['a.txt', 'b.md']);
    expect(await service.takePendingFiles()).toEqual([]);
  });

  it('refuses a bad file with the loader message and adds nothing', async () => {
    const refusal = await apiErrorOf(service.openArticle({ file: file('empty.txt', '') }));
    expect(refusal).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/^empty\.txt/) });
    expect(await service.listArticles()).toHaveLength(1);
  });

  it('lists a damaged article with its problem instead of failing the whole list', async () => {
    const first = await service.openArticle({ file: V1 });
    if (first.kind !== 'added') throw new Error('not added');
    await service.close();
    await writeFile(join(dataDir, 'articles', `${first.articleId}.json`), '{ not json');
    await writeFile(join(dataDir, 'articles', `${first.articleId}.json.bak`), '');
    service = await open();
    const listed = await service.listArticles();
    expect(listed).toHaveLength(2);
    expect(listed.find((entry) => entry.id === first.articleId)?.problem).toMatch(new RegExp(first.articleId));
    expect(listed.find((entry) => entry.id === SAMPLE_ID)?.problem).toBeNull();
  });
});
