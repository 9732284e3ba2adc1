/**
 * "A bipartisan group of secretaries of state wrote to Congress …": the taggers may read only the
 * last noun after "of" as the source ("state"), which then resolves to a place or a body. A source
 * right after "<determiner> … <group or plural noun> of" is the whole phrase.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** A determiner, up to three modifiers, a group's or a plural noun and "of" (maybe a second plural and "of"), right before the source. */
const GROUP_OF_BEFORE = /(?:^|[^\p{L}])((?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:group|coalition|panel|delegation|team|alliance|handful|majority|\p{Ll}{3,}s)\s+of\s+(?:\p{Ll}{3,}s\s+of\s+)?)$/u;

/** One reading whose source is the noun after a group's "of", given the whole phrase. */
function withWholePhrase(text: string, f: AttributionSpans): AttributionSpans {
  const source = f.source;
  if (source === null || source.end - source.start > 30 || !/^\p{Ll}/u.test(text.slice(source.start, source.start + 1))) return f;
  const m = GROUP_OF_BEFORE.exec(text.slice(Math.max(0, source.start - 80), source.start));
  if (m === null) return f;
  const start = source.start - m[1].length;
  // (never over another part of the reading)
  if (f.content.some((c) => c.start < source.start && c.end > start) || (f.cue !== null && f.cue.start < source.start && f.cue.end > start)) return f;
  return { ...f, source: { start, end: source.end } };
}

/** Sources cut to the noun after a group's "of", given the whole phrase ("A bipartisan group of secretaries of state"). */
export function withWholeOfPhrases(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withWholePhrase);
}
