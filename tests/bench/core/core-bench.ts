// The core bench of issue 9 ("fast at any size"): saves, export, re-anchoring and import measured in
// Node against the real host (openHost, the service, the library store) in temp folders,
// each beside a reference taken in the same run. Like the renderer bench it never fails on
// a budget; it exits 1 only when a figure could not be taken.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openHost, type OpenedHost } from '../../../host/open-host';
import { figuresOut, table, type BenchPart, type Figure } from '../bench-table';
import { percentile } from '../renderer/paint-probe';
import { articleWithClaims, benchArticle, libraryOf } from './core-library';
import { measureExport } from './export-figure';
import { measureImport, type ImportMeasurements } from './import-figure';
import { measureReanchor, type ReanchorMeasurements } from './reanchor-figure';
import { editTarget, measureSaves, measureScaling, type SaveMeasurements } from './save-figures';

const MANY_CLAIMS = 10_000;
const REANCHOR_CLAIMS = 1000;

interface CoreMeasurements {
  saves: SaveMeasurements | null;
  export: Awaited<ReturnType<typeof measureExport>> | null;
  scaling: Awaited<ReturnType<typeof measureScaling>> | null;
  reanchor: ReanchorMeasurements | null;
  import: ImportMeasurements | null;
}

function figures(measured: CoreMeasurements): Figure[] {
  const row = (key: string, claimMark: number | undefined, reference: number | undefined, budget: Figure['budget'], note: string): Figure => ({
    key,
    claimMark: claimMark ?? null,
    reference: reference ?? null,
    ratio: claimMark === undefined || reference === undefined ? null : claimMark / reference,
    budget,
    note,
  });
  const { saves, scaling, reanchor } = measured;
  // Where the kernel does not count the bytes handed to write(), the files' growth stands in.
  const bytes = (what: SaveMeasurements['edit'] | undefined) => (what === undefined ? undefined : (what.written ?? what.growth));
  const syncedSum = saves?.syncedWriteMs.reduce((total, ms) => total + ms, 0);
  return [
    row('reanchor_1k_ms', reanchor?.updateMs, reanchor?.reanchorOnlyMs, { of: 'value', max: 150 }, 'update 1k claims: load, re-anchor, save (p50); ref: re-anchor alone'),
    row('host_stall_ms', reanchor?.stallMs, reanchor?.idleStallMs, { of: 'value', max: 20 }, 'longest wait of a call every 2 ms meanwhile; ref: same, host idle'),
    row('edit_bytes_10k', bytes(saves?.edit), bytes(saves?.fold), { of: 'value', max: 64 * 1024 }, 'bytes written by one edit, 10k claims; ref: the idle fold into the file'),
    row('save_edit_p99_ms', saves === null ? undefined : percentile(saves.backToBackMs, 0.99), saves === null ? undefined : percentile(saves.syncedWriteMs, 0.99), { of: 'value', max: 20 }, '100 edits back to back (p99); ref: 1 KB write + fsync (p99)'),
    row('burst_100_durable_ms', saves === null ? undefined : percentile(saves.burstMs, 0.5), syncedSum, { of: 'value', max: 1000 }, '100 edits at once until all on disk (p50); ref: 100 × 1 KB write + fsync'),
    row('save_scaling_ratio', scaling?.largeMs, scaling?.smallMs, { of: 'ratio', max: 1.5 }, 'one edit (p50): library of 100 ÷ of 10 articles'),
    row('export_10k_ms', measured.export?.exportMs, measured.export?.referenceMs, { of: 'value', max: 150 }, 'native JSON, 10k claims, file written (p50); ref: JSON.stringify + writeFile'),
    row('import_50k_ms', measured.import?.importMs, measured.import?.parseMs, { of: 'value', max: 5000 }, 'W3C file of 50k claims (20 MB) imported (p50); ref: JSON.parse of the file'),
  ];
}

