// The library index is derived from the article files: a start that finds it missing,
// damaged or short lists every article file again (with its id and claims) and says so,
// never adds the sample in place of a lost index, and never replaces an earlier copy of
// the index with a smaller one.

import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inThreadArticleWork } from '../../../host/article-loading/article-worker-jobs';
import { ClaimMarkService } from '../../../host/claimmark-service';
import { LibraryStore } from '../../../host/library/library-store';
import type { ArticleFileInput } from '../../../shared/api';
import { ManualScheduler } from '../../unit/host/library/manual-scheduler';
import { SAMPLE_ARTICLE_PATH, TestClock, idCounter, makeTempDir, nthId, readJson, removeDir } from '../support/library-fixture';

const SAMPLE_TITLE = 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea';

function file(fileName: string, lines: string[]): ArticleFileInput {
  return { fileName, contentBase64: Buffer.from(lines.join('\n\n'), 'utf8').toString('base64') };
}

const HARBOUR = file('harbour.txt', ['Port strike ends after pay deal', 'Dock workers ended a five-day strike on Friday.']);
const BRIDGE = file('bridge.txt', ['Old bridge to reopen in May', 'The footbridge was closed for repairs in January.']);
const FLOOD = file('flood.txt', ['Flood defences hold after storm', 'River levels peaked at 4.2 metres on Sunday night.']);

/** What the analyst sees of each listed article: its id, title and number of claims. */
type Listed = { id: string; title: string; claimCount: number };

