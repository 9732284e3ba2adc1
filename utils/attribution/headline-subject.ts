/**
 * Headlines whose first clause's subject goes on to speak: "Central bank holds rates steady, says
 * inflation is easing", "Mayor Vows to Fight Cuts, Says City Will Sue". Wire copy writes them so
 * often; the taggers, trained on sentences, read the clause after "says" as its speaker and the
 * first clause as the claim. The speaker is the subject, the claim what follows the verb.
 */
import { headlineLine, inTitleCaseLine, isOneShortSentence, MAX_HEADLINE } from './headline-case';
import { HEADLINE_SAYING_VERBS, readSpeakerTail } from './headline-speaker-tail';
import { FINITE_AUXILIARIES, isLexiconNoun } from './source-lexicon';
import type { AttributionSpans } from './types';

/** The first clause, its comma, a verb of saying, then the rest of the line (ending on an optional full stop). */
const CLAUSE_THEN_VERB = /^(.+),\s+(\p{L}+)\s+(\S.*?)\.?$/u;
/** A tail opening on a preposition is the verb's object, never its speaker ("…, warns of slower growth", "…, warns against cuts"). */
const PREPOSITION_OPENING = /^(?:of|over|against|about|on)\s/u;
/** Opening words that make a tail a clause with a subject of its own ("…, says it will appeal", "…, says that …"); case kept, as "IT boss" is no "it". */
const CLAUSE_OPENING = /^(?:[Tt]hat|[Ii]t|[Tt]hey|[Hh]e|[Ss]he|[Ww]e|[Tt]here)\b/u;
/** A tail longer than this is a clause: a speaker after the verb ("…, warns union") is a short name or noun phrase. */
const MAX_SPEAKER_WORDS = 6;
/** Words a headline's subject opens with that make the first part no clause with a subject ("How", "Why", "After"). */
const NOT_SUBJECT_START = /^(?:[Hh]ow|[Ww]hy|[Ww]hat|[Ww]hen|[Ww]here|[Ww]ho|[Aa]fter|[Bb]efore|[Aa]s|[Ii]f|[Ww]hile|[Aa]nd|[Bb]ut|[Ii]n|[Oo]n|[Aa]t|[Ff]or|[Ww]ith|[Ff]rom|[Ii]t|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Tt]here|[Hh]ere)\b/u;
/** The most words a headline's subject runs to before its verb ("European Central Bank", "Police chief"). */
const MAX_SUBJECT_WORDS = 4;

/**
 * Whether the words after the verb are a clause of their own, so the verb's speaker is the first
 * clause's subject. A long tail counts only in sentence case and without capitals: "…, says former
 * council leader Dame Ann Lee" is a speaker however long.
 */
