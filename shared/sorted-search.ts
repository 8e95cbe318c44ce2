// The one binary search the app needs: in a list sorted so that a test holds for a leading
// run of its items and fails for the rest, where that run ends.

/** How many of the first `length` items `before(index)` holds for; it must hold for a leading run only. */
export function countBefore(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
