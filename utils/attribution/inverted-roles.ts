/**
 * "Karim Adeyemi, 34, of Lindford Road, Castlebridge, denies causing serious injury": a long
 * subject (age, address) can make the role tagger read the subject as the claim and the verb's
 * object as the source. A "source" after the cue that opens like a clause ("causing …", "that …",
 * "to …") is no one; with a "claim" before the cue that is a name with an age, the two are
 * swapped back. So are those of a verb of judging someone, whose subject always comes first
 * ("Delran's envoy, Mirela Asanovic, accused Karsovia of stalling").
 */
import type { AttributionSpans, Span } from './types';
import { mendEach } from './reading-passes';
import { PARTICIPLE_CUE } from './participle-subject';
import { CONNECTIVES } from './claim-edges';

/** How a claim after its verb opens: a participle, "that", "to". Sources open with a name or a determiner. */
const OPENS_CLAUSE = /^(?:that|to|\p{Ll}+ing)\b/u;
/**
 * A person named with an age, as court and crime reports introduce defendants ("Karim Adeyemi,
 * 34, of …"), quoting nothing: a subject, never a claim. Anything else before the cue may be a
 * claim ("The deal is done, said managing director Anna Berg": "managing" opens no clause).
 */
const SUBJECT_WITH_AGE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,\s*\d{1,3},[^"“”«»]*$/u;

/** A defendant's answer to charges, whose object is the charges ("denies three counts of …"). */
const COURT_VERB = /^(?:denies|denied|admits|admitted|disputes|disputed|contests|contested)$/u;

/** The piece without trailing commas and spaces ("Karim Adeyemi, 34, of Lindford Road, Castlebridge,"). */
function trimmedSubject(text: string, s: Span): Span {
  let end = s.end;
  while (end > s.start && /[\s,]/u.test(text[end - 1])) end--;
  return { start: s.start, end };
}

/**
 * Verbs of judging someone ("accused", "blamed", "praised", "urged"): their subject always comes
 * first, so a "source" right after one is its object, and the noun phrase right before it the one
 * judging. (Verbs of saying go either way: "…, said Ana Ruiz"; a passive's agent comes after it.)
 */
const SUBJECT_FIRST_VERB = /^(?:accused|accuses|blamed|blames|criticized|criticised|criticizes|criticises|praised|praises|urged|urges|condemned|condemns|slammed|slams|blasted|blasts|thanked|thanks|congratulated|chided|rebuked|lambasted|faulted|denounced|denounces)$/iu;
/** A subject before its verb: a noun phrase with no quotation, ending in a name or noun and a comma at most ("Delran's envoy, Mirela Asanovic,"). */
const SUBJECT_BEFORE_VERB = /^(?:[Tt]he\s|\p{Lu})[^"“”«».;:!?]{0,120}?[\p{L}\p{N}]\s*,?$/u;

/**
 * A noun phrase and a name set beside each other, either way round, and nothing else: "Her label,
 * Bellwether Records,", "Bellwether Records, her label,". A claim is a clause, never only this.
 */
const APPOSED_SUBJECT = new RegExp(
  '^(?:(?:(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?)\\s+)?\\p{Ll}[\\p{Ll}\'’-]*(?:\\s+\\p{Ll}[\\p{Ll}\'’-]*){0,3},\\s+\\p{Lu}[\\p{L}\'’.&-]*(?:\\s+\\p{Lu}[\\p{L}\'’.&-]*){0,4}' +
  '|\\p{Lu}[\\p{L}\'’.&-]*(?:\\s+\\p{Lu}[\\p{L}\'’.&-]*){0,4},\\s+(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?)\\s+\\p{Ll}[\\p{Ll}\'’-]*(?:\\s+\\p{Ll}[\\p{Ll}\'’-]*){0,3}),?$',
  'u',
);

/** An adverbial fronted before a subject, with its comma: a connective ("Separately, "), a time ("Later, ", "On Monday, ") or an -ly adverb. */
const FRONTED_ADVERBIAL = new RegExp(
  String.raw`^(?:${CONNECTIVES}|Later|Earlier|Then|Afterwards|On\s+\p{Lu}\p{Ll}+day|Last\s+(?:night|week|month|year)|This\s+(?:morning|week|month|year)|\p{Lu}\p{Ll}+ly),\s+`, 'u');

/** The readings whose source and claim were read the wrong way round, set right. */
export function withInvertedRolesRestored(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, readingWithRolesRestored);
}

/** `withInvertedRolesRestored` for one reading (a step for reading-passes.ts). */
function readingWithRolesRestored(text: string, f: AttributionSpans): AttributionSpans {
  const adverb = adverbAsSource(text, f);
  if (adverb) return adverb;
  const { source, cue, content } = f;
  if (!source || !cue || source.start < cue.end || content.length !== 1 || content[0].end > cue.start) return f;
  // ("Later, Thomas Okafor, the club's sporting director, confirmed the fee": the subject after the adverbial)
  const fronted = FRONTED_ADVERBIAL.exec(text.slice(content[0].start, content[0].end))?.[0].length ?? 0;
  const claim = text.slice(content[0].start + fronted, content[0].end);
  // (after a court's verb, whatever its object: "Desmond Achterberg, 58, who ran …, denies three counts of …")
  const ageSubject = (OPENS_CLAUSE.test(text.slice(source.start, source.end)) || COURT_VERB.test(text.slice(cue.start, cue.end))) && SUBJECT_WITH_AGE.test(claim);
  // "Delran's envoy, Mirela Asanovic, accused Karsovia of stalling": the envoy is the subject of a
  // verb that never follows its claim, right before it, and what comes after is its object
  const subjectFirst = SUBJECT_FIRST_VERB.test(text.slice(cue.start, cue.end)) && /^[\s,]*$/u.test(text.slice(content[0].end, cue.start)) &&
    SUBJECT_BEFORE_VERB.test(claim) && !/^\p{Ll}/u.test(text.slice(source.start, source.end));
  // "Her label, Bellwether Records, confirmed the tour": a noun phrase set beside a name is a subject,
  // never a claim, and what comes right after the verb (no comma) its object
  const apposedSubject = APPOSED_SUBJECT.test(claim) && /^[\s,]*$/u.test(text.slice(content[0].end, cue.start)) && /^\s+$/u.test(text.slice(cue.end, source.start));
  // "Health Canada issued a notice, saying about 42,000 were sold there": a participle of saying
  // after a comma reports for the clause's subject, and what follows it is the claim
  if (!ageSubject && !subjectFirst && !apposedSubject && PARTICIPLE_CUE.test(text.slice(cue.start, cue.end)) &&
    /^\s*,\s*$/u.test(text.slice(content[0].end, cue.start)) && /^\s+$/u.test(text.slice(cue.end, source.start))) {
    return { ...f, source: null, content: [source] };
  }
  // "One woman, who gave only her first name, Carol, told councilors she …": what follows "told" is
  // its listener and the clause told, never the one telling
  const toldSubject = /^(?:told|tells)$/u.test(text.slice(cue.start, cue.end)) && /^[\s,]*$/u.test(text.slice(content[0].end, cue.start)) &&
    /^\s+$/u.test(text.slice(cue.end, source.start)) && !/["“”]/u.test(claim);
  if (!ageSubject && !subjectFirst && !apposedSubject && !toldSubject) return f;
  return { ...f, source: trimmedSubject(text, { start: content[0].start + fronted, end: content[0].end }), content: [source] };
}

/** An adverb alone between a subject and its verb ("Gerald Finch, | later | told"). */
const ADVERB_SOURCE = /^(?:later|also|then|again|now|earlier|since|still|\p{Ll}{3,}ly)$/u;
/** A listener after "told", then "that" if any: "reporters ", "the crowd that ". */
const LISTENER = /^(?:the\s+)?(?:reporters|journalists|supporters|crowd|lawmakers|jurors|jury|court|committee|newspaper|members|staff|investors|analysts|students|parents|residents|viewers|listeners|colleagues|officials)\s+(?:that\s+)?/u;
/** The rest of the sentence after the cue. */
const REST_OF_SENTENCE = /^\s+([^.!?\n]*[^\s.!?\n])/u;

/**
 * "Stahl's campaign manager, Gerald Finch, later told reporters the campaign would not challenge
 * the result": the taggers took the adverb before the verb as the source and the subject as the
 * claim. The subject is the source, and the claim is what follows the verb (fitted later: the
 * listener of "told" is no part of it).
 */
function adverbAsSource(text: string, f: AttributionSpans): AttributionSpans | null {
  const { source, cue, content } = f;
  if (!source || !cue || content.length !== 1 || source.end > cue.start || content[0].end > source.start) return null;
  if (!ADVERB_SOURCE.test(text.slice(source.start, source.end)) || !/^\s*,?\s*$/u.test(text.slice(content[0].end, source.start)) || !/^\s+$/u.test(text.slice(source.end, cue.start))) return null;
  const claim = text.slice(content[0].start, content[0].end);
  if (!SUBJECT_BEFORE_VERB.test(claim)) return null;
  const rest = REST_OF_SENTENCE.exec(text.slice(cue.end, cue.end + 400));
  if (!rest) return null;
  // (the listener of "told" is no part of the claim: "told reporters | the campaign would …")
  const listener = /told|tells$/u.test(text.slice(cue.start, cue.end)) ? LISTENER.exec(rest[1])?.[0].length ?? 0 : 0;
  const start = cue.end + rest[0].indexOf(rest[1]) + listener;
  return { ...f, source: trimmedSubject(text, content[0]), content: [{ start, end: start + rest[1].length - listener }] };
}
