/**
 * "said in a post on |LinkedIn that the company …|": the taggers' cue ran into the adjunct of where
 * something was said and left the adjunct's object at the head of the claim. The claim is the
 * "that" clause after it; the adjunct's object belongs to neither.
 */
import type { AttributionSpans } from './types';
import { mendEach } from './reading-passes';

/** A verb of saying, then where it was said, ending on a preposition ("said in a post on", "wrote in an op-ed for"). */
const CUE_ENDS_IN_PREPOSITION = /^(?:said|says|wrote|writes|posted|posts|added|adds|stated|states|argued|argues|claimed|claims|announced|announces)\s+(?:in|on)\s+(?:a|an|the|his|her|their|its)\s+[\p{L}-]+\s+(?:on|in|at|for|to)$/iu;
/** A short noun phrase (at most six words, no comma or clause's end) and then "that". */
const OBJECT_THEN_THAT = /^[^,.;:!?"“”\n]{1,60}?\s(?=that\s)/u;

/** The readings with such a claim started at its "that". */
export function withClaimAfterCueAdjunct(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, claimAfterCueAdjunct);
}

/** One reading so mended (a step for reading-passes.ts). */
function claimAfterCueAdjunct(text: string, f: AttributionSpans): AttributionSpans {
  if (!f.cue || f.content.length === 0 || !CUE_ENDS_IN_PREPOSITION.test(text.slice(f.cue.start, f.cue.end))) return f;
  const first = f.content[0];
  if (first.start < f.cue.end || text.slice(f.cue.end, first.start).trim() !== '') return f;
  const m = OBJECT_THEN_THAT.exec(text.slice(first.start, first.end));
  if (m === null || m[0].split(/\s+/u).length > 7) return f;
  return { ...f, content: [{ start: first.start + m[0].length, end: first.end }, ...f.content.slice(1)] };
}
