/**
 * "The union representing workers at the company's factories in Ohio and | Iowa | said": the tagger
 * may take the last of the places a subject is described by as the source. A source that is a
 * name closing a list after "in", "at", "of" or "from", in a sentence whose subject runs without a
 * break from its start to that name, is the whole subject.
 */
import { mendEach } from './reading-passes';
import { sentenceOpeningBefore } from './sentences';
import type { AttributionSpans } from './types';

/** A preposition, then names listed up to the "and" or "or" right before the source. */
const LISTED_AFTER_PREPOSITION = /\b(?:in|at|of|from|across)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*,?\s+(?:and|or)\s+$/u;
/** A subject's opening: an article or a capitalised word. */
const SUBJECT_OPENING = /^(?:The|A|An|\p{Lu}[\p{L}'’-]*)\s/u;
/** What no subject holds before its verb: a clause's break or a verb of saying. */
const NOT_IN_SUBJECT = /[;:"“”!?]|\b(?:said|says|told|tells|is|are|was|were|has|have|had|will|would|met|\p{Ll}+ed)\b/u;
/** A source of one to three capitalised words. */
const SHORT_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/** One reading whose source is the last place in its subject's list given the whole subject. */
function wholeSubject(text: string, f: AttributionSpans): AttributionSpans {
  const s = f.source;
  if (!s || !f.cue || s.end > f.cue.start || !SHORT_NAME.test(text.slice(s.start, s.end))) return f;
  const from = sentenceOpeningBefore(text, s.start);
  if (from < 0) return f;
  const lead = text.slice(from, s.start);
  if (!LISTED_AFTER_PREPOSITION.test(lead) || !SUBJECT_OPENING.test(lead) || NOT_IN_SUBJECT.test(lead)) return f;
  // (commas only inside the list of places, and a comma before its "and" only after one between
  // its names: ", and" alone joins a clause, "… in February, and Breitbart News responded")
  const list = LISTED_AFTER_PREPOSITION.exec(lead)!;
  if (lead.slice(0, list.index).includes(',') || (/,\s+(?:and|or)\s+$/u.test(list[0]) && list[0].split(',').length < 3)) return f;
  return { ...f, source: { start: from, end: s.end } };
}

/** A short subject opening its sentence up to a preposition ("One guide in | the town of Chivay"): a person or group, then where they are. */
const PERSON_THEN_PLACE = /^(?:(?:The|A|An|One|Two|Three|Some|Several|Many)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+|\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?s)\s+(?:in|at|from|near)\s+$/u;

/** One reading whose source opens on the place its sentence's subject is in, given the subject before it. */
function personBeforePlace(text: string, f: AttributionSpans): AttributionSpans {
  const s = f.source;
  if (!s || !f.cue || s.end > f.cue.start || !/^(?:the|a|an)\s/iu.test(text.slice(s.start, s.start + 4))) return f;
  const from = sentenceOpeningBefore(text, s.start);
  return from >= 0 && PERSON_THEN_PLACE.test(text.slice(from, s.start)) ? { ...f, source: { start: from, end: s.end } } : f;
}

/** Readings whose source is the last of the places listed in their subject, or the place their subject is in, given the whole subject. */
export function withListedPlaceInSubject(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, (t, f) => personBeforePlace(t, wholeSubject(t, f)));
}
