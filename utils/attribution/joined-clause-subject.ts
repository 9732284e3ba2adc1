/**
 * "Residents were angry, as fishermen accused the operator of …": a clause joined by "as", "and",
 * "while" … whose subject is a plural of people right before the cue. (Not "when", "after",
 * "since": a clause of time tells what happened, "…, when welfare agencies offered bus tickets".) When the taggers gave the cue
 * no source, that plural is its speaker, not the main clause's subject.
 */
import { ANONYMOUS_PLURAL_NOUNS, GROUP_NOUNS } from './source-lexicon';
import type { Span } from './types';

/** A joining word, up to two modifiers and a plural noun, maybe an auxiliary or adverb, up to the cue. */
const JOINED_PLURAL_SUBJECT = /(?:^|[\s,;])(?:as|and|but|while|though|although|whereas)\s+((?:[\p{Ll}-]+\s+){0,2}(\p{Ll}{3,}s|fishermen|clergy|police|staff))\s+(?:(?:also|had|have|has|later|then|\p{Ll}+ly)\s+)?$/u;

/** For a cue the taggers gave no source, the plural of people opening the joined clause it stands in, or null. */
export function pluralSubjectOfJoinedClause(text: string, cue: Span | null): Span | null {
  if (!cue) return null;
  const from = Math.max(0, cue.start - 60);
  const m = JOINED_PLURAL_SUBJECT.exec(text.slice(from, cue.start));
  if (!m || !(GROUP_NOUNS.has(m[2]) || ANONYMOUS_PLURAL_NOUNS.has(m[2]))) return null;
  // (the modifiers are words of the noun phrase, never a verb or article of another clause)
  if (/\b(?:the|a|an|that|which|who|is|are|was|were|had|has|have)\s/u.test(m[1].slice(0, m[1].length - m[2].length))) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}
