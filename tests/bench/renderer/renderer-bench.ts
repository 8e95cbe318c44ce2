// The renderer bench of issue 9 ("fast at any size"): ClaimMark's browser host and a bare
// CSS-Custom-Highlight reference page, on the same generated article with 0, 1,000 and 5,000
// claims, in headless Chromium, then an analyst's longer steps (analyst-figures.ts). Both
// pages are open together and their samples are taken in turn, one of each, so that a ratio
// compares figures taken in the same seconds. It prints the figures against the issue's
// budgets and never fails on a budget: the budgets are where the renderer has to get to, not
// a gate.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { defaultBrowserSearch, findBrowser } from '../../e2e/support/find-browser';
import { figuresOut, table, type Figure } from '../bench-table';
import { measureAnalystFigures, type AnalystMeasured } from './analyst-figures';
import { analystFigures, analystReport } from './analyst-rows';
import { benchArticle, writeBenchLibrary, type BenchLibrary } from './bench-library';
import { claimMarkTarget, LOAD_TIMEOUT_MS, openPage, referenceTarget, type BenchTarget } from './bench-targets';
import { armPaintProbe, paintProbeResult, percentile, PROBE_TIMEOUT_MS } from './paint-probe';
import { REFERENCE_PAGE, startReferenceServer } from './reference-page';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CLAIM_COUNTS = [0, 1000, 5000] as const;
// Each figure is a median or p90 of this many samples of each page, after one that is not
// counted. A p90 of a status change (which waits for the next frame, so spreads over one
// frame's time) needs more samples than a median: of 31, the p90 is the fourth slowest and
// moves with one slow frame either way; of 61, the seventh.
const LOAD_RUNS = 9;
const INTERACTION_RUNS = 21;
const STATUS_CHANGE_RUNS = 61;
const STATUS_CYCLE = ['verified', 'false'] as const;
/** The pause after each page's sample before the other page's (see quiet). */
const QUIET_MS = 100;

interface Measured {
  /** Median ms from navigation to shown, by claim count. */
  shown: Record<number, number>;
  tagPaintP90: Record<number, number>;
  hitTestP50: number;
  heapMb: number;
  domNodes: number;
}

/**
 * Takes `runs` samples of each target, one of each in turn (ClaimMark, reference, ClaimMark,
 * ...), so that both see the machine as it is at that moment: these machines' speed drifts by
 * tens of percent within minutes, and a ratio of figures taken minutes apart would carry that
 * drift. The first sample of each is not counted. A target whose sample fails is left out of
 * the rest and its figure is missing (NaN); the other's is still taken.
 */
