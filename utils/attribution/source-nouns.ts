/**
 * One pass that finds unnamed mentions ("a diplomat", "the poll", "critics") so that a later
 * "he", "they" or "the diplomat" can find what it stands for, with the words that described it.
 */
import { newEntity, type Mention } from './source-entity';
import { headNounGender, isKinNoun } from './name-gender';
import { ANONYMOUS_PLURAL_NOUNS, ANONYMOUS_ROLE_NOUNS, DOCUMENT_NOUNS, GROUP_NOUNS, PERSON_ROLE_NOUNS } from './source-lexicon';
import { ORG_NOUNS } from './source-lexicon-bodies';
import { readPhraseRemembered, type PhraseMemo } from './source-phrase-memo';
import { describeAfter } from './source-description';
import { lowerCase } from './tokenize';

const INTRODUCERS = new Set('a an the one two three several some many another other his her their its this these'.split(' '));
/** The longest introducer: a longer word is none (lower case never makes a word shorter), so it is not sliced. */
const MAX_INTRODUCER_LENGTH = Math.max(...[...INTRODUCERS].map((w) => w.length));
const LETTER = /[\p{L}\p{N}]/u;

const LEXICON_NOUNS: ReadonlySet<string> = new Set([
  ...ANONYMOUS_ROLE_NOUNS, ...ANONYMOUS_PLURAL_NOUNS, ...DOCUMENT_NOUNS, ...GROUP_NOUNS, ...ORG_NOUNS, ...PERSON_ROLE_NOUNS,
]);

/** Characters of a lowercase word run ("officials", "ex-officials"); a run starts at a lowercase letter. */
const RUN_CHAR = /[\p{Ll}\p{N}'’-]/u;
const LOWER = /\p{Ll}/u;
/** The longest lexicon noun, so long runs are not sliced for a lookup. */
const MAX_NOUN_LENGTH = Math.max(...[...LEXICON_NOUNS].map((w) => w.length));
/** The lexicon nouns that are one lowercase run: the only words a mention can end in. */
const LEXICON_RUNS: ReadonlySet<string> = new Set([...LEXICON_NOUNS].filter((w) => /^\p{Ll}[\p{Ll}\p{N}'’-]*$/u.test(w)));

/**
 * Bucket of a run by its first, second and last units (five bits each) and length (four): most
 * words of a text share none with a lexicon noun, and are answered by one bit without slicing them.
 */
const runBucket = (text: string, start: number, end: number): number =>
  ((text.charCodeAt(start) & 31) << 14) | ((end - start > 1 ? text.charCodeAt(start + 1) & 31 : 0) << 9) |
  ((text.charCodeAt(end - 1) & 31) << 4) | ((end - start) & 15);
/** One bit per bucket holding a lexicon run (64 KB). */
const RUN_BUCKETS = new Uint32Array(1 << 14);
for (const w of LEXICON_RUNS) {
  const bucket = runBucket(w, 0, w.length);
  RUN_BUCKETS[bucket >>> 5] |= 1 << (bucket & 31);
}

const LOWER_BIT = 1, LETTER_BIT = 2, RUN_BIT = 4, KNOWN_BIT = 8;
/** LOWER, LETTER and RUN_CHAR of each UTF-16 unit taken alone, found on first sight: no string or regex per character. */
const UNIT_CLASS = new Uint8Array(0x10000);

/** Class bits of the unit at i (0 <= i < text.length). */
function unitClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = UNIT_CLASS[c];
  if (k === 0) {
    const ch = text[i];
    UNIT_CLASS[c] = k = KNOWN_BIT | (LOWER.test(ch) ? LOWER_BIT : 0) | (LETTER.test(ch) ? LETTER_BIT : 0) | (RUN_CHAR.test(ch) ? RUN_BIT : 0);
  }
  return k;
}

/** LETTER for the UTF-16 unit at i. */
function isLetterAt(text: string, i: number): boolean {
  return (unitClass(text, i) & LETTER_BIT) !== 0;
}

/** RUN_CHAR at i: of the unit, or from a high surrogate on, as the regex reads it there. */
function isRunChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // a whole code point, so a letter outside the BMP still continues the run
  if (c >= 0xd800 && c <= 0xdbff) return RUN_CHAR.test(text.slice(i, i + 2));
  return (unitClass(text, i) & RUN_BIT) !== 0;
}

/** True when a lowercase run begins at `i` after a non-letter (not mid-word, not after "x-"). */
function startsRun(text: string, i: number): boolean {
  if (i > 0 && isLetterAt(text, i - 1)) return false;
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    // ASCII answered here: a-z is a lowercase letter (so no run starts at i); 0-9 ' - continue the run.
    if (c >= 97 && c <= 122) return false;
    if (c < 128) {
      if ((c >= 48 && c <= 57) || c === 39 || c === 45) continue;
      return true;
    }
    const unit = unitClass(text, k);
    if (!(unit & RUN_BIT)) return true;
    if (unit & LOWER_BIT) return false;
  }
  return true;
}

/**
 * Start of the noun phrase ending at `nounStart`: back over at most four words joined by spaces
 * or hyphens (and a plural possessive's apostrophe), to the nearest determiner ("a former ministry official",
 * "a local parents' association"); the noun itself if none.
 */
function phraseStart(text: string, nounStart: number): number {
  let pos = nounStart;
  for (let k = 0; k < 4; k++) {
    let end = pos;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '-' || text[end - 1] === '\u00a0')) end--;
    if (end === pos || end === 0) return nounStart;
    // (over a plural possessive's apostrophe: "a local parents' association")
    const word = text[end - 1] === "'" || text[end - 1] === '’' ? end - 1 : end;
    let start = word;
    while (start > 0 && isLetterAt(text, start - 1)) start--;
    if (start === word) return nounStart;
    if (end - start <= MAX_INTRODUCER_LENGTH && INTRODUCERS.has(lowerCase(text.slice(start, end)))) return start;
    pos = start;
  }
  return nounStart;
}

