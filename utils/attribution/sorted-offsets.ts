/**
 * Lookups in sorted lists of text offsets (cue starts, mostly): the repairs ask "the first cue at
 * or after here" once per reading, so a binary search keeps each whole-text pass linear-logarithmic.
 */

/** Index of the first of the sorted numbers that is at least `at`; the list's length if none is. */
export function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
