import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nodeFileSystem, type DurableFileSystem } from '../../../../host/library/durable-json-file';
import { claimsWithJournal } from './journal-on-disk';
import { LibraryStore } from '../../../../host/library/library-store';
import { loadArticle } from '../../../../host/article-loading/load-article';
import { articleSchema, claimSchema, type Article, type Claim } from '../../../../shared/model';
import { claimOf } from '../../../unit/support/claim-builder';
import { ManualScheduler } from '../../../unit/host/library/manual-scheduler';
import { SAMPLE_ARTICLE_PATH, apiErrorOf, idCounter, makeTempDir, readJson, removeDir } from '../../support/library-fixture';

const ADDED = '2025-06-01T08:00:00.000Z';

// The file formats, spelled out independently of the store's own schemas.
const libraryOnDisk = z.strictObject({
  format: z.literal('claimmark-library'),
  version: z.literal(5),
  sampleLoaded: z.boolean(),
  lastArticleId: z.string().nullable(),
  articles: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      source: z.string().nullable(),
      added: z.string(),
      fileName: z.string(),
      contentHash: z.string(),
    }),
  ),
});
const articleOnDisk = z.strictObject({
  format: z.literal('claimmark-article'),
  version: z.literal(5),
  article: articleSchema,
  claims: z.array(claimSchema),
  /** The last journal change folded into the file, once one was. */
  journalSequence: z.int().optional(),
});

function articleFrom(fileName: string, text: string, id: string): Article {
  return loadArticle({ fileName, bytes: new TextEncoder().encode(text) }, id, ADDED);
}

const KYIV_TEXT = 'Kyiv talks resume\n\nDelegates met in Istanbul on Monday. They agreed to meet again.\n';
const RTL_TEXT = 'بوتين منفتح على المفاوضات\n\nقال بوتين إنه مستعد للقاء زيلينسكي في المرحلة النهائية من المفاوضات. وأضاف أن الحوار مستمر.\n';

function claimOn(article: Article, quote: string, id: string): Claim {
  return claimOf(article, id, quote, { created: ADDED });
}

