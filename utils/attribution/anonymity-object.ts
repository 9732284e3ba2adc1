/**
 * A source cut to the object of its anonymity phrase ("three officials with knowledge of |the
 * talks| said"): the talks say nothing; the source is the whole phrase, from the people it names.
 */
import { previousWord } from './source-description';
import type { Span } from './types';

/** The words that tie unnamed people to what they know, right before the cut source. */
const KNOWS_ABOUT = /\b(?:familiar with|with (?:direct |detailed |close )?knowledge of|briefed on|(?<!\bnot\s+(?:\w+\s+)?)involved in|close to|privy to|with access to)\s+$/iu;

/** The people before those words, back to a comma, a sentence's start or a line: "three officials", "Two people". */
const PEOPLE_BEFORE = /(?:^|[,;:.!?"“”]\s*|\n\s*)((?:\p{L}[\p{L}'’-]*\s+){1,6})$/u;

/** A cue's words that may open the run of words before the phrase. */
const CUE_OPENING = /^(?:according\s+to|said|says|told|by)\s+/iu;

/** The last words of those phrases: only a source after one of them is looked at further (most are not). */
const LAST_WORDS = new Set(['with', 'of', 'on', 'in', 'to']);

/** How far back the phrase may start. */
const REACH = 120;

/** The source widened back over its anonymity phrase to the people it describes; as it was when it is no such object. */
export function widenAnonymityObject(text: string, source: Span | null, cue: Span | null): Span | null {
  if (!source || !cue || source.end > cue.start || !LAST_WORDS.has(previousWord(text, source.start).toLowerCase())) return source;
  const from = Math.max(0, source.start - REACH);
  const before = text.slice(from, source.start);
  const knows = KNOWS_ABOUT.exec(before);
  if (!knows) return source;
  const people = PEOPLE_BEFORE.exec(before.slice(0, knows.index));
  if (!people) return source;
  // "according to one aide briefed on …": the cue's words stay out
  const words = people[1].replace(CUE_OPENING, '');
  return words === '' ? source : { start: from + knows.index - words.length, end: source.end };
}
