// Libraries written by older releases (format versions 1 to 4) open in this one: migrated on
// start, every field kept, and a copy of each old file left beside it.

import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inThreadArticleWork } from '../../../../host/article-loading/article-worker-jobs';
import { ClaimMarkService } from '../../../../host/claimmark-service';
import { migrateArticleFile, migrateLibraryFile } from '../../../../host/library/format-migrations';
import { nodeFileSystem, type DurableFileSystem } from '../../../../host/library/durable-json-file';
import { LibraryStore } from '../../../../host/library/library-store';
import { loadArticle } from '../../../../host/article-loading/load-article';
import { describeRange } from '../../../../shared/anchoring/selectors';
import type { Article } from '../../../../shared/model';
import { SAMPLE_ARTICLE_PATH, TestClock, apiErrorOf, idCounter, makeTempDir, removeDir } from '../../support/library-fixture';

const ARTICLE_ID = '3b50caab-56d5-4916-84b5-b927b73afbf9';
const ADDED = '2026-01-05T09:00:00.000Z';

/** A library exactly as the first release wrote it: the sample article with two claims. */
async function writeVersion1Library(dataDir: string): Promise<{ library: string; article: string }> {
  const loaded = loadArticle({ fileName: 'putin-open-to-negotiations-with-ukraine.txt', bytes: await readFile(SAMPLE_ARTICLE_PATH) }, ARTICLE_ID, ADDED);
  const captionBlock = loaded.blocks.find((block) => block.kind === 'caption');
  const v1Article = {
    id: loaded.id,
    title: loaded.title,
    caption: captionBlock ? loaded.text.slice(captionBlock.start, captionBlock.end) : null,
    source: loaded.source,
    text: loaded.text,
    blocks: loaded.blocks.map(({ kind, start, end }) => ({ kind, start, end })),
    contentHash: loaded.contentHash,
    fileName: loaded.fileName,
    added: loaded.added,
  };
  const claimOn = (id: string, quote: string, status: 'verified' | 'unverified', note: string) => {
    const start = loaded.text.indexOf(quote);
    return {
      id,
      articleId: ARTICLE_ID,
      selectors: describeRange(loaded.text, { start, end: start + quote.length }),
      status,
      note,
      created: '2026-01-05T09:10:00.000Z',
      modified: '2026-01-05T09:20:00.000Z',
    };
  };
  const article = JSON.stringify(
    {
      format: 'claimmark-article',
      version: 1,
      article: v1Article,
      claims: [
        claimOn('c-1', 'Putin also commented on NATO', 'verified', 'Transcript checked.'),
        claimOn('c-2', 'reports indicating 28 fatalities', 'unverified', ''),
      ],
    },
    null,
    2,
  );
  const library = JSON.stringify(
    {
      format: 'claimmark-library',
      version: 1,
      sampleLoaded: true,
      articles: [{ id: ARTICLE_ID, title: v1Article.title, source: v1Article.source, added: ADDED, fileName: v1Article.fileName, contentHash: v1Article.contentHash }],
    },
    null,
    2,
  );
  await mkdir(join(dataDir, 'articles'), { recursive: true });
  await writeFile(join(dataDir, 'library.json'), library);
  await writeFile(join(dataDir, 'articles', `${ARTICLE_ID}.json`), article);
  return { library, article };
}

/** A one-article library as release `version` wrote it: its index and the article's file, as written. */
async function writeLibraryFiles(dataDir: string, version: number, article: Pick<Article, 'title' | 'source' | 'fileName' | 'contentHash'>, claims: readonly unknown[], fields: Record<string, unknown> = {}): Promise<{ library: string; article: string }> {
  const library = JSON.stringify({
    format: 'claimmark-library',
    version,
    sampleLoaded: true,
    articles: [{ id: ARTICLE_ID, title: article.title, source: article.source, added: ADDED, fileName: article.fileName, contentHash: article.contentHash }],
    lastArticleId: ARTICLE_ID,
  });
  const file = JSON.stringify({ format: 'claimmark-article', version, article, claims, ...fields });
  await mkdir(join(dataDir, 'articles'), { recursive: true });
  await writeFile(join(dataDir, 'library.json'), library);
  await writeFile(join(dataDir, 'articles', `${ARTICLE_ID}.json`), file);
  return { library, article: file };
}

