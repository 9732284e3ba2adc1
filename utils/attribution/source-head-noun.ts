/**
 * "Patient groups welcomed the results, saying …": the taggers sometimes end a source on its
 * capitalised first word and leave the head noun out ("Patient", "Local", "Opposition"), which then
 * reads as someone's name. A short capitalised source followed by a lower-case noun the lexicon
 * knows as a speaker ("groups", "residents", "parties") takes that noun in.
 */
import { isLexiconNoun } from './source-lexicon';
import type { AttributionSpans, Span } from './types';
import { mendEach } from './reading-passes';

/** One to three capitalised words, nothing else: a modifier the taggers mistook for the whole source. */
const CAPITALISED_RUN = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u;
/** The lower-case word right after the source, one space away. */
const NEXT_WORD = /^ (\p{Ll}[\p{Ll}-]*)/u;
/** Words that modify a speaker's noun inside a compound without being speakers ("state news agency", "wire service"). */
const NOUN_MODIFIERS = new Set(['news', 'wire', 'press', 'state', 'public', 'national', 'regional', 'local', 'official']);
/** How much text is looked at after a source for one word, and how many nouns a head may take in. */
const LOOK_AHEAD = 40;
const MAX_HEAD_WORDS = 4;

/** The source widened over its head noun, or unchanged; never over a cue or claim of the reading. */
function widened(text: string, source: Span, taken: Span[]): Span {
  if (!CAPITALISED_RUN.test(text.slice(source.start, source.end))) return source;
  let end = source.end;
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

/** A possessive alone as the source ("His"), or a determiner and a modifier ("The veteran"), and a cue that opens with the noun it owns ("widow said", "striker said"). */
const POSSESSIVE_ALONE = /^(?:his|her|their|its|our|my|(?:the|a|an)\s+\p{Ll}[\p{Ll}-]*)$/iu;
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
 * Readings whose source stops before its head noun get the whole noun phrase as their source, and
 * a cue that swallowed its subject (or the noun a possessive source owns) gives it back to the source.
 */
export function withSourceHeadNoun(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, readingWithSourceHeadNoun);
}

/** `withSourceHeadNoun` for one reading (a step for reading-passes.ts). */
function readingWithSourceHeadNoun(text: string, reading: AttributionSpans): AttributionSpans {
  const f = cueAfterOwnSource(text, possessedNounFromCue(text, splitSubjectFromCue(text, reading)));
  if (!f.source) return f;
  const source = widened(text, f.source, f.cue ? [f.cue, ...f.content] : f.content);
  return source === f.source ? f : { ...f, source };
}
