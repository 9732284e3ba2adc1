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
import { readPhrase } from './source-phrase';
import { describeAfter } from './source-description';

const INTRODUCERS = new Set('a an the one two three several some many another other his her their its this these'.split(' '));
const LETTER = /[\p{L}\p{N}]/u;
/** LETTER for one UTF-16 unit, answering ASCII without the regex (most characters of news). */
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER.test(ch);
}

const LEXICON_NOUNS: ReadonlySet<string> = new Set([
  ...ANONYMOUS_ROLE_NOUNS, ...ANONYMOUS_PLURAL_NOUNS, ...DOCUMENT_NOUNS, ...GROUP_NOUNS, ...ORG_NOUNS, ...PERSON_ROLE_NOUNS,
]);

/** Characters of a lowercase word run ("officials", "ex-officials"); a run starts at a lowercase letter. */
const RUN_CHAR = /[\p{Ll}\p{N}'’-]/u;
const LOWER = /\p{Ll}/u;
/**
 * Only the lexicon nouns, each ending a lowercase run: the regex engine skips the other words,
 * so no string is made for every word of the text. Longest first; start checked by `startsRun`.
 */
const LEXICON_WORD = new RegExp(
  `(?:${[...LEXICON_NOUNS]
    .filter((w) => /^\p{Ll}[\p{Ll}\p{N}'’-]*$/u.test(w))
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|')})(?![\\p{Ll}\\p{N}'’-])`,
  'gu',
);

/** True when a lowercase run begins at `i` after a non-letter (not mid-word, not after "x-"). */
function startsRun(text: string, i: number): boolean {
  if (i > 0 && isLetter(text[i - 1])) return false;
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
    while (start > 0 && isLetter(text[start - 1])) start--;
    if (start === end) return nounStart;
    if (INTRODUCERS.has(text.slice(start, end).toLowerCase())) return start;
    pos = start;
  }
  return nounStart;
}

/** Every unnamed mention in text order, each with its own entity (merging is coreference's job). */
export function indexUnnamedMentions(text: string): Mention[] {
  const out: Mention[] = [];
  LEXICON_WORD.lastIndex = 0;
  for (let m = LEXICON_WORD.exec(text); m !== null; m = LEXICON_WORD.exec(text)) {
    const lower = m[0];
    if (!startsRun(text, m.index)) continue;
    const end = m.index + lower.length;
    const start = phraseStart(text, m.index);
    // A bare singular ("policy", "law") introduces no one a pronoun could later point to.
    if (start === m.index && !lower.endsWith('s')) continue;
    const after = text.slice(end, end + 160);
    const phrase = text.slice(start, end);
    const reading = readPhrase(phrase, start, after);
    // Second mentions ("the diplomat") carry their head, so coreference can resolve them later.
    if ((reading.kind !== 'typed' && reading.kind !== 'refer') || reading.head !== lower) continue;
    const type = reading.kind === 'typed' ? reading.type : reading.fallback;
    const description = describeAfter(text, end);
    const entity: Entity = {
      name: phrase,
      description: description ? `${phrase}${/^\s*,/u.test(after) ? ',' : ''} ${description}` : phrase,
      type,
      plural: reading.plural,
      gender: null,
    };
    out.push({ start, end, entity, ...(reading.kind === 'refer' ? { refer: reading.head } : {}) });
  }
  return out;
}