describe('format migrations', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('migrate');
  });

  afterEach(async () => {
    await removeDir(dataDir);
  });

  async function openService(): Promise<ClaimMarkService> {
    return ClaimMarkService.open({ store: new LibraryStore(dataDir), sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: inThreadArticleWork, now: new TestClock(ADDED).now, newId: idCounter() });
  }

  it('migrates a version-1 library on start, keeping every field and a copy of each old file', async () => {
    const original = await writeVersion1Library(dataDir);
    const service = await openService();

    // The old files are kept, byte for byte.
    expect(await readFile(join(dataDir, 'library.json.v1.bak'), 'utf8')).toBe(original.library);
    expect(await readFile(join(dataDir, 'articles', `${ARTICLE_ID}.json.v1.bak`), 'utf8')).toBe(original.article);
    // The files themselves are now version 5.
    expect(JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8'))).toMatchObject({ version: 5, lastArticleId: null, sampleLoaded: true });
    expect(JSON.parse(await readFile(join(dataDir, 'articles', `${ARTICLE_ID}.json`), 'utf8'))).toMatchObject({ version: 5 });

    const old = JSON.parse(original.article) as {
      article: Record<string, unknown> & { caption: string; text: string };
      claims: Record<string, unknown>[];
    };
    const { article, claims } = await service.getArticle({ articleId: ARTICLE_ID });
    // Every field of the old article is still there…
    for (const key of ['id', 'title', 'source', 'text', 'blocks', 'contentHash', 'fileName', 'added']) {
      expect(article[key as keyof typeof article]).toEqual(old.article[key]);
    }
    // …the caption as the caption block of the same text, and no marks: the old text had none.
    expect(article.marks).toEqual([]);
    const caption = article.blocks.find((block) => block.kind === 'caption');
    expect(article.text.slice(caption?.start, caption?.end)).toBe(old.article.caption);
    // Every field of every old claim, plus the new ones, empty.
    expect(claims).toHaveLength(2);
    claims.forEach((claim, index) => {
      expect(claim).toEqual({
        ...old.claims[index],
        anchor: { state: 'anchored', method: 'created', score: null, candidate: null },
        evidence: [],
        history: [],
        claimant: null,
        claimantType: null,
        claimReviewed: null,
        review: null,
        tags: [],
      });
    });
    // The sample is not added a second time.
    expect(await service.listArticles()).toHaveLength(1);
    await service.close();
  });

  it('migrates a version-2 library and the journal it left, each claim as needing no review', async () => {
    const { marks: _marks, ...loaded } = loadArticle({ fileName: 'putin-open-to-negotiations-with-ukraine.txt', bytes: await readFile(SAMPLE_ARTICLE_PATH) }, ARTICLE_ID, ADDED);
    const quote = 'reports indicating 28 fatalities';
    const start = loaded.text.indexOf(quote);
    const claimV2 = {
      id: 'c-28',
      articleId: ARTICLE_ID,
      selectors: describeRange(loaded.text, { start, end: start + quote.length }),
      status: 'false',
      note: '23 dead, not 28',
      anchor: { state: 'anchored', method: 'created', score: null, candidate: null },
      evidence: [],
      history: [{ from: 'unverified', to: 'false', at: '2026-01-05T09:15:00.000Z' }],
      claimant: null,
      claimReviewed: null,
      created: '2026-01-05T09:10:00.000Z',
      modified: '2026-01-05T09:15:00.000Z',
    };
    const { library, article } = await writeLibraryFiles(dataDir, 2, loaded, [claimV2], { journalSequence: 0 });
    // A crash of the old release left one change in the journal: the note, edited.
    const journal = `${JSON.stringify({ seq: 1, ops: [{ op: 'put', claim: { ...claimV2, note: '23 dead, not 28 (police)' } }] })}\n`;
    await writeFile(join(dataDir, 'articles', `${ARTICLE_ID}.journal`), journal);

    const service = await openService();
    expect(await readFile(join(dataDir, 'library.json.v2.bak'), 'utf8')).toBe(library);
    expect(await readFile(join(dataDir, 'articles', `${ARTICLE_ID}.json.v2.bak`), 'utf8')).toBe(article);
    expect(JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8'))).toMatchObject({ version: 5, lastArticleId: ARTICLE_ID });
    const { claims } = await service.getArticle({ articleId: ARTICLE_ID });
    expect(claims).toEqual([{ ...claimV2, note: '23 dead, not 28 (police)', review: null, claimantType: null, tags: [] }]);
    expect((await service.getSession()).notices).toEqual([]);
    expect(await service.listArticles()).toMatchObject([{ claimCount: 1, checkedCount: 1, reviewCount: 0 }]);
    await service.close();
    expect(JSON.parse(await readFile(join(dataDir, 'articles', `${ARTICLE_ID}.json`), 'utf8'))).toMatchObject({ version: 5, claims: [{ id: 'c-28', review: null }] });
  });

  it('migrates a version-3 article, written before marks and tags, as one with none, its claims where they were', async () => {
    const markdown = '# Harbour vote\n\nThe committee voted **seven to two** to rebuild the *old* wall.\n';
    const { marks, ...loaded } = loadArticle({ fileName: 'harbour.md', bytes: new TextEncoder().encode(markdown) }, ARTICLE_ID, ADDED);
    // What this release finds in the same file: marks that version 3 had no place for.
    expect(marks.map((mark) => [mark.kind, loaded.text.slice(mark.start, mark.end)])).toEqual([
      ['strong', 'seven to two'],
      ['emphasis', 'old'],
    ]);
    const quote = 'seven to two to rebuild';
    const start = loaded.text.indexOf(quote);
    const claim = {
      id: 'c-7',
      articleId: ARTICLE_ID,
      selectors: describeRange(loaded.text, { start, end: start + quote.length }),
      status: 'verified',
      note: 'Minutes checked.',
      anchor: { state: 'anchored', method: 'created', score: null, candidate: null },
      evidence: [],
      history: [],
      claimant: null,
      claimReviewed: null,
      review: null,
      created: '2026-01-05T09:10:00.000Z',
      modified: '2026-01-05T09:10:00.000Z',
    };
    const { article } = await writeLibraryFiles(dataDir, 3, loaded, [claim]);

    const service = await openService();
    expect(await readFile(join(dataDir, 'articles', `${ARTICLE_ID}.json.v3.bak`), 'utf8')).toBe(article);
    const opened = await service.getArticle({ articleId: ARTICLE_ID });
    expect(opened.article).toEqual({ ...loaded, marks: [] });
    // Written before tags and the claimant's type: none, and not said.
    expect(opened.claims).toEqual([{ ...claim, claimantType: null, tags: [] }]);
    expect(opened.article.text.slice(start, start + quote.length)).toBe(quote);
    expect((await service.getSession()).notices).toEqual([]);

    // Opening the same file again gives the article its marks, and leaves its claims alone.
    const again = await service.openArticle({ file: { fileName: 'harbour.md', contentBase64: Buffer.from(markdown, 'utf8').toString('base64') } });
    expect(again).toEqual({ kind: 'existing', articleId: ARTICLE_ID, title: 'Harbour vote' });
    const reopened = await service.getArticle({ articleId: ARTICLE_ID });
    expect(reopened.article).toEqual({ ...loaded, marks });
    expect(reopened.claims).toEqual([{ ...claim, claimantType: null, tags: [] }]);
    await service.close();
    expect(JSON.parse(await readFile(join(dataDir, 'articles', `${ARTICLE_ID}.json`), 'utf8'))).toMatchObject({ version: 5, article: { marks } });
  });

  it('migrates a version-4 article, written before origins, with nothing lost: its claims as they were, none with an origin', async () => {
    const loaded = loadArticle({ fileName: 'putin-open-to-negotiations-with-ukraine.txt', bytes: await readFile(SAMPLE_ARTICLE_PATH) }, ARTICLE_ID, ADDED);
    const quote = 'Putin also commented on NATO';
    const start = loaded.text.indexOf(quote);
    const claim = {
      id: 'c-4',
      articleId: ARTICLE_ID,
      selectors: describeRange(loaded.text, { start, end: start + quote.length }),
      status: 'misleading',
      note: 'Only half of the remark.',
      anchor: { state: 'anchored', method: 'imported', score: 1, candidate: null },
      evidence: [{ id: 'e-1', url: 'https://example.org/transcript', title: 'Transcript', quote: 'NATO', accessed: '2026-01-04', stance: 'context', added: '2026-01-05T09:12:00.000Z' }],
      history: [{ from: 'unverified', to: 'misleading', at: '2026-01-05T09:15:00.000Z' }],
      claimant: 'Vladimir Putin',
      claimantType: 'person',
      claimReviewed: null,
      review: null,
      tags: ['NATO', 'quotes'],
      created: '2026-01-05T09:10:00.000Z',
      modified: '2026-01-05T09:15:00.000Z',
    };
    const { library, article } = await writeLibraryFiles(dataDir, 4, loaded, [claim], { journalSequence: 3 });

    const service = await openService();
    expect(await readFile(join(dataDir, 'library.json.v4.bak'), 'utf8')).toBe(library);
    expect(await readFile(join(dataDir, 'articles', `${ARTICLE_ID}.json.v4.bak`), 'utf8')).toBe(article);
    const opened = await service.getArticle({ articleId: ARTICLE_ID });
    expect(opened.article).toEqual(loaded);
    expect(opened.claims).toStrictEqual([claim]);
    expect((await service.getSession()).notices).toEqual([]);
    await service.close();
    const onDisk: unknown = JSON.parse(await readFile(join(dataDir, 'articles', `${ARTICLE_ID}.json`), 'utf8'));
    expect(onDisk).toEqual({ format: 'claimmark-article', version: 5, article: loaded, claims: [claim], journalSequence: 3 });
    expect(JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8'))).toMatchObject({ version: 5, lastArticleId: ARTICLE_ID });
  });

  it('reads a version-5 claim with its origin back as it was written', () => {
    const origin = { tool: 'hypothesis', id: 'https://hypothes.is/a/Hy7dmWxqEe-fest01' };
    const claim = {
      id: 'c-5',
      articleId: ARTICLE_ID,
      selectors: { position: { type: 'TextPositionSelector', start: 0, end: 5 }, quote: { type: 'TextQuoteSelector', exact: 'Putin', prefix: '', suffix: ' Open' } },
      status: 'unverified',
      note: '',
      anchor: { state: 'anchored', method: 'imported', score: 1, candidate: null },
      evidence: [],
      history: [],
      claimant: null,
      claimantType: null,
      claimReviewed: null,
      review: null,
      tags: [],
      origin,
      created: '2026-01-05T09:10:00.000Z',
      modified: '2026-01-05T09:10:00.000Z',
    };
    const article = { id: ARTICLE_ID, title: 'Putin Open', source: null, byline: null, siteName: null, publishedTime: null, dir: null, format: 'txt', text: 'Putin Open', blocks: [], links: [], marks: [], contentHash: `sha256:${'0'.repeat(64)}`, fileName: 'p.txt', added: ADDED, updated: null };
    const read = migrateArticleFile({ format: 'claimmark-article', version: 5, article, claims: [claim] }, 'x');
    expect(read.migratedFrom).toBeNull();
    expect(read.data.claims[0]?.origin).toEqual({ tool: 'hypothesis', id: 'https://hypothes.is/a/Hy7dmWxqEe-fest01' });
    // Version 4 had no origins: a claim with one is not a version-4 claim.
    expect(() => migrateArticleFile({ format: 'claimmark-article', version: 4, article, claims: [claim] }, 'x')).toThrow(/not a valid ClaimMark file/);
  });

  it('migrates once: a second start leaves the files and the copies alone', async () => {
    await writeVersion1Library(dataDir);
    await (await openService()).close();
    const after = await readdir(join(dataDir, 'articles'));
    const service = await openService();
    expect(await readdir(join(dataDir, 'articles'))).toEqual(after);
    // The second start found the index as the first left it: no generation moved down.
    expect((await readdir(dataDir)).sort()).toEqual(['articles', 'library.json', 'library.json.bak', 'library.json.bak.1', 'library.json.v1.bak']);
    await service.close();
  });

  it('never overwrites an earlier copy: a second migration of the same name gets a time stamp', async () => {
    await writeVersion1Library(dataDir);
    await writeFile(join(dataDir, 'library.json.v1.bak'), 'an older copy');
    const service = await openService();
    expect(await readFile(join(dataDir, 'library.json.v1.bak'), 'utf8')).toBe('an older copy');
    expect((await readdir(dataDir)).filter((name) => /^library\.json\.v1\..+\.bak$/.test(name))).toHaveLength(1);
    await service.close();
  });

  it('opens a version-1 library on a read-only folder, migrated in memory only: nothing is written, and it says so', async () => {
    const original = await writeVersion1Library(dataDir);
    const before = (await readdir(dataDir, { recursive: true })).sort();
    const writes: string[] = [];
    const refuse = (path: string) => (writes.push(path), Promise.reject(Object.assign(new Error(`EROFS: read-only file system, open '${path}'`), { code: 'EROFS' })));
    const readOnlyDisk: DurableFileSystem = {
      ...nodeFileSystem,
      writeFileSynced: refuse,
      appendFileSynced: refuse,
      rename: (_from, to) => refuse(to),
      mkdir: refuse,
      remove: refuse,
    };
    const reason = `the folder cannot be written: EROFS: read-only file system, mkdir '${join(dataDir, '.lock')}'`;
    const store = new LibraryStore(dataDir, { fs: readOnlyDisk, readOnly: reason });
    const service = await ClaimMarkService.open({ store, sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: inThreadArticleWork, now: new TestClock(ADDED).now, newId: idCounter() });

    expect(await service.getSession()).toEqual({
      lastArticleId: ARTICLE_ID,
      notices: [
        "2 of the library's files are from an older ClaimMark; they are read as this version reads them, but not migrated on disk while the library is open read-only. They are migrated at the next start that can write to the folder.",
      ],
      library: { access: 'read-only', message: `The library folder ${dataDir} is open read-only (${reason}): you can read and export, but no change is saved.` },
    });
    const { claims } = await service.getArticle({ articleId: ARTICLE_ID });
    expect(claims.map((claim) => [claim.selectors.quote.exact, claim.status, claim.note, claim.review, claim.tags])).toEqual([
      ['Putin also commented on NATO', 'verified', 'Transcript checked.', null, []],
      ['reports indicating 28 fatalities', 'unverified', '', null, []],
    ]);
    await service.close();
    // No copy, no migrated file: the folder as it was, byte for byte.
    expect(writes).toEqual([]);
    expect((await readdir(dataDir, { recursive: true })).sort()).toEqual(before);
    expect(await readFile(join(dataDir, 'library.json'), 'utf8')).toBe(original.library);
    expect(await readFile(join(dataDir, 'articles', `${ARTICLE_ID}.json`), 'utf8')).toBe(original.article);
  });

  it('refuses files from a newer ClaimMark with a message saying so, and leaves them untouched', async () => {
    const newer = JSON.stringify({ format: 'claimmark-library', version: 9, sampleLoaded: true, articles: [], lastArticleId: null });
    await writeFile(join(dataDir, 'library.json'), newer);
    const error = await apiErrorOf(openService());
    expect(error).toMatchObject({ code: 'storage', message: expect.stringMatching(/newer ClaimMark \(format version 9\)/) });
    expect(await readFile(join(dataDir, 'library.json'), 'utf8')).toBe(newer);
  });

  it.each([
    ['a library with an unknown field', () => migrateLibraryFile({ format: 'claimmark-library', version: 1, sampleLoaded: true, articles: [], extra: 1 }, 'x')],
    ['an article whose claim has a status version 1 did not have', () =>
      migrateArticleFile({ format: 'claimmark-article', version: 1, article: {}, claims: [{ status: 'false' }] }, 'x')],
  ])('refuses %s rather than guessing', (_name, migrate) => {
    expect(migrate).toThrow(/not a valid ClaimMark file/);
  });
});
