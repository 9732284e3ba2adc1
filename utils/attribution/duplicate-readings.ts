/**
 * Two readings with the same source and the same cue are one statement read twice (a reading with no
 * source span given its subject's words as one, beside the reading that had them): the reader sees
 * it once, with the longer claim. Run on the finished readings, after their subjects are shown.
 */
import type { AttributionSpans, Span } from './types';

/** A key for a reading's source and cue spans. */
const keyOf = (s: Span | null, c: Span): string => `${s ? `${s.start}:${s.end}` : '-'}/${c.start}:${c.end}`;

/** The characters a reading's claim covers. */
const claimLength = (f: AttributionSpans): number => f.content.reduce((n, c) => n + c.end - c.start, 0);

/** The readings with each source-and-cue pair kept once (the reading with the longest claim, in its place). */
export function withoutDuplicateReadings<T extends AttributionSpans>(found: T[]): T[] {
  const best = new Map<string, T>();
  for (const f of found) {
    if (!f.cue) continue;
    const key = keyOf(f.source, f.cue);
    const kept = best.get(key);
    if (!kept || claimLength(f) > claimLength(kept)) best.set(key, f);
  }
  if (best.size === found.filter((f) => f.cue).length) return found;
  return found.filter((f) => !f.cue || best.get(keyOf(f.source, f.cue)) === f);
}
