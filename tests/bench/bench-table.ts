// The figures of `npm run bench` and the table they are printed as: what ClaimMark measured,
// the reference measured beside it in the same run, and the budget for it.

export interface Figure {
  key: string;
  /** null when the figure could not be taken (JSON has no NaN). */
  claimMark: number | null;
  reference: number | null;
  /** ClaimMark ÷ reference, where both are measured. */
  ratio: number | null;
  budget: { of: 'value' | 'ratio'; max: number };
  note: string;
}

const missing = (value: number | null): value is null => value === null || Number.isNaN(value);

const format = (value: number | null) => (missing(value) ? '—' : value >= 100 ? value.toFixed(0) : value.toFixed(2));

/** The figure its budget speaks of: the value itself, or its ratio to the reference. */
export function budgetedValue(figure: Figure): number | null {
  const value = figure.budget.of === 'value' ? figure.claimMark : figure.ratio;
  return missing(value) ? null : value;
}

function withinBudget(figure: Figure): boolean | null {
  const value = budgetedValue(figure);
  return value === null ? null : value <= figure.budget.max;
}

export function table(rows: readonly Figure[]): string {
  const header = ['figure', 'ClaimMark', 'reference', 'ratio', 'budget', 'within', 'what'];
  const lines = rows.map((figure) => {
    const within = withinBudget(figure);
    return [
      figure.key,
      format(figure.claimMark),
      format(figure.reference),
      format(figure.ratio),
      `${figure.budget.of === 'ratio' ? 'ratio' : 'ClaimMark'} ≤ ${figure.budget.max}`,
      within === null ? '—' : within ? 'yes' : 'NO',
      figure.note,
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)));
  const render = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [render(header), render(widths.map((width) => '-'.repeat(width))), ...lines.map(render)].join('\n');
}

/** What one part of the bench (core, renderer) hands to run-bench.mjs, which prints them together. */
export interface BenchPart {
  figures: Figure[];
  /** The part's JSON object: every key of its figures, and its raw measurements. */
  report: Record<string, unknown>;
  /** The browser the renderer part ran in. */
  chromium?: string;
}

/** The file named after --figures-out, where a part run by run-bench.mjs writes its BenchPart as JSON. */
export function figuresOut(args: readonly string[]): string | undefined {
  const at = args.indexOf('--figures-out');
  return at < 0 ? undefined : args[at + 1];
}
