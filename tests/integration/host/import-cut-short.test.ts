// An import cut short, as by a crash: the disk stops answering at one write after another
// (the process is then abandoned, never closed), and the library is opened again on the
// same folder. Every time it holds all four imported articles or none, and when none, the
// analyst is told the import was undone; what was saved before the import is as it was.

import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inThreadArticleWork } from '../../../host/article-loading/article-worker-jobs';
import { ClaimMarkService } from '../../../host/claimmark-service';
import { nodeFileSystem, type DurableFileSystem } from '../../../host/library/durable-json-file';
import { LibraryStore } from '../../../host/library/library-store';
import { SAMPLE_ARTICLE_PATH, TestClock, idCounter, makeTempDir, nthId, removeDir } from '../support/library-fixture';
import { exportText, twoWordClaims, wordyArticle } from '../support/large-import';

const START = '2026-02-01T08:00:00.000Z';
const SAMPLE_ID = nthId(1);
const SAMPLE_TITLE = 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea';
const TITLES = ['Port talks 1', 'Port talks 2', 'Port talks 3', 'Port talks 4'];
const UNDONE = 'An import of 4 articles from four.claims.json was cut short when ClaimMark stopped; it was undone. Nothing you saved before it was touched.';

/** A disk whose n-th write from now on never finishes, as if the process had died there. */
function stoppingDisk(): DurableFileSystem & { stopAt: (n: number) => void; stopped: () => boolean; whenStopped: Promise<void> } {
  let countdown: number | null = null;
  let stopped = false;
  let tell = () => undefined as void;
  const whenStopped = new Promise<void>((resolve) => {
    tell = resolve;
  });
  const count = (): Promise<void> | null => {
    if (countdown === null) return null;
    countdown -= 1;
    if (countdown !== 0) return null;
    stopped = true;
    tell();
    return new Promise<void>(() => undefined);
  };
  return {
    ...nodeFileSystem,
    writeFileSynced: (path, content) => count() ?? nodeFileSystem.writeFileSynced(path, content),
    appendFileSynced: (path, content, create) => count() ?? nodeFileSystem.appendFileSynced(path, content, create),
    stopAt(n) {
      countdown = n;
    },
    stopped: () => stopped,
    whenStopped,
  };
}

