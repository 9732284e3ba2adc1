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

const LOWER_WORD = /\p{Ll}[\p{Ll}\p{N}'’-]*/gu;
const INTRODUCERS = new Set('a an the one two three several some many another other his her their its this these'.split(' '));
const LETTER = /[\p{L}\p{N}]/u;

const LEXICON_NOUNS: ReadonlySet<string> = new Set([
  ...ANONYMOUS_ROLE_NOUNS, ...ANONYMOUS_PLURAL_NOUNS, ...DOCUMENT_NOUNS, ...GROUP_NOUNS, ...ORG_NOUNS, ...PERSON_ROLE_NOUNS,
]);

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
    while (start > 0 && LETTER.test(text[start - 1])) start--;
    if (start === end) return nounStart;
    if (INTRODUCERS.has(text.slice(start, end).toLowerCase())) return start;
    pos = start;
  }
  return nounStart;
}

/** Every unnamed mention in text order, each with its own entity (merging is coreference's job). */
export function indexUnnamedMentions(text: string): Mention[] {
  const out: Mention[] = [];
  LOWER_WORD.lastIndex = 0;
  for (let m = LOWER_WORD.exec(text); m !== null; m = LOWER_WORD.exec(text)) {
    const lower = m[0];
    if (!LEXICON_NOUNS.has(lower) || (m.index > 0 && LETTER.test(text[m.index - 1]))) continue;
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
