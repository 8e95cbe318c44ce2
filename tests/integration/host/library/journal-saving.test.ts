import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileTextBytes, nodeFileSystem, type DurableFileSystem } from '../../../../host/library/durable-json-file';
import { LibraryStore } from '../../../../host/library/library-store';
import { loadArticle } from '../../../../host/article-loading/load-article';
import type { Article, Claim } from '../../../../shared/model';
import { claimOf } from '../../../unit/support/claim-builder';
import { ManualScheduler } from '../../../unit/host/library/manual-scheduler';
import { apiErrorOf, makeTempDir, readJson, removeDir } from '../../support/library-fixture';

const ADDED = '2026-01-01T00:00:00.000Z';
const article: Article = loadArticle(
  { fileName: 'kyiv.txt', bytes: new TextEncoder().encode('Kyiv talks resume\n\nDelegates met in Istanbul on Monday. They agreed to meet again.\n') },
  'a-1',
  ADDED,
);

function claimNumbered(n: number): Claim {
  return claimOf(article, `c-${n}`, 'Delegates met', { created: ADDED });
}

/** The disk, counting what the store writes and appends. */
function countingDisk(): DurableFileSystem & { written: { path: string; bytes: number }[] } {
  const written: { path: string; bytes: number }[] = [];
  return {
    ...nodeFileSystem,
    written,
    writeFileSynced: (path, content) => {
      written.push({ path, bytes: fileTextBytes(content) });
      return nodeFileSystem.writeFileSynced(path, content);
    },
    appendFileSynced: (path, content, create) => {
      written.push({ path, bytes: fileTextBytes(content) });
      return nodeFileSystem.appendFileSynced(path, content, create);
    },
  };
}

describe('saving claim changes through the journal', () => {
  let dataDir: string;
  let articles: string;
  let scheduler: ManualScheduler;
  let disk: ReturnType<typeof countingDisk>;
  let store: LibraryStore;

  beforeEach(async () => {
    dataDir = await makeTempDir('journal-saving');
    articles = join(dataDir, 'articles');
    scheduler = new ManualScheduler();
    disk = countingDisk();
    store = new LibraryStore(dataDir, { fs: disk, scheduler, compaction: { idleMs: 500, maxEntries: 3, maxBytes: 1024 * 1024 } });
    await store.open();
    await store.addArticle(article, { isSample: false });
    disk.written.length = 0;
  });

  afterEach(async () => {
    await removeDir(dataDir);
  });

  async function fileIds(): Promise<string[]> {
    return ((await readJson(join(articles, 'a-1.json'))) as { claims: Claim[] }).claims.map((claim) => claim.id);
  }

  async function journalSeqs(): Promise<number[]> {
    const text = await readFile(join(articles, 'a-1.journal'), 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter((each) => each !== '')
      .map((each) => (JSON.parse(each) as { seq: number }).seq);
  }

  const add = (n: number) => store.updateClaims('a-1', (claims) => void claims.push(claimNumbered(n)));

  it('appends one line per change and leaves the article file alone', async () => {
    await add(1);
    await store.updateClaims('a-1', (claims) => void claims.splice(0, 1, { ...claims[0], note: 'checked' } as Claim));
    expect(await journalSeqs()).toEqual([1, 2]);
    expect(await fileIds()).toEqual([]);
    expect(disk.written.map((write) => write.path)).toEqual([join(articles, 'a-1.journal'), join(articles, 'a-1.journal')]);
  });

  it('folds the journal into the file once no change has come for the idle time', async () => {
    await add(1);
    expect(scheduler.pending()).toEqual([500]);
    await scheduler.advance(499);
    await add(2);
    expect(scheduler.pending()).toEqual([999]);
    await scheduler.advance(499);
    expect(await journalSeqs()).toEqual([1, 2]);
    await scheduler.advance(1);
    expect(await fileIds()).toEqual(['c-1', 'c-2']);
    expect(await readFile(join(articles, 'a-1.json.bak'), 'utf8')).toBe(await readFile(join(articles, 'a-1.json'), 'utf8'));
    expect((await readdir(articles)).sort()).toEqual(['a-1.json', 'a-1.json.bak']);
    expect(scheduler.pending()).toEqual([]);
    // Numbering goes on after the fold.
    await add(3);
    expect(await journalSeqs()).toEqual([3]);
    expect(((await readJson(join(articles, 'a-1.json'))) as { journalSequence: number }).journalSequence).toBe(2);
  });

  it('folds the journal at once when it reaches the most changes it may hold', async () => {
    await add(1);
    await add(2);
    await add(3);
    // The fold is queued behind the third change; the fourth comes after it.
    await add(4);
    expect(await fileIds()).toEqual(['c-1', 'c-2', 'c-3']);
    expect(await journalSeqs()).toEqual([4]);
  });

  it('folds every journal when it settles', async () => {
    await add(1);
    await add(2);
    await store.settle();
    expect(await fileIds()).toEqual(['c-1', 'c-2']);
    expect((await readdir(articles)).sort()).toEqual(['a-1.json', 'a-1.json.bak']);
    expect(scheduler.pending()).toEqual([]);
  });

  it('saves 100 changes asked for at once with one append, losing none', async () => {
    const counts = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        store.updateClaims('a-1', (claims) => {
          claims.push(claimNumbered(index + 1));
          return claims.length;
        }),
      ),
    );
    expect(counts).toEqual(Array.from({ length: 100 }, (_, index) => index + 1));
    expect(disk.written.filter((write) => write.path.endsWith('.journal'))).toHaveLength(1);
    const reopened = new LibraryStore(dataDir, { scheduler: new ManualScheduler() });
    await reopened.open();
    expect((await reopened.readArticle('a-1')).claims).toHaveLength(100);
  });

  it('folds the journal before a whole-file change to the article', async () => {
    await add(1);
    const newer = { ...article, title: 'Kyiv talks resume (updated)' };
    await store.replaceArticle('a-1', (current) => ({ article: newer, claims: [...current.claims, claimNumbered(2)], result: null }));
    expect(await fileIds()).toEqual(['c-1', 'c-2']);
    expect((await readdir(articles)).sort()).toEqual(['a-1.json', 'a-1.json.bak']);
    await add(3);
    expect(await journalSeqs()).toEqual([2]);
  });

  it('removes the journal with its article', async () => {
    await add(1);
    await store.deleteArticle('a-1');
    expect(await readdir(articles)).toEqual([]);
    expect(scheduler.pending()).toEqual([]);
  });
});

