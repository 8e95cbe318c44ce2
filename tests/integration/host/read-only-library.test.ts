// A library folder that cannot be written: turned read-only while ClaimMark runs (the claim
// changes are kept in memory and in the recovery file outside the folder, and saved once it
// can be written), left so at quit (the recovery file is offered back at the next start, a
// claim changed in the library since left as it is), and read-only from the start (every
// read works, every write is refused and nothing is written). The disk's refusals are made
// at the store's file-system boundary.

import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inThreadArticleWork } from '../../../host/article-loading/article-worker-jobs';
import { ClaimMarkService } from '../../../host/claimmark-service';
import { IMPORT_RECORD_NAME, ImportRecordFile } from '../../../host/import-record';
import { nodeFileSystem, type DurableFileSystem } from '../../../host/library/durable-json-file';
import { LibraryStore } from '../../../host/library/library-store';
import { RecoveryFile, recoveryFilePath } from '../../../host/library/recovery-file';
import { claimsWithJournal } from './library/journal-on-disk';
import { ManualScheduler } from '../../unit/host/library/manual-scheduler';
import { SAMPLE_ARTICLE_PATH, TestClock, apiErrorOf, idCounter, makeTempDir, nthId, readJson, removeDir } from '../support/library-fixture';

const SAMPLE_ID = nthId(1);
const CLAIM_ID = nthId(2);
const SAMPLE_TITLE = 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea';
const START = '2025-06-01T08:00:00.000Z';
const LOCK_REASON = "the lock cannot be touched: EROFS: read-only file system, utime '/library/.lock'";