describe('LibraryStore', () => {
  let dataDir: string;
  let store: LibraryStore;
  let newId: () => string;
  let kyiv: Article;
  let rtl: Article;

  beforeEach(async () => {
    dataDir = await makeTempDir('store');
    store = new LibraryStore(dataDir);
    await store.open();
    newId = idCounter();
    kyiv = articleFrom('kyiv.txt', KYIV_TEXT, newId());
    rtl = articleFrom('rtl.txt', RTL_TEXT, newId());
  });

  afterEach(async () => {
    await store.settle();
    await removeDir(dataDir);
  });

  /** The article file with its journal replayed on top: what a store opened now would read. */
  async function onDisk(articleId: string): Promise<z.infer<typeof articleOnDisk>> {
    const path = join(dataDir, 'articles', `${articleId}.json`);
    const file = articleOnDisk.parse(await readJson(path));
    return { ...file, claims: await claimsWithJournal(path, file) };
  }

  it('starts empty, with an articles folder and no sample yet', async () => {
    expect(store.entries()).toEqual([]);
    expect(store.sampleLoaded()).toBe(false);
    expect((await stat(join(dataDir, 'articles'))).isDirectory()).toBe(true);
  });

  it('removes at start the temporary files a killed write left, and nothing else', async () => {
    await store.addArticle(kyiv, { isSample: false });
    await store.settle();
    const leftovers = ['.library.json.4242.0123456789ab.tmp', '.library.json.bak.17.ffffffffffff.tmp'];
    const articleLeftovers = [`.${kyiv.id}.json.4242.a1b2c3d4e5f6.tmp`, `.${kyiv.id}.json.bak.99.000000000000.tmp`];
    // Named like them but not the writer's: the analyst's own files stay.
    const others = ['notes.tmp', `.${kyiv.id}.json.tmp`, '.library.json.4242.0123456789ab.tmp.keep'];
    for (const name of [...leftovers, ...others]) await writeFile(join(dataDir, name), '{ "half": ');
    for (const name of articleLeftovers) await writeFile(join(dataDir, 'articles', name), '{ "half": ');

    const reopened = new LibraryStore(dataDir);
    await reopened.open();
    expect((await readdir(dataDir)).sort()).toEqual([
      '.00000000-0000-4000-8000-000000000001.json.tmp',
      '.library.json.4242.0123456789ab.tmp.keep',
      'articles',
      'library.json',
      'library.json.bak',
      'library.json.bak.1',
      'notes.tmp',
    ]);
    expect((await readdir(join(dataDir, 'articles'))).sort()).toEqual(['00000000-0000-4000-8000-000000000001.json', '00000000-0000-4000-8000-000000000001.json.bak']);
    expect((await reopened.readArticle(kyiv.id)).article).toEqual(kyiv);
  });

  it('refuses to be used before open() has finished', () => {
    const unopened = new LibraryStore(dataDir);
    expect(() => unopened.entries()).toThrow(/open\(\) must finish/);
  });

  it('keeps an index in library.json and each article in articles/<id>.json', async () => {
    await store.addArticle(kyiv, { isSample: false });
    await store.addArticle(rtl, { isSample: false });

    expect((await readdir(dataDir)).sort()).toEqual(['articles', 'library.json', 'library.json.bak']);
    expect((await readdir(join(dataDir, 'articles'))).sort()).toEqual([`${kyiv.id}.json`, `${kyiv.id}.json.bak`, `${rtl.id}.json`, `${rtl.id}.json.bak`].sort());
    expect(libraryOnDisk.parse(await readJson(store.libraryPath))).toEqual({
      format: 'claimmark-library',
      version: 5,
      sampleLoaded: false,
      lastArticleId: null,
      articles: [
        { id: kyiv.id, title: 'Kyiv talks resume', source: null, added: ADDED, fileName: 'kyiv.txt', contentHash: kyiv.contentHash },
        { id: rtl.id, title: 'بوتين منفتح على المفاوضات', source: null, added: ADDED, fileName: 'rtl.txt', contentHash: rtl.contentHash },
      ],
    });
    expect(await onDisk(rtl.id)).toEqual({ format: 'claimmark-article', version: 5, article: rtl, claims: [] });
  });

  it('records that the sample was added', async () => {
    const sample = loadArticle({ fileName: 'sample.txt', bytes: await readFile(SAMPLE_ARTICLE_PATH) }, newId(), ADDED);
    await store.addArticle(sample, { isSample: true });
    expect(store.sampleLoaded()).toBe(true);
    expect(libraryOnDisk.parse(await readJson(store.libraryPath)).sampleLoaded).toBe(true);
  });

  it('writes UTF-8 text as it is', async () => {
    await store.addArticle(rtl, { isSample: false });
    const raw = await readFile(join(dataDir, 'articles', `${rtl.id}.json`), 'utf8');
    expect(raw).toContain('قال بوتين إنه مستعد للقاء زيلينسكي');
  });

  it('has each claim change on disk when its promise resolves, and returns what the change returns', async () => {
    await store.addArticle(kyiv, { isSample: false });
    const claim = claimOn(kyiv, 'Delegates met in Istanbul', newId());
    const result = await store.updateClaims(kyiv.id, (claims) => {
      claims.push(claim);
      return claims.length;
    });
    expect(result).toBe(1);
    expect((await onDisk(kyiv.id)).claims).toEqual([claim]);
    expect((await store.readArticle(kyiv.id)).claims).toEqual([claim]);
  });

  it('leaves file and memory as they were when a change throws', async () => {
    await store.addArticle(kyiv, { isSample: false });
    const kept = claimOn(kyiv, 'Delegates', newId());
    await store.updateClaims(kyiv.id, (claims) => void claims.push(kept));
    const before = await readFile(join(dataDir, 'articles', `${kyiv.id}.json`), 'utf8');

    await expect(
      store.updateClaims(kyiv.id, (claims) => {
        claims.length = 0;
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');

    expect(await readFile(join(dataDir, 'articles', `${kyiv.id}.json`), 'utf8')).toBe(before);
    expect((await store.readArticle(kyiv.id)).claims).toEqual([kept]);
  });

  it('never rewrites another article’s file when saving claims', async () => {
    await store.addArticle(kyiv, { isSample: false });
    await store.addArticle(rtl, { isSample: false });
    const otherPath = join(dataDir, 'articles', `${rtl.id}.json`);
    const otherBefore = { content: await readFile(otherPath, 'utf8'), stat: await stat(otherPath) };
    const libraryBefore = await readFile(store.libraryPath, 'utf8');

    for (const quote of ['Kyiv talks', 'Delegates met', 'agreed to meet again']) {
      await store.updateClaims(kyiv.id, (claims) => void claims.push(claimOn(kyiv, quote, newId())));
    }

    const otherAfter = await stat(otherPath);
    expect(await readFile(otherPath, 'utf8')).toBe(otherBefore.content);
    expect(otherAfter.mtimeMs).toBe(otherBefore.stat.mtimeMs);
    expect(otherAfter.ino).toBe(otherBefore.stat.ino);
    expect(await readFile(store.libraryPath, 'utf8')).toBe(libraryBefore);
    expect((await onDisk(kyiv.id)).claims).toHaveLength(3);
  });

  it('runs concurrent changes to one article one after another, losing none', async () => {
    await store.addArticle(kyiv, { isSample: false });
    const claims = Array.from({ length: 20 }, () => claimOn(kyiv, 'Delegates met in Istanbul', newId()));
    const counts = await Promise.all(
      claims.map((claim) =>
        store.updateClaims(kyiv.id, (current) => {
          current.push(claim);
          return current.length;
        }),
      ),
    );
    expect(counts).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect((await onDisk(kyiv.id)).claims).toEqual(claims);
  });

  it('shows the same articles and claims to a store opened later on the same folder', async () => {
    await store.addArticle(kyiv, { isSample: false });
    await store.addArticle(rtl, { isSample: true });
    const claim = claimOn(rtl, 'زيلينسكي', newId());
    await store.updateClaims(rtl.id, (claims) => void claims.push(claim));

    const reopened = new LibraryStore(dataDir);
    await reopened.open();
    expect(reopened.entries().map((entry) => entry.id)).toEqual([kyiv.id, rtl.id]);
    expect(reopened.sampleLoaded()).toBe(true);
    expect(await reopened.readArticle(rtl.id)).toEqual({ article: rtl, claims: [claim] });
  });

  it.each([
    { name: 'an id not in the library', id: '00000000-0000-4000-8000-999999999999' },
    { name: 'a parent-folder id', id: '../x' },
    { name: 'an id with a slash', id: 'articles/x' },
    { name: 'an id with a backslash', id: '..\\x' },
    { name: 'an empty id', id: '' },
  ])('answers not-found for $name', async ({ id }) => {
    await store.addArticle(kyiv, { isSample: false });
    expect((await apiErrorOf(store.readArticle(id))).code).toBe('not-found');
    expect((await apiErrorOf(store.updateClaims(id, () => undefined))).code).toBe('not-found');
  });

  it('never reads a file outside its folder, even for an id written into library.json by hand', async () => {
    await writeFile(join(dataDir, 'outside.json'), JSON.stringify({ format: 'claimmark-article' }));
    await mkdir(join(dataDir, 'articles'), { recursive: true });
    await writeFile(
      join(dataDir, 'library.json'),
      JSON.stringify({
        format: 'claimmark-library',
        version: 1,
        sampleLoaded: true,
        articles: [{ id: '../outside', title: 'x', source: null, added: ADDED, fileName: 'x.txt', contentHash: 'sha256:0' }],
      }),
    );
    const tampered = new LibraryStore(dataDir);
    await tampered.open();
    const error = await apiErrorOf(tampered.readArticle('../outside'));
    expect(error.code).toBe('not-found');
    expect(() => tampered.articlePath('../outside')).toThrow(/No article with id/);
  });

  it('refuses to add an article whose id would name a path', async () => {
    const hostile = { ...kyiv, id: '../../escaped' };
    expect((await apiErrorOf(store.addArticle(hostile, { isSample: false }))).code).toBe('not-found');
    expect(store.entries()).toEqual([]);
    expect(await readdir(join(dataDir, 'articles'))).toEqual([]);
  });

  describe('damaged files', () => {
    const damage: { name: string; corrupt: (original: string) => string; reason: RegExp }[] = [
      { name: 'cut short', corrupt: (original) => original.slice(0, 40), reason: /not valid JSON/ },
      { name: 'empty', corrupt: () => '', reason: /the file is empty/ },
      { name: 'binary', corrupt: () => '\u0000\u0001PK\u0003\u0004', reason: /binary data/ },
      {
        name: 'a claim without a status',
        corrupt: (original) => {
          const file = JSON.parse(original) as { claims: Record<string, unknown>[] };
          delete file.claims[0]?.status;
          return JSON.stringify(file);
        },
        reason: /not a valid ClaimMark file/,
      },
      { name: 'another program’s JSON', corrupt: () => '{"hello": "world"}', reason: /not a valid ClaimMark file/ },
    ];

    async function articleWithClaim(): Promise<string> {
      await store.addArticle(kyiv, { isSample: false });
      await store.updateClaims(kyiv.id, (claims) => void claims.push(claimOn(kyiv, 'Delegates', newId())));
      // Folded into the file (and its backup), so that damaging the file damages the claim.
      await store.settle();
      return join(dataDir, 'articles', `${kyiv.id}.json`);
    }

    async function asideFiles(folder: string, name: string): Promise<string[]> {
      return (await readdir(folder)).filter((file) => file.startsWith(`${name}.damaged-`));
    }

    it.each(damage)('restores an article file that is $name from its backup, keeps the damaged one and says so', async ({ corrupt, reason }) => {
      const path = await articleWithClaim();
      const damaged = corrupt(await readFile(path, 'utf8'));
      await writeFile(path, damaged);

      const reopened = new LibraryStore(dataDir);
      await reopened.open();
      const { article, claims } = await reopened.readArticle(kyiv.id);
      expect(article).toEqual(kyiv);
      expect(claims.map((claim) => claim.selectors.quote.exact)).toEqual(['Delegates']);

      const [aside] = await asideFiles(join(dataDir, 'articles'), `${kyiv.id}.json`);
      expect(aside).toBeDefined();
      expect(await readFile(join(dataDir, 'articles', aside ?? ''), 'utf8')).toBe(damaged);
      expect(reopened.notices()).toHaveLength(1);
      expect(reopened.notices()[0]).toMatch(reason);
      expect(reopened.notices()[0]).toContain(path);
      expect(reopened.notices()[0]).toContain(`restored from its backup`);
      expect(reopened.notices()[0]).toContain(aside);
    });

    it('reports a damaged article file that has no backup, naming where the damaged file went', async () => {
      const path = await articleWithClaim();
      await rm(`${path}.bak`);
      await writeFile(path, '{ "cut": ');

      const reopened = new LibraryStore(dataDir);
      await reopened.open();
      const error = await apiErrorOf(reopened.readArticle(kyiv.id));
      const [aside] = await asideFiles(join(dataDir, 'articles'), `${kyiv.id}.json`);
      expect(error.code).toBe('storage');
      expect(error.message).toContain(path);
      expect(error.message).toContain(`has no usable backup`);
      expect(error.message).toContain(aside);
      expect(await readFile(join(dataDir, 'articles', aside ?? ''), 'utf8')).toBe('{ "cut": ');
      // The rest of the library is still there.
      expect(reopened.entries()).toHaveLength(1);
    });

    it('tells at every start where the damaged copy of an article file without a backup is, until the article is deleted', async () => {
      const path = await articleWithClaim();
      await rm(`${path}.bak`);
      await writeFile(path, '{ "cut": ');
      const keptAs = `${path}.damaged-2026-02-01T10-00-00-000Z`;
      const startAt = (time: string) => new LibraryStore(dataDir, { now: () => new Date(time) });

      const first = startAt('2026-02-01T10:00:00.000Z');
      await first.open();
      expect(first.notices()).toEqual([
        `${path} was damaged (${path} is damaged: the file is not valid JSON (Unexpected end of JSON input)) and has no usable backup. The damaged file was kept as ${keptAs}.`,
      ]);
      await first.settle();

      for (const time of ['2026-02-02T10:00:00.000Z', '2026-02-03T10:00:00.000Z']) {
        const later = startAt(time);
        await later.open();
        expect(later.notices()).toEqual([`${path} was damaged (found when ClaimMark started before) and has no usable backup. The damaged file was kept as ${keptAs}.`]);
        expect(await apiErrorOf(later.readArticle(kyiv.id))).toEqual({
          code: 'storage',
          message: `${path} was damaged (found when ClaimMark started before) and has no usable backup. The damaged file was kept as ${keptAs}.`,
        });
        await later.settle();
      }

      const dealt = startAt('2026-02-04T10:00:00.000Z');
      await dealt.open();
      await dealt.deleteArticle(kyiv.id);
      await dealt.settle();
      const after = startAt('2026-02-05T10:00:00.000Z');
      await after.open();
      expect(after.notices()).toEqual([]);
      expect(await readFile(keptAs, 'utf8')).toBe('{ "cut": ');
    });

    it('never overwrites an earlier damaged copy', async () => {
      const path = await articleWithClaim();
      for (const content of ['first damage', 'second damage']) {
        await writeFile(path, content);
        const reopened = new LibraryStore(dataDir, { now: () => new Date('2026-02-01T10:00:00.000Z') });
        await reopened.open();
        await reopened.readArticle(kyiv.id);
      }
      const asides = await asideFiles(join(dataDir, 'articles'), `${kyiv.id}.json`);
      expect(asides).toHaveLength(2);
      const contents = await Promise.all(asides.map((file) => readFile(join(dataDir, 'articles', file), 'utf8')));
      expect(contents.sort()).toEqual(['first damage', 'second damage']);
    });

    it('restores a missing article file from its backup, and reports one with no backup', async () => {
      const path = await articleWithClaim();
      await rm(path);
      const reopened = new LibraryStore(dataDir);
      await reopened.open();
      expect((await reopened.readArticle(kyiv.id)).article).toEqual(kyiv);
      expect(reopened.notices()[0]).toMatch(/missing.*restored from its backup/);

      await rm(path);
      await rm(`${path}.bak`);
      const again = new LibraryStore(dataDir);
      await again.open();
      expect(await apiErrorOf(again.readArticle(kyiv.id))).toEqual({ code: 'storage', message: `The file ${path} is missing.` });
    });

    it.each([
      { name: 'not JSON', content: 'not json at all' },
      { name: 'another format', content: JSON.stringify({ format: 'other', version: 2, sampleLoaded: false, articles: [] }) },
    ])('restores a library.json that is $name from its backup', async ({ content }) => {
      await store.addArticle(kyiv, { isSample: false });
      await writeFile(join(dataDir, 'library.json'), content);
      const reopened = new LibraryStore(dataDir);
      await reopened.open();
      expect(reopened.entries().map((entry) => entry.id)).toEqual([kyiv.id]);
      expect(reopened.notices()[0]).toContain('restored from its backup');
    });

    it('rebuilds a damaged library.json without a backup from the article files', async () => {
      await store.addArticle(kyiv, { isSample: false });
      await store.addArticle(rtl, { isSample: false });
      await rm(join(dataDir, 'library.json.bak'));
      await writeFile(join(dataDir, 'library.json'), '');
      const reopened = new LibraryStore(dataDir);
      await reopened.open();
      expect(reopened.entries().map((entry) => entry.id).sort()).toEqual([kyiv.id, rtl.id].sort());
      expect(reopened.notices()[0]).toMatch(/no usable backup; it was rebuilt/);
      expect(await asideFiles(dataDir, 'library.json')).toHaveLength(1);
    });

    it('refuses a library.json from a newer ClaimMark and leaves it as it is', async () => {
      const newer = JSON.stringify({ format: 'claimmark-library', version: 9, sampleLoaded: false, articles: [] });
      await writeFile(join(dataDir, 'library.json'), newer);
      const error = await apiErrorOf(new LibraryStore(dataDir).open());
      expect(error.code).toBe('storage');
      expect(error.message).toContain(join(dataDir, 'library.json'));
      expect(error.message).toContain('newer ClaimMark');
      expect(await readFile(join(dataDir, 'library.json'), 'utf8')).toBe(newer);
      expect(await asideFiles(dataDir, 'library.json')).toEqual([]);
    });
  });
});

describe('LibraryStore when saving fails', () => {
  let dataDir: string;
  let scheduler: ManualScheduler;
  /** While set, every write fails the way a full disk makes it fail. */
  let diskFull: boolean;
  const noSpace = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
  const fullDisk: DurableFileSystem = {
    ...nodeFileSystem,
    writeFileSynced: (path, content) => (diskFull ? noSpace() : nodeFileSystem.writeFileSynced(path, content)),
    appendFileSynced: (path, content, create) => (diskFull ? noSpace() : nodeFileSystem.appendFileSynced(path, content, create)),
  };

  beforeEach(async () => {
    dataDir = await makeTempDir('store-failing');
    scheduler = new ManualScheduler();
    diskFull = false;
  });

  afterEach(async () => {
    await removeDir(dataDir);
  });

  /** A store on `fs` holding one article, a-1, with no claims. */
  async function storeWithArticle(fs: DurableFileSystem): Promise<{ store: LibraryStore; article: Article; path: string }> {
    const store = new LibraryStore(dataDir, { fs, scheduler });
    await store.open();
    const article = loadArticle({ fileName: 'kyiv.txt', bytes: new TextEncoder().encode('Kyiv talks resume\n\nDelegates met in Istanbul on Monday.\n') }, 'a-1', '2026-01-01T00:00:00.000Z');
    await store.addArticle(article, { isSample: false });
    return { store, article, path: join(dataDir, 'articles', 'a-1.json') };
  }

  /** Fills the disk and makes an edit (claim c-1) that stays unsaved. */
  async function failEdit(store: LibraryStore, article: Article): Promise<void> {
    diskFull = true;
    await apiErrorOf(store.updateClaims('a-1', (claims) => void claims.push(claimOn(article, 'Delegates', 'c-1'))));
  }

  async function claimsOnDisk(path: string): Promise<number> {
    return (JSON.parse(await readFile(path, 'utf8')) as { claims: unknown[] }).claims.length;
  }

  it('keeps an edit in memory, reports it unsaved, leaves the file alone, and saves it once the disk allows', async () => {
    const { store, article, path } = await storeWithArticle(fullDisk);
    const before = await readFile(path, 'utf8');

    diskFull = true;
    const claim = { ...claimOn(article, 'Delegates', 'c-1') };
    const failure = await apiErrorOf(store.updateClaims('a-1', (claims) => void claims.push(claim)));
    expect(failure.code).toBe('storage');
    expect(failure.message).toMatch(/no space left on device.*kept.*keeps trying/);
    expect((await store.readArticle('a-1')).claims).toHaveLength(1);
    expect(store.unsavedArticles()).toEqual([{ articleId: 'a-1', title: 'Kyiv talks resume', reason: expect.stringMatching(/ENOSPC/) }]);
    expect(await readFile(path, 'utf8')).toBe(before);

    // Still failing: the retry keeps it unsaved; then the disk has room again.
    await store.retryUnsaved('a-1');
    expect(store.unsavedArticles()).toHaveLength(1);
    diskFull = false;
    await store.retryUnsaved('a-1');
    expect(store.unsavedArticles()).toEqual([]);
    expect(await claimsOnDisk(path)).toBe(1);
  });

  it('tries an unsaved edit again on its own after 1 s, then 2 s more, until the disk allows', async () => {
    const { store, article, path } = await storeWithArticle(fullDisk);
    await failEdit(store, article);
    expect(scheduler.pending()).toEqual([1000]);

    await scheduler.advance(999);
    expect(store.unsavedArticles()).toHaveLength(1);
    await scheduler.advance(1);
    expect(store.unsavedArticles()).toHaveLength(1);
    expect(scheduler.pending()).toEqual([3000]);

    diskFull = false;
    await scheduler.advance(2000);
    expect(store.unsavedArticles()).toEqual([]);
    expect(scheduler.pending()).toEqual([]);
    expect(await claimsOnDisk(path)).toBe(1);
  });

  it('makes one last try at what is unsaved when it settles before quitting', async () => {
    const { store, article, path } = await storeWithArticle(fullDisk);
    await failEdit(store, article);
    diskFull = false;
    await store.settle();
    expect(store.unsavedArticles()).toEqual([]);
    expect(scheduler.pending()).toEqual([]);
    expect(await claimsOnDisk(path)).toBe(1);
  });

  it('stops trying to save an article once it is deleted', async () => {
    const { store, article } = await storeWithArticle(fullDisk);
    await failEdit(store, article);
    diskFull = false;
    await store.deleteArticle('a-1');
    expect(store.unsavedArticles()).toEqual([]);
    expect(scheduler.pending()).toEqual([]);
    expect(await readdir(join(dataDir, 'articles'))).toEqual([]);
  });

  it('has nothing to try for an article deleted while its retry waited', async () => {
    let holding = false;
    let reachIndex: () => void = () => undefined;
    let releaseIndex: () => void = () => undefined;
    const indexReached = new Promise<void>((resolve) => (reachIndex = resolve));
    const indexReleased = new Promise<void>((resolve) => (releaseIndex = resolve));
    const fs: DurableFileSystem = {
      ...fullDisk,
      // Holds the index's rename until the test lets it go, so a retry comes mid-delete.
      rename: async (from, to) => {
        if (holding && to === join(dataDir, 'library.json')) {
          reachIndex();
          await indexReleased;
        }
        return nodeFileSystem.rename(from, to);
      },
    };
    const { store, article } = await storeWithArticle(fs);
    await failEdit(store, article);
    diskFull = false;
    holding = true;
    const deleting = store.deleteArticle('a-1');
    await indexReached;

    await store.retryUnsaved('a-1');
    expect(store.unsavedArticles()).toEqual([]);
    releaseIndex();
    await deleting;
    expect(scheduler.pending()).toEqual([]);
  });

  it('undoes a change whose caller asked for all or nothing (an import)', async () => {
    let failing = false;
    const denied = () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    const fs: DurableFileSystem = {
      ...nodeFileSystem,
      rename: (from, to) => (failing ? denied() : nodeFileSystem.rename(from, to)),
      appendFileSynced: (path, content, create) => (failing ? denied() : nodeFileSystem.appendFileSynced(path, content, create)),
    };
    const { store, article } = await storeWithArticle(fs);
    failing = true;
    await apiErrorOf(store.updateClaims('a-1', (claims) => void claims.push(claimOn(article, 'Delegates', 'c-1')), 'rollback'));
    expect((await store.readArticle('a-1')).claims).toEqual([]);
    expect(store.unsavedArticles()).toEqual([]);
    expect(scheduler.pending()).toEqual([]);
  });
});
