// Importing claims through the service, on real data folders: a native or W3C export brought
// back into the same library or into another one, files the library cannot place or that
// are made to hurt (refused, nothing written), and a disk that fails in the middle of an
// import (what was written is undone).

import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inThreadArticleWork } from '../../../host/article-loading/article-worker-jobs';
import { ClaimMarkService } from '../../../host/claimmark-service';
import { nodeFileSystem, type DurableFileSystem } from '../../../host/library/durable-json-file';
import { LibraryStore } from '../../../host/library/library-store';
import { ApiError, type ArticleFileInput } from '../../../shared/api';
import type { ExportFile } from '../../../shared/export/export-file';
import type { Article, Claim } from '../../../shared/model';
import type { ImportArticleOutcome } from '../../../shared/import/plan-import';
import { SAMPLE_ARTICLE_PATH, TestClock, apiErrorOf, idCounter, makeTempDir, nthId, removeDir } from '../support/library-fixture';

const START = '2025-06-01T08:00:00.000Z';
const SAMPLE_ID = nthId(1);
const SAMPLE_TITLE = 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea';
const IMPORTED_ANCHOR = { state: 'anchored', method: 'imported', score: 1, candidate: null } as const;

const PORT_STRIKE_TEXT = [
  'Port strike ends after pay deal',
  'Dock workers ended a five-day strike on Friday after unions and the port authority agreed a pay rise of 6 percent over two years.',
  'The port authority said normal operations would resume on Saturday morning.',
  'Original Source: www.harbour-times.example',
].join('\n\n');

function fileOf(fileName: string, content: string | Uint8Array): ArticleFileInput {
  return { fileName, contentBase64: Buffer.from(content).toString('base64') };
}

function exportedFile(exported: ExportFile): ArticleFileInput {
  return fileOf(exported.fileName, [...exported.chunks].join(''));
}

/** `newId` for a second library, so its ids never collide with the first one's. */
function idsFrom(first: number): () => string {
  let next = first - 1;
  return () => {
    next += 1;
    return nthId(next);
  };
}

function byId(claims: readonly Claim[]): Claim[] {
  return [...claims].sort((a, b) => a.id.localeCompare(b.id));
}

/** Every file under `dir`, by relative path, with its bytes. */
async function filesIn(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), await readFile(path));
  }
  return files;
}

/** What the analyst sees of a library: each article with its claims. */
async function libraryContents(service: ClaimMarkService): Promise<{ article: Article; claims: Claim[] }[]> {
  const summaries = await service.listArticles();
  return Promise.all(summaries.map((summary) => service.getArticle({ articleId: summary.id })));
}

/** A disk that can be told to fail one write (the n-th call of writeFileSynced or appendFileSynced from now on). */
function flakyDisk(): DurableFileSystem & { failWrite: (n: number | null) => void; failed: () => string | null } {
  let countdown: number | null = null;
  let failedPath: string | null = null;
  const countWrite = (path: string): void => {
    if (countdown === null) return;
    countdown -= 1;
    if (countdown !== 0) return;
    failedPath = path;
    throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
  };
  return {
    ...nodeFileSystem,
    async writeFileSynced(path, content) {
      countWrite(path);
      await nodeFileSystem.writeFileSynced(path, content);
    },
    async appendFileSynced(path, content, create) {
      countWrite(path);
      await nodeFileSystem.appendFileSynced(path, content, create);
    },
    failWrite(n) {
      countdown = n;
      failedPath = null;
    },
    failed: () => failedPath,
  };
}

const SAMPLE_NAMED = '“Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea”, www.theguardian.com';

/** An applied import's summary of a native file with every count 0; each test gives what differs. */
const IMPORTED_NATIVE = {
  tool: 'native',
  applied: true,
  importId: expect.any(String) as unknown as string,
  added: 0,
  updated: 0,
  skipped: 0,
  orphaned: 0,
  renewedIds: 0,
  labels: [],
  warnings: [],
} as const;

