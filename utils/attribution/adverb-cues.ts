/**
 * "Some doctors said privately that …": the adverb after a reporting verb is how it was said, not
 * a second cue. A reading whose cue is one -ly word right after another reading's cue, with the
 * same source, is that reading told twice, and is dropped.
 */
import type { AttributionSpans, Span } from './types';

/** One word ending in -ly: "privately", "publicly", "repeatedly". */
const LY_ADVERB = /^\p{L}+ly$/u;

/** Both absent, or the same offsets. */
function sameSpan(a: Span | null, b: Span | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}

/** The readings less those whose cue is an adverb right after another reading's cue (same source). */
export function withoutAdverbCues(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const cueEnds = new Map<number, AttributionSpans>();
  for (const f of found) if (f.cue) cueEnds.set(f.cue.end, f);
  return found.filter((f) => {
    if (!f.cue || !LY_ADVERB.test(text.slice(f.cue.start, f.cue.end))) return true;
    let before = f.cue.start;
    while (before > 0 && text[before - 1] === ' ') before--;
    const verb = before < f.cue.start ? cueEnds.get(before) : undefined;
    if (!verb || verb === f) return true;
    return !sameSpan(verb.source, f.source);
  });
}