function jsonReport(rows: readonly Figure[], measured: CoreMeasurements): Record<string, unknown> {
  const round = (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? null : Math.round(value * 100) / 100);
  const { saves } = measured;
  return {
    ...Object.fromEntries(rows.map((figure) => [figure.key, round(figure.budget.of === 'ratio' ? figure.ratio : figure.claimMark)])),
    edit_growth_bytes_10k: round(saves?.edit.growth),
    save_edit_p50_ms: round(saves === null ? null : percentile(saves.backToBackMs, 0.5)),
    burst_100_worst_ms: round(saves === null ? null : Math.max(...saves.burstMs)),
    host_stall_worst_ms: round(measured.reanchor?.worstStallMs),
    reanchor_1k_cold_ms: round(measured.reanchor?.coldUpdateMs),
    export_10k_bytes: round(measured.export?.bytes),
    import_50k_host_stall_ms: round(measured.import?.stallMs),
    save_edit_library_10_p50_ms: round(measured.scaling?.smallMs),
    save_edit_library_100_p50_ms: round(measured.scaling?.largeMs),
    // The reference's own figures; a ratio's reference is one of the two figures above.
    reference: Object.fromEntries(rows.filter((figure) => figure.budget.of === 'value').map((figure) => [figure.key, round(figure.reference)])),
    budgets: Object.fromEntries(rows.map((figure) => [figure.key, figure.budget.max])),
  };
}

/** Runs the bench from the app's root folder; returns the exit code. */
export async function runCoreBench(appRoot: string, args: readonly string[]): Promise<number> {
  const log = (line: string) => process.stderr.write(`core bench: ${line}\n`);
  const folder = mkdtempSync(join(tmpdir(), 'claimmark-core-bench-'));
  const open = (dataDir: string): Promise<OpenedHost> =>
    openHost({
      dataDir,
      sampleArticlePath: join(appRoot, 'data', 'putin-open-to-negotiations-with-ukraine.txt'),
      recoveryFolders: [join(folder, 'recovery')],
      onLockLost: (error) => log(`the lock on ${dataDir} was lost: ${error.message}`),
      onUnreadableFile: (path, error) => log(`${path} could not be read: ${error.message}`),
    });
  const measured: CoreMeasurements = { saves: null, export: null, scaling: null, reanchor: null, import: null };
  let failed = false;
  // A figure that cannot be taken is reported as missing ("—"), and the others still are.
  const attempt = async <T>(what: string, measure: () => Promise<T>): Promise<T | null> => {
    try {
      return await measure();
    } catch (error) {
      failed = true;
      log(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return null;
    }
  };
  try {
    // The import figure alone, for work on imports: the other figures are left out ("—").
    if (args.includes('--import-only')) {
      measured.import = await attempt('import', () => measureImport(folder, open, log));
      return report(measured, args, failed);
    }
    const article = benchArticle();
    // The re-anchoring figures alone, for work on updates.
    if (args.includes('--reanchor-only')) {
      measured.reanchor = await attempt('re-anchoring', () => measureReanchor(articleWithClaims(folder, article, REANCHOR_CLAIMS), open, log));
      return report(measured, args, failed);
    }
    log(`article of ${article.text.split(/\s+/).length} words; libraries in ${folder}`);
    const many = articleWithClaims(folder, article, MANY_CLAIMS);
    await attempt('saves and export, 10,000 claims', async () => {
      const host = await open(many.dataDir);
      try {
        const target = await editTarget(host.service);
        measured.saves = await attempt('saves', () => measureSaves(host, target, log));
        measured.export = await attempt('export', () => measureExport(host.service, folder, log));
      } finally {
        await host.close();
      }
    });
    measured.scaling = await attempt('library size', async () => {
      const small = await open(await libraryOf(folder, article, 10));
      const large = await open(await libraryOf(folder, article, 100));
      try {
        return await measureScaling(await editTarget(small.service), await editTarget(large.service), log);
      } finally {
        await Promise.all([small.close(), large.close()]);
      }
    });
    measured.reanchor = await attempt('re-anchoring', () => measureReanchor(articleWithClaims(folder, article, REANCHOR_CLAIMS), open, log));
    measured.import = await attempt('import', () => measureImport(folder, open, log));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return report(measured, args, failed);
}

/** Prints or hands over the figures; returns the exit code. */
function report(measured: CoreMeasurements, args: readonly string[], failed: boolean): number {
  const rows = figures(measured);
  const part: BenchPart = { figures: rows, report: jsonReport(rows, measured) };
  const handOver = figuresOut(args);
  if (handOver !== undefined) writeFileSync(handOver, JSON.stringify(part));
  else process.stdout.write(args.includes('--json') ? `${JSON.stringify(part.report)}\n` : `\nCore bench (issue 9 budgets; informational, never fails)\n${table(rows)}\n`);
  return failed ? 1 : 0;
}
