/**
 * Tests on a single capitalised word the name index reads: whether it names someone or is a word
 * capitalised for another reason (a sentence's first word, a body's common noun, a nation's
 * adjective, a byline). Kept apart from the index so each test reads on its own.
 */
import { lineStartWithin } from './sentences';
import type { Group } from './source-name-groups';
import { loweredNameGender } from './source-entity';
import { isLexiconNoun, SPEAKS_AFTER_NAME } from './source-lexicon';
import { isKnownBodyKey } from './source-lexicon-names';
import { isRolePlural } from './source-kinds';
import { CLUB_NAME_ENDINGS, isOrganisationNoun, ORG_HEADS, TRADE_HEADS } from './source-lexicon-bodies';
import { startsAfterDateline } from './dateline';
import { writtenInLowerCase } from './lower-case-words';

/**
 * After a given name: where the person is from, or who they are, then their message ("Laura from
 * Kilmorran writes:", "Tom, a reader in Eastmoor, says").
 */
const INTRODUCES_READER = /^(?:\s+(?:from|in|of)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|,[^,.!?\n]{1,60},)\s+(?:writes|wrote|says|said|tells|told|asks|asked|emails|emailed|texts|texted|comments|commented|adds|added)\b/u;

/**
 * A given name alone opening a sentence, then where the person is from or who they are: how live
 * blogs and letters pages name readers ("Laura from Kilmorran writes:"). Other given names that
 * open sentences stay words ("Will the council act?", "Bill after bill …").
 */
export function readerByFirstName(text: string, g: Group): boolean {
  const word = g.words[0];
  return loweredNameGender(word.lower) !== null && INTRODUCES_READER.test(text.slice(word.end, word.end + 110));
}

/** A verb of saying right after a word: "Mensah said", "Mensah, 42, told". */
const SPEAKS_NEXT = new RegExp(`^(?:,\\s+\\d{1,3},|\\s+(?:${SPEAKS_AFTER_NAME})\\b)`, 'u');

/** The last words of clubs' names that stand for the club alone ("City", "County", "United"). */
const CLUB_SHORT_NAMES: ReadonlySet<string> = new Set([...CLUB_NAME_ENDINGS, 'city', 'county', 'town']);

/** Whether a name of two or more words before group i ends in `key` ("Harwick City" before "City"). */
function endsEarlierName(gs: readonly Group[], i: number, key: string): boolean {
  for (let j = 0; j < i; j++) {
    const words = gs[j].words;
    if (words.length > 1 && words[words.length - 1].lower === key) return true;
  }
  return false;
}

/** The shape of a nation's or people's adjective ("Moldovan", "Estonian", "Japanese", "Danish", "Iraqi"). */
const NATION_ADJECTIVE_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u;
/** A space and a lower-case letter: a word after the name, which the name modifies. */
const LOWER_WORD_NEXT = /^ \p{Ll}/u;

/**
 * Right after a dateline a word that speaks is a name, never a surname dropped as a sentence's first
 * word ("ACCRA, Ghana — Mensah said"); a common word or a plural of people still goes ("— Fishermen
 * said", "— Wealthy donors").
 */
export function nameAfterDateline(text: string, g: Group, key: string): boolean {
  return !isLexiconNoun(key) && !isRolePlural(g.words[0].text) && SPEAKS_NEXT.test(text.slice(g.words[0].end, g.words[0].end + 12)) && startsAfterDateline(text, g.words[0].start);
}

/**
 * "Council admits …", "Police said": a body's common noun opening a sentence, which the text also
 * writes in lower case ("the council"), names no body; but a club's short name does, the last word
 * of its full name before it ("Harwick City … City said"; not "Party" for "Republican Party").
 */
export function bodyNounOpeningSentence(text: string, gs: readonly Group[], i: number, key: string): boolean {
  return isOrganisationNoun(key) && writtenInLowerCase(text, key) && !(CLUB_SHORT_NAMES.has(key) && endsEarlierName(gs, i, key));
}

