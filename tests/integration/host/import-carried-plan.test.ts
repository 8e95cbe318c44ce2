// An import whose plan crosses from the article worker as the hosts' worker sends it (its
// claims as JSON text with numbered placeholders for the ids the host gives): the journal
// line that saves the claims is written from that text, and the library read again from the
// folder holds the claims the import answered with, under the host's ids.

import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inThreadArticleWork, type ArticleWork } from '../../../host/article-loading/article-worker-jobs';
import { carryPlan, placeholderIds, receivePlan } from '../../../host/article-loading/carried-plan';
import { planImportWith } from '../../../host/article-loading/import-planning';
import { ClaimMarkService } from '../../../host/claimmark-service';
import { LibraryStore } from '../../../host/library/library-store';
import { SAMPLE_ARTICLE_PATH, TestClock, idCounter, makeTempDir, removeDir } from '../support/library-fixture';
import { bareAnnotations, twoWordClaims, wordyArticle } from '../support/large-import';

const START = '2026-03-01T08:00:00.000Z';
const ARTICLE_ID = '30000000-0000-4000-8000-000000000007';
/** No fold while the test reads the journal: it is folded when the service closes. */
const NO_FOLD = { idleMs: 3_600_000, maxEntries: 1_000_000, maxBytes: 1_000_000_000 };

/** The in-thread work, its plans carried to the caller as the worker carries them (article-worker-jobs.ts). */
const carriedWork: ArticleWork = {
  ...inThreadArticleWork,
  async planImport(bytes, request, newId) {
    const ids = placeholderIds();
    const planned = await planImportWith(inThreadArticleWork, bytes, request, ids.newId);
    return planned.kind === 'planned' ? { ...planned, plan: await receivePlan(carryPlan(planned.plan, ids.count()), newId) } : planned;
  },
};

describe('an import carried as the worker sends it', () => {
  let dataDir: string;
  let store: LibraryStore;
  let service: ClaimMarkService;
  const article = wordyArticle(ARTICLE_ID, 'Carried import article');

  beforeEach(async () => {
    dataDir = await makeTempDir('import-carried');
    store = new LibraryStore(dataDir, { compaction: NO_FOLD });
    await store.open();
    await store.addArticle(article, { isSample: true });
    service = await ClaimMarkService.open({ store, sampleArticlePath: SAMPLE_ARTICLE_PATH, articleWork: carriedWork, now: new TestClock(START).now, newId: idCounter() });
  });

  afterEach(async () => {
    await service.close();
    await removeDir(dataDir);
  });

  it('saves 1,200 claims in one journal line that the library reads back as the claims imported, ids and all', async () => {
    const text = bareAnnotations([{ article, claims: twoWordClaims(article, 1200) }]);
    const summary = await service.importClaims({ file: { fileName: 'many.annotations.jsonld', contentBase64: Buffer.from(text).toString('base64') } });
    expect(summary.added).toBe(1200);

    const journal = await readFile(store.articlePath(ARTICLE_ID).replace(/\.json$/, '.journal'), 'utf8');
    expect(journal.split('\n')).toHaveLength(2);
    expect(journal.endsWith('\n')).toBe(true);
    expect(journal).not.toContain('\\u0001');
    const imported = (await store.readArticle(ARTICLE_ID)).claims;
    expect(imported).toHaveLength(1200);
    expect(imported[0]?.id).toBe('10000000-0000-4000-8000-000000000001');
    expect(imported[1199]?.id).toBe('10000000-0000-4000-8000-000000001200');

    const reopened = new LibraryStore(dataDir, { compaction: NO_FOLD, readOnly: 'the test reads what the first store wrote' });
    await reopened.open();
    expect((await reopened.readArticle(ARTICLE_ID)).claims).toEqual(imported);
  });
});
