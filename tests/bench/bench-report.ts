// What `npm run bench` prints once its parts have run: the machine, then one table of every
// figure of issue 9's budget table in its order, or with --json one object holding them all.
// A figure no part delivered stays in both, as missing, so the object always has every key.

import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem, type } from 'node:os';
import { table, type BenchPart, type Figure } from './bench-table';

/** Issue 9's budgets, in the order of its table. */
const ISSUE_BUDGETS: ReadonlyArray<[key: string, budget: Figure['budget']]> = [
  ['render_1k_ratio', { of: 'value', max: 1.5 }],
  ['render_5k_ratio', { of: 'value', max: 2 }],
  ['tag_paint_1k_vs_ref', { of: 'ratio', max: 1.3 }],
  ['tag_paint_5k_vs_ref', { of: 'ratio', max: 1.3 }],
  ['hit_test_vs_ref', { of: 'ratio', max: 1.2 }],
  ['heap_5k_mb', { of: 'value', max: 10 }],
  ['dom_nodes_5k', { of: 'value', max: 25_000 }],
  ['reanchor_1k_ms', { of: 'value', max: 150 }],
  ['host_stall_ms', { of: 'value', max: 20 }],
  ['renderer_longest_task_ms', { of: 'value', max: 50 }],
  ['edit_bytes_10k', { of: 'value', max: 64 * 1024 }],
  ['save_edit_p99_ms', { of: 'value', max: 20 }],
  ['burst_100_durable_ms', { of: 'value', max: 1000 }],
  ['save_scaling_ratio', { of: 'ratio', max: 1.5 }],
  ['export_10k_ms', { of: 'value', max: 150 }],
  ['boot_paint_ms', { of: 'value', max: 400 }],
  ['open_15mb_longest_task_ms', { of: 'value', max: 50 }],
  ['switch_15mb_ms', { of: 'value', max: 1000 }],
  ['renderer_gzip_kb', { of: 'value', max: 120 }],
];

export interface PartOutcome {
  name: string;
  /** The file the part wrote its BenchPart to; absent or unreadable when it did not finish. */
  handOver: string;
}

function readPart({ name, handOver }: PartOutcome, log: (line: string) => void): BenchPart | null {
  try {
    return JSON.parse(readFileSync(handOver, 'utf8')) as BenchPart;
  } catch (error) {
    log(`the ${name} bench left no figures (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}

export type Machine = Record<'cpu' | 'os' | 'node' | 'chromium', string> & Record<'cores' | 'ram_gib', number>;

function machine(chromium: string | undefined): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    ram_gib: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: chromium ?? 'not run',
  };
}

const delivered = (parts: readonly BenchPart[]) => new Map(parts.flatMap((part) => part.figures.map((figure) => [figure.key, figure] as const)));

/** Every figure of the issue's table in its order: a part's where one measured it, else one marked as not measured. */
export function combinedFigures(parts: readonly BenchPart[]): Figure[] {
  const byKey = delivered(parts);
  return ISSUE_BUDGETS.map(([key, budget]): Figure =>
    byKey.get(key) ?? { key, claimMark: null, reference: null, ratio: null, budget, note: 'not measured by any part of the bench' },
  );
}

/** The one JSON object: the machine, every key of the issue's table (null where not measured), the parts' other figures, references and budgets. */
export function combinedJson(parts: readonly BenchPart[], system: Machine): Record<string, unknown> {
  const byKey = delivered(parts);
  const report = Object.assign({}, ...parts.map((part) => part.report)) as Record<string, unknown>;
  const keys = Object.fromEntries(ISSUE_BUDGETS.map(([key]) => [key, report[key] ?? null]));
  // What else the parts measured; their references are merged below, the budgets are the issue's.
  const extras = Object.fromEntries(Object.entries(report).filter(([key]) => !(key in keys) && key !== 'reference' && key !== 'budgets'));
  return {
    machine: system,
    ...keys,
    ...extras,
    reference: Object.assign({}, ...parts.map((part) => part.report.reference ?? {})) as Record<string, unknown>,
    budgets: Object.fromEntries(ISSUE_BUDGETS.map(([key, budget]) => [key, budget.max])),
    not_measured: ISSUE_BUDGETS.map(([key]) => key).filter((key) => !byKey.has(key)),
  };
}

/** Merges the parts' figures and prints them; returns whether every part delivered its figures. */
export function printReport(outcomes: readonly PartOutcome[], json: boolean): boolean {
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  const parts = outcomes.map((outcome) => readPart(outcome, log));
  const read = parts.filter((part): part is BenchPart => part !== null);
  const system = machine(read.find((part) => part.chromium !== undefined)?.chromium);
  if (json) {
    process.stdout.write(`${JSON.stringify(combinedJson(read, system))}\n`);
  } else {
    const cores = `${system.cores} core${system.cores === 1 ? '' : 's'}`;
    process.stdout.write(
      [
        '',
        `Machine: ${system.cpu}, ${cores}, ${system.ram_gib} GiB RAM, ${system.os}; Node ${system.node}; Chromium ${system.chromium}`,
        'npm run bench (issue 9 budgets; informational, never fails)',
        table(combinedFigures(read)),
        '',
      ].join('\n'),
    );
  }
  return parts.every((part) => part !== null);
}
