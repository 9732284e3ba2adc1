/**
 * "A bipartisan group of secretaries of state wrote to Congress …", "A person familiar with talks
 * between the FCA and the Treasury said …": the taggers may read only the last noun phrase as the
 * source ("state", "the FCA and the Treasury"), which then resolves to a place or a body. A source
 * right after "<determiner> … <group or plural noun> of", or after an unnamed source's "familiar
 * with …", is the whole phrase.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** A determiner, up to three modifiers, a group's or a plural noun and "of" (maybe a second plural and "of"), right before the source. */
const GROUP_OF_BEFORE = /(?:^|[^\p{L}])((?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:group|coalition|panel|delegation|team|alliance|handful|majority|\p{Ll}{3,}s)\s+of\s+(?:\p{Ll}{3,}s\s+of\s+)?)$/u;

/** An unnamed source and what it knows, right before the source read ("A person familiar with talks between | the FCA …"). */
const FAMILIAR_BEFORE = /(?:^|[^\p{L}])((?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:person|people|sources?|officials?|executives?|diplomats?|aides?|insiders?)\s+(?:familiar\s+with|close\s+to|briefed\s+on|involved\s+in)\s[^,.;:"“”]{0,60})$/u;

/** One reading whose source is the noun after a group's "of" or an unnamed source's "familiar with", given the whole phrase. */
function withWholePhrase(text: string, f: AttributionSpans): AttributionSpans {
  const source = f.source;
  if (source === null || source.end - source.start > 40) return f;
  const before = text.slice(Math.max(0, source.start - 100), source.start);
  const m = (/^\p{Ll}/u.test(text.slice(source.start, source.start + 1)) ? GROUP_OF_BEFORE.exec(before) : null) ?? FAMILIAR_BEFORE.exec(before);
  if (m === null) return f;
  const start = source.start - m[1].length;
  // (never over another part of the reading)
  if (f.content.some((c) => c.start < source.start && c.end > start) || (f.cue !== null && f.cue.start < source.start && f.cue.end > start)) return f;
  return { ...f, source: { start, end: source.end } };
}

/** Sources cut to their last noun phrase, given the whole phrase ("A bipartisan group of secretaries of state", "A person familiar with talks between the FCA and the Treasury"). */
export function withWholeOfPhrases(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withWholePhrase);
}
