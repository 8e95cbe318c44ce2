// `npm run bench`: how long saving one claim change takes in a library of 10 articles and
// in one of 100. With one file per article the two must be alike: a save rewrites only
// its own article's file.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, bench, describe } from 'vitest';
import { ClaimMarkService } from '../../host/claimmark-service';
import { LibraryStore } from '../../host/library/library-store';
import { loadArticle } from '../../host/article-loading/load-article';

const sample = fileURLToPath(new URL('../../data/putin-open-to-negotiations-with-ukraine.txt', import.meta.url));
const folders: string[] = [];

async function library(articleCount: number): Promise<{ service: ClaimMarkService; articleId: string; claimId: string }> {
  const dir = await mkdtemp(join(tmpdir(), `claimmark-bench-${articleCount}-`));
  folders.push(dir);
  let id = 0;
  const newId = () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`;
  const store = new LibraryStore(dir);
  const service = await ClaimMarkService.open({ store, sampleArticlePath: sample, now: () => new Date(), newId });
  const bytes = await readFile(sample);
  for (let i = 1; i < articleCount; i += 1) {
    await store.addArticle(loadArticle({ fileName: `copy-${i}.txt`, bytes }, newId(), new Date().toISOString()), { isSample: false });
  }
  const [first] = await service.listArticles();
  if (first === undefined) throw new Error('empty library');
  // Every article carries 50 claims, as a worked article would.
  for (const entry of await service.listArticles()) {
    const { text } = (await service.getArticle({ articleId: entry.id })).article;
    for (let c = 0; c < 50; c += 1) {
      const start = c * 40;
      await service.createClaim({ articleId: entry.id, start, end: start + 12, exact: text.slice(start, start + 12) });
    }
  }
  const { claims } = await service.getArticle({ articleId: first.id });
  return { service, articleId: first.id, claimId: claims[0]?.id ?? '' };
}

const small = await library(10);
const large = await library(100);
let note = 0;

afterAll(async () => {
  // Saves still folding their journals would write into folders being removed.
  await Promise.all([small.service.close(), large.service.close()]);
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('save one claim note (on disk before it resolves)', () => {
  bench('library of 10 articles', async () => {
    await small.service.updateClaim({ articleId: small.articleId, claimId: small.claimId, note: `note ${note++}` });
  });
  bench('library of 100 articles', async () => {
    await large.service.updateClaim({ articleId: large.articleId, claimId: large.claimId, note: `note ${note++}` });
  });
});
