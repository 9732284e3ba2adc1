/**
 * "Patient groups welcomed the results, saying …": the taggers sometimes end a source on its
 * capitalised first word and leave the head noun out ("Patient", "Local", "Opposition"), which then
 * reads as someone's name. A short capitalised source followed by a lower-case noun the lexicon
 * knows as a speaker ("groups", "residents", "parties") takes that noun in.
 */
import { isLexiconNoun } from './source-lexicon';
import { isOrganisationNoun } from './source-lexicon-bodies';
import { FRONTED_PARTICIPLES } from './clause-start';
import { PERSON_SHAPED } from './source-phrase';
import type { AttributionSpans, Span } from './types';
import { mendEach } from './reading-passes';

/** One to three capitalised words, nothing else: a modifier the taggers mistook for the whole source. */
const CAPITALISED_RUN = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u;
/** An article and one lower-case word ("A television"): a modifier the taggers took for the source's noun. */
const ARTICLE_AND_MODIFIER = /^(?:a|an|the)\s+\p{Ll}+$/iu;
/** A possessive determiner alone ("its" of "its trustees announced"). */
const POSSESSIVE_WORD = /^(?:his|her|their|its|our|my)$/iu;
/** Words shaped like a person's noun that are none ("however", "later"). */
const NOT_NOUNS = new Set(['however', 'never', 'later', 'ever', 'either', 'neither', 'rather', 'further', 'whether', 'together', 'other', 'after', 'over', 'under', 'sooner', 'earlier', 'moreover', 'whenever', 'wherever', 'meanwhile', 'recent', 'present', 'different', 'current', 'urgent', 'silent', 'independent']);
/** A lower-case word of three letters or more, which PERSON_SHAPED (the phrase reader's) may call a person's noun ("presenter"). */
const LOWER_WORD = /^\p{Ll}{3,}$/u;
/** The lower-case word right after the source, one space away. */
const NEXT_WORD = /^ (\p{Ll}[\p{Ll}-]*)/u;
/** A count alone as the source ("One", "Another"). */
const COUNT_ALONE = /^(?:One|Another)$/u;
/** Up to three lower-case modifiers, then the noun they modify ("senior coalition official"), before a comma or a verb. */
const MODIFIERS_THEN_NOUN = /^(?: \p{Ll}[\p{Ll}-]*){0,3} (\p{Ll}[\p{Ll}-]*)(?=,| \p{Ll}+ed\b)/u;
/** Words that modify a speaker's noun inside a compound without being speakers ("state news agency", "wire service"). */
const NOUN_MODIFIERS = new Set(['news', 'wire', 'press', 'state', 'public', 'national', 'regional', 'local', 'official']);
/** How much text is looked at after a source for one word, and how many nouns a head may take in. */
const LOOK_AHEAD = 40;
const MAX_HEAD_WORDS = 4;

/** A noun of people, one or many ("aide", "trustees"): a lexicon noun, or one shaped like a person's noun. */
function isPeopleNoun(word: string): boolean {
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  return isLexiconNoun(word) || (LOWER_WORD.test(singular) && PERSON_SHAPED.test(singular) && !NOT_NOUNS.has(singular));
}

/** The source widened over its head noun, or unchanged; never over a cue or claim of the reading. */
function widened(text: string, source: Span, taken: Span[]): Span {
  const phrase = text.slice(source.start, source.end);
  // "A television | presenter": an article and a modifier, then a person's noun; "its | trustees":
  // a possessive alone, then the noun it owns
  if (ARTICLE_AND_MODIFIER.test(phrase) || POSSESSIVE_WORD.test(phrase)) {
    const next = NEXT_WORD.exec(text.slice(source.end, source.end + LOOK_AHEAD));
    const last = phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
    // (a body's noun before a person's is that person's modifier: "A government | minister")
    const bodyModifier = isOrganisationNoun(last) && isPeopleNoun(next?.[1] ?? '') && !isOrganisationNoun(next?.[1] ?? '');
    if (!next || (isLexiconNoun(last) && !bodyModifier) || NOT_NOUNS.has(next[1])) return source;
    // the people a possessive owns ("its trustees", "his aides"), not its office or firm, which speak as its owner
    const owned = POSSESSIVE_WORD.test(phrase);
    if (owned ? isOrganisationNoun(next[1]) || !isPeopleNoun(next[1]) : !(isLexiconNoun(next[1]) || (LOWER_WORD.test(next[1]) && PERSON_SHAPED.test(next[1])))) return source;
    const end = source.end + next[0].length;
    return taken.some((s) => s.start < end && s.end > source.start) ? source : { start: source.start, end };
  }
  if (!CAPITALISED_RUN.test(phrase)) return source;
  let end = source.end;
  // "One | senior coalition official": a count alone, then its modifiers and a person's noun
  if (COUNT_ALONE.test(phrase)) {
    const noun = MODIFIERS_THEN_NOUN.exec(text.slice(end, end + LOOK_AHEAD + 20));
    if (noun && isPeopleNoun(noun[1]) && !NOT_NOUNS.has(noun[1])) end += noun[0].length;
  }
  // a compound runs on over lexicon nouns: "Foreign policy analysts", and over a modifier before
  // one: "Meruva's state news agency"
  for (let words = 0, at = end; words < MAX_HEAD_WORDS; words++) {
    const next = NEXT_WORD.exec(text.slice(at, at + LOOK_AHEAD));
    if (!next || !(isLexiconNoun(next[1]) || NOUN_MODIFIERS.has(next[1]))) break;
    at += next[0].length;
    if (isLexiconNoun(next[1])) end = at;
  }
  if (end === source.end) return source;
  return taken.some((s) => s.start < end && s.end > source.start) ? source : { start: source.start, end };
}

