// The analyst-step figures (analyst-figures.ts) as rows of the bench's table and keys of its
// JSON object, with the long animation frame behind each longest task for whoever reads why.

import type { Figure } from '../bench-table';
import type { AnalystMeasured } from './analyst-figures';
import { describeStretch, type Stretch } from './page-clock';
import { percentile } from './paint-probe';

const median = (stretches: readonly Stretch[], figure: (stretch: Stretch) => number) => percentile(stretches.map(figure), 0.5);
const longestTask = (stretch: Stretch) => stretch.longestTaskMs;
const elapsed = (stretch: Stretch) => stretch.elapsedMs;

/** The run whose longest task is the median one, to show what it was. */
const medianRun = (stretches: readonly Stretch[]): Stretch | undefined =>
  [...stretches].sort((a, b) => a.longestTaskMs - b.longestTaskMs)[Math.ceil(stretches.length / 2) - 1];

function row(key: string, claimMark: number, reference: number, max: number, note: string): Figure {
  // A longest task of 0 means none reached 50 ms: nothing to divide by.
  const ratio = Number.isNaN(claimMark) || Number.isNaN(reference) || reference === 0 ? null : claimMark / reference;
  return { key, claimMark, reference, ratio, budget: { of: 'value', max }, note };
}

export function analystFigures(measured: AnalystMeasured): Figure[] {
  const { updates, updateReference, open, switches, largeReference } = measured;
  const total = open === null ? '—' : `${Math.round(open.elapsedMs)} ms`;
  return [
    row(
      'renderer_longest_task_ms',
      median(updates, longestTask),
      median(updateReference, longestTask),
      50,
      `longest task, a frame's render counted (0: none ≥ 50 ms), "Update and re-anchor" → 1k claims drawn (p50 of ${updates.length}); ref: ref page loading 1k`,
    ),
    row('open_15mb_longest_task_ms', open?.longestTaskMs ?? Number.NaN, median(largeReference, longestTask), 50, `longest task, 15 MB .txt chosen → last block drawn (total ${total}); ref: ref page loading it`),
    row('switch_15mb_ms', median(switches, elapsed), median(largeReference, elapsed), 1000, `Library click → last block drawn (p50 of ${switches.length}); ref: ref page loading it`),
  ];
}

/** The raw figures behind the rows, and the reference's, for the JSON object. */
export function analystReport(measured: AnalystMeasured, round: (value: number | null | undefined) => number | null): Record<'raw' | 'reference', Record<string, unknown>> {
  const { updates, updateReference, open, switches, largeReference } = measured;
  return {
    raw: {
      renderer_update_drawn_ms: round(median(updates, elapsed)),
      renderer_longest_task_worst_ms: round(updates.length === 0 ? null : Math.max(...updates.map(longestTask))),
      renderer_longest_task_run: describeStretch(medianRun(updates)),
      open_15mb_total_ms: round(open?.elapsedMs),
      open_15mb_run: describeStretch(open),
      open_15mb_bytes: measured.largeBytes,
      open_15mb_blocks: measured.largeBlocks,
      switch_15mb_samples_ms: switches.map((run) => round(run.elapsedMs)),
      switch_15mb_longest_task_ms: round(median(switches, longestTask)),
      switch_15mb_run: describeStretch(medianRun(switches)),
    },
    reference: {
      renderer_longest_task_ms: round(median(updateReference, longestTask)),
      renderer_longest_task_run: describeStretch(medianRun(updateReference)),
      open_15mb_longest_task_ms: round(median(largeReference, longestTask)),
      switch_15mb_ms: round(median(largeReference, elapsed)),
      load_15mb_run: describeStretch(medianRun(largeReference)),
    },
  };
}
