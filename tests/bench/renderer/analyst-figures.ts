// The renderer figures of issue 9 taken along an analyst's own steps in ClaimMark's window
// (the "Open article…" button and its file chooser, the update prompt, the Library list):
// the longest task while an article of 1,000 claims is updated to an edited version, and
// opening a 15 MB text article and switching back to it, each beside the reference page.

import { randomUUID } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { loadArticle } from '../../../host/article-loading/load-article';
import type { Article } from '../../../shared/model';
import { SAMPLE_TITLE } from '../../e2e/support/article-actions';
import { editedVersion } from '../core/core-library';
import { writeBenchLibrary, type BenchLibrary } from './bench-library';
import { claimMarkTarget, openPage, startWebHost, stopChild } from './bench-targets';
import { largeArticleText } from './large-article';
import { describeStretch, drawnAt, markedAt, markNext, observeClock, stretch, type StampWindow, type Stretch } from './page-clock';
import { startReferenceServer } from './reference-page';

const UPDATE_CLAIMS = 1000;
const UPDATE_RUNS = 3;
const LARGE_RUNS = 3;
/** Repeats of a 15 MB stretch stop once the runs so far took this long: a window frozen for half a minute needs no third look. */
const LARGE_ALLOWANCE_MS = 30_000;
const LARGE_ARTICLE_BYTES = 15 * 1024 * 1024;
const LARGE_FILE_NAME = 'long-budget-debate.txt';
/** The 15 MB article may freeze the window for many seconds; past this it counts as not shown. */
const LARGE_TIMEOUT_MS = 120_000;
const ADDED = '2026-01-01T00:00:00.000Z';

export interface AnalystMeasured {
  /** Each run's update of 1,000 claims, from the click on "Update and re-anchor claims". */
  updates: Stretch[];
  /** The reference page loading the article with 1,000 claims, from navigation. */
  updateReference: Stretch[];
  largeBytes: number;
  largeBlocks: number;
  /** From the 15 MB file being chosen to its last block drawn. */
  open: Stretch | null;
  /** From the click on the 15 MB article in the Library to its last block drawn. */
  switches: Stretch[];
  /** The reference page loading the same 15 MB text with no claims, from navigation. */
  largeReference: Stretch[];
}

async function chooseArticleFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open article' }).click();
  await (await chooser).setFiles(path);
}

/** The clock once the updated article is drawn, the "Updated “…”" notice shown and every claim it kept painted. */
async function updateDrawn(page: Page, edited: Article): Promise<number> {
  const lead = edited.blocks[1];
  const wait = page.waitForFunction(
    ({ blockCount, leadText }) => {
      const drawn = document.querySelectorAll('article .block');
      // The notice is a toast that fades after a while; its message is its first part.
      const notice = [...document.querySelectorAll('.toast > span:first-child')].map((message) => message.textContent ?? '').find((text) => text.startsWith('Updated “'));
      if (notice === undefined || drawn.length !== blockCount || drawn[1]?.textContent !== leadText) return false;
      // The notice says how many claims the update kept on the text; orphaned ones are not painted.
      const kept = ['in place', 'moved', 'matched approximately'].reduce((sum, label) => sum + Number(new RegExp(`(\\d+) ${label}`).exec(notice)?.[1] ?? 0), 0);
      const painted = [...CSS.highlights.keys()]
        .filter((name) => name.startsWith('claimmark-'))
        .reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0);
      return painted === kept && (window as unknown as StampWindow).benchStampDrawn();
    },
    { blockCount: edited.blocks.length, leadText: lead === undefined ? '' : edited.text.slice(lead.start, lead.end) },
    { polling: 'raf' },
  );
  return drawnAt(page, wait);
}

/** One update of the library's article to its edited version, on a fresh copy of the library. */
async function measureUpdate(browser: Browser, webHostScript: string, library: BenchLibrary, editedPath: string, edited: Article): Promise<Stretch> {
  const dataDir = `${library.dataDir}-update-${randomUUID()}`;
  await cp(library.dataDir, dataDir, { recursive: true });
  const target = await claimMarkTarget(webHostScript, { ...library, dataDir });
  const { page, close } = await openPage(browser, target.url, observeClock);
  try {
    await target.shown(page);
    await chooseArticleFile(page, editedPath);
    const update = page.getByRole('button', { name: 'Update and re-anchor claims' });
    await update.waitFor();
    await markNext(page, 'click');
    await update.click();
    const drawn = await updateDrawn(page, edited);
    return await stretch(page, await markedAt(page), drawn);
  } finally {
    await close();
    await target.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The reference page loading the library, from navigation until every block and range is drawn. */
async function measureReferenceLoad(browser: Browser, library: BenchLibrary): Promise<Stretch> {
  const server = await startReferenceServer([library]);
  try {
    const { page, close } = await openPage(browser, server.url(library.claims.length), observeClock);
    try {
      const wait = page.waitForFunction(
        (claimCount) => document.body.dataset.ranges === String(claimCount) && (window as unknown as StampWindow).benchStampDrawn(),
        library.claims.length,
        { polling: 'raf', timeout: LARGE_TIMEOUT_MS },
      );
      return await stretch(page, 0, await drawnAt(page, wait));
    } finally {
      await close();
    }
  } finally {
    await server.close();
  }
}

/** The clock once the view holds exactly `article`'s blocks, its last one among them, drawn. */
async function lastBlockDrawn(page: Page, article: Article): Promise<number> {
  const last = article.blocks[article.blocks.length - 1];
  const wait = page.waitForFunction(
    ({ blockCount, lastStart }) => {
      // A live collection of the blocks (wherever they sit: the view draws them in groups), so
      // each frame's check stays cheap on a long article.
      const blocks = document.querySelector('article')?.getElementsByClassName('block');
      const element = blocks?.[blocks.length - 1];
      if (!(element instanceof HTMLElement) || element.dataset.blockStart !== lastStart) return false;
      return blocks?.length === blockCount && (window as unknown as StampWindow).benchStampDrawn();
    },
    { blockCount: article.blocks.length, lastStart: String(last?.start) },
    { polling: 'raf', timeout: LARGE_TIMEOUT_MS },
  );
  return drawnAt(page, wait);
}

/** The article file the host wrote for the article, so the bench knows it waited for the blocks the host made. */
async function checkHostBlocks(dataDir: string, expected: Article): Promise<void> {
  const folder = join(dataDir, 'articles');
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.json'))) {
    const written = JSON.parse(await readFile(join(folder, name), 'utf8')) as { article?: Article };
    if (written.article?.title !== expected.title) continue;
    if (written.article.blocks.length !== expected.blocks.length) {
      throw new Error(`the host made ${written.article.blocks.length} blocks of the 15 MB article, the bench waited for ${expected.blocks.length}`);
    }
    return;
  }
  throw new Error(`the host wrote no article titled "${expected.title}" in ${folder}`);
}

/** Takes up to `runs` runs of `measure` into `into` (fewer once they took `allowanceMs`), logging each; a failure ends them and is logged. */
type TakeRuns = (what: string, into: Stretch[], measure: () => Promise<Stretch>, runs: number, allowanceMs?: number) => Promise<void>;

const libraryButton = (page: Page, title: string) => page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: title, exact: true });