/** A cue that opens with its own subject: "Opposition parties criticised", a capitalised noun phrase then the verb. */
const CUE_WITH_SUBJECT = /^(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}) (\p{Ll}+)$/u;

/** A reading with no source whose cue begins with its subject: the subject becomes the source, the verb the cue. */
function splitSubjectFromCue(text: string, f: AttributionSpans): AttributionSpans {
  if (f.source || !f.cue) return f;
  const split = CUE_WITH_SUBJECT.exec(text.slice(f.cue.start, f.cue.end));
  if (!split) return f;
  const subject = split[1];
  const head = subject.slice(subject.lastIndexOf(' ') + 1);
  if (!isLexiconNoun(head) || !CAPITALISED_RUN.test(subject.slice(0, subject.length - head.length).trim() || 'X')) return f;
  const source = { start: f.cue.start, end: f.cue.start + subject.length };
  return { ...f, source, cue: { start: f.cue.end - split[2].length, end: f.cue.end } };
}

/** A possessive or a quantifier alone as the source ("His", "Some", "many Millbrook"), or a determiner and a modifier ("The veteran"), and a cue that opens with the noun it owns ("widow said", "residents complained"). */
const POSSESSIVE_ALONE = /^(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|(?:[Ss]ome|[Ss]everal|[Mm]any|[Mm]ost|[Ff]ew|[Bb]oth|[Aa]ll|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}|(?:[Tt]he|[Aa]n?)\s+\p{L}[\p{L}-]*)$/u;
const CUE_OPENING_NOUN = /^(\p{Ll}[\p{Ll}-]*) (?=\S)/u;

/** "His | widow said", "The veteran | striker said": the noun moves from the cue into the source. */
function possessedNounFromCue(text: string, f: AttributionSpans): AttributionSpans {
  if (!f.source || !f.cue || !POSSESSIVE_ALONE.test(text.slice(f.source.start, f.source.end))) return f;
  const m = CUE_OPENING_NOUN.exec(text.slice(f.cue.start, f.cue.end));
  if (!m || !isLexiconNoun(m[1]) || !/^\s+$/u.test(text.slice(f.source.end, f.cue.start))) return f;
  return { ...f, source: { start: f.source.start, end: f.cue.start + m[1].length }, cue: { start: f.cue.start + m[0].length, end: f.cue.end } };
}

/** "The firm | firm said": a cue that begins inside its own source (the source was widened over the noun) starts after it. */
function cueAfterOwnSource(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!source || !cue || cue.start < source.start || cue.start >= source.end || cue.end <= source.end) return f;
  const start = source.end + (/^\s*/u.exec(text.slice(source.end, cue.end))?.[0].length ?? 0);
  return start < cue.end ? { ...f, cue: { start, end: cue.end } } : f;
}

/**
 * Readings whose source stops before its head noun get the whole noun phrase as their source (with
 * a name apposed to it before the cue, and without a participle phrase fronted before it), and
 * a cue that swallowed its subject (or the noun a possessive source owns) gives it back to the source.
 */
export function withSourceHeadNoun(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, readingWithSourceHeadNoun);
}

/** Words a noun phrase does not end on: a source that does was cut before its noun ("Minutes of the last | meeting"). */
const CUT_BEFORE_NOUN = /(?:^|\s)(?:the|a|an|of|last|first|next|new|former|latest|previous|recent|second|third|final)$/iu;
/** Lower-case words after such a source, up to a comma or the cue: the rest of its noun phrase. */
const REST_OF_PHRASE = /^(?:\s+\p{Ll}[\p{Ll}-]*){1,3}(?=\s*,|\s*$)/u;

