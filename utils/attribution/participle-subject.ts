/**
 * "Japan's meteorological agency lifted an advisory, saying the risk had passed": a participle of
 * saying after a comma reports for its sentence's subject. The taggers read its source as the
 * whole clause before ("… agency lifted an advisory,"), as a possessor inside the subject
 * ("Britain" of "Britain's Met Office") or not at all; the source is the subject, up to its verb.
 */
import { mendEach } from './reading-passes';
import { withoutDateline } from './dateline';
import { isAbbreviation } from './sentences';
import type { AttributionSpans, Span } from './types';

/** A participle of saying, which after a comma reports for its sentence's subject ("…, saying", "…, adding", "…, citing"). */
export const PARTICIPLE_CUE = /^(?:saying|adding|noting|warning|arguing|claiming|insisting|stressing|explaining|writing|citing|blaming)$/u;
/** A sentence's end: ".", "!" or "?" (maybe with a closing quote) and space, or a line break; the word before a full stop is captured. */
const SENTENCE_END = /(?:([\p{L}.]*\p{L})?\.|[!?])["”’]?\s+|\n\s*/gu;

/**
 * Where the sentence that `before` ends in starts: after its last sentence end, else at 0. A title's
 * or an initial's stop ends none ("Mrs. Clinton", "U.S. officials": the sentence splitter's abbreviations).
 */
function lastSentenceStart(before: string): number {
  let start = 0;
  for (const m of before.matchAll(SENTENCE_END)) {
    const word = m[1];
    if (word !== undefined && (word.length === 1 && /\p{Lu}/u.test(word) || isAbbreviation(word.toLowerCase()))) continue;
    start = m.index + m[0].length;
  }
  return start;
}
/** A verb a news sentence's subject is followed by: a past tense, an auxiliary or a common irregular verb. */
const FINITE_VERB = /^(?:\p{Ll}{2,}ed|is|was|are|were|has|have|had|will|would|can|could|cut|set|put|hit|made|took|gave|told|fell|rose|won|lost|began|kept|left|sent|sold|bought|paid|held|met|ran|saw|shut|spent|struck|quit|went|came|became|wrote|spoke|stood|led|broke|built|fought|chose|drew|grew|threw|says|said)$/u;
/** Words a subject may hold: a determiner, a possessive, a capitalised or lower-case word. */
const SUBJECT_WORD = /^(?:[\p{L}][\p{L}.&'’-]*)$/u;
/** Words a subject never ends on. */
const NO_SUBJECT_END = /^(?:the|a|an|of|for|in|on|at|to|and|or|its|their|his|her)$/iu;
/** A subordinator opening the sentence: its first clause is no subject. */
const SUBORDINATOR = /^(?:When|If|As|Although|Though|After|Before|While|Because|Since|Until|Once|Unless|Whether)$/u;
/** An expletive opening the sentence ("There is a lot of chatter about Perez, saying …"): no one's saying. */
const NO_ONE = /^(?:There|It)$/u;
/** A preposition opening the sentence: a phrase of time or place, no subject. */
const PREPOSITION = /^(?:By|On|In|At|During|Over|For|From|Under|With|Without|Within|Across|Throughout|Earlier|Later)$/u;
/** A subject pronoun. */
const PRONOUN = /^(?:he|she|they|we|it|I)$/u;
/** Words that open a clause inside a would-be subject. */
const CLAUSE_WORD = /^(?:that|who|which|whom|whose|when|where|while|because|if)$/iu;
/** Adverbs between a subject and its verb. */
const ADVERB = /^(?:\p{Ll}{3,}ly|also|then|now|still|later|earlier|again|once|never|only|just|too|already|soon|first)$/u;
/** A day or period after "on", "last" or "this" ("on Tuesday", "last week"). */
const DAY_OR_PERIOD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|weekend|morning|evening|night)$/u;
/** How many words a subject may have. */
const MAX_SUBJECT_WORDS = 7;

/** The subject of the sentence the cue at `cueStart` ends, up to its verb, or null. */
function sentenceSubject(text: string, cueStart: number): Span | null {
  const window = Math.max(0, cueStart - 300);
  const before = text.slice(window, cueStart);
  let sentence = withoutDateline(text, { start: window + lastSentenceStart(before), end: cueStart });
  let words = [...text.slice(sentence.start, sentence.end).matchAll(/\S+/gu)];
  // an opening phrase of time or place closed by a comma ("In a report published last week, planning officers recommended …"): the subject comes after it
  const comma = PREPOSITION.test(words[0]?.[0] ?? '') ? words.findIndex((w) => w[0].endsWith(',')) : -1;
  if (comma > 0 && comma + 1 < words.length && comma <= 8) {
    const at = words[comma + 1].index;
    sentence = { start: sentence.start + at, end: sentence.end };
    words = [...text.slice(sentence.start, sentence.end).matchAll(/\S+/gu)];
  }
  if (words.length === 0 || !/^\p{L}/u.test(words[0][0]) || SUBORDINATOR.test(words[0][0]) || NO_ONE.test(words[0][0])) return null;
  for (let k = 1; k < words.length && k <= MAX_SUBJECT_WORDS; k++) {
    if (!SUBJECT_WORD.test(words[k - 1][0]) || CLAUSE_WORD.test(words[k - 1][0])) return null;
    // (no verb right after a possessive: "France's armed forces minister")
    if (!FINITE_VERB.test(words[k][0]) || /['’]s$/u.test(words[k - 1][0])) continue;
    // the subject without adverbs and a time before its verb ("He also", "The agency on Tuesday")
    let last = k - 1;
    while (last > 0 && ADVERB.test(words[last][0])) last--;
    if (last > 1 && DAY_OR_PERIOD.test(words[last][0]) && /^(?:on|last|this)$/u.test(words[last - 1][0])) last -= 2;
    if (NO_SUBJECT_END.test(words[last][0])) return null;
    const end = sentence.start + words[last].index + words[last][0].length;
    // an opening phrase of time or place before a pronoun ("By Sunday afternoon she had cancelled …"): the pronoun
    if (PREPOSITION.test(words[0][0])) return PRONOUN.test(words[last][0]) ? { start: sentence.start + words[last].index, end } : null;
    return { start: sentence.start, end };
  }
  return null;
}

/** The rest of a subject after its head, when it says where or of what the head is ("… in the village"). */
const PLACE_AFTER_HEAD = /^\s+(?:in|at|on|from|of|across|around|near|among)\s/u;

/** One reading whose participle's source is read as its sentence's subject. */
function withSubjectOfParticiple(text: string, f: AttributionSpans): AttributionSpans {
  const { cue, source } = f;
  if (!cue || !PARTICIPLE_CUE.test(text.slice(cue.start, cue.end)) || !/,\s*$/u.test(text.slice(Math.max(0, cue.start - 3), cue.start))) return f;
  const subject = sentenceSubject(text, cue.start);
  if (subject === null || f.content.some((c) => c.start < subject.end && subject.start < c.end)) return f;
  // a source that is the subject already, or somewhere else in its sentence (after the cue, a clause away) stays
  const runsPast = source !== null && source.start === subject.start && source.end > subject.end;
  // (a possessor inside it: "Britain" of "Britain's Met Office")
  // (its "'s" inside the source or after it: "France's" of "France's armed forces minister")
  const inside = source !== null && subject.start <= source.start && source.end < subject.end && (/^['’]s\s/u.test(text.slice(source.end, source.end + 3)) || /['’]s$/u.test(text.slice(source.start, source.end)));
  // (a source in an earlier sentence: "The EU fined the bank. Japan's agency lifted an advisory, saying …")
  const before = source !== null && source.end <= subject.start;
  // (the subject cut before where it is: "Some" of "Some in the village")
  const cutShort = source !== null && source.start === subject.start && source.end < subject.end && PLACE_AFTER_HEAD.test(text.slice(source.end, subject.end));
  if (source !== null && !runsPast && !inside && !before && !cutShort) return f;
  return { ...f, source: subject };
}

/** Every reading whose participle of saying speaks for its sentence's subject, given that subject as its source. */
export function withParticipleSubjects(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withSubjectOfParticiple);
}