describe('a library whose index was lost or is short', () => {
  let dataDir: string;
  let clock: TestClock;
  let newId: () => string;
  let service: ClaimMarkService | null;

  async function start(): Promise<ClaimMarkService> {
    service = await ClaimMarkService.open({ store: new LibraryStore(dataDir), sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: inThreadArticleWork, now: clock.now, newId });
    return service;
  }

  async function stop(): Promise<void> {
    await service?.close();
    service = null;
  }

  async function listing(running: ClaimMarkService): Promise<Listed[]> {
    return (await running.listArticles()).map(({ id, title, claimCount }) => ({ id, title, claimCount }));
  }

  async function opened(running: ClaimMarkService, input: ArticleFileInput): Promise<string> {
    clock.advance(60_000);
    const outcome = await running.openArticle({ file: input });
    if (outcome.kind !== 'added') throw new Error(`${input.fileName} was not added`);
    return outcome.articleId;
  }

  /** The ids an index file on disk lists, in order. */
  async function idsIn(name: string): Promise<string[]> {
    return ((await readJson(join(dataDir, name))) as { articles: { id: string }[] }).articles.map((entry) => entry.id);
  }

  /**
   * The first session: the sample (id 1) plus three opened articles (ids 2 to 4); the
   * harbour article gets one claim, and the bridge article is the last one viewed.
   */
  async function firstSession(): Promise<void> {
    const running = await start();
    const harbour = await opened(running, HARBOUR);
    await opened(running, BRIDGE);
    await opened(running, FLOOD);
    await running.createClaim({ articleId: harbour, start: 0, end: 11, exact: 'Port strike' });
    await running.getArticle({ articleId: nthId(3) });
    await stop();
  }

  const EVERY_ARTICLE: Listed[] = [
    { id: nthId(1), title: SAMPLE_TITLE, claimCount: 0 },
    { id: nthId(2), title: 'Port strike ends after pay deal', claimCount: 1 },
    { id: nthId(3), title: 'Old bridge to reopen in May', claimCount: 0 },
    { id: nthId(4), title: 'Flood defences hold after storm', claimCount: 0 },
  ];

  beforeEach(async () => {
    dataDir = await makeTempDir('index-recovery');
    clock = new TestClock('2025-06-01T08:00:00.000Z');
    newId = idCounter();
    service = null;
    await firstSession();
  });

  afterEach(async () => {
    await stop();
    await removeDir(dataDir);
  });

  it('restores a deleted index from its backup: every article, no new sample, and the backup still lists all four', async () => {
    await rm(join(dataDir, 'library.json'));
    const running = await start();
    expect(await listing(running)).toEqual(EVERY_ARTICLE);
    expect(await running.getSession()).toEqual({
      lastArticleId: nthId(3),
      notices: [`${join(dataDir, 'library.json')} was missing. It was restored from its backup copy.`],
      library: { access: 'writable', message: null },
    });
    expect(await idsIn('library.json.bak')).toEqual([nthId(1), nthId(2), nthId(3), nthId(4)]);
  });

  it('rebuilds the index from the article files when it and its backup are deleted, keeping their ids and claims', async () => {
    await rm(join(dataDir, 'library.json'));
    await rm(join(dataDir, 'library.json.bak'));
    const running = await start();
    expect(await listing(running)).toEqual(EVERY_ARTICLE);
    // Which article was last viewed is not in the article files: the library opens at its first.
    expect(await running.getSession()).toEqual({
      lastArticleId: nthId(1),
      notices: [`The library index ${join(dataDir, 'library.json')} was missing; it was rebuilt from 4 article files.`],
      library: { access: 'writable', message: null },
    });
    expect(await idsIn('library.json')).toEqual([nthId(1), nthId(2), nthId(3), nthId(4)]);
  });

  it('lists the articles it can read when rebuilding, and names the file it could not, leaving it as it is', async () => {
    const flood = join(dataDir, 'articles', `${nthId(4)}.json`);
    await writeFile(flood, '');
    await rm(`${flood}.bak`);
    await rm(join(dataDir, 'library.json'));
    await rm(join(dataDir, 'library.json.bak'));
    const running = await start();
    expect(await listing(running)).toEqual(EVERY_ARTICLE.slice(0, 3));
    expect((await running.getSession()).notices).toEqual([
      `The library index ${join(dataDir, 'library.json')} was missing; it was rebuilt from 3 article files.`,
      `${flood} could not be read (${flood} is damaged: the file is empty) and has no usable backup, so the library cannot list it; it was left as it is.`,
    ]);
    expect(await readdir(join(dataDir, 'articles'))).toContain(`${nthId(4)}.json`);
  });

  it('adds back the articles an index that is still there no longer lists', async () => {
    const short = { format: 'claimmark-library', version: 3, sampleLoaded: true, articles: [], lastArticleId: null };
    const index = (await readJson(join(dataDir, 'library.json'))) as { articles: unknown[] };
    await writeFile(join(dataDir, 'library.json'), JSON.stringify({ ...short, articles: index.articles.slice(0, 1) }));
    const running = await start();
    expect(await listing(running)).toEqual(EVERY_ARTICLE);
    expect((await running.getSession()).notices).toEqual([
      `The library index ${join(dataDir, 'library.json')} listed 1 article but the folder holds 4 article files; it was rebuilt, adding the 3 articles it missed from their files.`,
    ]);
  });

  it('keeps the claims still in the journal of an article the index lost', async () => {
    // A store left without settling keeps its last change in the journal only, as after a crash.
    const store = new LibraryStore(dataDir, { scheduler: new ManualScheduler() });
    const running = await ClaimMarkService.open({ store, sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: inThreadArticleWork, now: clock.now, newId });
    await running.createClaim({ articleId: nthId(4), start: 0, end: 5, exact: 'Flood' });
    expect((await readdir(join(dataDir, 'articles'))).filter((name) => name.endsWith('.journal'))).toEqual([`${nthId(4)}.journal`]);
    await rm(join(dataDir, 'library.json'));
    await rm(join(dataDir, 'library.json.bak'));
    await rm(join(dataDir, 'library.json.bak.1'));

    const restarted = await start();
    expect(await listing(restarted)).toEqual([
      { id: nthId(1), title: SAMPLE_TITLE, claimCount: 0 },
      { id: nthId(2), title: 'Port strike ends after pay deal', claimCount: 1 },
      { id: nthId(3), title: 'Old bridge to reopen in May', claimCount: 0 },
      { id: nthId(4), title: 'Flood defences hold after storm', claimCount: 1 },
    ]);
  });

  it('counts only a folder with no files at all as a first start, which adds the sample', async () => {
    for (const name of await readdir(dataDir)) await rm(join(dataDir, name), { recursive: true });
    const running = await start();
    // Ids 1 to 4 were the articles and 5 the claim of the first session.
    expect(await listing(running)).toEqual([{ id: nthId(6), title: SAMPLE_TITLE, claimCount: 0 }]);
    expect((await running.getSession()).notices).toEqual([]);
  });

  describe('earlier copies of the index', () => {
    it('keeps the index of each start that changed it as a generation, and moves none when nothing changed', async () => {
      // The first start listed nothing, so it kept no generation; this one keeps the four articles.
      await start();
      await stop();
      expect((await readdir(dataDir)).filter((name) => name.startsWith('library.json.bak.'))).toEqual(['library.json.bak.1']);
      expect(await idsIn('library.json.bak.1')).toEqual([nthId(1), nthId(2), nthId(3), nthId(4)]);

      await start();
      await stop();
      expect((await readdir(dataDir)).filter((name) => name.startsWith('library.json.bak.'))).toEqual(['library.json.bak.1']);
    });

    it('restores from the newest earlier copy when the index and its backup are gone, and never overwrites an older copy', async () => {
      const running = await start();
      await running.deleteArticle({ articleId: nthId(3) });
      await stop();
      // Generation 1 lists all four (kept by the start above); the index and its backup list three.
      await start();
      await stop();
      expect(await idsIn('library.json.bak.1')).toEqual([nthId(1), nthId(2), nthId(4)]);
      expect(await idsIn('library.json.bak.2')).toEqual([nthId(1), nthId(2), nthId(3), nthId(4)]);

      await rm(join(dataDir, 'library.json'));
      await rm(join(dataDir, 'library.json.bak'));
      const restarted = await start();
      expect(await listing(restarted)).toEqual([
        { id: nthId(1), title: SAMPLE_TITLE, claimCount: 0 },
        { id: nthId(2), title: 'Port strike ends after pay deal', claimCount: 1 },
        { id: nthId(4), title: 'Flood defences hold after storm', claimCount: 0 },
      ]);
      expect((await restarted.getSession()).notices).toEqual([
        `The library index ${join(dataDir, 'library.json')} and its backup were missing; the index was restored from its earlier copy ${join(dataDir, 'library.json.bak.1')}.`,
      ]);
      // The restored index is the same as generation 1, so nothing moved down.
      expect(await idsIn('library.json.bak.2')).toEqual([nthId(1), nthId(2), nthId(3), nthId(4)]);
    });
  });
});