/** Whether the unit at i is an ASCII lower-case letter. */
function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/** A source cut before its noun ("Minutes of the last") taken on to the end of its phrase when only that phrase lies before the next comma or the cue. */
function withNounAfterCut(text: string, source: Span, cue: Span | null): Span {
  // (a lower-case letter must end the source and one follow it: most sources pay two char reads)
  if (cue === null || cue.start <= source.end + 1 || !isLowerAt(text, source.end - 1) || !isLowerAt(text, source.end + 1)) return source;
  if (!CUT_BEFORE_NOUN.test(text.slice(Math.max(source.start, source.end - 12), source.end))) return source;
  if (cue.start - source.end > 40) return source;
  const rest = REST_OF_PHRASE.exec(text.slice(source.end, cue.start));
  return rest ? { start: source.start, end: source.end + rest[0].length } : source;
}

/** A people noun, a participle of being asked, then "by" before the source: the source is the agent inside the people's phrase ("Economists polled by | Reuters"). */
const PEOPLE_ASKED_BY = /(?:^|[.!?,;:]\s+|\n)((?:[\p{L}'’-]+\s+){0,3}\p{L}+s\s+(?:polled|surveyed|interviewed|contacted|consulted|questioned)\s+by\s+)$/u;

/** "Economists polled by Reuters had expected …": the source widened back over the people who were asked (the subject repair asks it too). */
export function withPeopleAskedBy(text: string, source: Span): Span {
  if (source.start < 4 || !text.startsWith('by ', source.start - 3)) return source;
  const m = PEOPLE_ASKED_BY.exec(text.slice(Math.max(0, source.start - 60), source.start));
  return m ? { start: source.start - m[1].length, end: source.end } : source;
}

/** Between the people and who asked them: "polled by", "surveyed by". */
const ASKED_BY_BETWEEN = /^\s+(?:polled|surveyed|interviewed|contacted|consulted|questioned)\s+by\s+$/u;

/** "Economists | polled by | Reuters | had expected": the pollster read as the claim's first piece goes back into the source. */
function withAskerInSource(text: string, f: AttributionSpans): AttributionSpans {
  const first = f.content[0];
  if (!f.source || !f.cue || f.content.length < 2 || first.start < f.source.end || first.end > f.cue.start) return f;
  if (!ASKED_BY_BETWEEN.test(text.slice(f.source.end, first.start)) || text.slice(first.end, f.cue.start).trim() !== '') return f;
  return { ...f, source: { start: f.source.start, end: first.end }, content: f.content.slice(1) };
}

/** A name set between commas right before the cue: the source's apposition (", Hugh Tennant-Blyth, "). */
const APPOSED_NAME_BEFORE_CUE = /^,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,\s*$/u;

/** "Their candidate | , Hugh Tennant-Blyth, | described": the source takes in the name apposed to it before the cue. */
function withApposedNameBeforeCue(text: string, source: Span, cue: Span | null): Span {
  if (cue === null || cue.start <= source.end || cue.start - source.end > 60 || text.charCodeAt(source.end) !== 44) return source;
  if (!APPOSED_NAME_BEFORE_CUE.test(text.slice(source.end, cue.start))) return source;
  return { start: source.start, end: text.lastIndexOf(',', cue.start) + 1 };
}

/** A participle phrase fronted in the source ("Representing Ms Delahunt, | Rosamund Eke KC"): whom it is about, not the speaker. */
const FRONTED_PARTICIPLE = new RegExp(String.raw`^(?:${FRONTED_PARTICIPLES})\b[^,.;:!?"“”]{1,60},\s+(?=\p{Lu})`, 'u');

/** The source without a participle phrase fronted before its subject. */
function withoutFrontedParticiple(text: string, source: Span): Span {
  // every such participle opens with a capital
  const c = text.charCodeAt(source.start);
  if (c < 65 || c > 90) return source;
  const m = FRONTED_PARTICIPLE.exec(text.slice(source.start, source.end));
  return m && source.start + m[0].length < source.end ? { start: source.start + m[0].length, end: source.end } : source;
}

/** `withSourceHeadNoun` for one reading (a step for reading-passes.ts). */
function readingWithSourceHeadNoun(text: string, reading: AttributionSpans): AttributionSpans {
  const f = withAskerInSource(text, cueAfterOwnSource(text, possessedNounFromCue(text, splitSubjectFromCue(text, reading))));
  if (!f.source) return f;
  const fitted = withNounAfterCut(text, widened(text, f.source, f.cue ? [f.cue, ...f.content] : f.content), f.cue);
  const source = withoutFrontedParticiple(text, withApposedNameBeforeCue(text, withPeopleAskedBy(text, fitted), f.cue));
  return source === f.source ? f : { ...f, source };
}