describe('a library folder that cannot be written', () => {
  let root: string;
  let dataDir: string;
  let recoveryDir: string;
  let clock: TestClock;
  let newId: () => string;
  /** While true, every write to the library folder fails as on a read-only disk. */
  let readOnlyDisk: boolean;
  let writes: string[];
  const refuse = (path: string) => Promise.reject(Object.assign(new Error(`EROFS: read-only file system, open '${path}'`), { code: 'EROFS' }));
  const disk: DurableFileSystem = {
    ...nodeFileSystem,
    writeFileSynced: (path, content) => (writes.push(path), readOnlyDisk ? refuse(path) : nodeFileSystem.writeFileSynced(path, content)),
    appendFileSynced: (path, content, create) => (writes.push(path), readOnlyDisk ? refuse(path) : nodeFileSystem.appendFileSynced(path, content, create)),
    rename: (from, to) => (writes.push(to), readOnlyDisk ? refuse(to) : nodeFileSystem.rename(from, to)),
    remove: (path) => (writes.push(path), readOnlyDisk ? refuse(path) : nodeFileSystem.remove(path)),
  };
  let service: ClaimMarkService | null;
  let store: LibraryStore;

  async function start(options: { readOnly?: string; recovery?: boolean } = {}): Promise<ClaimMarkService> {
    const recovery = options.recovery === false ? undefined : new RecoveryFile(dataDir, [recoveryDir], clock.now);
    store = new LibraryStore(dataDir, { fs: disk, scheduler: new ManualScheduler(), recovery, readOnly: options.readOnly });
    service = await ClaimMarkService.open({ store, sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: inThreadArticleWork, now: clock.now, newId });
    return service;
  }

  async function stop(): Promise<void> {
    await service?.close();
    service = null;
  }

  async function notesOnDisk(articleId: string): Promise<string[]> {
    const path = join(dataDir, 'articles', `${articleId}.json`);
    const saved = (await readJson(path)) as Parameters<typeof claimsWithJournal>[1];
    return (await claimsWithJournal(path, saved)).map((claim) => claim.note);
  }

  const recoveryPath = () => recoveryFilePath(recoveryDir, dataDir);

  /** The sample (id 1) with the claim "Putin" (id 2), saved. */
  beforeEach(async () => {
    root = await makeTempDir('read-only');
    dataDir = join(root, 'library');
    recoveryDir = join(root, 'recovery');
    clock = new TestClock(START);
    newId = idCounter();
    readOnlyDisk = false;
    writes = [];
    const running = await start();
    const { article } = await running.getArticle({ articleId: SAMPLE_ID });
    const at = article.text.indexOf('Putin');
    await running.createClaim({ articleId: SAMPLE_ID, start: at, end: at + 'Putin'.length, exact: 'Putin' });
  });

  afterEach(async () => {
    readOnlyDisk = false;
    await stop();
    await removeDir(root);
  });

  it('keeps a note typed while the folder is read-only in memory and in the recovery file, says so, and saves it once the folder can be written', async () => {
    const running = service as ClaimMarkService;
    readOnlyDisk = true;
    store.gate.pause(LOCK_REASON);

    const refused = await apiErrorOf(running.updateClaim({ articleId: SAMPLE_ID, claimId: CLAIM_ID, note: 'Said on state television.' }));
    expect(refused.code).toBe('storage');
    expect(refused.message).toBe(
      `The library folder cannot be written just now (${LOCK_REASON}). The change is kept, and ClaimMark keeps trying to save it.`,
    );
    await store.recovery?.settled();
    expect(await running.getSaveStatus()).toEqual({
      unsaved: [{ articleId: SAMPLE_ID, title: SAMPLE_TITLE, reason: `The library folder cannot be written just now (${LOCK_REASON}).` }],
      library: {
        access: 'read-only',
        message: `The library folder ${dataDir} is read-only or cannot be written (${LOCK_REASON}): changes are kept in memory and in the recovery file ${recoveryPath()}, and saved when the folder can be written again.`,
      },
      notices: [],
    });
    // Shown as kept, on disk as it was, and outside the folder as typed.
    expect((await running.getArticle({ articleId: SAMPLE_ID })).claims.map((claim) => claim.note)).toEqual(['Said on state television.']);
    expect(await notesOnDisk(SAMPLE_ID)).toEqual(['']);
    const kept = (await readJson(recoveryPath())) as { library: string; articles: { articleId: string; saved: { note: string }[]; kept: { note: string }[] }[] };
    expect(kept.library).toBe(dataDir);
    expect(kept.articles.map((article) => [article.articleId, article.saved.map((c) => c.note), article.kept.map((c) => c.note)])).toEqual([
      [SAMPLE_ID, [''], ['Said on state television.']],
    ]);

    readOnlyDisk = false;
    await store.resumeWrites();
    await store.recovery?.settled();
    expect(await notesOnDisk(SAMPLE_ID)).toEqual(['Said on state television.']);
    expect(await readdir(recoveryDir)).toEqual([]);
    expect(await running.getSaveStatus()).toEqual({ unsaved: [], library: { access: 'writable', message: null }, notices: [] });

    await stop();
    const restarted = await start();
    expect((await restarted.getArticle({ articleId: SAMPLE_ID })).claims.map((claim) => claim.note)).toEqual(['Said on state television.']);
  });

  it('offers the kept note back at the next start when ClaimMark quit with the folder still read-only, then removes the recovery file', async () => {
    readOnlyDisk = true;
    store.gate.pause(LOCK_REASON);
    await apiErrorOf((service as ClaimMarkService).updateClaim({ articleId: SAMPLE_ID, claimId: CLAIM_ID, note: 'Said on state television.' }));
    await stop();
    expect(await notesOnDisk(SAMPLE_ID)).toEqual(['']);

    readOnlyDisk = false;
    const restarted = await start();
    expect((await restarted.getSession()).notices).toEqual([
      `Recovered 1 claim change that could not be saved to the library folder before ClaimMark last ended (kept in ${recoveryPath()}, ${START}).`,
    ]);
    expect(await notesOnDisk(SAMPLE_ID)).toEqual(['Said on state television.']);
    expect(await readdir(recoveryDir)).toEqual([]);
  });

  it('leaves a claim changed in the library since as it is, says so, and keeps the recovery file aside', async () => {
    readOnlyDisk = true;
    store.gate.pause(LOCK_REASON);
    await apiErrorOf((service as ClaimMarkService).updateClaim({ articleId: SAMPLE_ID, claimId: CLAIM_ID, note: 'Typed while read-only.' }));
    await stop();
    // Another run (without the recovery folder) changes the same claim.
    readOnlyDisk = false;
    const other = await start({ recovery: false });
    await other.updateClaim({ articleId: SAMPLE_ID, claimId: CLAIM_ID, note: 'Typed in another run.' });
    await stop();

    const restarted = await start();
    const aside = join(recoveryDir, `${recoveryPath().slice(recoveryDir.length + 1, -'.json'.length)}.not-applied-2025-06-01T08-00-00-000Z.json`);
    expect((await restarted.getSession()).notices).toEqual([
      `Recovered 0 claim changes that could not be saved to the library folder before ClaimMark last ended (kept in ${recoveryPath()}, ${START}). ` +
        `In “${SAMPLE_TITLE}”, “Putin” changed in the library since, so the recovered version was not applied. The recovery file was kept as ${aside}.`,
    ]);
    expect(await notesOnDisk(SAMPLE_ID)).toEqual(['Typed in another run.']);
    const keptAside = (await readJson(aside)) as { articles: { kept: { note: string }[] }[] };
    expect(keptAside.articles.map((article) => article.kept.map((claim) => claim.note))).toEqual([['Typed while read-only.']]);
  });

  it('opens a read-only library for reading and export, refuses every change with the reason, and writes nothing', async () => {
    await stop();
    readOnlyDisk = true;
    writes = [];
    const reason = `the folder cannot be written: EROFS: read-only file system, mkdir '${join(dataDir, '.lock')}'`;
    const running = await start({ readOnly: reason });

    expect(await running.getSession()).toEqual({
      lastArticleId: SAMPLE_ID,
      notices: [],
      library: { access: 'read-only', message: `The library folder ${dataDir} is open read-only (${reason}): you can read and export, but no change is saved.` },
    });
    expect((await running.listArticles()).map((entry) => [entry.title, entry.claimCount])).toEqual([[SAMPLE_TITLE, 1]]);
    expect((await running.getArticle({ articleId: SAMPLE_ID })).claims.map((claim) => claim.selectors.quote.exact)).toEqual(['Putin']);
    const exported = await running.exportFile({ scope: { kind: 'library' }, format: 'native' });
    expect(exported.fileName).toMatch(/\.json$/);

    const refusal = `The library is open read-only (${reason}). Reading and exporting still work; this change was not made.`;
    const attempts = [
      running.updateClaim({ articleId: SAMPLE_ID, claimId: CLAIM_ID, note: 'Not to be saved.' }),
      running.createClaim({ articleId: SAMPLE_ID, start: 0, end: 5, exact: 'Putin' }),
      running.deleteClaim({ articleId: SAMPLE_ID, claimId: CLAIM_ID }),
      running.deleteArticle({ articleId: SAMPLE_ID }),
      running.openArticle({ file: { fileName: 'harbour.txt', contentBase64: Buffer.from('Port strike ends\n\nDock workers ended a strike.').toString('base64') } }),
    ];
    for (const attempt of attempts) expect(await apiErrorOf(attempt)).toEqual({ code: 'read-only', message: refusal });
    await running.close();
    service = null;
    expect(writes).toEqual([]);
    expect(await notesOnDisk(SAMPLE_ID)).toEqual(['']);
  });

  describe('with an import cut short', () => {
    const reason = "the folder cannot be written: EROFS: read-only file system, mkdir '/library/.lock'";

    /** The record an import of one claim (the saved "Putin") left when ClaimMark stopped in the middle. */
    async function leaveImportRecord(): Promise<void> {
      const { claims } = await (service as ClaimMarkService).getArticle({ articleId: SAMPLE_ID });
      await stop();
      await new ImportRecordFile(dataDir).write({
        format: 'claimmark-import-in-progress',
        version: 1,
        fileName: 'claims.json',
        started: START,
        newArticles: [],
        updates: [{ articleId: SAMPLE_ID, title: SAMPLE_TITLE, added: claims.map(({ id, modified }) => ({ id, modified })), replaced: [] }],
      });
    }

    it('opens read-only, keeps the record, says it is undone once the folder can be written, and it is', async () => {
      await leaveImportRecord();
      const onDisk = (await readdir(dataDir)).sort();
      readOnlyDisk = true;
      writes = [];
      const running = await start({ readOnly: reason });

      expect((await running.getSession()).notices).toEqual([
        'An import of 1 article from claims.json was cut short when ClaimMark stopped. The library is open read-only, so it is undone at the next start that can write to the folder; until then what it wrote is shown.',
      ]);
      expect((await running.getArticle({ articleId: SAMPLE_ID })).claims.map((claim) => claim.selectors.quote.exact)).toEqual(['Putin']);
      await stop();
      expect(writes).toEqual([]);
      expect((await readdir(dataDir)).sort()).toEqual(onDisk);

      readOnlyDisk = false;
      const writable = await start();
      expect((await writable.getSession()).notices).toEqual([
        'An import of 1 article from claims.json was cut short when ClaimMark stopped; it was undone. Nothing you saved before it was touched.',
      ]);
      expect((await writable.getArticle({ articleId: SAMPLE_ID })).claims).toEqual([]);
      expect(await readdir(dataDir)).not.toContain(IMPORT_RECORD_NAME);
    });

    it('opens read-only with the backup a finished import left, and leaves it for a start that can write', async () => {
      await stop();
      await writeFile(join(dataDir, `${IMPORT_RECORD_NAME}.bak`), '{}');
      readOnlyDisk = true;
      writes = [];
      const running = await start({ readOnly: reason });

      expect((await running.getSession()).notices).toEqual([]);
      await stop();
      expect(writes).toEqual([]);
      expect(await readdir(dataDir)).toContain(`${IMPORT_RECORD_NAME}.bak`);
    });
  });
});