async function interleaved<T>(
  runs: number,
  targets: readonly T[],
  sample: (target: T, run: number) => Promise<number>,
  what: string,
  label: (target: T) => string,
  log: (line: string) => void,
): Promise<Map<T, number[] | null>> {
  const samples = new Map<T, number[] | null>(targets.map((target) => [target, []]));
  for (let run = 0; run <= runs; run += 1) {
    for (const target of targets) {
      const taken = samples.get(target);
      if (taken === null || taken === undefined) continue;
      try {
        const value = await sample(target, run);
        if (run > 0) taken.push(value);
      } catch (error) {
        log(`${label(target)}: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
        samples.set(target, null);
      }
    }
  }
  return samples;
}

/** Load to shown in a fresh browser context. */
async function oneLoad(browser: Browser, target: BenchTarget): Promise<number> {
  const { page, close } = await openPage(browser, target.url);
  try {
    return await target.shown(page);
  } finally {
    await close();
  }
}

/** One status change of the selected claim, to the painted frame. */
async function oneStatusChange(page: Page, target: BenchTarget, run: number): Promise<number> {
  const status = STATUS_CYCLE[run % STATUS_CYCLE.length] ?? 'verified';
  await armPaintProbe(page, 'change', target.cardShows(status));
  await page.locator(target.statusSelect).selectOption(status, { timeout: PROBE_TIMEOUT_MS });
  const elapsed = await paintProbeResult(page);
  // The other page's next sample is not to share the machine with this one's trailing work:
  // ClaimMark's save, and on both pages the drawing of the changed frame, which goes on in
  // the browser's other processes after the page's own part is done.
  await target.changeSettled(page);
  await quiet(page);
  return elapsed;
}

/** Two more frames of the page, then a pause: what the last sample set going is over. */
async function quiet(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page.waitForTimeout(QUIET_MS);
}

/** Where the overlap is once the view has stopped scrolling (picking a claim scrolls smoothly to it). */
async function settledOverlapPoint(page: Page, target: BenchTarget): Promise<{ x: number; y: number }> {
  let point = await target.overlapPoint(page);
  for (let check = 0; check < 30; check += 1) {
    await page.waitForTimeout(100);
    const next = await target.overlapPoint(page);
    if (next.x === point.x && next.y === point.y) return point;
    point = next;
  }
  return point;
}

/** One click on an overlap, to the painted list of the claims there; picking one closes it, ready for the next. */
async function oneHitTest(page: Page, target: BenchTarget): Promise<number> {
  const point = await settledOverlapPoint(page, target);
  await armPaintProbe(page, 'click', '.claim-picker-title');
  await page.mouse.click(point.x, point.y);
  const elapsed = await paintProbeResult(page);
  await page.locator('.claim-picker [role="menuitem"]').first().click();
  await page.locator('.claim-picker').waitFor({ state: 'detached' });
  // Picking the claim scrolls to it; the other page's next sample waits until that is over.
  await settledOverlapPoint(page, target);
  return elapsed;
}

async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / (1024 * 1024);
}

const emptyMeasured = (): Measured => ({ shown: {}, tagPaintP90: {}, hitTestP50: Number.NaN, heapMb: Number.NaN, domNodes: Number.NaN });

/** The page of a target, once it shows the whole article; null (and said) if it does not. */
async function shownPage(browser: Browser, target: BenchTarget, log: (line: string) => void): Promise<{ page: Page; close(): Promise<void> } | null> {
  const opened = await openPage(browser, target.url);
  try {
    await target.shown(opened.page);
    return opened;
  } catch (error) {
    log(`${target.label}: first view failed: ${error instanceof Error ? error.message : String(error)}`);
    await opened.close();
    return null;
  }
}

/** Both targets on each library, their samples taken in turn (see interleaved). */
async function measureTargets(
  browser: Browser,
  libraries: readonly BenchLibrary[],
  starts: { app(library: BenchLibrary): Promise<BenchTarget>; ref(library: BenchLibrary): Promise<BenchTarget> },
  log: (line: string) => void,
): Promise<{ app: Measured; ref: Measured }> {
  const app = emptyMeasured();
  const ref = emptyMeasured();
  for (const library of libraries) {
    const count = library.claims.length;
    const targets = [await starts.app(library), await starts.ref(library)];
    const measuredOf = (target: BenchTarget) => (target.label === 'ClaimMark' ? app : ref);
    const label = (target: BenchTarget) => `${target.label}, ${count} claims`;
    const figure = (samples: Map<BenchTarget, number[] | null>, target: BenchTarget, fraction: number) => {
      const taken = samples.get(target);
      return taken === null || taken === undefined ? Number.NaN : percentile(taken, fraction);
    };
    const pages = new Map<BenchTarget, { page: Page; close(): Promise<void> }>();
    try {
      log(`${count} claims: load, both pages in turn`);
      const loads = await interleaved(LOAD_RUNS, targets, (target) => oneLoad(browser, target), 'load', label, log);
      for (const target of targets) measuredOf(target).shown[count] = figure(loads, target, 0.5);
      if (count === 0) continue;
      for (const target of targets) {
        const opened = await shownPage(browser, target, (line) => log(`${label(target)}: ${line}`));
        if (opened !== null) pages.set(target, opened);
      }
      const open = targets.filter((target) => pages.has(target));
      const pageOf = (target: BenchTarget) => {
        const opened = pages.get(target);
        if (opened === undefined) throw new Error('its page is not open');
        return opened.page;
      };
      if (count === 5000) {
        for (const target of open) {
          const measured = measuredOf(target);
          try {
            measured.heapMb = await heapAfterGc(pageOf(target));
            measured.domNodes = await pageOf(target).evaluate(() => document.getElementsByTagName('*').length);
          } catch (error) {
            log(`${label(target)}: heap and DOM size failed: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        log(`${count} claims: hit test, both pages in turn`);
        const hits = await interleaved(INTERACTION_RUNS, open, (target) => oneHitTest(pageOf(target), target), 'hit test', label, log);
        for (const target of open) measuredOf(target).hitTestP50 = figure(hits, target, 0.5);
      }
      const selected: BenchTarget[] = [];
      for (const target of open) {
        try {
          await target.selectClaim(pageOf(target));
          selected.push(target);
        } catch (error) {
          log(`${label(target)}: selecting a claim failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      log(`${count} claims: status change, both pages in turn`);
      const changes = await interleaved(STATUS_CHANGE_RUNS, selected, (target, run) => oneStatusChange(pageOf(target), target, run), 'status change', label, log);
      for (const target of selected) measuredOf(target).tagPaintP90[count] = figure(changes, target, 0.9);
    } finally {
      for (const opened of pages.values()) await opened.close();
      for (const target of targets) await target.stop();
    }
  }
  return { app, ref };
}

function gzipKb(contents: readonly (string | Buffer)[]): number {
  return contents.reduce((total, content) => total + gzipSync(content).length, 0) / 1024;
}

function figures(app: Measured, ref: Measured, appGzipKb: number, refGzipKb: number): Figure[] {
  const divide = (a: number, b: number) => a / b;
  const row = (key: string, claimMark: number, reference: number | null, budget: Figure['budget'], note: string): Figure => ({
    key,
    claimMark,
    reference,
    ratio: reference === null ? null : divide(claimMark, reference),
    budget,
    note,
  });
  const loadRatio = (measured: Measured, count: number) => divide(measured.shown[count] ?? Number.NaN, measured.shown[0] ?? Number.NaN);
  return [
    row('render_1k_ratio', loadRatio(app, 1000), loadRatio(ref, 1000), { of: 'value', max: 1.5 }, 'shown with 1k claims ÷ with 0'),
    row('render_5k_ratio', loadRatio(app, 5000), loadRatio(ref, 5000), { of: 'value', max: 2 }, 'shown with 5k claims ÷ with 0'),
    row('tag_paint_1k_vs_ref', app.tagPaintP90[1000] ?? Number.NaN, ref.tagPaintP90[1000] ?? null, { of: 'ratio', max: 1.3 }, 'p90 ms, status change → paint'),
    row('tag_paint_5k_vs_ref', app.tagPaintP90[5000] ?? Number.NaN, ref.tagPaintP90[5000] ?? null, { of: 'ratio', max: 1.3 }, 'p90 ms, status change → paint'),
    row('hit_test_vs_ref', app.hitTestP50, ref.hitTestP50, { of: 'ratio', max: 1.2 }, 'p50 ms, click overlap → list (5k)'),
    row('heap_5k_mb', app.heapMb, ref.heapMb, { of: 'value', max: 10 }, 'JS heap after GC (MiB)'),
    row('dom_nodes_5k', app.domNodes, ref.domNodes, { of: 'value', max: 25000 }, 'elements in the document'),
    row('boot_paint_ms', app.shown[1000] ?? Number.NaN, ref.shown[1000] ?? null, { of: 'value', max: 400 }, 'load → last article (1k) shown'),
    row('renderer_gzip_kb', appGzipKb, refGzipKb, { of: 'value', max: 120 }, 'gzip of the page scripts'),
  ];
}

function jsonReport(rows: readonly Figure[], app: Measured, ref: Measured, analyst: AnalystMeasured): Record<string, unknown> {
  const round = (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? null : Math.round(value * 100) / 100);
  const raw = (measured: Measured) => ({
    tag_paint_1k_p90_ms: round(measured.tagPaintP90[1000]),
    tag_paint_5k_p90_ms: round(measured.tagPaintP90[5000]),
    hit_test_p50_ms: round(measured.hitTestP50),
    shown_median_ms: Object.fromEntries(CLAIM_COUNTS.map((count) => [count, round(measured.shown[count])])),
  });
  const steps = analystReport(analyst, round);
  return {
    ...Object.fromEntries(rows.map((figure) => [figure.key, round(figure.budget.of === 'ratio' ? figure.ratio : figure.claimMark)])),
    ...raw(app),
    ...steps.raw,
    // The reference's own figures; a *_vs_ref ratio has no reference value of its own.
    reference: {
      ...Object.fromEntries(rows.filter((figure) => figure.budget.of === 'value').map((figure) => [figure.key, round(figure.reference)])),
      ...raw(ref),
      ...steps.reference,
    },
    budgets: Object.fromEntries(rows.map((figure) => [figure.key, figure.budget.max])),
  };
}

/** Runs the bench from the app's root folder; returns the exit code. */
export async function runRendererBench(appRoot: string, args: readonly string[]): Promise<number> {
  const json = args.includes('--json');
  const log = (line: string) => process.stderr.write(`renderer bench: ${line}\n`);
  const webHostScript = join(appRoot, 'out', 'main', 'web-host.js');
  const assets = join(appRoot, 'out', 'renderer', 'assets');
  if (!existsSync(webHostScript) || !existsSync(assets)) {
    log(`the built app is missing (${webHostScript}); run "npx electron-vite build" first.`);
    return 1;
  }
  let executablePath: string;
  try {
    executablePath = findBrowser(defaultBrowserSearch(() => chromium.executablePath())).executablePath;
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const appGzipKb = gzipKb(scripts.map((name) => readFileSync(join(assets, name))));

  const folder = mkdtempSync(join(tmpdir(), 'claimmark-renderer-bench-'));
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: LOAD_TIMEOUT_MS });
  try {
    const article = benchArticle();
    const libraries = CLAIM_COUNTS.map((count) => writeBenchLibrary(folder, article, count));
    log(`article of ${article.text.split(/\s+/).length} words; libraries in ${folder}`);
    const server = await startReferenceServer(libraries);
    try {
      const { app, ref } = await measureTargets(
        browser,
        libraries,
        { app: (library) => claimMarkTarget(webHostScript, library), ref: async (library) => referenceTarget(server.url(library.claims.length), library) },
        log,
      );
      const analyst = await measureAnalystFigures(browser, webHostScript, folder, article, log);
      const rows = [...figures(app, ref, appGzipKb, gzipKb([REFERENCE_PAGE])), ...analystFigures(analyst)];
      const report = jsonReport(rows, app, ref, analyst);
      // npm run bench prints one table and one JSON object for every part; it takes this part's from the file.
      const handOver = figuresOut(args);
      if (handOver !== undefined) writeFileSync(handOver, JSON.stringify({ figures: rows, report, chromium: browser.version() }));
      else process.stdout.write(json ? `${JSON.stringify(report)}\n` : `\nRenderer bench (issue 9 budgets; informational, never fails)\n${table(rows)}\n`);
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return 0;
}
