/**
 * Those who heard a claim are not its source: "…, jury told", "a jury at Southwark Crown Court
 * heard on Monday", "the panel was told", a headline's "Patients told to 'ring round' pharmacies". The speaker (in court, the prosecution) goes unnamed,
 * so the reading keeps its claim and cue and loses the listener as its source. ("Ashford Crown
 * Court heard", "the inquest heard" stay the court's: the formula cites the court's record.)
 */
import type { AttributionSpans, Span } from './types';

/** People who hear evidence, with at most two words before their noun and anything after it ("a jury at Southwark Crown Court", "misconduct panel"). */
const LISTENER = /^(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}(?:jury|jurors|panel|magistrates)\b/iu;
/** Cues of hearing, or of being told, passive. */
const HEARD = /^(?:heard|hears|(?:was|were|has been|have been|had been)\s+told)$/u;
/** A bare "told" that ends its clause, the passive of a headline ("…, jury told"). */
const TOLD = /^(?:told|tells)$/u;
const CLAUSE_END_AFTER = /^\s*(?:$|[.,;:!?\n]|(?:on|this|last)\s+\p{Lu}?\p{Ll}+\s*(?:$|[.,;\n]))/u;

/** A verb, maybe quoted, after "told to" (not an article: "told to the court" is no infinitive). */
const VERB_AFTER = /^\s+["“]?(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those)\b)\p{Ll}/u;
const TO_VERB_AFTER = /^\s+to\s+["“]?(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those)\b)\p{Ll}/u;

/** A headline's "Patients told to …", the auxiliary dropped: whoever stands before it was told, not telling. */
function toldToDo(text: string, cue: Span): boolean {
  const told = /^told(\s+to)?$/u.exec(text.slice(cue.start, cue.end));
  return told !== null && (told[1] ? VERB_AFTER : TO_VERB_AFTER).test(text.slice(cue.end, cue.end + 16));
}

/** Whether a reading's source is the body that heard its claim. */
function heardBySource(text: string, f: AttributionSpans): boolean {
  if (f.source === null || f.cue === null || f.source.end > f.cue.start) return false;
  if (toldToDo(text, f.cue)) return true;
  if (!LISTENER.test(text.slice(f.source.start, f.source.end))) return false;
  const cue = text.slice(f.cue.start, f.cue.end);
  return HEARD.test(cue) || (TOLD.test(cue) && CLAUSE_END_AFTER.test(text.slice(f.cue.end, f.cue.end + 24)));
}

/** Whether `subject`, read for a sourceless cue of hearing ("…, a jury heard") or a bare "told to", is a listener: then it names no speaker. */
export function isListenerSubject(text: string, subject: Span | null | undefined, cue: Span | null): boolean {
  return subject != null && cue !== null && ((HEARD.test(text.slice(cue.start, cue.end)) && LISTENER.test(text.slice(subject.start, subject.end))) || (subject.end <= cue.start && toldToDo(text, cue)));
}

/** Readings whose source heard the claim lose that source: the speaker is someone the text does not name here. */
export function withoutListenerSources(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return found.map((f) => (heardBySource(text, f) ? { ...f, source: null } : f));
}
