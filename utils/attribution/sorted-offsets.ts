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

/** Whether `inner` lies inside `outer` (ends included): one test for every repair that asks it. */
export const spanInside = (inner: { start: number; end: number }, outer: { start: number; end: number }): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Whether two spans are both present and at the same offsets: one test for every repair that compares a reading's source with another's. */
export const sameSpan = (a: { start: number; end: number } | null, b: { start: number; end: number } | null): boolean =>
  a !== null && b !== null && a.start === b.start && a.end === b.end;

/** Numbers in ascending order: one comparator for every sort of offsets. */
export const byNumber = (a: number, b: number): number => a - b;

/**
 * Spans in text order: one comparator for every sort by start, made once (a comparator written
 * inline is a closure made per call, whose optimised code a full GC throws away).
 */
export const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;

/** Readings in the order of their cues, those without a cue first (as at offset 0). */
export const byCueStartOrZero = (a: { cue: { start: number } | null }, b: { cue: { start: number } | null }): number => (a.cue?.start ?? 0) - (b.cue?.start ?? 0);

/** Spans sorted by start, with the furthest end reached so far at each place. */
export interface ContainmentIndex<T extends { start: number; end: number }> {
  readonly spans: readonly T[];
  readonly furthestEnd: readonly number[];
}

/**
 * Indexes spans for "which of them hold this one", asked once per reading: scanning every span
 * per question made a whole-text pass quadratic in the readings of a long text.
 */
export function containmentIndex<T extends { start: number; end: number }>(spans: readonly T[]): ContainmentIndex<T> {
  const sorted = [...spans].sort(byStart);
  const furthestEnd: number[] = new Array<number>(sorted.length);
  let furthest = -1;
  for (let i = 0; i < sorted.length; i++) furthestEnd[i] = furthest = Math.max(furthest, sorted[i].end);
  return { spans: sorted, furthestEnd };
}

/**
 * Whether any indexed span holds `inner` and passes `test`: walks back from the last span opening
 * at or before it, and stops where no earlier span reaches its end.
 */
export function someHolding<T extends { start: number; end: number }>(
  index: ContainmentIndex<T>, inner: { start: number; end: number }, test: (span: T) => boolean,
): boolean {
  const { spans, furthestEnd } = index;
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= inner.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && furthestEnd[i] >= inner.end; i--) {
    if (spans[i].end >= inner.end && test(spans[i])) return true;
  }
  return false;
}
