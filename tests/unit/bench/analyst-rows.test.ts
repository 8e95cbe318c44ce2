// The analyst-step figures as table rows and JSON keys: medians of the runs, the reference
// beside them, no ratio to a reference without long tasks, and a figure not taken as missing.

import { describe, expect, it } from 'vitest';
import type { AnalystMeasured } from '../../bench/renderer/analyst-figures';
import { analystFigures, analystReport } from '../../bench/renderer/analyst-rows';
import type { Stretch } from '../../bench/renderer/page-clock';

const run = (elapsedMs: number, longestTaskMs: number): Stretch => ({ elapsedMs, longestTaskMs, longTasks: longestTaskMs > 0 ? 1 : 0, longestFrame: null });

const measured: AnalystMeasured = {
  updates: [run(900, 120), run(700, 80), run(800, 100)],
  updateReference: [run(400, 0), run(420, 0), run(380, 0)],
  largeBytes: 15_728_700,
  largeBlocks: 25_546,
  open: run(42_713.4, 1900),
  switches: [run(4000, 300), run(3000, 250)],
  largeReference: [run(5500, 950), run(6000, 900), run(5000, 1000)],
};

const round = (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? null : Math.round(value));

describe('analystFigures', () => {
  const [longestTask, open, switchBack] = analystFigures(measured);

  it('gives the median run’s longest task of the updates, with no ratio to a reference that had none', () => {
    expect(longestTask).toMatchObject({ key: 'renderer_longest_task_ms', claimMark: 100, reference: 0, ratio: null, budget: { of: 'value', max: 50 } });
    expect(longestTask?.note).toContain('p50 of 3');
  });

  it('gives the 15 MB open’s longest task beside the reference page’s, and its total time in the note', () => {
    expect(open).toMatchObject({ key: 'open_15mb_longest_task_ms', claimMark: 1900, reference: 950, ratio: 2, budget: { of: 'value', max: 50 } });
    expect(open?.note).toContain('total 42713 ms');
  });

  it('gives the median switch, counted over the runs taken', () => {
    expect(switchBack).toMatchObject({ key: 'switch_15mb_ms', claimMark: 3000, reference: 5500, budget: { of: 'value', max: 1000 } });
    expect(switchBack?.note).toContain('p50 of 2');
  });

  it('leaves a figure that was not taken missing', () => {
    const [update, opened, switched] = analystFigures({ ...measured, updates: [], open: null, switches: [] });
    expect([update?.claimMark, opened?.claimMark, switched?.claimMark]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    expect([update?.ratio, opened?.ratio, switched?.ratio]).toEqual([null, null, null]);
    expect(opened?.note).toContain('(total —)');
  });
});

describe('analystReport', () => {
  it('keeps the raw figures and the reference’s own', () => {
    const { raw, reference } = analystReport(measured, round);
    expect(raw).toMatchObject({
      renderer_update_drawn_ms: 800,
      renderer_longest_task_worst_ms: 120,
      open_15mb_total_ms: 42713,
      open_15mb_blocks: 25546,
      switch_15mb_samples_ms: [4000, 3000],
      switch_15mb_longest_task_ms: 250,
    });
    expect(raw.switch_15mb_run).toBe('3000 ms, 1 long task, the longest 250 ms; no frame of 50 ms or more');
    expect(reference).toMatchObject({ renderer_longest_task_ms: 0, open_15mb_longest_task_ms: 950, switch_15mb_ms: 5500 });
  });

  it('says null for what was not taken', () => {
    const { raw } = analystReport({ ...measured, updates: [], open: null }, round);
    expect(raw).toMatchObject({ renderer_update_drawn_ms: null, renderer_longest_task_worst_ms: null, open_15mb_total_ms: null, open_15mb_run: null });
  });
});
