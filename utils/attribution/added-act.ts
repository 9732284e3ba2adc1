/**
 * "Benson said the firm had reduced the number of homes and added a new footpath to the village":
 * "added" with a thing as its object ("a new footpath", "three stations") is the claim's own act, no
 * cue of saying, when it is joined by "and" to a claim that ends right before it. The claim runs
 * on over it, and the reading the tagger made of it is dropped.
 */
import type { AttributionSpans } from './types';

/** "added" or "adds", then a determiner or number opening its object. */
const ADDED_THING = /^(?:added|adds)\s+(?:a|an|the|some|two|three|four|five|more|another|new|extra|\d[\d,]*)\s/u;
/** Between the claim's end and the cue: "and" alone. */
const JOINED = /^,?\s+and\s+$/u;

/** The readings with each "and added <a thing>" folded into the claim it continues. */
export function withAddedActsInClaims(text: string, found: AttributionSpans[]): AttributionSpans[] {
  let out: AttributionSpans[] | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    if (!f.cue || f.content.length !== 1 || !ADDED_THING.test(text.slice(f.cue.start, f.cue.end + 12))) continue;
    // the claim the act continues: another reading whose last piece ends on the "and" before this cue
    const k = found.findIndex((g, j) => j !== i && g.cue !== null && g.cue.end <= f.cue!.start && g.content.length > 0 &&
      JOINED.test(text.slice(g.content[g.content.length - 1].end, f.cue!.start)));
    if (k < 0) continue;
    out ??= found.slice();
    const g = out[k], last = g.content[g.content.length - 1];
    out[k] = { ...g, content: [...g.content.slice(0, -1), { start: last.start, end: Math.max(last.end, f.content[0].end) }] };
    out[i] = { ...f, content: [] };
  }
  return out ? out.filter((f) => f.content.length > 0) : found;
}
