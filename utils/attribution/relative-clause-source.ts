/**
 * "A senior doctor, who did not want to be identified for fear of losing her job, said …": a
 * relative clause between a source and its cue describes the source; the role tagger sometimes
 * reads it as the first piece of the claim. It goes back into the source.
 */
import type { AttributionSpans } from './types';

const RELATIVE_OPENING = /^(?:who|whom|whose)\b/iu;
const ONLY_COMMA = /^[\s,]*$/u;

/** Readings whose claim began with a relative clause on the source, that clause moved into the source. */
export function withRelativeClauseInSource(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const out = new Array<AttributionSpans>(found.length);
  for (let i = 0; i < found.length; i++) out[i] = readingWithRelativeClauseInSource(text, found[i]);
  return out;
}

/** `withRelativeClauseInSource` for one reading: a module-level function, not a closure made per text, so its optimised code outlives a full GC. */
function readingWithRelativeClauseInSource(text: string, f: AttributionSpans): AttributionSpans {
  const [first, ...rest] = f.content;
  if (!f.source || !f.cue || rest.length === 0 || first.end > f.cue.start || first.start < f.source.end) return f;
  if (!ONLY_COMMA.test(text.slice(f.source.end, first.start)) || !RELATIVE_OPENING.test(text.slice(first.start, first.end))) return f;
  return { ...f, source: { start: f.source.start, end: first.end }, content: rest };
}