/** One article's row of an import summary, every count 0 but those given. */
function row(fields: Partial<ImportArticleOutcome> & Pick<ImportArticleOutcome, 'named' | 'articleId' | 'title' | 'matchedBy'>): ImportArticleOutcome {
  return { fileArticle: 1, added: 0, updated: 0, skippedOlder: 0, skippedDuplicate: 0, skippedUnmatched: 0, orphaned: 0, ...fields };
}

describe('ClaimMarkService.importClaims', () => {
  const folders: string[] = [];
  const services: ClaimMarkService[] = [];
  let clock: TestClock;
  let service: ClaimMarkService;
  let dataDir: string;

  async function openService(folder: string, newId: () => string, store = new LibraryStore(folder)): Promise<ClaimMarkService> {
    const opened = await ClaimMarkService.open({ store, sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: inThreadArticleWork, now: clock.now, newId });
    services.push(opened);
    return opened;
  }

  async function newFolder(label: string): Promise<string> {
    const folder = await makeTempDir(label);
    folders.push(folder);
    return folder;
  }

  /** Claims a quote the way the renderer does: its offsets and its text. */
  async function claimQuote(on: ClaimMarkService, articleId: string, quote: string): Promise<Claim> {
    const { article } = await on.getArticle({ articleId });
    const start = article.text.indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" is not in the article`);
    clock.advance(1000);
    return on.createClaim({ articleId, start, end: start + quote.length, exact: quote });
  }

  /** Three claims on the sample with every field an analyst can set. */
  async function checkSample(on: ClaimMarkService, articleId = SAMPLE_ID): Promise<Claim[]> {
    const meet = await claimQuote(on, articleId, 'Putin stated his willingness to meet with Ukrainian President Volodymyr Zelenskyy');
    clock.advance(1000);
    await on.updateClaim({ articleId, claimId: meet.id, status: 'in-progress', claimant: 'Vladimir Putin' });
    clock.advance(1000);
    await on.updateClaim({ articleId, claimId: meet.id, status: 'verified', note: 'Kremlin transcript, 18 June.' });
    clock.advance(1000);
    await on.addEvidence({
      articleId,
      claimId: meet.id,
      evidence: { url: 'https://kremlin.example/transcripts/18-06', title: 'Round-table transcript', quote: 'I am ready to meet', accessed: '2025-06-19', stance: 'supports' },
    });

    const toll = await claimQuote(on, articleId, 'reports indicating 28 fatalities and over 130 injuries');
    clock.advance(1000);
    await on.updateClaim({ articleId, claimId: toll.id, status: 'false', note: 'Officials now say 23 deaths.' });
    clock.advance(1000);
    await on.addEvidence({
      articleId,
      claimId: toll.id,
      evidence: { url: 'https://kyiv.example.gov.ua/news/toll', title: 'City administration update', quote: '', accessed: null, stance: 'refutes' },
    });

    await claimQuote(on, articleId, 'misappropriating €7.4 million intended for military assistance to Ukraine');
    return [...(await on.getArticle({ articleId })).claims];
  }

  beforeEach(async () => {
    clock = new TestClock(START);
    dataDir = await newFolder('import');
    service = await openService(dataDir, idCounter());
  });

  afterEach(async () => {
    for (const opened of services.splice(0)) await opened.close();
    for (const folder of folders.splice(0)) await removeDir(folder);
  });

  describe('into the library it was exported from', () => {
    it('brings deleted claims back from a native export: ids, selectors, statuses, notes, evidence, history', async () => {
      const claims = await checkSample(service);
      const exported = await service.exportFile({ scope: { kind: 'library' }, format: 'native' });
      for (const claim of claims) await service.deleteClaim({ articleId: SAMPLE_ID, claimId: claim.id });
      clock.advance(60_000);

      const summary = await service.importClaims({ file: exportedFile(exported) });

      expect(summary).toEqual({
        ...IMPORTED_NATIVE,
        added: 3,
        articles: [SAMPLE_TITLE],
        perArticle: [row({ named: SAMPLE_NAMED, articleId: SAMPLE_ID, title: SAMPLE_TITLE, matchedBy: 'text', added: 3 })],
        firstArticleId: SAMPLE_ID,
      });
      const expected = byId(claims).map((claim) => ({ ...claim, anchor: IMPORTED_ANCHOR }));
      expect(byId((await service.getArticle({ articleId: SAMPLE_ID })).claims)).toEqual(expected);
      // And on disk, as a restarted app finds them.
      const reopened = await openService(dataDir, idCounter());
      expect(byId((await reopened.getArticle({ articleId: SAMPLE_ID })).claims)).toEqual(expected);
    });

    it('skips every claim when the same file is imported again, and leaves the files byte for byte', async () => {
      const claims = await checkSample(service);
      const exported = await service.exportFile({ scope: { kind: 'library' }, format: 'native' });
      for (const claim of claims) await service.deleteClaim({ articleId: SAMPLE_ID, claimId: claim.id });
      await service.importClaims({ file: exportedFile(exported) });
      const before = await filesIn(dataDir);
      clock.advance(60_000);

      const again = await service.importClaims({ file: exportedFile(exported) });

      // Nothing changed, so there is nothing to undo: no import id.
      expect(again).toEqual({
        ...IMPORTED_NATIVE,
        importId: null,
        skipped: 3,
        articles: [SAMPLE_TITLE],
        perArticle: [row({ named: SAMPLE_NAMED, articleId: SAMPLE_ID, title: SAMPLE_TITLE, matchedBy: 'text', skippedOlder: 3 })],
        firstArticleId: SAMPLE_ID,
      });
      expect(await filesIn(dataDir)).toEqual(before);
    });

    it('makes the first imported article the one shown next', async () => {
      await checkSample(service);
      const exported = await service.exportFile({ scope: { kind: 'article', articleId: SAMPLE_ID }, format: 'web-annotation-array' });
      const opened = await service.openArticle({ file: fileOf('port-strike.txt', PORT_STRIKE_TEXT) });
      expect((await service.getSession()).lastArticleId).toBe(opened.kind === 'added' ? opened.articleId : 'not added');

      const summary = await service.importClaims({ file: exportedFile(exported) });

      expect(summary).toMatchObject({ skipped: 3, firstArticleId: SAMPLE_ID });
      expect((await service.getSession()).lastArticleId).toBe(SAMPLE_ID);
    });
  });

  describe('into another library', () => {
    const OTHER_SAMPLE_ID = nthId(5001);

    it('adds the claims of a W3C collection to its copy of the article', async () => {
      const claims = await checkSample(service);
      const exported = await service.exportFile({ scope: { kind: 'library' }, format: 'web-annotation-collection' });
      const otherDir = await newFolder('import-other');
      const other = await openService(otherDir, idsFrom(5001));

      const summary = await other.importClaims({ file: exportedFile(exported) });

      expect(summary).toEqual({
        ...IMPORTED_NATIVE,
        tool: 'web-annotation',
        added: 3,
        articles: [SAMPLE_TITLE],
        // Its source is a site's name, not an address: the file names the article by its text's hash.
        perArticle: [row({ named: 'an article by its text', articleId: OTHER_SAMPLE_ID, title: SAMPLE_TITLE, matchedBy: 'text', added: 3 })],
        firstArticleId: OTHER_SAMPLE_ID,
      });
      const { claims: imported } = await other.getArticle({ articleId: OTHER_SAMPLE_ID });
      expect(byId(imported)).toEqual(byId(claims).map((claim) => ({ ...claim, articleId: OTHER_SAMPLE_ID, anchor: IMPORTED_ANCHOR })));
      expect(await other.listArticles()).toHaveLength(1);
    });

    it('creates an article it lacks from a native export, with its claims, and shows it next', async () => {
      const opened = await service.openArticle({ file: fileOf('port-strike.txt', PORT_STRIKE_TEXT) });
      if (opened.kind !== 'added') throw new Error('the article was not added');
      const pay = await claimQuote(service, opened.articleId, 'a pay rise of 6 percent over two years');
      clock.advance(1000);
      await service.updateClaim({ articleId: opened.articleId, claimId: pay.id, status: 'verified', note: 'Union press release.' });
      await claimQuote(service, opened.articleId, 'normal operations would resume on Saturday morning');
      const source = await service.getArticle({ articleId: opened.articleId });
      const exported = await service.exportFile({ scope: { kind: 'article', articleId: opened.articleId }, format: 'native' });
      const otherDir = await newFolder('import-other');
      const other = await openService(otherDir, idsFrom(5001));

      const summary = await other.importClaims({ file: exportedFile(exported) });

      const created = (await other.listArticles()).find((entry) => entry.id !== OTHER_SAMPLE_ID);
      if (created === undefined) throw new Error('no article was created');
      expect(summary).toEqual({
        ...IMPORTED_NATIVE,
        added: 2,
        articles: ['Port strike ends after pay deal'],
        perArticle: [row({ named: '“Port strike ends after pay deal”, www.harbour-times.example', articleId: created.id, title: 'Port strike ends after pay deal', matchedBy: 'new', added: 2 })],
        firstArticleId: created.id,
      });
      expect((await other.getSession()).lastArticleId).toBe(created.id);
      // Checked after a restart: the new article and its claims are on disk.
      const reopened = await openService(otherDir, idsFrom(6001));
      const { article, claims } = await reopened.getArticle({ articleId: created.id });
      expect(article).toMatchObject({ title: source.article.title, source: source.article.source, text: source.article.text, contentHash: source.article.contentHash });
      expect(byId(claims)).toEqual(byId(source.claims).map((claim) => ({ ...claim, articleId: created.id, anchor: IMPORTED_ANCHOR })));
      expect((await reopened.listArticles()).map((entry) => entry.id).sort()).toEqual([OTHER_SAMPLE_ID, created.id].sort());
    });
  });

  describe('a file with an article the library cannot match', () => {
    const UNKNOWN_NAMED = 'https://unknown.example/2025/06/story';

    /** Another library's three claims on the same sample, plus one annotation on a page nobody opened. */
    async function mixedFile(): Promise<ArticleFileInput> {
      const copyDir = await newFolder('import-copy');
      const copy = await openService(copyDir, idsFrom(5001));
      await checkSample(copy, nthId(5001));
      const annotations = JSON.parse([...(await copy.exportFile({ scope: { kind: 'library' }, format: 'web-annotation-array' })).chunks].join('')) as unknown[];
      expect(annotations).toHaveLength(3);
      annotations.push({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'urn:uuid:6a1f1c52-3c55-4c1e-9a43-0d8f0b7e2a11',
        type: 'Annotation',
        motivation: 'assessing',
        body: { type: 'TextualBody', purpose: 'commenting', value: 'Check the ministry figures.' },
        target: { source: 'https://unknown.example/2025/06/story', selector: { type: 'TextQuoteSelector', exact: 'Ukrainian President Volodymyr Zelenskyy' } },
      });
      return fileOf('mixed.annotations.jsonld', JSON.stringify(annotations));
    }

    it('previews it without writing anything: the matched article’s claims, and the other article as in no library article', async () => {
      const file = await mixedFile();
      const before = await filesIn(dataDir);

      const preview = await service.importClaims({ file, preview: true });

      expect(preview).toEqual({
        ...IMPORTED_NATIVE,
        tool: 'web-annotation',
        applied: false,
        importId: null,
        added: 3,
        skipped: 1,
        articles: [SAMPLE_TITLE],
        perArticle: [
          row({ named: 'an article by its text', articleId: SAMPLE_ID, title: SAMPLE_TITLE, matchedBy: 'text', added: 3 }),
          row({ fileArticle: 2, named: UNKNOWN_NAMED, articleId: null, title: null, matchedBy: 'none', skippedUnmatched: 1 }),
        ],
        firstArticleId: SAMPLE_ID,
      });
      expect(await filesIn(dataDir)).toEqual(before);
      expect((await service.getArticle({ articleId: SAMPLE_ID })).claims).toEqual([]);
    });

    it('imports what it can place and counts the rest as skipped', async () => {
      const summary = await service.importClaims({ file: await mixedFile() });

      expect(summary).toMatchObject({ applied: true, added: 3, skipped: 1 });
      expect((await service.getArticle({ articleId: SAMPLE_ID })).claims.map((claim) => claim.note).sort()).toEqual(['', 'Kremlin transcript, 18 June.', 'Officials now say 23 deaths.']);
    });

    it('sends the unmatched article where the analyst chose', async () => {
      const file = await mixedFile();
      const opened = await service.openArticle({ file: fileOf('port-strike.txt', PORT_STRIKE_TEXT) });
      if (opened.kind !== 'added') throw new Error('the article was not added');
      const sampleAgain = await service.importClaims({ file, preview: true, targets: [{ fileArticle: 2, articleId: SAMPLE_ID }] });
      expect(sampleAgain.perArticle[1]).toEqual(
        row({ fileArticle: 2, named: UNKNOWN_NAMED, articleId: SAMPLE_ID, title: SAMPLE_TITLE, matchedBy: 'chosen', added: 1 }),
      );

      const summary = await service.importClaims({ file, targets: [{ fileArticle: 2, articleId: SAMPLE_ID }] });

      expect(summary).toMatchObject({ applied: true, added: 4, skipped: 0 });
      const notes = (await service.getArticle({ articleId: SAMPLE_ID })).claims.map((claim) => claim.note);
      expect(notes).toContain('Check the ministry figures.');
      expect((await service.getArticle({ articleId: opened.articleId })).claims).toEqual([]);
    });

    it('refuses a file none of whose articles the library can match, and writes nothing', async () => {
      const lone = {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'urn:uuid:6a1f1c52-3c55-4c1e-9a43-0d8f0b7e2a11',
        type: 'Annotation',
        body: { type: 'TextualBody', purpose: 'commenting', value: 'Check the ministry figures.' },
        target: { source: 'https://unknown.example/2025/06/story', selector: { type: 'TextQuoteSelector', exact: 'the ministry said' } },
      };
      const before = await filesIn(dataDir);

      const refusal = await apiErrorOf(service.importClaims({ file: fileOf('lone.jsonld', JSON.stringify(lone)) }));

      expect(refusal).toEqual({
        code: 'invalid-input',
        message:
          'lone.jsonld: No article in the library matches article 1 of the file: it names the address “https://unknown.example/2025/06/story” (compared as “unknown.example/2025/06/story”: without http/https, “www.”, a trailing slash, tracking parameters or “#…”). Open the article it is on first, then import again.',
      });
      expect(await filesIn(dataDir)).toEqual(before);
    });
  });

  describe('undo and redo of an import', () => {
    it('takes the claims away and brings them back, on disk as a restarted app finds them', async () => {
      const claims = await checkSample(service);
      const exported = await service.exportFile({ scope: { kind: 'library' }, format: 'native' });
      for (const claim of claims) await service.deleteClaim({ articleId: SAMPLE_ID, claimId: claim.id });
      const summary = await service.importClaims({ file: exportedFile(exported) });
      if (summary.importId === null) throw new Error('the import has no id');

      const undone = await service.undoImport({ importId: summary.importId });

      expect(undone).toEqual({ articleIds: [SAMPLE_ID], kept: 0 });
      expect((await service.getArticle({ articleId: SAMPLE_ID })).claims).toEqual([]);
      expect((await (await openService(dataDir, idCounter(), new LibraryStore(dataDir))).getArticle({ articleId: SAMPLE_ID })).claims).toEqual([]);
    });

    it('redoes an undone import', async () => {
      const claims = await checkSample(service);
      const exported = await service.exportFile({ scope: { kind: 'library' }, format: 'native' });
      for (const claim of claims) await service.deleteClaim({ articleId: SAMPLE_ID, claimId: claim.id });
      const summary = await service.importClaims({ file: exportedFile(exported) });
      if (summary.importId === null) throw new Error('the import has no id');
      await service.undoImport({ importId: summary.importId });

      const redone = await service.redoImport({ importId: summary.importId });

      expect(redone).toEqual({ articleIds: [SAMPLE_ID], kept: 0 });
      expect((await service.getArticle({ articleId: SAMPLE_ID })).claims.map((claim) => [claim.selectors.quote.exact, claim.status]).sort()).toEqual([
        ['Putin stated his willingness to meet with Ukrainian President Volodymyr Zelenskyy', 'verified'],
        ['misappropriating €7.4 million intended for military assistance to Ukraine', 'unverified'],
        ['reports indicating 28 fatalities and over 130 injuries', 'false'],
      ]);
      expect(byId((await service.getArticle({ articleId: SAMPLE_ID })).claims).map((claim) => claim.id)).toEqual(byId(claims).map((claim) => claim.id));
    });

    it('refuses an import id it does not know', async () => {
      const refusal = await apiErrorOf(service.undoImport({ importId: nthId(999) }));
      expect(refusal.code).toBe('not-found');
    });
  });

  describe('refusals: nothing is written', () => {
    const NATIVE_HEAD = '{"format":"claimmark-export","version":2,"offsetUnit":"utf-16-code-unit","exportedAt":"2025-06-03T12:00:00.000Z",';
    const hostile: { name: string; content: () => string | Uint8Array; message: string }[] = [
      {
        name: 'a truncated export',
        content: () => `${NATIVE_HEAD}"articles":[{"article":{"id":"00000000-0000-4000-8000-000000000001","title":"Putin Open to`,
        message: 'The file ends in the middle of the JSON; it may be truncated (was the download or copy complete?).',
      },
      {
        name: '100 000 nested brackets',
        content: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
        message: 'The file nests arrays or objects more than 64 levels deep (at character 65); ClaimMark does not read files like that.',
      },
      {
        name: 'an export hidden under "__proto__" and "constructor" keys',
        content: () =>
          '{"__proto__":{"format":"claimmark-export","version":2,"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}',
        message:
          'The file is JSON, but none of a ClaimMark export, W3C Web Annotations, Hypothesis JSON, doccano JSONL or Label Studio JSON (a W3C file needs "type": "Annotation", "AnnotationCollection" or "AnnotationPage").',
      },
      {
        name: 'an export whose article is only "__proto__"',
        content: () => `${NATIVE_HEAD}"articles":[{"__proto__":{"polluted":"yes"},"claims":[]}]}`,
        message: 'This ClaimMark export (version 2) is damaged at articles[0].article: Invalid input: expected object, received undefined.',
      },
      {
        name: 'a version given as text',
        content: () => '{"format":"claimmark-export","version":"2","offsetUnit":"utf-16-code-unit","articles":[]}',
        message: 'This ClaimMark export has no version this app knows (version "2").',
      },
      {
        name: 'articles that are not a list',
        content: () => `${NATIVE_HEAD}"articles":{"count":1}}`,
        message: 'This ClaimMark export (version 2) is damaged at articles: Invalid input: expected array, received object.',
      },
      {
        name: 'an annotation whose position is text',
        content: () =>
          JSON.stringify([{ type: 'Annotation', id: 'urn:example:1', target: { selector: { type: 'TextPositionSelector', start: 'ten', end: 20 } } }]),
        message: "item 1: target: the TextPositionSelector's start must be a whole number of 0 or more (found a text).",
      },
      { name: 'an empty file', content: () => '', message: 'The file is empty.' },
      { name: 'bytes that are not UTF-8', content: () => Uint8Array.from([0x5b, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x5d]), message: 'the file is not UTF-8 text.' },
    ];

    it('refuses a 21 MB file in the words of an import, with its own limit', async () => {
      const before = await filesIn(dataDir);
      const content = `{"format":"claimmark-export","version":2,"note":"${'x'.repeat(21 * 1024 * 1024)}"}`;
      const refusal = await apiErrorOf(service.importClaims({ file: fileOf('claims.json', content) }));
      expect(refusal).toEqual({ code: 'invalid-input', message: 'claims.json is 21.0 MB; ClaimMark imports files up to 20 MB.' });
      expect(await filesIn(dataDir)).toEqual(before);
    });

    it.each(hostile)('refuses $name with a clear message', async ({ content, message }) => {
      const before = await filesIn(dataDir);

      const refusal = await apiErrorOf(service.importClaims({ file: fileOf('claims.json', content()) }));

      expect(refusal).toEqual({ code: 'invalid-input', message: `claims.json: ${message}` });
      expect(await filesIn(dataDir)).toEqual(before);
      expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('format');
    });
  });

  describe('a disk that fails in the middle of an import', () => {
    it('either imports everything or leaves the library with exactly the claims it had, whichever write fails', async () => {
      // The file: more claims on the sample, and an article the failing library lacks.
      await checkSample(service);
      const opened = await service.openArticle({ file: fileOf('port-strike.txt', PORT_STRIKE_TEXT) });
      if (opened.kind !== 'added') throw new Error('the article was not added');
      await claimQuote(service, opened.articleId, 'a pay rise of 6 percent over two years');
      const file = exportedFile(await service.exportFile({ scope: { kind: 'library' }, format: 'native' }));

      const problems: string[] = [];
      let refusals = 0;
      for (let failing = 1; ; failing += 1) {
        const folder = await newFolder(`import-fault-${failing}`);
        const disk = flakyDisk();
        const target = await openService(folder, idsFrom(5001), new LibraryStore(folder, { fs: disk }));
        await claimQuote(target, nthId(5001), 'Russia appears to be bolstering its defense capabilities');
        const before = await libraryContents(target);

        disk.failWrite(failing);
        const outcome = await target.importClaims({ file }).then(
          () => null,
          (error: unknown) => error,
        );
        const failedPath = disk.failed();
        disk.failWrite(null);
        const after = await libraryContents(await openService(folder, idsFrom(6001)));
        const claimCount = (contents: typeof before) => contents.reduce((sum, entry) => sum + entry.claims.length, 0);
        if (failedPath === null) {
          // Past the last write: nothing failed, and the import is complete.
          expect(outcome).toBeNull();
          expect({ articles: after.length, claims: claimCount(after) }).toEqual({ articles: 2, claims: claimCount(before) + 4 });
          break;
        }

        const what = `write ${failing} (${basename(failedPath)})`;
        if (basename(failedPath).includes('.bak.')) {
          // A backup copy failing loses nothing: the import goes on.
          if (outcome !== null) problems.push(`${what}: a failed backup copy failed the import`);
          if (claimCount(after) !== claimCount(before) + 4) problems.push(`${what}: the import is incomplete (${claimCount(after)} claims)`);
          continue;
        }
        if (outcome === null) {
          // All or nothing: an import that reports success must be complete (the failed write
          // was one it can do without, such as remembering the last article viewed).
          if (claimCount(after) !== claimCount(before) + 4) problems.push(`${what}: the import reported success but is incomplete`);
          continue;
        }
        refusals += 1;
        if (!(outcome instanceof ApiError)) problems.push(`${what}: the import did not fail with an ApiError`);
        if (JSON.stringify(after) !== JSON.stringify(before)) {
          problems.push(`${what}: the import failed, but the library changed: ${after.length} articles and ${claimCount(after)} claims instead of ${before.length} and ${claimCount(before)}`);
        }
      }
      expect(problems).toEqual([]);
      expect(refusals).toBeGreaterThan(2);
    });
  });
});
