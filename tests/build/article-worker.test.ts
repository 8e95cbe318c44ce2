// The built article worker (out/main/article-worker.js), started as the hosts start it: it
// lies beside the code that finds it, loads every format (jsdom resolved from the worker) as
// the host's own thread would, carries the loaders' messages back unchanged, and leaves the
// host free to answer other calls while it works. Needs `npm run build` first.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleWork } from '../../host/article-loading/article-worker-jobs';
import { ArticleWorkerPool } from '../../host/article-loading/article-worker-pool';
import { loadArticle } from '../../host/article-loading/load-article';
import { ClaimMarkService } from '../../host/claimmark-service';
import { LibraryStore } from '../../host/library/library-store';
import { reanchorClaims } from '../../shared/anchoring/reanchor-claims';
import { ApiError } from '../../shared/api-error';
import type { ArticleFileInput } from '../../shared/api';
import { SAMPLE_ARTICLE_PATH, TestClock, idCounter, makeTempDir, nthId, removeDir } from '../integration/support/library-fixture';
import { bareAnnotations, twoWordClaims, wordyArticle } from '../integration/support/large-import';
import { claimOf } from '../unit/support/claim-builder';

const outMain = fileURLToPath(new URL('../../out/main', import.meta.url));
const BUILT_WORKER = new URL('../../out/main/article-worker.js', import.meta.url);
const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url));
const ADDED = '2025-06-01T08:00:00.000Z';

