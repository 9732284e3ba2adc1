/**
 * "In 1994 a junior teacher at the choir school reported seeing …": a date fronted without a comma,
 * then the subject. When the taggers gave such a cue no source, the noun phrase after the date is
 * the speaker, not the nearest name before the cue ("the choir school").
 */
import { MONTHS } from './time-words';
import { sentenceOpeningBefore } from './sentences';
import { PERSON_ROLE_NOUNS } from './source-lexicon';
import { PERSON_SHAPED } from './source-phrase';
import type { Span } from './types';

/**
 * A fronted date ("In 1994", "In March 2019", "Last year", "Early on Sunday"), then an article and up
 * to six words, the first of its prepositional phrase after the head ("a junior teacher | at the
 * choir school"), right before the cue.
 */
const DATE_THEN_SUBJECT = new RegExp(String.raw`^(?:(?:In|By|Since)\s+(?:(?:${MONTHS})\s+)?\d{4}|(?:In|On)\s+(?:${MONTHS})(?:\s+\d{1,2})?|Last\s+(?:year|month|week)|(?:Earlier|Later)\s+that\s+(?:year|month|week|day))\s+((?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)(?:\s+(?:at|of|in|from|with)\s+[^,.;:!?"“”\n]{1,40})?)\s+$`, 'u');

/** For a cue the taggers gave no source, the person's noun phrase after a date fronted without a comma, or null. */
export function subjectAfterDate(text: string, cue: Span | null): Span | null {
  if (!cue) return null;
  const opening = sentenceOpeningBefore(text, cue.start);
  if (opening < 0) return null;
  const m = DATE_THEN_SUBJECT.exec(text.slice(opening, cue.start));
  if (!m || !(PERSON_ROLE_NOUNS.has(m[2]) || PERSON_SHAPED.test(m[2]))) return null;
  const start = opening + m[0].lastIndexOf(m[1]);
  return { start, end: start + m[1].length };
}