/** Opens the 15 MB article in an app holding only the sample article, then switches to the sample and back. */
async function measureLarge(browser: Browser, webHostScript: string, folder: string, article: Article, measured: AnalystMeasured, take: TakeRuns): Promise<void> {
  const dataDir = join(folder, 'large-library');
  await mkdir(dataDir, { recursive: true });
  const { child, url } = await startWebHost(webHostScript, dataDir);
  const { page, close } = await openPage(browser, url, observeClock);
  try {
    await page.getByRole('heading', { level: 1, name: SAMPLE_TITLE }).waitFor();
    const opened: Stretch[] = [];
    await take('open the 15 MB article', opened, async () => {
      await markNext(page, 'change');
      await chooseArticleFile(page, join(folder, LARGE_FILE_NAME));
      const drawn = await lastBlockDrawn(page, article);
      const open = await stretch(page, await markedAt(page), drawn);
      await checkHostBlocks(dataDir, article);
      return open;
    }, 1);
    measured.open = opened[0] ?? null;
    if (measured.open === null) return;
    const switchBack = async () => {
      await libraryButton(page, SAMPLE_TITLE).click();
      await page.getByRole('heading', { level: 1, name: SAMPLE_TITLE }).waitFor();
      await markNext(page, 'click');
      await libraryButton(page, article.title).click();
      const drawn = await lastBlockDrawn(page, article);
      return stretch(page, await markedAt(page), drawn);
    };
    await take('switch back to the 15 MB article', measured.switches, switchBack, LARGE_RUNS, LARGE_ALLOWANCE_MS);
  } finally {
    await close();
    await stopChild(child);
  }
}

/** Takes every figure it can; one that fails stays empty (reported missing), and the others are still taken. */
export async function measureAnalystFigures(browser: Browser, webHostScript: string, folder: string, article: Article, log: (line: string) => void): Promise<AnalystMeasured> {
  const take: TakeRuns = async (what, into, measure, runs, allowanceMs = Number.POSITIVE_INFINITY) => {
    log(`analyst steps: ${what}, up to ×${runs}`);
    let spent = 0;
    try {
      while (into.length < runs && spent < allowanceMs) {
        const run = await measure();
        log(`analyst steps: ${what}: ${describeStretch(run)}`);
        into.push(run);
        spent += run.elapsedMs;
      }
    } catch (error) {
      log(`analyst steps: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const measured: AnalystMeasured = { updates: [], updateReference: [], largeBytes: 0, largeBlocks: 0, open: null, switches: [], largeReference: [] };
  // A library of its own: the other figures have changed statuses in theirs.
  const library = writeBenchLibrary(join(folder, 'analyst'), article, UPDATE_CLAIMS);
  const edited = editedVersion(article);
  const editedPath = join(folder, 'analyst', edited.fileName);
  await writeFile(editedPath, edited.bytes);
  const editedArticle = loadArticle(edited, randomUUID(), ADDED);
  await take(`update of ${UPDATE_CLAIMS} claims to an edited version`, measured.updates, () => measureUpdate(browser, webHostScript, library, editedPath, editedArticle), UPDATE_RUNS);
  await take(`reference page loading ${UPDATE_CLAIMS} claims`, measured.updateReference, () => measureReferenceLoad(browser, library), UPDATE_RUNS);

  const bytes = new TextEncoder().encode(largeArticleText(LARGE_ARTICLE_BYTES));
  await writeFile(join(folder, LARGE_FILE_NAME), bytes);
  // The product's own loader says which blocks the host will make; checkHostBlocks holds it to the host's file.
  const large = loadArticle({ fileName: LARGE_FILE_NAME, bytes }, randomUUID(), ADDED);
  measured.largeBytes = bytes.length;
  measured.largeBlocks = large.blocks.length;
  log(`analyst steps: the 15 MB article has ${bytes.length} bytes in ${large.blocks.length} blocks`);
  await measureLarge(browser, webHostScript, folder, large, measured, take);
  const largeLibrary: BenchLibrary = { dataDir: folder, article: large, claims: [], firstOverlap: null };
  await take('reference page loading the 15 MB text', measured.largeReference, () => measureReferenceLoad(browser, largeLibrary), LARGE_RUNS, LARGE_ALLOWANCE_MS);
  return measured;
}