describe('the built article worker', () => {
  const pool = new ArticleWorkerPool(BUILT_WORKER);
  afterAll(() => pool.close());

  it('lies in out/main beside the bundle that starts it, and neither it nor what it imports loads electron', () => {
    const starters = readdirSync(outMain).filter((file) => readFileSync(join(outMain, file), 'utf8').includes('new URL("./article-worker.js", import.meta.url)'));
    expect(starters).toHaveLength(1);
    expect(existsSync(join(outMain, 'article-worker.js'))).toBe(true);
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(outMain, file), 'utf8');
      const imports = [...code.matchAll(/^import\s+(?:[^'"]*?\bfrom\s*)?["']([^"']+)["']/gm)].map((match) => match[1] ?? '');
      expect(imports.filter((name) => name === 'electron' || name.startsWith('electron/'))).toEqual([]);
      for (const name of imports.filter((each) => each.startsWith('./'))) visit(name.slice(2));
    };
    visit('article-worker.js');
    expect(seen.size).toBeGreaterThan(1);
  });

  it('loads the bundled sample article', async () => {
    const bytes = readFileSync(SAMPLE_ARTICLE_PATH);
    const article = await pool.load({ fileName: 'sample.txt', bytes }, 'article-1', ADDED);
    expect(article).toMatchObject({
      id: 'article-1',
      title: 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea',
      source: 'www.theguardian.com',
      format: 'txt',
      fileName: 'sample.txt',
      added: ADDED,
    });
  });

  it.each(['saved-news-page.html', 'rtl-article.html', 'markdown-article.md'])('loads %s as the host’s own thread does', async (name) => {
    const inThread = loadArticle({ fileName: name, bytes: fixture(name) }, 'article-1', ADDED);
    expect(await pool.load({ fileName: name, bytes: fixture(name) }, 'article-1', ADDED)).toEqual(inThread);
  });

  it.each([
    ['empty.txt', new Uint8Array(0), 'empty.txt is empty.'],
    ['login.html', fixture('no-article.html'), 'login.html: no article text could be found in this page.'],
    ['notes.pdf', new TextEncoder().encode('Title\n\nBody.'), 'notes.pdf: only .txt, .md, .markdown, .html, .htm articles can be opened (this is a ".pdf" file).'],
    [
      'nest.html',
      new TextEncoder().encode(`${'<div>'.repeat(1500)}Deep.${'</div>'.repeat(1500)}`),
      'nest.html: this page is nested 1,500 levels deep; ClaimMark opens articles nested up to 200 levels.',
    ],
    [
      'stars.md',
      new TextEncoder().encode(`# Title\n\n${'*'.repeat(3000)}Loud${'*'.repeat(3000)}\n`),
      'stars.md: this article is nested 3,000 levels deep; ClaimMark opens articles nested up to 200 levels.',
    ],
  ])('refuses %s with the loader’s ApiError', async (fileName, bytes, message) => {
    const loading = pool.load({ fileName, bytes }, 'article-1', ADDED);
    await expect(loading).rejects.toBeInstanceOf(ApiError);
    await expect(loading).rejects.toMatchObject({ code: 'invalid-input', message });
  });

  it('re-anchors claims as the host’s own thread does', async () => {
    const article = loadArticle({ fileName: 'page.html', bytes: fixture('saved-news-page.html') }, 'article-1', ADDED);
    const words = article.text.split(/\s+/).filter((word) => word.length > 6).slice(0, 20);
    const claims = words.map((word, index) => claimOf(article, `claim-${index}`, word, { created: ADDED }));
    const changed = `Correction: an earlier version misquoted the minister.\n\n${article.text.replace(words[3] ?? '', 'something else')}`;
    expect(await pool.reanchor(changed, claims, ADDED)).toEqual(reanchorClaims(changed, claims, ADDED));
  });

  it('is ended past its time budget with a plain message, and a new worker opens the article queued behind', async () => {
    const tight = new ArticleWorkerPool(BUILT_WORKER, { budgetMs: { load: 1000, reanchor: 1000, anchor: 1000, readImport: 1000, planImport: 1000 }, heapMb: 2048 });
    try {
      // Within the depth limit, but 50 nests 190 deep: Readability needs seconds for each, far past one second.
      const nest = `${'<div>'.repeat(190)}<p>${'The council voted to close the bridge. '.repeat(5)}</p>${'</div>'.repeat(190)}`;
      const page = new TextEncoder().encode(`<html><body>${nest.repeat(50)}</body></html>`);
      const stuck = tight.load({ fileName: 'nests.html', bytes: page }, 'article-1', ADDED);
      const behind = tight.load({ fileName: 'raid.txt', bytes: new TextEncoder().encode('Raid\n\nThree men were held.\n') }, 'article-2', ADDED);
      await expect(stuck).rejects.toMatchObject({ code: 'invalid-input', message: 'nests.html: this article is too long or complex to open (ClaimMark stopped after 1 second of work on it).' });
      expect(await behind).toMatchObject({ id: 'article-2', title: 'Raid' });
    } finally {
      await tight.close();
    }
  });

  it('started ahead of its first job, warms up and then answers it', async () => {
    const ahead = new ArticleWorkerPool(BUILT_WORKER);
    try {
      ahead.warmUp();
      const article = await ahead.load({ fileName: 'raid.txt', bytes: new TextEncoder().encode('Raid\n\nThree men were held.\n') }, 'article-1', ADDED);
      const claim = claimOf(article, 'claim-1', 'Three men were held.', { created: ADDED });
      expect((await ahead.reanchor(`Update\n\n${article.text}`, [claim], ADDED)).report).toEqual({ unchanged: 0, moved: 1, fuzzy: 0, orphaned: 0 });
    } finally {
      await ahead.close();
    }
  });
});

/** A long article: `paragraphs` paragraphs of numbered sentences, each sentence a claim's quote. */
function longArticle(fileName: string, paragraphs: number, heading: string[] = []): ArticleFileInput {
  const body = Array.from({ length: paragraphs }, (_, p) =>
    Array.from({ length: 10 }, (_, s) => `Statement ${p * 10 + s} was made by speaker ${p % 17} at session ${s}.`).join(' '),
  );
  const text = ['A long debate transcript', ...heading, ...body].join('\n\n');
  return { fileName, contentBase64: Buffer.from(text, 'utf8').toString('base64') };
}

describe('a service on the built worker', () => {
  let dataDir: string;
  let service: ClaimMarkService;
  /** When the worker's jobs finished and other calls were answered, in order. */
  let events: string[];

  beforeEach(async () => {
    dataDir = await makeTempDir('worker-service');
    events = [];
    const pool = new ArticleWorkerPool(BUILT_WORKER);
    const recorded: ArticleWork = {
      load: (origin, id, added) => pool.load(origin, id, added).finally(() => events.push('loaded')),
      reanchor: (text, claims, since) => pool.reanchor(text, claims, since).finally(() => events.push('re-anchored')),
      anchor: (text, selectors) => {
        events.push('placing imported claims');
        return pool.anchor(text, selectors).finally(() => events.push('imported claims placed'));
      },
      readImport: (bytes, decisions) => pool.readImport(bytes, decisions).finally(() => events.push('import file read')),
      planImport: (bytes, request, newId) => {
        events.push('planning the import');
        return pool.planImport(bytes, request, newId).finally(() => events.push('import planned'));
      },
      close: () => pool.close(),
    };
    service = await ClaimMarkService.open({
      store: new LibraryStore(dataDir),
      sampleArticlePath: SAMPLE_ARTICLE_PATH,
      articleWork: recorded,
      now: new TestClock(ADDED).now,
      newId: idCounter(),
    });
    events = [];
  });

  afterEach(async () => {
    await service.close();
    await removeDir(dataDir);
  });

  it('answers another call while a long article loads', async () => {
    const opening = service.openArticle({ file: longArticle('debate.txt', 4_000) });
    await service.listArticles();
    events.push('listArticles answered');
    expect(await opening).toMatchObject({ kind: 'added', title: 'A long debate transcript' });
    expect(events).toEqual(['listArticles answered', 'loaded']);
  });

  it('answers another call while 1,000 claims are re-anchored', async () => {
    const opened = await service.openArticle({ file: longArticle('debate.txt', 100) });
    if (opened.kind !== 'added') throw new Error('not added');
    const { article } = await service.getArticle({ articleId: opened.articleId });
    await Promise.all(
      Array.from({ length: 1_000 }, (_, n) => {
        const quote = `Statement ${n} was made`;
        const start = article.text.indexOf(`${quote} `);
        return service.createClaim({ articleId: article.id, start, end: start + quote.length, exact: quote });
      }),
    );
    events = [];

    const updating = service.openArticle({ file: longArticle('debate (corrected).txt', 100, ['Correction: one speaker was misnamed.']), ifChangedVersion: 'update' });
    // The update loads the new version first; the other call is made while it re-anchors.
    while (!events.includes('loaded')) await new Promise((resolve) => setImmediate(resolve));
    await service.getSaveStatus();
    events.push('getSaveStatus answered');
    expect(await updating).toMatchObject({ kind: 'updated', report: { unchanged: 0, moved: 1_000, fuzzy: 0, orphaned: 0 } });
    expect(events).toEqual(['loaded', 'getSaveStatus answered', 're-anchored']);
  });

  it('answers saves while a file of 50,000 claims is read and its claims are placed', async () => {
    const port = wordyArticle('30000000-0000-4000-8000-000000000001', 'Port talks');
    const opened = await service.openArticle({ file: { fileName: 'port-talks.md', contentBase64: Buffer.from(`# Port talks\n\n${port.text.split('\n\n').slice(1).join('\n\n')}`).toString('base64') } });
    if (opened.kind !== 'added') throw new Error('not added');
    const file = bareAnnotations([{ article: { ...port, id: opened.articleId }, claims: twoWordClaims(port, 50_000) }]);
    events = [];

    const importing = service.importClaims({ file: { fileName: 'port.annotations.jsonld', contentBase64: Buffer.from(file).toString('base64') } });
    // The worker reads the file, places the claims and plans the import as one job: saves are answered meanwhile.
    while (!events.includes('planning the import')) await new Promise((resolve) => setImmediate(resolve));
    await service.createClaim({ articleId: nthId(1), start: 0, end: 5, exact: 'Putin' });
    events.push('save answered');
    await service.createClaim({ articleId: nthId(1), start: 6, end: 10, exact: 'Open' });
    events.push('save answered');
    expect(await importing).toMatchObject({ added: 50_000, orphaned: 0 });
    expect(events).toEqual(['planning the import', 'save answered', 'save answered', 'import planned']);
  }, 120_000);

  it('fails a load it could not finish before closing, and saves nothing of it', async () => {
    const opening = service.openArticle({ file: longArticle('debate.txt', 4_000) });
    const failed = opening.then(
      () => 'answered',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    await service.close();
    expect(await failed).toBe('ClaimMark closed before the article was loaded or updated.');
    // Only the sample article's file (and its backup) is there.
    expect(readdirSync(join(dataDir, 'articles')).sort()).toEqual([`${nthId(1)}.json`, `${nthId(1)}.json.bak`]);
  });
});
