/**
 * "Arkwright is expected to appeal, according to a person close to his family": a passive reading
 * with no source of its own ("is expected") inside another's claim is that source's account, not a
 * second attribution: kept, it would fall back to the last speaker and put the claim in their mouth.
 */
import { byStart, firstAtOrAfter } from './sorted-offsets';
import type { AttributionSpans } from './types';

/** A passive cue with no agent: "is expected", "was believed", "are thought". */
const AGENTLESS_PASSIVE = /^(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?:expected|believed|thought|said|understood|reported|considered|seen|likely)$/u;

/** The readings less the agentless passives whose cue lies inside a sourced reading's claim. */
export function withoutUnsourcedInner(text: string, found: AttributionSpans[]): AttributionSpans[] {
  // the claims of sourced readings, by start, to ask "which claim holds this cue" without a scan per reading
  const claims = found.filter((f) => f.source !== null).flatMap((f) => f.content).sort(byStart);
  const starts = claims.map((c) => c.start);
  let longest = 0;
  for (const c of claims) longest = Math.max(longest, c.end - c.start);
  return found.filter((f) => {
    if (f.source !== null || !f.cue || !AGENTLESS_PASSIVE.test(text.slice(f.cue.start, f.cue.end))) return true;
    const cue = f.cue;
    for (let k = firstAtOrAfter(starts, cue.start - longest); k < claims.length && starts[k] <= cue.start; k++) {
      if (claims[k].end >= cue.end) return false;
    }
    return true;
  });
}
