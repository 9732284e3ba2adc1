/**
 * "Two diplomats said Karsovan negotiators had rejected the plan": the nested reading ("had
 * rejected") lies in the outer one's claim, so its source starts after the outer cue, never with
 * the outer speaker and their verb ("Two diplomats said Karsovan negotiators").
 */
import { byCueStartOrZero, firstAtOrAfter } from './sorted-offsets';
import type { AttributionSpans, Span } from './types';

/** What may sit between the outer cue and the nested source: space and a "that". */
const AFTER_OUTER_CUE = /^\s*(?:that\s+)?/u;

/** How a noun phrase starts: a capital, a number, or a determiner. */
const NOUN_PHRASE_START = /^(?:\p{Lu}|\d|(?:the|a|an|his|her|their|its|our|some|many|several|most|all|both|two|three|four|five)\s)/u;

/** The readings with every source that runs over an outer reading's cue into its claim cut after that cue. */
export function withNestedSourcesCut(text: string, found: AttributionSpans[]): AttributionSpans[] {
  // the readings with a cue, by cue start: each source asks only about the cues inside it (linear-logarithmic)
  const byCue: AttributionSpans[] = [];
  for (const o of found) if (o.cue !== null) byCue.push(o);
  byCue.sort(byCueStartOrZero);
  const starts = byCue.map(cueStartOf);
  const out: AttributionSpans[] = new Array<AttributionSpans>(found.length);
  for (let i = 0; i < found.length; i++) out[i] = sourceCutAfterOuterCue(text, found[i], byCue, starts);
  return out;
}

const cueStartOf = (o: AttributionSpans): number => o.cue!.start;

/** One reading with its source cut after an outer reading's cue inside it (module level: its code outlives a full GC). */
function sourceCutAfterOuterCue(text: string, f: AttributionSpans, byCue: AttributionSpans[], starts: number[]): AttributionSpans {
  const { source, cue } = f;
  if (!source || !cue) return f;
  // an outer reading whose cue sits inside this source, and whose claim holds this reading's cue
  let outer: AttributionSpans | undefined;
  for (let k = firstAtOrAfter(starts, source.start + 1); k < byCue.length && starts[k] < source.end && !outer; k++) {
    const o = byCue[k];
    if (o !== f && o.cue!.end < source.end && holds(o.content, cue)) outer = o;
  }
  if (!outer) return f;
  const start = outer.cue!.end + AFTER_OUTER_CUE.exec(text.slice(outer.cue!.end, source.end))![0].length;
  // only where a noun phrase starts there ("Karsovan negotiators", "the bank"); else the reading is left as it was
  return NOUN_PHRASE_START.test(text.slice(start, source.end)) ? { ...f, source: { start, end: source.end } } : f;
}

/** Whether one of the claim pieces holds the span. */
function holds(content: readonly Span[], span: Span): boolean {
  for (const c of content) if (c.start <= span.start && span.end <= c.end) return true;
  return false;
}
