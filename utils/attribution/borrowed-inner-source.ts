/**
 * "The Writers Guild said the price increase showed that …", "Armitage said the pattern Nwosu
 * described was …": a verb inside a speaker's claim that the taggers gave no source of its own.
 * Left so, its speaker would be looked for in the sentence and found in the outer speaker, putting
 * words in the wrong mouth; its subject is in the claim ("the price increase", "Nwosu"), and what
 * it says is already part of the outer reading's claim. It is dropped.
 */
import { byStart, firstAtOrAfter } from './sorted-offsets';
import type { AttributionSpans } from './types';

/** The readings less those with no source whose cue lies inside a sourced reading's claim. */
export function withoutBorrowedInnerSources(text: string, found: AttributionSpans[]): AttributionSpans[] {
  if (!found.some((f) => f.source === null && f.cue !== null)) return found;
  // the claims of sourced readings, by start, to ask "which claim holds this cue" without a scan per reading
  const claims = found.filter((f) => f.source !== null && f.cue !== null).flatMap((f) => f.content.filter((c) => c.start >= f.cue!.end)).sort(byStart);
  const starts = claims.map((c) => c.start);
  let longest = 0;
  for (const c of claims) longest = Math.max(longest, c.end - c.start);
  return found.filter((f) => {
    const cue = f.cue;
    if (f.source !== null || cue === null) return true;
    for (let k = firstAtOrAfter(starts, cue.start - longest); k < claims.length && starts[k] <= cue.start; k++) {
      if (claims[k].end >= cue.end && claims[k].start < cue.start) return false;
    }
    return true;
  });
}
