import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inThreadArticleWork } from '../../../host/article-loading/article-worker-jobs';
import { ClaimMarkService, hostApi } from '../../../host/claimmark-service';
import { claimsWithJournal } from './library/journal-on-disk';
import { LibraryStore } from '../../../host/library/library-store';
import { loadArticle } from '../../../host/article-loading/load-article';
import type { NativeExport } from '../../../shared/export/native-export';
import { nativeSchemaProblems } from '../../support/native-export-schema';
import { articleSchema, claimSchema, type Article, type Claim } from '../../../shared/model';
import {
  SAMPLE_ARTICLE_PATH,
  TestClock,
  apiErrorOf,
  idCounter,
  makeTempDir,
  nthId,
  readJson,
  removeDir,
} from '../support/library-fixture';

const START = '2025-06-01T08:00:00.000Z';
const SAMPLE_ID = nthId(1);
const UNKNOWN_ID = '00000000-0000-4000-8000-999999999999';

const articleOnDisk = z.strictObject({
  format: z.literal('claimmark-article'),
  version: z.literal(5),
  article: articleSchema,
  claims: z.array(claimSchema),
  /** The last journal change folded into the file, once one was. */
  journalSequence: z.int().optional(),
});

describe('ClaimMarkService', () => {
  let dataDir: string;
  let clock: TestClock;
  let newId: () => string;
  let store: LibraryStore;
  let service: ClaimMarkService;
  let sample: Article;

  async function openService(): Promise<{ service: ClaimMarkService; store: LibraryStore }> {
    const opened = new LibraryStore(dataDir);
    return {
      service: await ClaimMarkService.open({ store: opened, sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: inThreadArticleWork, now: clock.now, newId }),
      store: opened,
    };
  }

  beforeEach(async () => {
    dataDir = await makeTempDir('service');
    clock = new TestClock(START);
    newId = idCounter();
    ({ service, store } = await openService());
    sample = (await service.getArticle({ articleId: SAMPLE_ID })).article;
  });

  afterEach(async () => {
    await service.close();
    await removeDir(dataDir);
  });

  function articlePath(articleId: string): string {
    return join(dataDir, 'articles', `${articleId}.json`);
  }

  async function claimsOnDisk(articleId: string): Promise<Claim[]> {
    return claimsWithJournal(articlePath(articleId), articleOnDisk.parse(await readJson(articlePath(articleId))));
  }

  /** Claims a quote of the sample the way the renderer does: its offsets and its text. */
  function claimQuote(quote: string, article: Article = sample): Promise<Claim> {
    const start = article.text.indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" is not in the article`);
    return service.createClaim({ articleId: article.id, start, end: start + quote.length, exact: quote });
  }

  describe('first start', () => {
    it('adds the bundled sample article to an empty library', async () => {
      expect(sample).toMatchObject({
        id: SAMPLE_ID,
        title: 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea',
        source: 'www.theguardian.com',
        fileName: 'putin-open-to-negotiations-with-ukraine.txt',
        added: START,
      });
      expect(await service.listArticles()).toEqual([
        {
          id: SAMPLE_ID,
          title: sample.title,
          source: 'www.theguardian.com',
          siteName: null,
          fileName: 'putin-open-to-negotiations-with-ukraine.txt',
          format: 'txt',
          added: START,
          updated: null,
          claimCount: 0,
          checkedCount: 0,
          reviewCount: 0,
          statusCounts: { unverified: 0, 'in-progress': 0, verified: 0, false: 0, misleading: 0, inconclusive: 0 },
          orphanCount: 0,
          problem: null,
        },
      ]);
    });

    it('lays out library.json and articles/<id>.json, and marks the sample as loaded', async () => {
      expect((await readdir(dataDir)).sort()).toEqual(['articles', 'library.json', 'library.json.bak']);
      expect((await readdir(join(dataDir, 'articles'))).sort()).toEqual([`${SAMPLE_ID}.json`, `${SAMPLE_ID}.json.bak`]);
      expect(await readJson(join(dataDir, 'library.json'))).toMatchObject({
        format: 'claimmark-library',
        version: 5,
        sampleLoaded: true,
        articles: [{ id: SAMPLE_ID }],
      });
    });

    it('does not add the sample again when the library is opened again', async () => {
      // The sample was opened above; the index records that on its own time.
      await store.settle();
      const libraryBefore = await readFile(join(dataDir, 'library.json'), 'utf8');
      const again = await openService();
      expect(again.store.entries().map((entry) => entry.id)).toEqual([SAMPLE_ID]);
      expect(await readFile(join(dataDir, 'library.json'), 'utf8')).toBe(libraryBefore);
      expect(await readdir(join(dataDir, 'articles'))).toEqual([`${SAMPLE_ID}.json`, `${SAMPLE_ID}.json.bak`]);
      await again.service.close();
    });
  });

  describe('createClaim', () => {
    it('returns an unverified claim with the quote, its context and the time', async () => {
      clock.advance(60_000);
      const quote = 'reports indicating 28 fatalities and over 130 injuries';
      const claim = await claimQuote(quote);
      const start = sample.text.indexOf(quote);

      expect(claim).toEqual({
        id: nthId(2),
        articleId: SAMPLE_ID,
        selectors: {
          position: { type: 'TextPositionSelector', start, end: start + quote.length },
          quote: {
            type: 'TextQuoteSelector',
            exact: quote,
            prefix: sample.text.slice(start - 32, start),
            suffix: sample.text.slice(start + quote.length, start + quote.length + 32),
          },
        },
        status: 'unverified',
        note: '',
        anchor: { state: 'anchored', method: 'created', score: null, candidate: null },
        evidence: [],
        history: [],
        claimant: null,
        claimantType: null,
        claimReviewed: null,
        review: null,
        tags: [],
        created: '2025-06-01T08:01:00.000Z',
        modified: '2025-06-01T08:01:00.000Z',
      });
      expect(sample.text.slice(start, start + quote.length)).toBe(claim.selectors.quote.exact);
      expect([claim.selectors.quote.prefix, claim.selectors.quote.suffix]).toEqual([
        'yiv has left a stark toll, with ',
        ' as recovery efforts persist in ',
      ]);
    });

    it('has the claim on disk as soon as the promise resolves', async () => {
      const claim = await claimQuote('misappropriating €7.4 million');
      expect(await claimsOnDisk(SAMPLE_ID)).toEqual([claim]);
    });

    it('counts claims in the article list', async () => {
      await claimQuote('final phase');
      const second = await claimQuote('misappropriating €7.4 million');
      await service.updateClaim({ articleId: SAMPLE_ID, claimId: second.id, status: 'verified' });
      expect(await service.listArticles()).toMatchObject([{ id: SAMPLE_ID, claimCount: 2, statusCounts: { verified: 1, unverified: 1 } }]);
    });

    const problems: { name: string; start: number; end: number; exact: string; message: RegExp }[] = [
      { name: 'a negative start', start: -3, end: 4, exact: 'x', message: /starts before the article/ },
      { name: 'a reversed range', start: 20, end: 10, exact: 'x', message: /reversed/ },
      { name: 'an empty range', start: 10, end: 10, exact: '', message: /empty/ },
      { name: 'a range past the end', start: 4300, end: 5000, exact: 'x', message: /past the end/ },
      { name: 'only the blank line between blocks', start: 82, end: 84, exact: '\n\n', message: /white space/ },
      { name: 'a text that differs from the article there', start: 0, end: 5, exact: 'Biden', message: /does not match the article/ },
    ];

    it.each(problems)('refuses $name as invalid input and leaves the claims as they were', async ({ start, end, exact, message }) => {
      const existing = await claimQuote('final phase');
      const fileBefore = await readFile(articlePath(SAMPLE_ID), 'utf8');

      const error = await apiErrorOf(service.createClaim({ articleId: SAMPLE_ID, start, end, exact }));
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(message);
      expect(await readFile(articlePath(SAMPLE_ID), 'utf8')).toBe(fileBefore);
      expect((await service.getArticle({ articleId: SAMPLE_ID })).claims).toEqual([existing]);
    });

    it('keeps every claim when many are made at once', async () => {
      const quotes = ['final phase', 'NATO summit', 'Iskander missile', 'Scott Bessent', 'Sumy region', 'Jaroslav Nad'];
      const claims = await Promise.all(quotes.map((quote) => claimQuote(quote)));
      expect(new Set(claims.map((claim) => claim.id)).size).toBe(quotes.length);
      expect((await claimsOnDisk(SAMPLE_ID)).map((claim) => claim.selectors.quote.exact).sort()).toEqual([...quotes].sort());
    });
  });

  describe('updateClaim', () => {
    let claim: Claim;

    beforeEach(async () => {
      claim = await claimQuote('Iskander missile');
      clock.advance(5 * 60_000);
    });

    it('sets the status, keeps the note and moves the modified time', async () => {
      const updated = await service.updateClaim({ articleId: SAMPLE_ID, claimId: claim.id, status: 'verified' });
      expect(updated).toEqual({
        ...claim,
        status: 'verified',
        history: [{ from: 'unverified', to: 'verified', at: '2025-06-01T08:05:00.000Z' }],
        modified: '2025-06-01T08:05:00.000Z',
      });
      expect(await claimsOnDisk(SAMPLE_ID)).toEqual([updated]);
    });

    it('sets the note, keeps the status and moves the modified time', async () => {
      await service.updateClaim({ articleId: SAMPLE_ID, claimId: claim.id, status: 'verified' });
      clock.advance(60_000);
      const note = 'Confirmed by the Russian MoD statement; Reuters could not verify. ✔ تم التحقق';
      const updated = await service.updateClaim({ articleId: SAMPLE_ID, claimId: claim.id, note });
      expect(updated).toMatchObject({ status: 'verified', note, created: claim.created, modified: '2025-06-01T08:06:00.000Z' });
      expect(await claimsOnDisk(SAMPLE_ID)).toEqual([updated]);
    });

    it('sets tags and the claimant’s type and keeps them on disk, the rest as it was', async () => {
      const updated = await service.updateClaim({ articleId: SAMPLE_ID, claimId: claim.id, tags: ['Ukraine', 'missiles'], claimantType: 'organization' });
      expect(updated).toEqual({ ...claim, tags: ['Ukraine', 'missiles'], claimantType: 'organization', modified: '2025-06-01T08:05:00.000Z' });
      expect(await claimsOnDisk(SAMPLE_ID)).toEqual([updated]);
    });

    it('can clear a note', async () => {
      await service.updateClaim({ articleId: SAMPLE_ID, claimId: claim.id, note: 'draft' });
      const cleared = await service.updateClaim({ articleId: SAMPLE_ID, claimId: claim.id, note: '' });
      expect(cleared.note).toBe('');
    });

    it('lands all of 20 concurrent note updates and leaves valid JSON', async () => {
      const others = [claim];
      for (let i = 1; i < 20; i += 1) others.push(await claimQuote('Iskander missile'));
      const updates = await Promise.all(
        others.map((each, index) => service.updateClaim({ articleId: SAMPLE_ID, claimId: each.id, note: `note ${index}` })),
      );
      expect(updates.map((update) => update.note)).toEqual(others.map((_, index) => `note ${index}`));
      const onDisk = await claimsOnDisk(SAMPLE_ID);
      expect(onDisk.map((each) => [each.id, each.note])).toEqual(others.map((each, index) => [each.id, `note ${index}`]));
    });

    it('keeps the last of 20 concurrent notes on one claim', async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, index) => service.updateClaim({ articleId: SAMPLE_ID, claimId: claim.id, note: `v${index}` })),
      );
      expect((await claimsOnDisk(SAMPLE_ID)).map((each) => each.note)).toEqual(['v19']);
    });
  });

  describe('deleteClaim', () => {
    it('removes the claim from the article and the file', async () => {
      const kept = await claimQuote('Scott Bessent');
      const deleted = await claimQuote('Sumy region');
      expect(await service.deleteClaim({ articleId: SAMPLE_ID, claimId: deleted.id })).toEqual({ deletedClaimId: deleted.id });
      expect(await claimsOnDisk(SAMPLE_ID)).toEqual([kept]);
      expect((await service.getArticle({ articleId: SAMPLE_ID })).claims).toEqual([kept]);
    });

    it('answers not-found when the claim was already deleted', async () => {
      const claim = await claimQuote('Sumy region');
      await service.deleteClaim({ articleId: SAMPLE_ID, claimId: claim.id });
      expect(await apiErrorOf(service.deleteClaim({ articleId: SAMPLE_ID, claimId: claim.id }))).toEqual({
        code: 'not-found',
        message: 'That claim no longer exists; it may have been deleted already.',
      });
    });
  });

  it('shows the same claims to a service opened later on the same folder', async () => {
    const first = await claimQuote('final phase');
    const second = await claimQuote('Jaroslav Nad');
    const verified = await service.updateClaim({ articleId: SAMPLE_ID, claimId: second.id, status: 'verified', note: 'ok' });
    await service.close();

    const reopened = await openService();
    expect(await reopened.service.getArticle({ articleId: SAMPLE_ID })).toEqual({ article: sample, claims: [first, verified] });
    await reopened.service.close();
  });

  it('waits for saves in flight before close() resolves', async () => {
    const claim = await claimQuote('final phase');
    const pending = service.updateClaim({ articleId: SAMPLE_ID, claimId: claim.id, note: 'saved before quitting' });
    await service.close();
    expect((await claimsOnDisk(SAMPLE_ID))[0]?.note).toBe('saved before quitting');
    await pending;
  });

  describe('unknown ids', () => {
    it.each([
      { name: 'an unknown article', articleId: UNKNOWN_ID },
      { name: 'a path-like article id', articleId: '../x' },
      { name: 'a path-like id that names the library index', articleId: '../library' },
    ])('answers not-found for $name in every method', async ({ articleId }) => {
      const results = [
        service.getArticle({ articleId }),
        service.createClaim({ articleId, start: 0, end: 5, exact: 'Putin' }),
        service.updateClaim({ articleId, claimId: nthId(2), status: 'verified' }),
        service.deleteClaim({ articleId, claimId: nthId(2) }),
        service.exportFile({ scope: { kind: 'article', articleId }, format: 'native' }),
      ];
      // Each is answered on its own time: all are awaited together, so none is left unhandled meanwhile.
      for (const error of await Promise.all(results.map(apiErrorOf))) expect(error.code).toBe('not-found');
    });

    it('answers not-found for an unknown claim, and changes nothing', async () => {
      const claim = await claimQuote('final phase');
      const before = await readFile(articlePath(SAMPLE_ID), 'utf8');
      const update = await apiErrorOf(service.updateClaim({ articleId: SAMPLE_ID, claimId: UNKNOWN_ID, note: 'x' }));
      const deletion = await apiErrorOf(service.deleteClaim({ articleId: SAMPLE_ID, claimId: UNKNOWN_ID }));
      expect([update.code, deletion.code]).toEqual(['not-found', 'not-found']);
      expect(await readFile(articlePath(SAMPLE_ID), 'utf8')).toBe(before);
      expect((await service.getArticle({ articleId: SAMPLE_ID })).claims).toEqual([claim]);
    });
  });

  it('never rewrites another article’s file when saving claims', async () => {
    const bytes = new TextEncoder().encode('Kyiv talks resume\n\nDelegates met in Istanbul on Monday. They agreed to meet again.\n');
    const second = loadArticle({ fileName: 'kyiv.txt', bytes }, newId(), START);
    await store.addArticle(second, { isSample: false });
    const otherPath = articlePath(second.id);
    const before = { content: await readFile(otherPath, 'utf8'), stat: await stat(otherPath) };

    const claim = await claimQuote('final phase');
    await service.updateClaim({ articleId: SAMPLE_ID, claimId: claim.id, status: 'verified', note: 'checked' });
    await service.deleteClaim({ articleId: SAMPLE_ID, claimId: claim.id });

    const after = await stat(otherPath);
    expect(await readFile(otherPath, 'utf8')).toBe(before.content);
    expect([after.mtimeMs, after.ino]).toEqual([before.stat.mtimeMs, before.stat.ino]);
    expect((await service.listArticles()).map((summary) => summary.id)).toEqual([SAMPLE_ID, second.id]);
  });

  describe('a damaged article file', () => {
    it.each([
      { name: 'invalid JSON', content: '{ "format": "claimmark-article", "claims": [' },
      { name: 'valid JSON of the wrong shape', content: JSON.stringify({ format: 'claimmark-article', version: 1, claims: [] }) },
    ])('restores a file that is $name from its backup and tells the analyst', async ({ content }) => {
      await claimQuote('Jaroslav Nad');
      await service.close();
      await writeFile(articlePath(SAMPLE_ID), content);
      const reopened = await openService();
      expect((await reopened.service.getArticle({ articleId: SAMPLE_ID })).claims).toHaveLength(1);
      const { notices } = await reopened.service.getSession();
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain(articlePath(SAMPLE_ID));
      expect(notices[0]).toContain('restored from its backup');
      await reopened.service.close();
    });

    it('answers a storage error naming the file when there is no backup either', async () => {
      await service.close();
      await writeFile(articlePath(SAMPLE_ID), '{ "format": "claimmark-article", "claims": [');
      await writeFile(`${articlePath(SAMPLE_ID)}.bak`, '');
      const reopened = await openService();
      const error = await apiErrorOf(reopened.service.getArticle({ articleId: SAMPLE_ID }));
      expect(error.code).toBe('storage');
      expect(error.message).toContain(articlePath(SAMPLE_ID));
      expect(error.message).toContain('no usable backup');
      await reopened.service.close();
    });
  });

  describe('exportFile', () => {
    it('names the file after the title (cut to 80 characters) and writes the claims as JSON in text order', async () => {
      const later = await claimQuote('Jaroslav Nad');
      const earlier = await claimQuote('final phase');
      await service.updateClaim({ articleId: SAMPLE_ID, claimId: later.id, status: 'verified', note: 'Former minister.' });
      clock.advance(3_600_000);

      const file = await service.exportFile({ scope: { kind: 'article', articleId: SAMPLE_ID }, format: 'native' });
      expect(file.fileName).toBe('putin-open-to-negotiations-with-ukraine-amid-rising-military-ties-with-north-kor.claims.json');
      expect(file.mimeType).toBe('application/json');
      const content = [...file.chunks].join('');
      const document = JSON.parse(content) as NativeExport;
      expect(nativeSchemaProblems(document)).toEqual([]);
      expect(document).toMatchObject({
        format: 'claimmark-export',
        version: 5,
        exportedAt: '2025-06-01T09:00:00.000Z',
        articles: [{ article: { id: SAMPLE_ID, title: sample.title, text: sample.text, contentHash: sample.contentHash } }],
      });
      expect(document.articles[0]?.claims.map((claim) => [claim.id, claim.quote, claim.status, claim.note])).toEqual([
        [earlier.id, 'final phase', 'unverified', ''],
        [later.id, 'Jaroslav Nad', 'verified', 'Former minister.'],
      ]);
      expect(content.endsWith('}\n')).toBe(true);
    });

    it('refuses to export claims that no longer match the article text', async () => {
      const claim = await claimQuote('final phase');
      await service.close();
      const file = articleOnDisk.parse(await readJson(articlePath(SAMPLE_ID)));
      const moved = { ...claim, selectors: { ...claim.selectors, position: { ...claim.selectors.position, start: 0, end: 11 } } };
      await writeFile(articlePath(SAMPLE_ID), JSON.stringify({ ...file, claims: [moved] }));

      const reopened = await openService();
      const error = await apiErrorOf(reopened.service.exportFile({ scope: { kind: 'article', articleId: SAMPLE_ID }, format: 'csv' }));
      expect(error).toEqual({ code: 'storage', message: `Some claims of “${sample.title}” no longer match its text; the export was not written.` });
      await reopened.service.close();
    });
  });

  it('hostApi forwards each method to the service and exports with the host’s own function', async () => {
    const api = hostApi(service, {
      exportClaims: async ({ format }) => ({ kind: 'saved', path: `/exports/${format}.json`, fileName: 'x.json', remarks: [] }),
      openExternal: async () => ({ opened: true }),
    });
    const claim = await api.createClaim({ articleId: SAMPLE_ID, start: 0, end: 5, exact: 'Putin' });
    expect(await api.updateClaim({ articleId: SAMPLE_ID, claimId: claim.id, status: 'verified' })).toMatchObject({ status: 'verified' });
    expect((await api.getArticle({ articleId: SAMPLE_ID })).claims).toHaveLength(1);
    expect(await api.listArticles({})).toMatchObject([{ claimCount: 1, statusCounts: { verified: 1, unverified: 0 } }]);
    expect(await api.openExternal({ url: 'https://example.org/' })).toEqual({ opened: true });
    expect(await api.deleteClaim({ articleId: SAMPLE_ID, claimId: claim.id })).toEqual({ deletedClaimId: claim.id });
    expect(await api.exportClaims({ scope: { kind: 'library' }, format: 'csv' })).toEqual({
      kind: 'saved',
      path: `/exports/csv.json`,
      fileName: 'x.json',
      remarks: [],
    });
  });
});
