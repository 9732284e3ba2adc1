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

/** Numbers in ascending order: one comparator for every sort of offsets. */
export const byNumber = (a: number, b: number): number => a - b;

/**
 * Spans in text order: one comparator for every sort by start, made once (a comparator written
 * inline is a closure made per call, whose optimised code a full GC throws away).
 */
export const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;

/** Readings in the order of their cues, those without a cue first (as at offset 0). */
export const byCueStartOrZero = (a: { cue: { start: number } | null }, b: { cue: { start: number } | null }): number => (a.cue?.start ?? 0) - (b.cue?.start ?? 0);
