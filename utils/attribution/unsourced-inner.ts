/**
 * "Arkwright is expected to appeal, according to a person close to his family": a passive reading
 * with no source of its own ("is expected") inside another's claim is that source's account, not a
 * second attribution: kept, it would fall back to the last speaker and put the claim in their mouth.
 */
import { byStart, firstAtOrAfter } from './sorted-offsets';
import type { AttributionSpans } from './types';

/** A passive cue with no agent: "is expected", "was believed", "are thought". */
const AGENTLESS_PASSIVE = /^(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?:expected|believed|thought|said|understood|reported|considered|seen|likely)$/u;

/** A participle and its agent after a noun ("the funding announced by the department"): the agent is no claim. */
const REDUCED_RELATIVE = /^\p{Ll}+(?:ed|en|wn)$/u;
const BY_THEN_CLAIM = /^\s+by\s+$/u;

/**
 * A reading with no source of its own that stands for no second attribution: an agentless passive,
 * or a reduced relative whose agent was read as the claim ("funding announced by | the department was not enough").
 */
function isInnerPassive(text: string, f: AttributionSpans): boolean {
  if (f.source !== null || !f.cue) return false;
  const cue = text.slice(f.cue.start, f.cue.end);
  if (AGENTLESS_PASSIVE.test(cue)) return true;
  const claim = f.content[0];
  return REDUCED_RELATIVE.test(cue) && claim !== undefined && claim.start > f.cue.end && BY_THEN_CLAIM.test(text.slice(f.cue.end, claim.start));
}

/** The readings less the agentless passives (and agents read as claims) whose cue lies inside a sourced reading's claim. */
export function withoutUnsourcedInner(text: string, found: AttributionSpans[]): AttributionSpans[] {
  // the claims of sourced readings, by start, to ask "which claim holds this cue" without a scan per reading
  const claims = found.filter((f) => f.source !== null).flatMap((f) => f.content).sort(byStart);
  const starts = claims.map((c) => c.start);
  let longest = 0;
  for (const c of claims) longest = Math.max(longest, c.end - c.start);
  return found.filter((f) => {
    if (!isInnerPassive(text, f)) return true;
    const cue = f.cue!;
    for (let k = firstAtOrAfter(starts, cue.start - longest); k < claims.length && starts[k] <= cue.start; k++) {
      if (claims[k].end >= cue.end) return false;
    }
    return true;
  });
}