function isClause(tail: string, titleCase: boolean): boolean {
  const words = tail.split(/\s+/u);
  // (a quotation is never a speaker's name: '…, says nerves "nearly swallowed" her')
  if (CLAUSE_OPENING.test(tail) || PREPOSITION_OPENING.test(tail) || /["“”]/u.test(tail) || words.some((w) => FINITE_AUXILIARIES.has(w.toLowerCase()))) return true;
  return !titleCase && words.length > MAX_SPEAKER_WORDS && !words.some((w) => /^\p{Lu}/u.test(w));
}

/**
 * Length of the first clause's subject: the words before its verb, the first word after the first
 * that ends in a single "s" ("holds", "Vows"; not "boss", "bus" or "Britain's") or is "to" ("Minister
 * to quit"), which may end the clause in sentence case ("Minister quits, says …"); 0 when there is none within reach. A "says" after the clause agrees with a singular
 * subject, so a plural noun ending in "s" rarely sits inside it; and a headline in sentence case
 * writes its verb in lower case, so a capitalised word there is a name's ("Brisa Home Appliances").
 */
function subjectLength(clause: string, titleCase: boolean): number {
  const words = [...clause.matchAll(/\S+/gu)];
  // a last word may be the verb only where case tells it from a name's
  const last = titleCase ? words.length - 1 : words.length;
  for (let k = 1; k < last && k <= MAX_SUBJECT_WORDS; k++) {
    const w = words[k][0];
    if (!titleCase && w[0] !== w[0].toLowerCase()) continue;
    if (/^to$/iu.test(w) || (/^\p{L}+s$/u.test(w) && !/(?:ss|us|is)$/iu.test(w))) return words[k - 1].index + words[k - 1][0].length;
  }
  return 0;
}

/**
 * Length of a plural subject ("Dockers reject pay offer, warn …"): the words up to the first plural
 * noun before a verb in lower case; 0 when there is none within reach. Read only when the verb of
 * saying is plural too, which tells the subject's number.
 */
function pluralSubjectLength(clause: string): number {
  const words = [...clause.matchAll(/\S+/gu)];
  for (let k = 0; k < words.length - 1 && k < MAX_SUBJECT_WORDS; k++) {
    const w = words[k][0], next = words[k + 1][0];
    if (/^\p{L}{4,}s$/u.test(w) && !/(?:ss|us|is)$/iu.test(w) && /^\p{Ll}/u.test(next)) return words[k].index + w.length;
  }
  return 0;
}

/** Whether a headline verb is the plural of a verb of saying ("warn", "say", "deny"). */
const isPluralSayingVerb = (verb: string): boolean =>
  !HEADLINE_SAYING_VERBS.has(verb) && (HEADLINE_SAYING_VERBS.has(`${verb}s`) || HEADLINE_SAYING_VERBS.has(verb.replace(/y$/u, 'ies')));

/**
 * The reading of such a headline (the text's first line), or null: the subject as source, the verb
 * as cue, the words after it as the claim.
 */
function readHeadlineSubject(text: string): AttributionSpans | null {
  const clause = headlineClause(text);
  if (clause === null) return null;
  const { start, m } = clause;
  const titleCase = inTitleCaseLine(text, start);
  const verbWord = m[2].toLowerCase();
  // (a first part with a comma is a sentence's subject and its apposition: "Its organisers, the … Society, say")
  const plural = isPluralSayingVerb(verbWord) && !titleCase && !m[1].includes(',');
  if (!(HEADLINE_SAYING_VERBS.has(verbWord) || plural) || !isClause(m[3], titleCase) || NOT_SUBJECT_START.test(m[1])) return null;
  const subject = plural ? pluralSubjectLength(m[1]) : subjectLength(m[1], titleCase);
  if (subject === 0) return null;
  return {
    source: { start, end: start + subject },
    cue: { start: start + clause.verb, end: start + clause.verb + m[2].length },
    content: [{ start: start + clause.claim, end: start + clause.claim + m[3].length }],
  };
}

/**
 * The text's first line when it is a headline of one short sentence (a line of sentences is the
 * story's first paragraph) split as "first clause, verb rest" (CLAUSE_THEN_VERB), with the verb's
 * and the rest's offsets in the line; else null.
 */
function headlineClause(text: string): { start: number; m: RegExpExecArray; verb: number; claim: number } | null {
  const { start, end } = headlineLine(text);
  if (end - start > MAX_HEADLINE) return null;
  const line = text.slice(start, end).trimEnd();
  const m = isOneShortSentence(line) ? CLAUSE_THEN_VERB.exec(line) : null;
  if (m === null) return null;
  const verb = m[1].length + line.slice(m[1].length).indexOf(m[2]);
  return { start, m, verb, claim: verb + m[2].length + line.slice(verb + m[2].length).indexOf(m[3]) };
}

/**
 * The first line's reading with its speaker last ("…, says former council leader Dame Ann Lee",
 * "…, Former White House Doctor Says"), or null: only when the speaker has a capital or a noun the lexicon knows and opens with
 * no -ing word ("Karim Adeyemi, 34, of Lindford Road, denies causing serious injury." is a
 * sentence whose subject came first).
 */
function speakerTail(text: string): AttributionSpans | null {
  const { start, end } = headlineLine(text);
  if (end - start > MAX_HEADLINE) return null;
  const tail = readSpeakerTail(start, text.slice(start, end).trimEnd());
  if (tail === null || tail.source === null) return null;
  const speaker = text.slice(tail.source.start, tail.source.end);
  const words = speaker.split(/\s+/u);
  return !/^\p{Ll}+ing$/u.test(words[0]) && words.some((w) => /^\p{Lu}/u.test(w) || isLexiconNoun(w.toLowerCase())) ? tail : null;
}

/** A plural noun opening the clause, then a verb with no -s ("Parents | sue games maker"). */
const PLURAL_THEN_VERB = /^(\p{Lu}\p{Ll}{2,}(?<![su])s)\s+(?!(?:in|of|at|on|for|from|to|with|by|and|or|the|a|an|who|that)\s)\p{Ll}+(?<!s)\s/u;
/** Participles of saying after a headline's first clause, whose speaker is that clause's subject. */
const SAYING_PARTICIPLE = /^(?:saying|blaming|citing|claiming|warning|arguing|accusing|insisting|alleging|calling|urging|vowing)$/u;

/**
 * "Arbitrator awards transit workers 11% raise, rejects city's pension demands": any verb after the
 * comma is the first clause's subject's, so a reading of it with no source, or one the taggers took
 * from inside that clause ("workers"), is the subject's, with the words after the verb as its claim.
 */
function secondVerbSubject(text: string, found: AttributionSpans[]): AttributionSpans | null {
  const clause = headlineClause(text);
  if (clause === null) return null;
  const { start, m, verb } = clause;
  // (or a participle of saying: "Family sues AI company, saying chatbot encouraged …", "Chef closes restaurant, blaming rents")
  if (NOT_SUBJECT_START.test(m[1]) || m[1].includes(',') || !(/^\p{Ll}+s$/u.test(m[2]) || SAYING_PARTICIPLE.test(m[2]))) return null;
  // (no source yet, or one from inside the first clause past its subject)
  const taken = found.find((f) => f.cue !== null && f.cue.start === start + verb && (f.source === null || (f.source.start > start && f.source.end <= start + m[1].length)));
  // (a participle tells no number, so a plural subject may have it: "Parents sue games maker, saying …")
  // (a participle's reading is taken over only when the taggers gave it no source)
  const participle = SAYING_PARTICIPLE.test(m[2]);
  const plural = participle ? PLURAL_THEN_VERB.exec(m[1]) : null;
  const subject = !taken || (participle && taken.source !== null) ? 0 : plural ? plural[1].length : subjectLength(m[1], inTitleCaseLine(text, start));
  if (!taken || subject === 0 || (taken.source !== null && taken.source.start < start + subject)) return null;
  const claim = clause.claim;
  // (up to a semicolon, after which the headline tells of something else: "…; bonds slide")
  const semicolon = m[3].indexOf(';');
  const length = semicolon > 0 ? semicolon : m[3].length;
  return { source: { start, end: start + subject }, cue: taken.cue, content: [{ start: start + claim, end: start + claim + length }] };
}

/**
 * The readings with such a headline's reading in place of any whose cue is its verb (the taggers'
 * reading of it, clause and speaker swapped), or added when none is.
 */
export function withHeadlineSubject(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const subject = readHeadlineSubject(text) ?? secondVerbSubject(text, found);
  // a speaker after the verb ("…, says former council leader Dame Ann Lee") replaces the taggers'
  // reading of that verb too; with none, the headline readings add it later (headline-quotes.ts)
  const reading = subject ?? speakerTail(text);
  if (reading === null) return found;
  const cue = reading.cue!;
  const at = found.findIndex((f) => f.cue !== null && f.cue.start < cue.end && cue.start < f.cue.end);
  if (at < 0) return subject !== null ? [reading, ...found] : found;
  return [...found.slice(0, at), reading, ...found.slice(at + 1).filter((f) => !(f.cue !== null && f.cue.start < cue.end && cue.start < f.cue.end))];
}
