/**
 * The words of a source phrase and of the text after it, read by char codes over the same
 * letter classes as the name scanner: a phrase is read for most nouns of a text, so no regex
 * match objects are made per word.
 */
import { pluralBodyNoun } from './source-lexicon-bodies';
import { possessiveMarkLength } from './source-name-groups';
import { isLetterOrDigitAt, letterRunEnd, unitsAt } from './name-word-scan';
import { lowerCase } from './tokenize';

/** Pronouns a source phrase may be alone: read as a pronoun, resolved by coreference. */
export const PRONOUNS = new Set(
  'he she him her his hers i me my we us our they them their it its this that which who whom whose you one'.split(' '),
);
/** Words that open a noun phrase without naming anything: a head after them is a common noun. */
export const DETERMINERS = new Set('a an the one two three four five several some many most few another other both each all any no his her their its our my your this that these those'.split(' '));
/** Words for an amount of people ("some", "dozens", "a group"): with "of" the head is after them. */
export const QUANTIFIERS = new Set(
  `one two three four five several some many most few none each both all any another others percent majority
  minority half third quarter number plurality share handful dozens hundreds thousands millions group coalition
  crowd chorus array`.split(/\s+/),
);
/** Words that end a source's noun phrase: its head is the word before them. */
export const SPLITTERS = new Set(
  `of for at in on from with to who which that whose close familiar briefed involved not i we he she they you have
  has had is are was were will would can could said say says told like including also only later then further by being
  previously recently earlier too however instead still separately meanwhile again now
  near around across throughout among downstream upstream nearby locally abroad overseas elsewhere here there`.split(/\s+/),
);

/**
 * Words capitalised only because they open a sentence, never a name ("Since announcing …, he said",
 * "Those who named …", "Having said that …"): a phrase headed by one is read as if in lower case.
 */
export const SENTENCE_OPENERS = new Set(
  `since despite instead nearly also further besides among prior whenever neither nothing simply having those both these
  some many most several all each every either although though because while after before during meanwhile however still
  then now there here yet unlike amid against between into within upon without until unless whether if as when where why
  how what which whose whom so from indeed moreover thus hence perhaps maybe even only just such once whatever whoever
  nobody everyone someone anyone everybody somebody anybody none`.split(/\s+/),
);

/** Words that make an "action" a lawsuit. */
export const LAWSUIT_ACTIONS = new Set(['class', 'legal', 'civil', 'court']);

/** A verb of saying or opinion next: "industry figures said" are people, "industry figures show" data. */
export const SPEAKING_NEXT = /^\s+(?:(?:have|had|also|\p{Ll}+ly)\s+)?(?:accuse|accused|accuses|said|say|says|told|tell|warned|warn|argued|argue|believe|believed|fear|feared|expect|expected|predicted|predict|added|claimed|insisted|insist|complained|welcomed|criticised|criticized|urged|called)\b/u;

/** Words before "figures" that make them people ("industry figures", "opposition figures"), not numbers ("official figures"). */
export const FIGURES_OF_PEOPLE = new Set(['industry', 'party', 'political', 'senior', 'leading', 'prominent', 'community', 'opposition', 'sporting', 'religious', 'establishment', 'media', 'tory', 'conservative', 'republican', 'democratic']);

/** Re-exported from source-lexicon.ts, where the name index can read it without importing the phrase reader. */
export { SURNAME_ROLES } from './source-lexicon';

/** A word of a phrase: its text without a possessive mark, lower-cased, and its offset in the text. */
export interface PWord {
  text: string;
  lower: string;
  start: number;
}

/**
 * The phrase's words, as /[\p{L}\p{N}]+(?:[.'’&\/-][\p{L}\p{N}]+)*\/gu matches them (a test
 * checks), possessive marks cut off; read by a scanner, as a phrase is read for most nouns of a text.
 */
export function phraseWords(phrase: string, offset: number): PWord[] {
  const out: PWord[] = [];
  const n = phrase.length;
  for (let i = 0; i < n;) {
    if (!isLetterOrDigitAt(phrase, i)) {
      i += unitsAt(phrase, i);
      continue;
    }
    let j = letterRunEnd(phrase, i);
    for (let c = phrase.charCodeAt(j); (c === 46 || c === 39 || c === 0x2019 || c === 38 || c === 47 || c === 45) && j + 1 < n && isLetterOrDigitAt(phrase, j + 1); c = phrase.charCodeAt(j)) {
      j = letterRunEnd(phrase, j + 1);
    }
    const word = phrase.slice(i, j);
    const mark = possessiveMarkLength(word);
    const text = mark > 0 ? word.slice(0, -mark) : word;
    if (text) out.push({ text, lower: lowerCase(text), start: offset + i });
    i = j;
  }
  return out;
}

/** The words after a phrase up to the end of its sentence or a quotation, at most 120 characters: where a cue of anonymity still belongs to it. */
export function firstClause(after: string): string {
  const n = Math.min(after.length, 120);
  for (let i = 0; i < n; i++) {
    const c = after.charCodeAt(i);
    if (c === 46 || c === 59 || c === 33 || c === 63 || c === 10) return after.slice(0, i);
    // a quotation opens: its words are the claim, not the source's description ("say, ''Poor Mexico, so … close to …''")
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0x2018 || (c === 39 && after.charCodeAt(i + 1) === 39)) return after.slice(0, i);
  }
  return after.slice(0, n);
}

/** False when a lower-cased word cannot open "in/on/at/during/through/via/with": its first unit is ASCII and none of theirs. */
export function mayOpenCircumstance(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return c >= 128 || c === 105 || c === 111 || c === 97 || c === 100 || c === 116 || c === 118 || c === 119;
}

/** Bodies of a trade the lexicon lists only as a firm's epithet or not at all, whose plural opens a sentence ("Hotels in …"). */
const PLURAL_BODIES: ReadonlySet<string> = new Set(['hotels', 'restaurants', 'pubs', 'shops', 'stores', 'cafes', 'cafés', 'bars', 'insurers', 'lenders']);

/** Whether a lower-cased word is the plural of a body's noun ("airlines", "schools", "universities", "hotels"). */
export function isBodiesPlural(lower: string): boolean {
  return PLURAL_BODIES.has(lower) || pluralBodyNoun(lower);
}

/** Bodies that "the" and their plural mean as the ones the text has named ("the companies said" after two firms); not "the groups", "the sides", "the families". */
export const NAMED_BEFORE_PLURALS: ReadonlySet<string> = new Set(['companies', 'firms', 'banks', 'airlines', 'carriers', 'lenders', 'insurers', 'retailers', 'agencies', 'departments',
  'ministries', 'councils', 'hospitals', 'universities', 'cities', 'governments', 'regulators', 'carmakers', 'automakers', 'utilities']);
