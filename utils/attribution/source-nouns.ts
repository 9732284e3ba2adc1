/**
 * One pass that finds unnamed mentions ("a diplomat", "the poll", "critics") so that a later
 * "he", "they" or "the diplomat" can find what it stands for, with the words that described it.
 */
import type { Entity, Mention } from './source-entity';
import {
  ANONYMOUS_PLURAL_NOUNS,
  ANONYMOUS_ROLE_NOUNS,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  ORG_NOUNS,
  PERSON_ROLE_NOUNS,
} from './source-lexicon';
import { readPhraseRemembered, type PhraseMemo } from './source-phrase-memo';
import { describeAfter } from './source-description';
import { lowerCase } from './tokenize';

const INTRODUCERS = new Set('a an the one two three several some many another other his her their its this these'.split(' '));
const LETTER = /[\p{L}\p{N}]/u;
/** LETTER for the UTF-16 unit at i, answering ASCII by its code (no one-character string made). */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER.test(text[i]);
}

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

/** Bucket of a run by its first and last units and length: most words of a text share none with a lexicon noun. */
const runBucket = (first: number, last: number, length: number): number => ((first & 31) << 10) | ((last & 31) << 5) | (length & 31);
/** Buckets holding a lexicon run: a word outside them is answered without slicing it for a set lookup. */
const RUN_BUCKETS = new Uint8Array(1 << 15);
for (const w of LEXICON_RUNS) RUN_BUCKETS[runBucket(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)] = 1;

/** RUN_CHAR for one UTF-16 unit, ASCII answered without the regex. */
function isRunChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45;
  // a whole code point, so a letter outside the BMP still continues the run
  return RUN_CHAR.test(c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]);
}

/** True when the unit at i is a lowercase letter (ASCII without the regex). */
function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(text[i]);
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
    if (!RUN_CHAR.test(text[k])) return true;
    if (LOWER.test(text[k])) return false;
  }
  return true;
}

/**
 * Start of the noun phrase ending at `nounStart`: back over at most four words joined by spaces
 * or hyphens, to the nearest determiner ("a former ministry official"); the noun itself if none.
 */
function phraseStart(text: string, nounStart: number): number {
  let pos = nounStart;
  for (let k = 0; k < 4; k++) {
    let end = pos;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '-' || text[end - 1] === '\u00a0')) end--;
    if (end === pos || end === 0) return nounStart;
    let start = end;
    while (start > 0 && isLetterAt(text, start - 1)) start--;
    if (start === end) return nounStart;
    if (INTRODUCERS.has(lowerCase(text.slice(start, end)))) return start;
    pos = start;
  }
  return nounStart;
}

/**
 * The unnamed mention ending in the lowercase run [i, runEnd), or null: the per-run step of
 * `indexUnnamedMentions`, exported so a test can check that scan's skipping against visiting
 * every position. `readings` remembers phrase readings for one text.
 */
export function mentionOfRun(text: string, i: number, runEnd: number, readings: PhraseMemo): Mention | null {
  if (runEnd - i > MAX_NOUN_LENGTH || !RUN_BUCKETS[runBucket(text.charCodeAt(i), text.charCodeAt(runEnd - 1), runEnd - i)]) return null;
  const lower = text.slice(i, runEnd);
  if (!LEXICON_RUNS.has(lower) || !startsRun(text, i)) return null;
  const end = runEnd;
  const start = phraseStart(text, i);
  // A bare singular ("policy", "law") introduces no one a pronoun could later point to.
  if (start === i && !lower.endsWith('s')) return null;
  const after = text.slice(end, end + 160);
  const phrase = text.slice(start, end);
  const reading = readPhraseRemembered(phrase, start, after, readings);
  // Second mentions ("the diplomat") carry their head, so coreference can resolve them later.
  if ((reading.kind !== 'typed' && reading.kind !== 'refer') || reading.head !== lower) return null;
  const type = reading.kind === 'typed' ? reading.type : reading.fallback;
  const description = describeAfter(text, end);
  const entity: Entity = {
    name: phrase,
    description: description ? `${phrase}${/^\s*,/u.test(after) ? ',' : ''} ${description}` : phrase,
    type,
    plural: reading.plural,
    gender: null,
    person: false,
  };
  // one literal per shape (no spread), so mentions keep stable shapes for the optimiser
  return reading.kind === 'refer' ? { start, end, entity, refer: reading.head } : { start, end, entity };
}

/**
 * Every unnamed mention in text order, each with its own entity (merging is coreference's job).
 * A mention ends in a lexicon noun that is a whole lowercase run starting where a run may start:
 * one pass over the characters and a set lookup per run (a regex of every noun is far slower).
 * No run starts inside a run of single-unit characters (`startsRun` reads back to its lowercase
 * first letter), so the scan goes on from the run's end; a run with a surrogate pair is rescanned
 * unit by unit, as `startsRun` reads a lone surrogate as a run's edge.
 */
export function indexUnnamedMentions(text: string): Mention[] {
  const out: Mention[] = [];
  const n = text.length, readings: PhraseMemo = new Map();
  for (let i = 0; i < n; i++) {
    if (!isLowerAt(text, i) || (i > 0 && isLetterAt(text, i - 1))) continue;
    let runEnd = i + 1, pairs = false;
    for (; runEnd < n && isRunChar(text, runEnd); runEnd++) if (text.charCodeAt(runEnd) >= 0xd800 && text.charCodeAt(runEnd) <= 0xdfff) pairs = true;
    const mention = mentionOfRun(text, i, runEnd, readings);
    if (mention) out.push(mention);
    if (!pairs) i = runEnd - 1;
  }
  return out;
}
