/**
 * "Opposition health spokeswoman Mia Sorensen said …": the cue tagger may read the title's first
 * word as a cue with no source, whose claim is the rest of the speaker's title and name. A reading
 * with no source whose cue opens another reading's source and whose claim lies inside it is that
 * speaker's title and name, never what anyone said.
 */
import { spanInside } from './sorted-offsets';
import type { AttributionSpans, Span } from './types';


/** The readings without sourceless ones read from the opening of another reading's source. */
export function withoutClaimsInSources(found: AttributionSpans[]): AttributionSpans[] {
  // the sources by where they open: a sourceless reading's cue is checked against those opening with it
  const sourcesAt = new Map<number, Span[]>();
  for (const f of found) if (f.source) (sourcesAt.get(f.source.start) ?? sourcesAt.set(f.source.start, []).get(f.source.start)!).push(f.source);
  if (sourcesAt.size === 0) return found;
  return found.filter((f) => f.source !== null || f.cue === null || f.content.length === 0 ||
    !(sourcesAt.get(f.cue.start) ?? []).some((s) => spanInside(f.cue!, s) && f.content.every((c) => spanInside(c, s))));
}
