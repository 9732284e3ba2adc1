/**
 * Whether a span overlaps any reading's claim, asked many times over one text (every question or
 * headline of a long page): claim pieces sorted by start with the furthest end reached so far, so
 * each question is a binary search and the whole stays linear.
 */
import { firstAtOrAfter } from './sorted-offsets';
import type { AttributionSpans, Span } from './types';

/** A test of "does any reading already hold this span as claim?" over `found`. */
export function claimCoverage(found: readonly AttributionSpans[]): (s: Span) => boolean {
  const pieces = found.flatMap((f) => f.content).sort((a, b) => a.start - b.start);
  const starts = pieces.map((p) => p.start);
  const reach: number[] = [];
  for (const p of pieces) reach.push(Math.max(p.end, reach[reach.length - 1] ?? 0));
  return (s) => {
    const before = firstAtOrAfter(starts, s.end); // pieces starting before the span ends
    return before > 0 && reach[before - 1] > s.start;
  };
}