/** The lower-case word one space after a run. */
const NEXT_WORD = /^ (\p{Ll}[\p{Ll}'-]*)/u;

/**
 * The unnamed mention ending in the lowercase run [i, runEnd), or null: the per-run step of
 * `indexUnnamedMentions`, exported so a test can check that scan's skipping against visiting
 * every position. `readings` remembers phrase readings for one text.
 */
export function mentionOfRun(text: string, i: number, runEnd: number, readings: PhraseMemo): Mention | null {
  if (runEnd - i > MAX_NOUN_LENGTH) return null;
  const bucket = runBucket(text, i, runEnd);
  if ((RUN_BUCKETS[bucket >>> 5] & (1 << (bucket & 31))) === 0) return null;
  const lower = text.slice(i, runEnd);
  if (!LEXICON_RUNS.has(lower) || !startsRun(text, i)) return null;
  const end = runEnd;
  // "the county council", "the police department": the compound's last noun makes the mention
  const next = NEXT_WORD.exec(text.slice(end, end + MAX_NOUN_LENGTH + 1));
  if (next && LEXICON_RUNS.has(next[1])) return null;
  const start = phraseStart(text, i);
  // ", the daughter of a ship captain": an apposition of birth describes the one named before it, no one of its own
  if (isKinNoun(lower) && KIN_APPOSITION_OPENING.test(text.slice(Math.max(0, start - 3), start)) && OF_NEXT.test(text.slice(end, end + 4))) return null;
  // A bare singular ("policy", "law") introduces no one a pronoun could later point to.
  if (start === i && !lower.endsWith('s')) return null;
  // "A small group | of protesters": the mention is of the people counted, which ends later
  if (QUANTITY_NOUNS.has(lower) && OF_PLURAL_NEXT.test(text.slice(end, end + 60))) return null;
  const after = text.slice(end, end + 160);
  const phrase = text.slice(start, end);
  const reading = readPhraseRemembered(phrase, start, after, readings);
  // Second mentions ("the diplomat") carry their head, so coreference can resolve them later.
  if ((reading.kind !== 'typed' && reading.kind !== 'refer') || reading.head !== lower) return null;
  const type = reading.kind === 'typed' ? reading.type : reading.fallback;
  const description = describeAfter(text, end);
  const entity = newEntity(phrase, description ? `${phrase}${/^\s*,/u.test(after) ? ',' : ''} ${description}` : phrase, type, reading.plural);
  // "Her husband" is no "she", "the spokeswoman" no "he"
  if (!reading.plural) entity.gender = headNounGender(lower);
  // one literal per shape (no spread), so mentions keep stable shapes for the optimiser
  return reading.kind === 'refer' ? { start, end, entity, refer: reading.head } : { start, end, entity };
}

/** Nouns of a quantity of people, which a following "of …" names. */
const QUANTITY_NOUNS = new Set(['group', 'number', 'handful', 'crowd', 'band', 'couple', 'pair', 'dozen', 'majority', 'minority']);
/** "of", up to two modifiers and a plural noun. */
const OF_PLURAL_NEXT = /^\s+of\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*s\b/u;

/** A comma right before an apposition's phrase. */
const KIN_APPOSITION_OPENING = /,\s*$/u;
/** "of" right after a noun. */
const OF_NEXT = /^\s+of\b/u;

/**
 * Every unnamed mention in text order, each with its own entity (merging is coreference's job).
 * A mention ends in a lexicon noun that is a whole lowercase run starting where a run may start:
 * one pass over the characters and a set lookup per run (a regex of every noun is far slower).
 * No run starts inside a run of single-unit characters (`startsRun` reads back to its lowercase
 * first letter), so the scan goes on from the run's end; a run with a surrogate pair is rescanned
 * unit by unit, as `startsRun` reads a lone surrogate as a run's edge. `readings` may be shared
 * with the typing of the text's sources, which reads many of the same phrases.
 */
export function indexUnnamedMentions(text: string, readings: PhraseMemo = new Map()): Mention[] {
  const out: Mention[] = [];
  const n = text.length;
  // the class of the unit before i is carried along, so each unit is classed once
  let afterLetter = false;
  for (let i = 0; i < n;) {
    const unit = unitClass(text, i);
    if (!(unit & LOWER_BIT) || afterLetter) {
      afterLetter = (unit & LETTER_BIT) !== 0;
      i++;
      continue;
    }
    let runEnd = i + 1, pairs = false;
    for (; runEnd < n; runEnd++) {
      const c = text.charCodeAt(runEnd);
      if (c >= 0xd800 && c <= 0xdfff) {
        if (!isRunChar(text, runEnd)) break;
        pairs = true;
      } else if (!(unitClass(text, runEnd) & RUN_BIT)) break;
    }
    const mention = mentionOfRun(text, i, runEnd, readings);
    if (mention) out.push(mention);
    // a lowercase letter is a LETTER, so after a rescanned run's first unit comes a letter
    if (pairs) i++;
    else i = runEnd;
    afterLetter = pairs || isLetterAt(text, runEnd - 1);
  }
  return out;
}
