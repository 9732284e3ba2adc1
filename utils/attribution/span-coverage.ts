/**
 * Whether a span overlaps any of many spans (readings' claims, their cues and sources), asked for
 * every headline-shaped line of a long page: the spans sorted by start with the furthest end
 * reached so far, so each question is a binary search and the whole stays linear.
 */
import { byStart, firstAtOrAfter } from './sorted-offsets';
import type { Span } from './types';

/** A test of "does any of `spans` overlap this span?". */
export function spanCoverage(spans: readonly Span[]): (s: Span) => boolean {
  const sorted = [...spans].sort(byStart);
  const starts = sorted.map((p) => p.start);
  const reach: number[] = [];
  for (const p of sorted) reach.push(Math.max(p.end, reach[reach.length - 1] ?? 0));
  return (s) => {
    const before = firstAtOrAfter(starts, s.end); // spans starting before this one ends
    return before > 0 && reach[before - 1] > s.start;
  };
}