describe('a store on a disk of its own', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('journal-disk');
  });

  afterEach(async () => {
    await removeDir(dataDir);
  });

  it('writes at most 64 KiB for one claim edit in an article with 10,000 claims', async () => {
    const disk = countingDisk();
    const store = new LibraryStore(dataDir, { fs: disk, scheduler: new ManualScheduler() });
    await store.open();
    await store.addArticle(article, { isSample: false });
    await store.updateClaims('a-1', (claims) => void claims.push(...Array.from({ length: 10_000 }, (_, index) => claimNumbered(index + 1))));
    await store.settle();
    const fileBytes = disk.written.filter((write) => write.path.includes('a-1.json.')).at(-1)?.bytes ?? 0;
    expect(fileBytes).toBeGreaterThan(5 * 1024 * 1024);
    disk.written.length = 0;

    await store.updateClaims('a-1', (claims) => void claims.splice(5000, 1, { ...claims[5000], note: 'Checked against the minutes.' } as Claim));

    const bytes = disk.written.reduce((sum, write) => sum + write.bytes, 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it('keeps an edit whose append failed after writing half a line: the edit is kept, saved whole once the disk allows, and nothing is lost on restart', async () => {
    let failing = false;
    const noSpace = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const disk: DurableFileSystem = {
      ...nodeFileSystem,
      appendFileSynced: async (path, content, create) => {
        if (!failing) return nodeFileSystem.appendFileSynced(path, content, create);
        await nodeFileSystem.appendFileSynced(path, content.slice(0, 20), create);
        throw noSpace();
      },
      writeFileSynced: (path, content) => (failing ? Promise.reject(noSpace()) : nodeFileSystem.writeFileSynced(path, content)),
    };
    const scheduler = new ManualScheduler();
    const store = new LibraryStore(dataDir, { fs: disk, scheduler });
    await store.open();
    await store.addArticle(article, { isSample: false });
    await store.updateClaims('a-1', (claims) => void claims.push(claimNumbered(1)));

    failing = true;
    const failure = await apiErrorOf(store.updateClaims('a-1', (claims) => void claims.push(claimNumbered(2))));
    expect(failure.message).toBe(
      `Could not write the claims of "Kyiv talks resume" (ENOSPC: no space left on device). The change is kept, and ClaimMark keeps trying to save it.`,
    );
    failing = false;
    // Nothing may follow the torn line: the next edit writes the whole file.
    await store.updateClaims('a-1', (claims) => void claims.push(claimNumbered(3)));
    expect(store.unsavedArticles()).toEqual([]);
    expect(((await readJson(join(dataDir, 'articles', 'a-1.json'))) as { claims: Claim[] }).claims.map((claim) => claim.id)).toEqual(['c-1', 'c-2', 'c-3']);

    const reopened = new LibraryStore(dataDir, { scheduler: new ManualScheduler() });
    await reopened.open();
    expect((await reopened.readArticle('a-1')).claims.map((claim) => claim.id)).toEqual(['c-1', 'c-2', 'c-3']);
    expect(reopened.notices()).toEqual([]);
  });
});
