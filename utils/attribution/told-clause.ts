/**
 * "Giving evidence, Ms Calloway told the court she remembered seeing the van": after "told" and its
 * listener, a clause without "that" is the claim; the role tagger, finding none, takes the opening
 * participle phrase ("Giving evidence", "Asked about the delay") instead. That phrase only sets the
 * scene, so the clause after the listener becomes the claim. A claim that opens on the listener
 * or past the clause's subject starts at that subject.
 */
import type { AttributionSpans, Span } from './types';
import { mendEach } from './reading-passes';

const TOLD = /^(?:(?:has|have|had)\s+)?(?:told|tells|tell)$/iu;
/** A sentence-opening participle phrase: "Giving evidence", "Speaking to reporters", "Asked about …". */
const OPENING_PARTICIPLE = /^(?:\p{Lu}\p{Ll}+ing|Asked)\b/u;
/**
 * Words that make a phrase a clause of its own ("Nothing will change", "Beijing is ready"): no
 * participle phrase has them. Not source-lexicon's FINITE_AUXILIARIES, which holds "been", as
 * "Having been asked about the delay," does.
 */
const FINITE = /\b(?:is|are|was|were|will|would|can|could|shall|should|may|might|must|has|have|had|does|do|did)\b/iu;
/** At most this many words in an opening participle phrase. */
const MAX_PHRASE_WORDS = 8;
/** The listener (one to four words, no comma), then the clause, opened by a subject pronoun. */
const LISTENER_THEN_CLAUSE = /^\s+[^\s,.;:!?"“”]+(?:\s+[^\s,.;:!?"“”]+){0,3}?\s+(?=(?:he|she|they|it|we|I|there)\s)/u;
/** A listener holds no subordinator: "told MPs before he left" tells no clause. */
const SUBORDINATOR = /\b(?:as|before|after|when|while|because|since|if|until|unless|although|though|once|whether)\b/iu;
/** A comma and a conjunction that part a clause from a source after it (", while several shopkeepers told"). */
const JOINED_BEFORE_SOURCE = /^,\s+(?:while|but|whereas|and)\s+$/u;
/** The end of the clause: the sentence's end, a line break, or the end of the text. */
export const CLAUSE_END = /[.!?](?=["”’]?(?:\s|$))|\n/u;

/** The clause after "told" and its listener, when the reading took an opening participle phrase instead. */
function clauseAfterListener(text: string, f: AttributionSpans): Span | null {
  if (!f.cue || !f.source || f.source.end > f.cue.start || !TOLD.test(text.slice(f.cue.start, f.cue.end))) return null;
  if (!f.content.every((s) => s.end <= f.source!.start)) return null;
  const opening = text.slice(f.content[0].start, f.content[0].end);
  const participle = OPENING_PARTICIPLE.test(opening) && !FINITE.test(opening) && opening.split(/\s+/u).length <= MAX_PHRASE_WORDS;
  // "…, while several shopkeepers told this newspaper they feared …": a claim before the source that
  // a "while" or "but" parts from it is another speaker's clause
  const joinedClause = f.content.length === 1 && !/^["“‘']/u.test(opening) && JOINED_BEFORE_SOURCE.test(text.slice(f.content[0].end, f.source.start));
  if (!participle && !joinedClause) return null;
  const after = text.slice(f.cue.end, f.cue.end + 400);
  const listener = LISTENER_THEN_CLAUSE.exec(after);
  if (!listener || SUBORDINATOR.test(listener[0])) return null;
  const start = f.cue.end + listener[0].length;
  const rest = text.slice(start, start + 400);
  const end = CLAUSE_END.exec(rest);
  const length = end ? end.index : rest.trimEnd().length;
  return length > 0 ? { start, end: start + length } : null;
}

/** The readings whose claim was an opening participle phrase, with the clause after "told" and its listener instead. */
export function withToldClause(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, readingWithToldClause);
}

/** `withToldClause` for one reading (a step for reading-passes.ts). */
function readingWithToldClause(text: string, f: AttributionSpans): AttributionSpans {
  const clause = clauseAfterListener(text, f);
  return clause ? { ...f, content: [clause] } : withClauseSubject(text, withoutListenerAndTime(text, f));
}

/** A "that" in the listener ("told reporters that he …": the claim keeps it), or a clause about the listener ("donors who wonder why he …"). */
const THAT = /\b(?:that|who|whom|which|why|what|how|where)\b/iu;
/** How far into the clause after the listener a claim may start and still be taken back to the clause's subject. */
const SUBJECT_REACH = 40;

/**
 * "several drivers told reporters they feared for their jobs": a claim after "told" that opens on
 * its listener ("this newspaper they feared …"), or past the clause's subject and verb ("for their
 * jobs"), starts at the clause's subject.
 */
function withClauseSubject(text: string, f: AttributionSpans): AttributionSpans {
  if (!f.cue || f.content.length === 0 || f.content[0].start < f.cue.end || !TOLD.test(text.slice(f.cue.start, f.cue.end))) return f;
  const listener = LISTENER_THEN_CLAUSE.exec(text.slice(f.cue.end, f.cue.end + 120));
  // "told reporters that he would resign": the claim keeps its "that"
  if (!listener || SUBORDINATOR.test(listener[0]) || THAT.test(listener[0])) return f;
  const start = f.cue.end + listener[0].length, first = f.content[0];
  if (start === first.start || first.end <= start || first.start - start > SUBJECT_REACH) return f;
  if (first.start > start && /[,.;:!?"“”\n]/u.test(text.slice(start, first.start))) return f;
  return { ...f, content: [{ start, end: first.end }, ...f.content.slice(1)] };
}

/** The listener after "told" and when ("jurors on Wednesday ", "the BBC last week "), then "that". */
const LISTENER_AND_TIME_THEN_THAT = /^(?:(?:the|this|a)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?\s+(?:on|last|this|earlier|later|late|in|at|during)\s+[^,.;:!?"“”\n]{1,30}?\s+(?=that\s)/u;

/**
 * "told jurors on Wednesday that his attacker …": a claim the tagger opened on the listener and
 * the time starts at its "that".
 */
function withoutListenerAndTime(text: string, f: AttributionSpans): AttributionSpans {
  if (!f.cue || f.content.length === 0 || !TOLD.test(text.slice(f.cue.start, f.cue.end))) return f;
  const first = f.content[0];
  if (first.start < f.cue.end || /\S/u.test(text.slice(f.cue.end, first.start))) return f;
  const m = LISTENER_AND_TIME_THEN_THAT.exec(text.slice(first.start, first.end));
  if (!m) return f;
  return { ...f, content: [{ start: first.start + m[0].length, end: first.end }, ...f.content.slice(1)] };
}