/**
 * "a Moldovan official", "an Estonian diplomat", "the Californian software group": a nation's
 * adjective between an article and a lower-case noun modifies it (a body's name there is still one: "a Treasury spokesman", "an ICE spokeswoman").
 */
export function nationAdjectiveAfterArticle(text: string, g: Group, before: string): boolean {
  const word = g.words[0];
  if (!NATION_ADJECTIVE_SHAPE.test(word.text)) return false;
  if (/^an?$/iu.test(before)) return LOWER_WORD_NEXT.test(text.slice(word.end, word.end + 3));
  // "the Californian smartphone maker", "the Ghanaian health ministry": after "the", two lower-case
  // words of a noun phrase (no verb of saying: "the Guardian newspaper reported" keeps its name)
  return /^the$/iu.test(before) && !isKnownBodyKey(word.lower) && TWO_NOUN_WORDS_NEXT.test(text.slice(word.end, word.end + 40));
}

/** Two lower-case words of a noun phrase: neither a verb (of saying, an auxiliary, an -ed form) nor a preposition or conjunction. */
const NOT_A_NOUN = String.raw`(?!(?:${SPEAKS_AFTER_NAME}|reported|reports|has|have|had|is|was|are|were|will|would|can|could|may|might|must|should|and|or|of|in|on|at|to|for|with|by|\p{Ll}+ed)\b)`;
const TWO_NOUN_WORDS_NEXT = new RegExp(String.raw`^ ${NOT_A_NOUN}\p{Ll}+ ${NOT_A_NOUN}\p{Ll}+\b`, 'u');
const NOUN_WORD_NEXT = new RegExp(String.raw`^ ${NOT_A_NOUN}\p{Ll}{3,}\b`, 'u');

/**
 * "Entertainment lawyers said", "Insurance industry group InsureCo": a trade or a body's head opening
 * a sentence before a lower-case noun (no verb, "Police said") modifies that noun and names no firm.
 */
export function tradeModifierOpeningSentence(text: string, g: Group, key: string): boolean {
  return (TRADE_HEADS.has(key) || ORG_HEADS.has(key)) && NOUN_WORD_NEXT.test(text.slice(g.words[0].end, g.words[0].end + 30));
}

/**
 * Whether the name is on a byline's line ("By Ellen Marsh", "By Ann Lee, Political Staff | LONDON,
 * March 5"): a short line (at most 120 characters) opening on "By" and a capitalised name. The writer,
 * the desk and the dateline after it are the story's label, no one a "she" in the story means.
 */
export function isByline(text: string, g: Group): boolean {
  return onBylineLine(text, g.words[0].start);
}

/** A short line opening on "By" and a capitalised name. */
const BYLINE_LINE = /^[ \t]*By[ \t]+\p{Lu}[^\n]{0,110}$/u;

/** Whether `at` lies on such a byline line, after its "By". */
function onBylineLine(text: string, at: number): boolean {
  const from = Math.max(0, at - 121);
  const lineStart = lineStartWithin(text, from, at);
  if ((lineStart === from && from > 0) || !/^[ \t]*By[ \t]/u.test(text.slice(lineStart, lineStart + 6))) return false;
  const lineEnd = text.indexOf('\n', at);
  return BYLINE_LINE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

/**
 * True when only spaces, quotes or brackets separate `pos` from a sentence end or the text start,
 * or `pos` opens the story after its dateline (looked for only past a dash: most names have none).
 */
export function atSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1, dash = false;
  for (; i >= 0 && ' \u00a0"“‘\'([—–-'.includes(text[i]); i--) if (text[i] === '—' || text[i] === '–' || text[i] === '-') dash = true;
  return i < 0 || '.!?\n:;”’'.includes(text[i]) || (dash && (startsAfterDateline(text, pos) || TIME_STAMP_BEFORE.test(text.slice(Math.max(0, i - 14), i + 1))));
}

/** A live blog's time stamp opening its line, before the dash that opens the entry ("22:58 — First result"). */
const TIME_STAMP_BEFORE = /(?:^|\n)\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$/u;