describe('an import cut short', () => {
  const folders: string[] = [];

  beforeEach(() => {
    folders.length = 0;
  });

  afterEach(async () => {
    for (const folder of folders) await removeDir(folder);
  });

  const open = (dataDir: string, store = new LibraryStore(dataDir)) =>
    ClaimMarkService.open({ store, sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: inThreadArticleWork, now: new TestClock(START).now, newId: idCounter() });

  it('leaves all four articles or none, whichever write it stopped at, and says when it undid one', async () => {
    const articles = TITLES.map((title, index) => wordyArticle(`30000000-0000-4000-8000-00000000010${index + 1}`, title));
    const file = { fileName: 'four.claims.json', contentBase64: Buffer.from(exportText(articles.map((article, index) => ({ article, claims: twoWordClaims(article, 50, 1 + index * 50) })))).toString('base64') };
    const outcomes: string[] = [];
    for (let stopAt = 1; ; stopAt += 1) {
      const dataDir = await makeTempDir(`import-cut-${stopAt}`);
      folders.push(dataDir);
      const disk = stoppingDisk();
      const store = new LibraryStore(dataDir, { fs: disk });
      const first = await open(dataDir, store);
      const saved = await first.createClaim({ articleId: SAMPLE_ID, start: 0, end: 5, exact: 'Putin' });
      // What the start wrote best-effort (the article last viewed) is on disk before the count starts.
      await store.settle();
      disk.stopAt(stopAt);
      const importing = first.importClaims({ file });
      // Finished, or stuck at the write that never ends: either way it has gone as far as it will.
      const finished = await Promise.race([importing.then(() => true), disk.whenStopped.then(() => false)]);

      const after = await open(dataDir);
      const titles = (await after.listArticles()).map((entry) => entry.title).sort();
      const { notices } = await after.getSession();
      const sample = await after.getArticle({ articleId: SAMPLE_ID });
      expect(sample.claims).toEqual([saved]);
      expect(await readdir(dataDir)).not.toContain('import-in-progress.json');
      const whole = { titles: [...TITLES, SAMPLE_TITLE].sort(), notices: [] };
      // Finished: acknowledged whole (a write after it, of the article last viewed, may be the one stopped).
      if (finished) {
        expect({ titles, notices }).toEqual(whole);
        await after.close();
        break;
      }
      // Stopped after the record was removed (remembering the article shown next), the import is whole.
      const none = { titles: [SAMPLE_TITLE], notices: [UNDONE] };
      expect([whole, none]).toContainEqual({ titles, notices });
      outcomes.push(titles.length === 1 ? 'undone' : 'whole');
      await after.close();
    }
    // Each article's file, its backup and its index entry and backup: every one of them cut short once.
    expect(outcomes.filter((outcome) => outcome === 'undone')).toHaveLength(16);
  }, 120_000);

  it('puts back the claims it replaced and takes away the ones it added to an article you had, when cut short after writing them', async () => {
    const outcomes: string[] = [];
    for (let stopAt = 1; ; stopAt += 1) {
      const dataDir = await makeTempDir(`import-cut-update-${stopAt}`);
      folders.push(dataDir);
      const disk = stoppingDisk();
      const store = new LibraryStore(dataDir, { fs: disk });
      const first = await open(dataDir, store);
      const putin = await first.createClaim({ articleId: SAMPLE_ID, start: 0, end: 5, exact: 'Putin' });
      const open6 = await first.createClaim({ articleId: SAMPLE_ID, start: 6, end: 10, exact: 'Open' });
      await first.deleteClaim({ articleId: SAMPLE_ID, claimId: open6.id });
      const { article: sample } = await first.getArticle({ articleId: SAMPLE_ID });
      const port = wordyArticle('30000000-0000-4000-8000-000000000101', 'Port talks 1');
      // Another machine's newer note on "Putin", the claim on "Open" deleted here, and a new article.
      const newer = { ...putin, note: 'Checked on another machine.', modified: '2026-03-01T08:00:00.000Z' };
      const text = exportText([
        { article: sample, claims: [newer, open6] },
        { article: port, claims: twoWordClaims(port, 20) },
      ]);
      // The article last viewed is written best-effort; on disk before the count starts.
      await store.settle();
      disk.stopAt(stopAt);
      const importing = first.importClaims({ file: { fileName: 'mixed.claims.json', contentBase64: Buffer.from(text).toString('base64') } });
      const finished = await Promise.race([importing.then(() => true), disk.whenStopped.then(() => false)]);

      const after = await open(dataDir);
      const { claims } = await after.getArticle({ articleId: SAMPLE_ID });
      const state = {
        titles: (await after.listArticles()).map((entry) => entry.title).sort(),
        notes: claims.map((claim) => [claim.id, claim.note]),
        notices: (await after.getSession()).notices,
      };
      await after.close();
      const whole = { titles: ['Port talks 1', SAMPLE_TITLE], notes: [[putin.id, 'Checked on another machine.'], [open6.id, '']], notices: [] };
      if (finished) {
        expect(state).toEqual(whole);
        break;
      }
      const none = {
        titles: [SAMPLE_TITLE],
        notes: [[putin.id, '']],
        notices: ['An import of 2 articles from mixed.claims.json was cut short when ClaimMark stopped; it was undone. Nothing you saved before it was touched.'],
      };
      expect([whole, none]).toContainEqual(state);
      outcomes.push(state.titles.length === 1 ? 'undone' : 'whole');
    }
    // The sample's journal, then the new article's file, its backup, its index entry and its backup.
    expect(outcomes.filter((outcome) => outcome === 'undone')).toHaveLength(5);
  }, 120_000);
});
