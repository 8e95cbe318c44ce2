// Imports at the documented limit and beside the analyst's saves: 50,000 claims are placed
// with work that grows with the claims (the anchoring's steps are counted, never timed),
// a save asked for while an import is under way is answered before the import ends, and
// claim ids stay unique across the library.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inThreadArticleWork, type ArticleWork } from '../../../host/article-loading/article-worker-jobs';
import { ClaimMarkService } from '../../../host/claimmark-service';
import { LibraryStore } from '../../../host/library/library-store';
import type { ArticleFileInput } from '../../../shared/api';
import { SAMPLE_ARTICLE_PATH, TestClock, idCounter, makeTempDir, removeDir } from '../support/library-fixture';
import { bareAnnotations, claimId, exportText, twoWordClaims, wordyArticle } from '../support/large-import';

const START = '2026-02-01T08:00:00.000Z';
const PORT_ID = '30000000-0000-4000-8000-000000000001';

function fileOf(fileName: string, text: string): ArticleFileInput {
  return { fileName, contentBase64: Buffer.from(text).toString('base64') };
}

/** The article work of the tests, counting the anchoring steps of every import, and able to hold the anchoring back until let go. */
function countedWork(): ArticleWork & { steps: () => number; hold: () => () => void } {
  let steps = 0;
  let held: Promise<void> | null = null;
  return {
    ...inThreadArticleWork,
    async anchor(text, selectors) {
      if (held !== null) await held;
      const batch = await inThreadArticleWork.anchor(text, selectors);
      steps += batch.steps;
      return batch;
    },
    steps: () => steps,
    hold() {
      let release = () => undefined as void;
      held = new Promise<void>((resolve) => {
        release = resolve;
      });
      return () => {
        held = null;
        release();
      };
    },
  };
}

describe('imports at scale', () => {
  let dataDir: string;
  let store: LibraryStore;
  let work: ReturnType<typeof countedWork>;
  let service: ClaimMarkService;

  beforeEach(async () => {
    dataDir = await makeTempDir('import-scale');
    store = new LibraryStore(dataDir);
    work = countedWork();
    service = await ClaimMarkService.open({ store, sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: work, now: new TestClock(START).now, newId: idCounter() });
  });

  afterEach(async () => {
    await service.close();
    await removeDir(dataDir);
  });

  it('imports 50,000 claims, each placed by its position: about one step per character of its quote', async () => {
    const port = wordyArticle(PORT_ID, 'Port talks');
    await store.addArticle(port, { isSample: false });
    const file = fileOf('port.annotations.jsonld', bareAnnotations([{ article: port, claims: twoWordClaims(port, 50_000) }]));

    const summary = await service.importClaims({ file });

    expect(summary).toMatchObject({ added: 50_000, updated: 0, skipped: 0, orphaned: 0, renewedIds: 0, articles: ['Port talks'] });
    // Two words of the vocabulary are at most 19 characters ("officials officials"); a claim
    // whose position holds costs one step per character of its quote, and nothing else.
    expect(work.steps()).toBeGreaterThan(50_000 * 5);
    expect(work.steps()).toBeLessThanOrEqual(50_000 * 19);
    const reopened = new LibraryStore(dataDir);
    await store.settle();
    await reopened.open();
    expect((await reopened.readArticle(PORT_ID)).claims).toHaveLength(50_000);
    // Generous: making and reading a 20 MB file takes a while on a busy machine.
  }, 120_000);

  it('answers a save asked for while an import is placing its claims before the import ends, and keeps it', async () => {
    const port = wordyArticle(PORT_ID, 'Port talks');
    await store.addArticle(port, { isSample: false });
    const file = fileOf('port.annotations.jsonld', bareAnnotations([{ article: port, claims: twoWordClaims(port, 5000) }]));
    const acknowledged: string[] = [];
    const release = work.hold();

    const importing = service.importClaims({ file }).then(() => acknowledged.push('import'));
    const saved = await service.createClaim({ articleId: PORT_ID, start: 0, end: 10, exact: 'Port talks' });
    acknowledged.push('save');
    release();
    await importing;

    expect(acknowledged).toEqual(['save', 'import']);
    const { claims } = await service.getArticle({ articleId: PORT_ID });
    expect(claims).toHaveLength(5001);
    expect(claims.find((claim) => claim.id === saved.id)?.selectors.quote.exact).toBe('Port talks');
  });

  it('gives a new id to a claim whose id another article holds, or an earlier claim of the file, and says how many', async () => {
    const port = wordyArticle(PORT_ID, 'Port talks');
    const docks = wordyArticle('30000000-0000-4000-8000-000000000002', 'Dock strike');
    await store.addArticle(port, { isSample: false });
    await store.addArticle(docks, { isSample: false, claims: twoWordClaims(docks, 2, 1) });
    // Claims 1 and 2 are the dock article's; the file has them on the port article, and claim 3 twice.
    const [first, second, third] = twoWordClaims(port, 3, 1);
    if (first === undefined || second === undefined || third === undefined) throw new Error('three claims were made');
    const file = fileOf('port.annotations.jsonld', bareAnnotations([{ article: port, claims: [first, second, third, { ...third }] }]));

    const summary = await service.importClaims({ file });

    expect(summary).toMatchObject({ added: 4, renewedIds: 3 });
    const portIds = (await service.getArticle({ articleId: PORT_ID })).claims.map((claim) => claim.id);
    const dockIds = (await service.getArticle({ articleId: docks.id })).claims.map((claim) => claim.id);
    expect(dockIds).toEqual([claimId(1), claimId(2)]);
    expect(portIds).toContain(claimId(3));
    expect(new Set([...portIds, ...dockIds]).size).toBe(6);
  });

  it('brings a native export of four articles in whole, and the library holds each once', async () => {
    const articles = [1, 2, 3, 4].map((n) => wordyArticle(`30000000-0000-4000-8000-00000000010${n}`, `Port talks ${n}`));
    const file = fileOf('four.claims.json', exportText(articles.map((article, index) => ({ article, claims: twoWordClaims(article, 100, 1 + index * 100) }))));

    const summary = await service.importClaims({ file });

    expect(summary).toMatchObject({ added: 400, renewedIds: 0, articles: ['Port talks 1', 'Port talks 2', 'Port talks 3', 'Port talks 4'] });
    expect((await service.listArticles()).map((entry) => entry.title).sort()).toEqual([
      'Port talks 1',
      'Port talks 2',
      'Port talks 3',
      'Port talks 4',
      'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea',
    ]);
  });
});
