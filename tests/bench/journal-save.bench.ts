// `npx vitest bench --run --project unit tests/bench/journal-save.bench.ts`: what a claim
// edit costs now that it is appended to the article's journal, against the whole-file write
// every edit used to be (the reference, measured in the same run). The figures the budgets
// speak of are printed at the end: p50 of one edit with 10,000 claims (journal and whole
// file), p99 of 100 edits back to back, 100 edits at once until the last is on disk, and
// one edit in a library of 100 articles over one in a library of 10.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, bench, describe } from 'vitest';
import { loadArticle } from '../../host/article-loading/load-article';
import { DurableJsonFile } from '../../host/library/durable-json-file';
import type { ArticleFile } from '../../host/library/format-migrations';
import { LibraryStore } from '../../host/library/library-store';
import type { Claim } from '../../shared/model';
import { claimOf } from '../unit/support/claim-builder';

const samplePath = fileURLToPath(new URL('../../data/putin-open-to-negotiations-with-ukraine.txt', import.meta.url));
const sampleBytes = await readFile(samplePath);
const ADDED = '2026-01-01T00:00:00.000Z';
const folders: string[] = [];
let nextId = 0;
const newId = () => `00000000-0000-4000-8000-${String(++nextId).padStart(12, '0')}`;

/** A library of `articleCount` copies of the sample, each with `claimCount` claims, folded into their files. */
async function library(articleCount: number, claimCount: number): Promise<{ store: LibraryStore; articleIds: string[]; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), `claimmark-journal-bench-${articleCount}-`));
  folders.push(dir);
  const store = new LibraryStore(dir);
  await store.open();
  const articleIds: string[] = [];
  for (let index = 0; index < articleCount; index += 1) {
    const article = loadArticle({ fileName: `copy-${index}.txt`, bytes: sampleBytes }, newId(), ADDED);
    await store.addArticle(article, { isSample: false });
    const quote = article.text.slice(200, 230);
    await store.updateClaims(article.id, (claims) => void claims.push(...Array.from({ length: claimCount }, () => claimOf(article, newId(), quote, { created: ADDED }))));
    articleIds.push(article.id);
  }
  await store.settle();
  return { store, articleIds, dir };
}

let note = 0;
/** One note edit of the claim at `index`, resolved once it is on disk. */
function editNote(store: LibraryStore, articleId: string, index = 0): Promise<void> {
  note += 1;
  return store.updateClaims(articleId, (claims) => {
    claims.splice(index, 1, { ...(claims[index] as Claim), note: `note ${note}` });
  });
}

const big = await library(1, 10_000);
const bigId = big.articleIds[0] ?? '';
const wholeFile = new DurableJsonFile<ArticleFile>(join(big.dir, 'whole-file-reference.json'));
const bigFile: ArticleFile = { format: 'claimmark-article', version: 2, ...(await big.store.readArticle(bigId)), claims: [...(await big.store.readArticle(bigId)).claims] };
const small = await library(10, 50);
const large = await library(100, 50);

const timings = { journal: [] as number[], whole: [] as number[], backToBack: [] as number[], atOnce: [] as number[], small: [] as number[], large: [] as number[] };

async function timed(into: number[], run: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await run();
  into.push(performance.now() - start);
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

afterAll(async () => {
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    [
      'journal-save figures (budgets from issue 9):',
      `  one edit, 10,000 claims: journal p50 ${ms(quantile(timings.journal, 0.5))}; whole-file write p50 ${ms(quantile(timings.whole, 0.5))}`,
      `  100 edits back to back: p99 per edit ${ms(quantile(timings.backToBack, 0.99))} over ${timings.backToBack.length} edits (budget 20 ms)`,
      `  100 edits at once until the last is on disk: p50 ${ms(quantile(timings.atOnce, 0.5))}, worst ${ms(Math.max(...timings.atOnce))} (budget 1,000 ms)`,
      `  one edit, library of 100 ÷ library of 10: ${(mean(timings.large) / mean(timings.small)).toFixed(2)} (budget 1.5)`,
    ].join('\n'),
  );
  await big.store.settle();
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('one claim edit in an article with 10,000 claims (on disk before it resolves)', () => {
  bench('journal append', () => timed(timings.journal, () => editNote(big.store, bigId, 5000)));
  bench('whole-file write (the save every edit used to make)', () => timed(timings.whole, () => wholeFile.write(bigFile)), { iterations: 10 });
});

describe('100 claim edits, 10,000 claims', () => {
  bench('back to back, each waiting for the one before', async () => {
    for (let edit = 0; edit < 100; edit += 1) await timed(timings.backToBack, () => editNote(big.store, bigId, edit));
  });
  bench('sent at once, until the last is on disk', () =>
    timed(timings.atOnce, () => Promise.all(Array.from({ length: 100 }, (_, edit) => editNote(big.store, bigId, edit)))),
  );
});

describe('one claim edit by library size (50 claims per article)', () => {
  bench('library of 10 articles', () => timed(timings.small, () => editNote(small.store, small.articleIds[0] ?? '')));
  bench('library of 100 articles', () => timed(timings.large, () => editNote(large.store, large.articleIds[0] ?? '')));
});
