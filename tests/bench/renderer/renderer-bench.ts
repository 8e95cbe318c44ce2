// The renderer bench of issue 9 ("fast at any size"): ClaimMark's browser host and a bare
// CSS-Custom-Highlight reference page, on the same generated article with 0, 1,000 and 5,000
// claims, in headless Chromium, then an analyst's longer steps (analyst-figures.ts). It prints
// the figures against the budgets and never fails on a budget: the budgets are where
// the renderer has to get to, not a gate.

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
// Each figure is a median or p90 of this many samples, after one that is not counted. A
// p90 of a status change (which waits for the next frame, so spreads over one frame's time)
// needs more samples than a median to keep from moving with one slow frame.
const LOAD_RUNS = 9;
const INTERACTION_RUNS = 11;
const STATUS_CHANGE_RUNS = 31;
const STATUS_CYCLE = ['verified', 'false'] as const;

interface Measured {
  /** Median ms from navigation to shown, by claim count. */
  shown: Record<number, number>;
  tagPaintP90: Record<number, number>;
  hitTestP50: number;
  heapMb: number;
  domNodes: number;
}

/** Median load-to-shown time over fresh browser contexts, after one run that is not counted. */
async function measureShown(browser: Browser, target: BenchTarget): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run <= LOAD_RUNS; run += 1) {
    const { page, close } = await openPage(browser, target.url);
    const shownAt = await target.shown(page);
    await close();
    if (run > 0) samples.push(shownAt);
  }
  return percentile(samples, 0.5);
}

async function measureTagPaint(page: Page, target: BenchTarget): Promise<number> {
  await target.selectClaim(page);
  const samples: number[] = [];
  for (let run = 0; run <= STATUS_CHANGE_RUNS; run += 1) {
    const status = STATUS_CYCLE[run % STATUS_CYCLE.length] ?? 'verified';
    await armPaintProbe(page, 'change', target.cardShows(status));
    await page.locator(target.statusSelect).selectOption(status, { timeout: PROBE_TIMEOUT_MS });
    const elapsed = await paintProbeResult(page);
    if (run > 0) samples.push(elapsed);
  }
  return percentile(samples, 0.9);
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

async function measureHitTest(page: Page, target: BenchTarget): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run <= INTERACTION_RUNS; run += 1) {
    const point = await settledOverlapPoint(page, target);
    await armPaintProbe(page, 'click', '.claim-picker-title');
    await page.mouse.click(point.x, point.y);
    const elapsed = await paintProbeResult(page);
    if (run > 0) samples.push(elapsed);
    // Picking a claim closes the list, ready for the next click.
    await page.locator('.claim-picker [role="menuitem"]').first().click();
    await page.locator('.claim-picker').waitFor({ state: 'detached' });
  }
  return percentile(samples, 0.5);
}

async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / (1024 * 1024);
}

async function measureTarget(
  browser: Browser,
  libraries: readonly BenchLibrary[],
  start: (library: BenchLibrary) => Promise<BenchTarget>,
  log: (line: string) => void,
): Promise<Measured> {
  const measured: Measured = { shown: {}, tagPaintP90: {}, hitTestP50: Number.NaN, heapMb: Number.NaN, domNodes: Number.NaN };
  for (const library of libraries) {
    const count = library.claims.length;
    const target = await start(library);
    // A figure that cannot be taken is reported as missing ("—"), and the others still are.
    const attempt = async (what: string, measure: () => Promise<number>): Promise<number> => {
      log(`${target.label}, ${count} claims: ${what}`);
      try {
        return await measure();
      } catch (error) {
        log(`${target.label}, ${count} claims: ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
        return Number.NaN;
      }
    };
    try {
      measured.shown[count] = await attempt('load', () => measureShown(browser, target));
      if (count === 0) continue;
      const { page, close } = await openPage(browser, target.url);
      try {
        const shown = await attempt('first view', () => target.shown(page));
        if (Number.isNaN(shown)) continue;
        if (count === 5000) {
          measured.heapMb = await attempt('heap', () => heapAfterGc(page));
          measured.domNodes = await attempt('DOM size', () => page.evaluate(() => document.getElementsByTagName('*').length));
          measured.hitTestP50 = await attempt('hit test', () => measureHitTest(page, target));
        }
        measured.tagPaintP90[count] = await attempt('status change', () => measureTagPaint(page, target));
      } finally {
        await close();
      }
    } finally {
      await target.stop();
    }
  }
  return measured;
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
      const app = await measureTarget(browser, libraries, (library) => claimMarkTarget(webHostScript, library), log);
      const ref = await measureTarget(browser, libraries, async (library) => referenceTarget(server.url(library.claims.length), library), log);
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
