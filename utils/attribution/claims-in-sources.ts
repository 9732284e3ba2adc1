/**
 * "Opposition health spokeswoman Mia Sorensen said …": the cue tagger may read the title's first
 * word as a cue with no source, whose claim is the rest of the speaker's title and name. A reading
 * with no source whose cue opens another reading's source and whose claim lies inside it is that
 * speaker's title and name, never what anyone said.
 */
import type { AttributionSpans, Span } from './types';

/** `inner` lies inside `outer`. */
const inside = (inner: Span, outer: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** The readings without sourceless ones read from the opening of another reading's source. */
export function withoutClaimsInSources(found: AttributionSpans[]): AttributionSpans[] {
  const sources = found.flatMap((f) => (f.source ? [f.source] : []));
  if (sources.length === 0) return found;
  return found.filter((f) => f.source !== null || f.cue === null || f.content.length === 0 ||
    !sources.some((s) => f.cue!.start === s.start && inside(f.cue!, s) && f.content.every((c) => inside(c, s))));
}
