// What happens to the library folder while ClaimMark runs: removed in whole or in part, it
// is written back from memory on the next change, index included; on a full or read-only
// disk, articles still open, and the article last viewed is written once the disk allows.

import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inThreadArticleWork } from '../../../host/article-loading/article-worker-jobs';
import { ClaimMarkService } from '../../../host/claimmark-service';
import { nodeFileSystem, type DurableFileSystem } from '../../../host/library/durable-json-file';
import { LibraryStore } from '../../../host/library/library-store';
import { claimsWithJournal } from './library/journal-on-disk';
import { ManualScheduler } from '../../unit/host/library/manual-scheduler';
import { SAMPLE_ARTICLE_PATH, TestClock, idCounter, makeTempDir, nthId, readJson, removeDir } from '../support/library-fixture';

const SAMPLE_TITLE = 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea';
const HARBOUR_TEXT = 'Port strike ends after pay deal\n\nDock workers ended a five-day strike on Friday.';
const HARBOUR = { fileName: 'harbour.txt', contentBase64: Buffer.from(HARBOUR_TEXT).toString('base64') };
const BRIDGE = { fileName: 'bridge.txt', contentBase64: Buffer.from('Old bridge to reopen in May\n\nThe footbridge was closed in January.').toString('base64') };

describe('the library folder while ClaimMark runs', () => {
  let dataDir: string;
  let clock: TestClock;
  let newId: () => string;
  /** While set, writing a file fails as it does on a full or read-only disk. */
  let refusal: { code: string; message: string } | null;
  const refuse = () => Promise.reject(Object.assign(new Error(refusal?.message), { code: refusal?.code }));
  const disk: DurableFileSystem = {
    ...nodeFileSystem,
    writeFileSynced: (path, content) => (refusal !== null ? refuse() : nodeFileSystem.writeFileSynced(path, content)),
    appendFileSynced: (path, content, create) => (refusal !== null ? refuse() : nodeFileSystem.appendFileSynced(path, content, create)),
    rename: (from, to) => (refusal !== null ? refuse() : nodeFileSystem.rename(from, to)),
  };
  let service: ClaimMarkService | null;
  let store: LibraryStore;

  async function start(): Promise<ClaimMarkService> {
    store = new LibraryStore(dataDir, { fs: disk, scheduler: new ManualScheduler() });
    service = await ClaimMarkService.open({ store, sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: inThreadArticleWork, now: clock.now, newId });
    return service;
  }

  async function stop(): Promise<void> {
    await service?.close();
    service = null;
  }

  async function claimsOnDisk(articleId: string): Promise<string[]> {
    const path = join(dataDir, 'articles', `${articleId}.json`);
    const saved = (await readJson(path)) as Parameters<typeof claimsWithJournal>[1];
    return (await claimsWithJournal(path, saved)).map((claim) => claim.selectors.quote.exact);
  }

  /** The sample (id 1), the harbour article (id 2) with the claim "Port strike" (id 3), and the bridge article (id 4). */
  beforeEach(async () => {
    dataDir = await makeTempDir('folder-running');
    clock = new TestClock('2025-06-01T08:00:00.000Z');
    newId = idCounter();
    refusal = null;
    const running = await start();
    await running.openArticle({ file: HARBOUR });
    await running.createClaim({ articleId: nthId(2), start: 0, end: 11, exact: 'Port strike' });
    clock.advance(60_000);
    await running.openArticle({ file: BRIDGE });
    // The article last viewed is written on its own time; this waits for it.
    await store.settle();
  });

  afterEach(async () => {
    refusal = null;
    await stop();
    await removeDir(dataDir);
  });

  it.each([
    ['the whole folder', '', 'the folder'],
    ['the index', 'library.json', 'its index'],
    ['the articles folder', 'articles', 'its articles folder'],
  ])('writes %s back from memory on the next change, with every article and claim, and says so', async (_name, removed, gone) => {
    const running = service as ClaimMarkService;
    await rm(join(dataDir, removed), { recursive: true, force: true });
    await running.createClaim({ articleId: nthId(4), start: 0, end: 10, exact: 'Old bridge' });

    expect((await running.getSession()).notices).toEqual([
      `Part of the library folder ${dataDir} (${gone}) was removed while ClaimMark was running. It was recreated from memory: the index and the 3 articles with their claims.`,
    ]);
    expect(((await readJson(join(dataDir, 'library.json'))) as { articles: { id: string }[] }).articles.map((entry) => entry.id)).toEqual([
      nthId(1),
      nthId(2),
      nthId(4),
    ]);
    expect(await claimsOnDisk(nthId(1))).toEqual([]);
    expect(await claimsOnDisk(nthId(2))).toEqual(['Port strike']);
    expect(await claimsOnDisk(nthId(4))).toEqual(['Old bridge']);

    await stop();
    const restarted = await start();
    expect((await restarted.listArticles()).map(({ id, title, claimCount }) => ({ id, title, claimCount }))).toEqual([
      { id: nthId(1), title: SAMPLE_TITLE, claimCount: 0 },
      { id: nthId(2), title: 'Port strike ends after pay deal', claimCount: 1 },
      { id: nthId(4), title: 'Old bridge to reopen in May', claimCount: 1 },
    ]);
    expect((await restarted.getSession()).notices).toEqual([]);
  });

  it('tells the open window of a folder written back with its next look at the save status, once', async () => {
    const running = service as ClaimMarkService;
    // The window read the notices at start, before anything happened.
    expect((await running.getSession()).notices).toEqual([]);
    expect(await running.getSaveStatus()).toEqual({ unsaved: [], library: { access: 'writable', message: null }, notices: [] });

    await rm(dataDir, { recursive: true, force: true });
    await running.createClaim({ articleId: nthId(4), start: 0, end: 10, exact: 'Old bridge' });

    expect(await running.getSaveStatus()).toEqual({
      unsaved: [],
      library: { access: 'writable', message: null },
      notices: [
        `Part of the library folder ${dataDir} (the folder) was removed while ClaimMark was running. It was recreated from memory: the index and the 3 articles with their claims.`,
      ],
    });
    expect(await running.getSaveStatus()).toEqual({ unsaved: [], library: { access: 'writable', message: null }, notices: [] });
  });

  it.each([
    ['full', { code: 'ENOSPC', message: 'ENOSPC: no space left on device' }],
    ['read-only', { code: 'EROFS', message: 'EROFS: read-only file system' }],
  ])('opens other articles on a %s disk, and writes the last one viewed once the disk allows', async (_name, failure) => {
    const running = service as ClaimMarkService;
    const indexPath = join(dataDir, 'library.json');
    expect(((await readJson(indexPath)) as { lastArticleId: string }).lastArticleId).toBe(nthId(4));
    refusal = failure;

    const harbour = await running.getArticle({ articleId: nthId(2) });
    expect(harbour.article.title).toBe('Port strike ends after pay deal');
    expect(harbour.claims.map((claim) => claim.selectors.quote.exact)).toEqual(['Port strike']);
    expect(await running.openArticle({ file: BRIDGE })).toEqual({ kind: 'existing', articleId: nthId(4), title: 'Old bridge to reopen in May' });
    expect((await running.getArticle({ articleId: nthId(1) })).article.title).toBe(SAMPLE_TITLE);
    expect((await running.getSession()).lastArticleId).toBe(nthId(1));
    expect(((await readJson(indexPath)) as { lastArticleId: string }).lastArticleId).toBe(nthId(4));

    refusal = null;
    await stop();
    expect(((await readJson(indexPath)) as { lastArticleId: string }).lastArticleId).toBe(nthId(1));
    expect((await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
