/**
 * "The government said it would dock the pay of striking teachers, a move the unions said was
 * illegal": the writer's summing-up of a claim (", a move …") in which another source speaks is
 * not the first speaker's claim.
 */
import { mendEach } from './reading-passes';
import { firstAtOrAfter } from './sorted-offsets';
import type { AttributionSpans } from './types';

/** A comma, an article and a noun the writer sums the claim up with, right before another reading's source (", a move | the unions said was illegal"). */
const SUMMING_NOUN_BEFORE = /,\s+(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:move|step|decision|plan|proposal|claim|charge|idea|policy|measure|threat|tactic|change)\s+$/u;

/**
 * "The government said it would dock the pay of striking teachers, a move the unions said was
 * illegal": a claim ends before the writer's summing-up of it when another reading's source
 * stands in that summing-up; the other's words are not the first speaker's.
 */
export function withoutSummingUpInClaims(text: string, found: AttributionSpans[]): AttributionSpans[] {
  // the readings with a source, by where it starts: each claim searches only the sources inside it
  const sourced = found.filter((g) => g.source !== null && g.cue !== null).sort((x, y) => x.source!.start - y.source!.start);
  const starts = sourced.map((g) => g.source!.start);
  return mendEach(text, found, (t, f) => {
    const last = f.content[f.content.length - 1];
    if (!f.cue || !last || last.start < f.cue.end) return f;
    for (let k = firstAtOrAfter(starts, last.start + 1); k < sourced.length && starts[k] < last.end; k++) {
      const g = sourced[k];
      if (g === f || !g.source || !g.cue || g.source.start <= last.start || g.cue.end > last.end) continue;
      const lead = SUMMING_NOUN_BEFORE.exec(t.slice(Math.max(last.start, g.source.start - 40), g.source.start));
      if (!lead) continue;
      const cut = g.source.start - lead[0].length;
      return { ...f, content: [...f.content.slice(0, -1), { start: last.start, end: cut }] };
    }
    return f;
  });
}
