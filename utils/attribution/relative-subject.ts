/**
 * "A man who had driven his elderly parents out of the valley said …", "A victim impact statement
 * read to the court said …": the role tagger takes the noun right before the cue ("parents out of
 * the valley", "the court"), which belongs to a clause describing the sentence's subject. When the
 * sentence opens with a short noun phrase and a relative clause ("who", "that") or a participle
 * ("read to", "sent by") that runs without a break to that noun (or to the clause's last word:
 * "A senior engineer who was not authorised to speak publicly told"), the source is the whole subject.
 */
import { mendEach } from './reading-passes';
import { sentenceOpeningBefore } from './sentences';
import type { AttributionSpans } from './types';

/** A determiner and at most four words of noun phrase (or a plural noun or "Anyone" opening the sentence: "Supporters who"), then "who" or a participle of sending or showing before a preposition. */
const SUBJECT_THEN_CLAUSE = /^(?:(?:A|An|The|One|Two|Three|Four|Five|Some|Several|Many|Most|Another|Other)\s+((?:[\p{L}'’-]+\s+){0,4}?)|(?:Anyone|Someone|Those|\p{Lu}\p{Ll}+s)\s+())who\s|^(?:A|An|The|One|Another)\s+((?:[\p{L}'’-]+\s+){0,4}?)(?:read|written|sent|published|issued|released|obtained|seen|filed|signed|posted|shared|quoted|cited|prepared|drawn up)\s+(?:to|by|on|in|at|for)\s/u;
/** A verb in the noun phrase before the clause: then the clause is the object's ("The mayor met residents who …"). */
const VERB_IN_PHRASE = /\b(?:\p{Ll}+ed|is|are|was|were|has|have|had|met|said|told|saw|took|gave|made|went|came|got|found|left|sent|spoke)\b/u;
/** A verb of saying before the source: the gap holds another reading ("… who relayed the exchange said Reid …"). */
const SAYING = /\b(?:said|says|say|told|tells|added|wrote)\b/u;
/** A source that is only a relative pronoun ("who"): the tagger's reading of the clause, not a noun to widen. */
const RELATIVE_ONLY = /^(?:who|that|which)$/iu;
/** A gap that ends on the relative word itself: the tagged source is that clause's subject. */
const ENDS_ON_RELATIVE = /\b(?:who|whom|that|which)\s+$/iu;
/** A tagged source that opens on the clause's verb ("who | relayed the exchange", "who | live near where …"): the clause, not its subject. */
const CLAUSE_VERB_FIRST = /^(?:\p{Ll}+ed\b|\p{Ll}+\s+(?:near|in|at|on|with|from|by|outside|inside|along|beside|around)\s)/u;
/** A joining word opening the sentence before its subject ("But | two people who …"). */
const JOIN_BEFORE_SUBJECT = /^(?:But|And|Yet)\s+(?=\p{Ll})/u;
/** A tagged source that opens with a relative pronoun and goes on ("who remain under …"). */
const RELATIVE_FIRST = /^(?:who|that)\s+\S/u;
/** A sentence adverb and its comma before the subject ("Meanwhile, ", "Still, "). */
const OPENING_ADVERB = /^\p{Lu}\p{Ll}+,\s+/u;
/** A joining word opening the sentence: its subject may be any of a longer phrase ("And a lot of partisans who …"), left as tagged. */
const OPENS_WITH_JOIN = /^(?:And|But|Or|Yet|So)\b/u;

/** Between the tagged source and its cue: adverbs at most. */
const ONLY_ADVERBS = /^(?:\s+\p{Ll}+ly)*\s*$/u;

/** Marks that end a subject: no source runs over a comma, a quotation mark or a sentence's end. */
const BREAK = /[,;:"“”!?]/u;

/** One reading with its source widened to the sentence's subject when the tagger took a noun inside the subject's clause. */
function withWholeSubject(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (source === null || cue === null || source.end > cue.start || !ONLY_ADVERBS.test(text.slice(source.end, cue.start))) return f;
  // (the clause's adverbs before the cue are the clause's: "who was not authorised to speak | publicly | told")
  const end = source.end + text.slice(source.end, cue.start).trimEnd().length;
  const from = sentenceOpeningBefore(text, source.start);
  if (from < 0 || from >= source.start) return f;
  const gap = text.slice(from, source.start);
  if (RELATIVE_FIRST.test(text.slice(source.start, source.end))) return withPhraseBeforeClause(f, gap, from, end);
  // "A man who police say attacked …": the source is the relative clause's own subject
  if (BREAK.test(gap) || SAYING.test(gap) || RELATIVE_ONLY.test(text.slice(source.start, source.end)) ||
    (ENDS_ON_RELATIVE.test(gap) && !CLAUSE_VERB_FIRST.test(text.slice(source.start, source.end)))) return f;
  // ("But two people who | live near …": the subject after the joining word, read as if it opened
  // the sentence, when the tagged source is the clause right after its "who")
  const join = ENDS_ON_RELATIVE.test(gap) ? JOIN_BEFORE_SUBJECT.exec(gap)?.[0].length ?? 0 : 0;
  const subject = join === 0 ? gap : gap[join].toUpperCase() + gap.slice(join + 1);
  const m = SUBJECT_THEN_CLAUSE.exec(subject);
  if (m === null || VERB_IN_PHRASE.test(m[1] ?? m[2] ?? '')) return f;
  return { ...f, source: { start: from + join, end } };
}

/**
 * "residents of Cobb's Ferry | who remain under an evacuation warning | said": a tagged source that is
 * the relative clause itself belongs to the short noun phrase that opens the sentence (`gap`, from
 * `from`, maybe after "Meanwhile,") up to the source's `end`; not after a joining word, a break or a verb.
 */
function withPhraseBeforeClause(f: AttributionSpans, gap: string, from: number, end: number): AttributionSpans {
  const opener = OPENING_ADVERB.exec(gap)?.[0].length ?? 0;
  const phrase = gap.slice(opener);
  const short = phrase.trim() !== '' && phrase.trim().split(/\s+/u).length <= 8;
  if (!short || OPENS_WITH_JOIN.test(phrase) || BREAK.test(phrase) || VERB_IN_PHRASE.test(phrase)) return f;
  return { ...f, source: { start: from + opener, end } };
}

/** Every reading whose source is a noun inside its subject's describing clause, given the whole subject. */
export function withSubjectBeforeRelative(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withWholeSubject);
}
