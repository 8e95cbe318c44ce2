// Edit-distance measures used to compare a stored quote and its context with the current
// text. Lengths and edits count UTF-16 code units, like every offset in the app.

import search from 'approx-string-match';

/**
 * The Levenshtein distance between `a` and `b` when it is at most `limit`, otherwise
 * `limit + 1`. Only the diagonal band of width 2·limit + 1 is computed, so the cost is
 * O(a.length · limit) rather than O(a.length · b.length).
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  const over = Math.max(0, Math.floor(limit)) + 1;
  const band = over - 1;
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > band) return over;
  const width = b.length + 1;
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  for (let j = 0; j < width; j += 1) previous[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    // Cells just outside the band read as "too far", so the recurrence never leaves it.
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    if (to + 1 < width) current[to + 1] = over;
    let rowMin = current[from - 1] ?? over;
    const code = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j += 1) {
      const substitute = (previous[j - 1] ?? over) + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const remove = (previous[j] ?? over) + 1;
      const insert = (current[j - 1] ?? over) + 1;
      const cell = Math.min(substitute, remove, insert, over);
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin >= over) return over;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length] ?? over, over);
}

/**
 * How far `actual` (the text now beside a match) is from holding `expected` (the stored prefix
 * or suffix): the fewest edits that turn `expected` into some substring of `actual`, at most
 * `expected.length`. This is the error count behind Hypothesis' `textMatchScore`.
 */
export function contextErrors(actual: string, expected: string): number {
  if (expected.length === 0 || actual.includes(expected)) return 0;
  if (actual.length === 0) return expected.length;
  const best = search(actual, expected, expected.length)[0];
  return best === undefined ? expected.length : Math.min(best.errors, expected.length);
}
