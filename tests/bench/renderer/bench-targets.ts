// The two pages the renderer bench drives the same way: ClaimMark served by its browser host,
// and the reference page. Each says how to tell that the article is shown, how to reach the
// selected claim's Status drop-down, and where an overlap of claims is on screen. Also how
// the bench starts the browser host and opens a page in a browser context of its own.

import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { BenchLibrary } from './bench-library';

export const LOAD_TIMEOUT_MS = 60_000;

export interface BenchTarget {
  label: 'ClaimMark' | 'reference';
  url: string;
  /** Waits until the article and all its highlights are shown; ms since the navigation began. */
  shown(page: Page): Promise<number>;
  /** Makes one claim the selected one, so its card offers the Status drop-down; the mouse is then over its quote. */
  selectClaim(page: Page): Promise<void>;
  statusSelect: string;
  /** Matches once the selected claim's card shows `status`. */
  cardShows(status: string): string;
  /** Resolves once the page has finished with a status change (ClaimMark: saved). */
  changeSettled(page: Page): Promise<void>;
  /** A point on screen inside the first text covered by two or more claims. */
  overlapPoint(page: Page): Promise<{ x: number; y: number }>;
  stop(): Promise<void>;
}

/** A page of its own browser context at `url`; `prepare` runs on the context before the page loads. */
export async function openPage(
  browser: Browser,
  url: string,
  prepare: (context: BrowserContext) => Promise<void> = async () => undefined,
): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  context.setDefaultTimeout(LOAD_TIMEOUT_MS);
  await prepare(context);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
  return { page, close: () => context.close() };
}

function centre(rect: { left: number; top: number; width: number; height: number } | null): { x: number; y: number } {
  if (rect === null) throw new Error('No overlap of claims is shown on the page.');
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

const WEB_HOST_ADDRESS = /open: (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/;

/** Starts the built browser host on `dataDir`; resolves with its address (with the page's token) once it prints it. */
export async function startWebHost(script: string, dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [script, '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Both streams are read to the end, so a chatty host never blocks on a full pipe.
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The browser host did not print its address within 20 s:\n${output}`)), 20_000);
    lines.on('line', (line) => {
      output += `${line}\n`;
      const address = WEB_HOST_ADDRESS.exec(line)?.[1];
      if (address === undefined) return;
      clearTimeout(timer);
      resolve(address);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser host exited with code ${code}:\n${output}`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return { child, url };
}

/** Stops a started host: SIGTERM, then SIGKILL after 10 s. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The middle of the library's first overlap of claims, scrolled into view; both pages draw blocks with `data-block-start`. */
async function overlapPointOf(page: Page, library: BenchLibrary): Promise<{ x: number; y: number }> {
  const overlap = library.firstOverlap;
  if (overlap === null) throw new Error('The library has no overlapping claims.');
  const middle = Math.floor((overlap.start + overlap.end) / 2);
  return centre(
    await page.evaluate((offset) => {
      const blocks = [...document.querySelectorAll<HTMLElement>('[data-block-start]')];
      const block = blocks.filter((element) => Number(element.dataset.blockStart) <= offset).pop();
      const node = block?.firstChild;
      if (block === undefined || node === null || node === undefined) return null;
      block.scrollIntoView({ block: 'center' });
      const range = new Range();
      const inside = offset - Number(block.dataset.blockStart);
      range.setStart(node, inside);
      range.setEnd(node, inside + 1);
      const rect = range.getBoundingClientRect();
      return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
    }, middle),
  );
}

/** Starts the built browser host (`out/main/web-host.js`) on the library's folder. */
export async function claimMarkTarget(webHostScript: string, library: BenchLibrary): Promise<BenchTarget> {
  const { child, url } = await startWebHost(webHostScript, library.dataDir);
  const blockCount = library.article.blocks.length;
  return {
    label: 'ClaimMark',
    url,
    shown: async (page) => {
      const shownAt = await page.waitForFunction(
        ({ blockCount, claimCount }) =>
          document.querySelectorAll('article .block').length === blockCount &&
          [...CSS.highlights.keys()]
            .filter((name) => name.startsWith('claimmark-') && !name.startsWith('claimmark-overlap-'))
            .reduce((painted, name) => painted + (CSS.highlights.get(name)?.size ?? 0), 0) === claimCount &&
          performance.now(),
        { blockCount, claimCount: library.claims.length },
        { polling: 'raf', timeout: LOAD_TIMEOUT_MS },
      );
      return Number(await shownAt.jsonValue());
    },
    selectClaim: async (page) => {
      // On its quote, as an analyst picks a claim: the middle of a card is its Status
      // drop-down, and a click there would leave that drop-down's list open for every change.
      await page.locator('.claim-card').first().locator('.claim-quote').click();
      await page.locator('.claim-card[aria-current="true"]').waitFor();
    },
    // The card has more than one drop-down (the claimant's type too): the one labelled Status.
    statusSelect: '.claim-card[aria-current="true"] label:has(> span:text-is("Status")) select',
    cardShows: (status) => `.claim-card[aria-current="true"].status-${status}`,
    changeSettled: (page) => page.locator('.claim-card[aria-current="true"] .save-state.save-saved').waitFor({ timeout: LOAD_TIMEOUT_MS }),
    overlapPoint: (page) => overlapPointOf(page, library),
    stop: () => stopChild(child),
  };
}

/** The reference page for the same library, served by the bench's own server. */
export function referenceTarget(url: string, library: BenchLibrary): BenchTarget {
  return {
    label: 'reference',
    url,
    shown: async (page) => {
      const shownAt = await page.waitForFunction(
        (claimCount) => document.body.dataset.ranges === String(claimCount) && performance.now(),
        library.claims.length,
        { polling: 'raf', timeout: LOAD_TIMEOUT_MS },
      );
      return Number(await shownAt.jsonValue());
    },
    selectClaim: async (page) => {
      // The reference's card always shows the first claim; the click on its quote leaves the
      // mouse over the page as on ClaimMark's, so both pay the browser's hover checks alike.
      await page.locator('.claim-card blockquote').click();
    },
    statusSelect: '.claim-card select',
    cardShows: (status) => `.claim-card.status-${status}`,
    changeSettled: async () => undefined,
    overlapPoint: (page) => overlapPointOf(page, library),
    stop: async () => undefined,
  };
}
