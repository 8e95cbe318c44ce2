// How `npm run bench` joins its parts: every key of issue 9's budget table in the table and
// in the one JSON object, missing ones marked as such, and the parts' other figures kept.

import { describe, expect, it } from 'vitest';
import { combinedFigures, combinedJson, type Machine } from '../../bench/bench-report';
import { table, type BenchPart, type Figure } from '../../bench/bench-table';

const exportFigure: Figure = {
  key: 'export_10k_ms',
  claimMark: 120,
  reference: 80,
  ratio: 1.5,
  budget: { of: 'value', max: 150 },
  note: 'native JSON',
};
const hitTest: Figure = { key: 'hit_test_vs_ref', claimMark: 30, reference: 20, ratio: 1.5, budget: { of: 'ratio', max: 1.2 }, note: 'p50 ms' };

const core: BenchPart = {
  figures: [exportFigure],
  report: { export_10k_ms: 120, export_10k_bytes: 5000, reference: { export_10k_ms: 80 }, budgets: { export_10k_ms: 150 } },
};
const renderer: BenchPart = {
  figures: [hitTest],
  report: { hit_test_vs_ref: 1.5, hit_test_p50_ms: 30, reference: { hit_test_p50_ms: 20 }, budgets: { hit_test_vs_ref: 1.2 } },
  chromium: '140.0.1',
};
const machine: Machine = { cpu: 'Test CPU', cores: 2, ram_gib: 8, os: 'Linux 6', node: 'v20.19.0', chromium: '140.0.1' };

describe('combinedFigures', () => {
  const rows = combinedFigures([core, renderer]);

  it('gives every figure of the issue, in the order of its table', () => {
    expect(rows).toHaveLength(19);
    expect(rows[0]?.key).toBe('render_1k_ratio');
    expect(rows[4]).toEqual(hitTest);
    expect(rows[14]).toEqual(exportFigure);
    expect(rows[18]?.key).toBe('renderer_gzip_kb');
  });

  it('marks a figure no part measured, with the issue’s budget for it', () => {
    expect(rows[17]).toEqual({
      key: 'switch_15mb_ms',
      claimMark: null,
      reference: null,
      ratio: null,
      budget: { of: 'value', max: 1000 },
      note: 'not measured by any part of the bench',
    });
  });
});

describe('combinedJson', () => {
  const json = combinedJson([core, renderer], machine);

  it('holds every key of the issue, null where no part measured it', () => {
    expect(json.export_10k_ms).toBe(120);
    expect(json.hit_test_vs_ref).toBe(1.5);
    expect(json.boot_paint_ms).toBeNull();
    expect(Object.keys(json)).toContain('renderer_longest_task_ms');
    expect(json.not_measured).toHaveLength(17);
    expect(json.not_measured).not.toContain('export_10k_ms');
  });

  it('keeps the parts’ other figures, merges their references and names the machine', () => {
    expect(json.export_10k_bytes).toBe(5000);
    expect(json.hit_test_p50_ms).toBe(30);
    expect(json.reference).toEqual({ export_10k_ms: 80, hit_test_p50_ms: 20 });
    expect(json.machine).toEqual(machine);
  });

  it('gives the issue’s budget of every key', () => {
    const budgets = json.budgets as Record<string, number>;
    expect(Object.keys(budgets)).toHaveLength(19);
    expect(budgets.edit_bytes_10k).toBe(65536);
    expect(budgets.save_scaling_ratio).toBe(1.5);
  });
});

describe('table', () => {
  it('says whether each figure is within its budget, and "—" for one not taken', () => {
    const missing: Figure = { ...exportFigure, key: 'boot_paint_ms', claimMark: null, reference: null, ratio: null, note: 'not measured' };
    expect(table([exportFigure, hitTest, missing]).split('\n')).toEqual([
      'figure           ClaimMark  reference  ratio  budget           within  what',
      '---------------  ---------  ---------  -----  ---------------  ------  ------------',
      'export_10k_ms    120        80.00      1.50   ClaimMark ≤ 150  yes     native JSON',
      'hit_test_vs_ref  30.00      20.00      1.50   ratio ≤ 1.2      NO      p50 ms',
      'boot_paint_ms    —          —          —      ClaimMark ≤ 150  —       not measured',
    ]);
  });
});
