/**
 * The words the text uses to describe a source, read right around the mention: an apposition
 * ("Ana Ruiz, a ministry spokeswoman,"), a relative clause ("who spoke on condition of
 * anonymity"), or a title chain before the name ("ministry spokeswoman Ana Ruiz"). Bounded
 * windows only, so describing every source stays linear in the text.
 */
import { SENTENCE_OPENERS } from './source-phrase-words';
import { insideFrontedParticiple, insideFrontedPhrase, SUBJECT_DESCRIBED } from './clause-start';
import { FINITE_WORD, PERSON_ROLE_NOUNS, PERSON_TITLES } from './source-lexicon';
import { lowerCase } from './token-case';
import { isAbbreviation, lineStartWithin } from './sentences';

const WINDOW = 200;
const STOP_AT =
  /[;:!?"“”()\[\]\n]|[.](?=['’"”]*(?:\s|$))|,\s+(?:said|says|told|added|according)\b|\s(?:said|says|told|added|stated|argued|wrote|reported|claimed|warned|explained|confirmed|denied|described|insisted|noted|acknowledged|conceded|predicted|cautioned|suggested|estimated|urged)\b/gu;
/** The word right before a dot, for telling an abbreviation's dot ("St. Bride's") from a full stop. */
const WORD_BEFORE_DOT = /(\p{L}+(?:\.\p{L}+)*)$/u;

/** Text up to the first clause break, so a description never runs into the next sentence; "St." or "J." breaks nothing. */
function clause(text: string): string {
  STOP_AT.lastIndex = 0;
  for (let m = STOP_AT.exec(text); m; m = STOP_AT.exec(text)) {
    const word = m[0] === '.' ? WORD_BEFORE_DOT.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] : undefined;
    if (word === undefined || !(isAbbreviation(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) return withoutDanglingTail(text.slice(0, m.index).trim());
  }
  return text.trim();
}

/** A relative or joined clause cut at its verb leaves its opening dangling: "a Republican who", "… and". */
const DANGLING_TAIL = /\s+(?:who|whose|which|that|when|where|and|but|while)(?:\s+(?:has|had|have|is|was|also|he|she|they|it|once|often|long|previously|repeatedly|in\s+the\s+past|\p{Ll}+ly))*$/iu;

/** The clause without such a dangling opening. */
const withoutDanglingTail = (clauseText: string): string => {
  const tail = DANGLING_TAIL.exec(clauseText);
  return tail && tail.index > 0 ? clauseText.slice(0, tail.index) : clauseText;
};

/**
 * Apposition or relative clause right after a mention: ", a Kremlin spokesman," or
 * " who was not authorised to speak". Empty when the next words are not a description.
 */
export function describeAfter(text: string, end: number): string {
  if (text[end] !== ',') {
    if (!mayStartParticiple(text, end)) return '';
    PARTICIPLE_START.lastIndex = end;
    if (!PARTICIPLE_START.test(text)) return '';
  }
  const after = text.slice(end, end + WINDOW);
  // an age first ("Edith Lowe, 78, a retired teacher") stays with the description
  const age = /^\s*,\s+(\d{1,3})(?=,\s)/u.exec(after);
  const rest = age ? after.slice(age[0].length) : after;
  const appos = /^\s*,\s+((?:a|an|the|who|whose|one of|now|then|formerly|former|both)\b[^]*|\p{Lu}\p{L}*['’]s\s[^]*)/iu.exec(rest) ?? bareRoleApposition(rest);
  if (appos) {
    const body = clause(appos[1]);
    const relative = /^(?:who|whose)\b/iu.test(body);
    const cut = relative ? mainVerbComma(body) : body.indexOf(',');
    const described = atWordEnd((cut >= 0 ? body.slice(0, cut) : body).replace(/[,\s]+$/u, ''));
    // "Alan Kim, the increase will cost …": a clause, not an apposition
    if (!relative && FINITE_WORD.test(firstWords(described.split(/\s(?:who|whose|which|that|where|when)\s/u)[0], 5))) return '';
    // "According to Al-Monitor, the envoy left Cairo": after a fronted phrase an apposition closes with a comma, or is the main clause
    if (!relative && cut < 0 && (insideFrontedPhrase(text, end) || insideFrontedParticiple(text, end))) return '';
    // "Mr Marwood, who said his mother …, told": a relative clause cut at its own verb of saying to a bare "who" describes no one
    if (relative && isBareRelative(described)) return age ? age[1] : '';
    // "According to police, the suspect, a 34-year-old man, fled": that phrase is the main clause's subject, described in turn
    if (!relative && cut >= 0 && SUBJECT_DESCRIBED.test(body.slice(cut)) && insideFrontedPhrase(text, end)) return '';
    return age ? `${age[1]}, ${described}` : described;
  }
  if (age) return age[1];
  const participle = /^\s+((?:who|familiar with|briefed on|close to|with knowledge of|involved in|speaking on)\b[^]*)/iu.exec(after);
  if (!participle) return '';
  // "Visitors who said …": a clause cut at its verb of saying to a bare "who" describes no one
  const described = atWordEnd(clause(participle[1]).split(/,\s+/u)[0]);
  return isBareRelative(described) ? '' : described;
}

/** A relative clause cut at its own verb of saying to its pronoun alone ("who", "who also", "whose"): it describes no one. */
const isBareRelative = (described: string): boolean => /^(?:who|whose)(?:\s+(?:also|had|has|have|then|later|once|often|previously|repeatedly|publicly|privately|recently|long|in\s+the\s+past|at\s+one\s+point))*$/iu.test(described);

/** Longest description kept, in characters. */
const MAX_DESCRIPTION = 160;

/** A description within MAX_DESCRIPTION, cut after a whole word ("… if the Chinese", never "… if the Chinese ple"). */
function atWordEnd(described: string): string {
  if (described.length <= MAX_DESCRIPTION) return described;
  const cut = described.slice(0, MAX_DESCRIPTION + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut.slice(0, MAX_DESCRIPTION)).replace(/[,\s]+$/u, '');
}

const PARTICIPLE_START = /\s+(?:who|familiar|briefed|close|with|involved|speaking)\b/iuy;
/** The first `n` words of a phrase (a clause shows its verb early: "the increase will cost"). */
const firstWords = (phrase: string, n: number): string => phrase.split(/\s+/u).slice(0, n).join(' ');
/** Words after a comma that go on a relative clause rather than end it. */
const CLAUSE_GOES_ON = new Set('and or but because as although though while who whom whose which that including especially like unlike even then now also since after before when if where'.split(' '));

/** Where a relative clause ends: the comma before the main verb ("who voted no, called …"); -1 if none. */
function mainVerbComma(body: string): number {
  const re = /,\s+(\p{Ll}[\p{L}'’-]*)/gu;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (CLAUSE_GOES_ON.has(m[1])) continue;
    // a list goes on ("who worked in finance, law and medicine, said"): its item is no main verb
    if (LIST_ITEM.test(body.slice(m.index, m.index + 80))) continue;
    return m.index;
  }
  return -1;
}

/** A list item after a comma: a few lower-case words, then "and"/"or" and the last item, then a comma. */
const LIST_ITEM = /^,\s+[\p{Ll}\s-]{1,30}?\s(?:and|or)\s[^,]{1,40}(?:,|$)/u;

/** An apposition without an article ("chief executive of …", "head of …"): a role word among its first three. */
function bareRoleApposition(after: string): RegExpExecArray | null {
  const m = /^\s*,\s+((\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?(?:\s+(\p{Ll}[\p{L}-]*))?\b[^]*)/u.exec(after);
  if (!m) return null;
  const words = [m[2], m[3], m[4]].filter((w): w is string => w !== undefined);
  // (or a noun before the role, the body after it: "policy director at the Digital Hearth Coalition")
  const nounBeforeRole = words.length > 1 && PERSON_ROLE_NOUNS.has(words[1]) && !NOT_IN_TITLE.has(words[0]) && !/(?:ed|ing|ly|s)$/u.test(words[0]) &&
    /^\s*,\s+\p{Ll}[\p{L}-]*\s+\p{Ll}[\p{L}-]*\s+(?:at|of|for|with)\s/u.test(after);
  if (!MODIFIERS.has(words[0]) && !PERSON_ROLE_NOUNS.has(words[0]) && !nounBeforeRole) return null;
  // one person's role: "chief executives backed the plan" is the next clause's plural subject
  if (words.some((w) => w.endsWith('s') && PERSON_ROLE_NOUNS.has(w.slice(0, -1)))) return null;
  return words.some((w) => PERSON_ROLE_NOUNS.has(w)) ? m : null;
}

/** ASCII whitespace (`\s`), and the first letters of PARTICIPLE_START's words in either case. */
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const PARTICIPLE_FIRST = new Set([...'wfbcisWFBCIS'].map((ch) => ch.charCodeAt(0)));

/**
 * False when PARTICIPLE_START cannot match at `end`, told from one or two ASCII units (most names
 * are followed by a space and a word): no space there, or a space then an ASCII unit that is
 * neither a space nor the start of one of its words (no ASCII unit folds to another letter).
 */
function mayStartParticiple(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c < 128 && !isAsciiSpace(c)) return false;
  if (c !== 32) return true;
  const d = text.charCodeAt(end + 1);
  return !(d < 128 && !isAsciiSpace(d) && !PARTICIPLE_FIRST.has(d));
}
const LETTER = /[\p{L}\p{N}.'’-]/u;

/** The word just before `pos` (skipping spaces), found by scanning back: no slicing of the text. */
export function previousWord(text: string, pos: number): string {
  let end = pos;
  for (let c = text.charCodeAt(end - 1); end > 0 && (c === 32 || c === 0xa0); c = text.charCodeAt(end - 1)) end--;
  if (end === pos) return '';
  let start = end;
  while (start > 0 && end - start < 40 && isWordUnit(text, start - 1)) start--;
  return text.slice(start, end);
}

/** LETTER for the unit at i, ASCII answered by its code (no one-unit string, no regex). */
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 45;
  return LETTER.test(text[i]);
}

const MODIFIERS = new Set(
  `former senior deputy chief top acting then vice press foreign national security assistant
  campaign interim longtime veteran lead associate executive general principal special
  state federal local regional district county city party white house`.split(/\s+/),
);

/** Words that end a title chain read back from a name: verbs, function words, a clause's joints. */
const NOT_IN_TITLE = new Set(('said says told tells added adds according to of in on at by for with and or but the a an that which who whom as from ' +
  'after before when while where is was are were has had have be been will would also not than then there their his her its our ' +
  'met ask see just even only although though because since what whose they we you he she it wrote cast face like unlike including').split(' '));

/**
 * A lower-case noun inside a title ("chief financial officer", "former labour court judge"): no
 * function word or verb form, and the word after it (toward the name) lower case too, so a
 * title of address ("Mr.", "Sen.") or a capitalised word never draws in the words before it
 * ("… of course Mr. Trump", "defeat Republican Donald Trump").
 */
function titleNoun(w: string, nameward: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]{2,}$/u.test(w) || NOT_IN_TITLE.has(w) || /(?:ed|ing|ly|s)$/u.test(w)) return false;
  return /^\p{Ll}/u.test(nameward);
}

/**
 * Title chain right before a name ("Kremlin spokesman", "former Deputy Minister"): the last
 * word must be a role, and every word a role, a modifier or a capitalised word. `wordBefore` is
 * `previousWord(text, start)`, passed by a caller that has it already.
 */
export function describeBefore(text: string, start: number, wordBefore = previousWord(text, start)): string {
  const previous = lowerCase(wordBefore);
  if (!previous || (!PERSON_ROLE_NOUNS.has(previous) && !PERSON_TITLES.has(previous))) return '';
  // the words (split at spaces) of the 80 units before the name, nearest first, never back over a
  // line break into the paragraph before: at most six are read
  const ws = wordsBefore(text, lineStartWithin(text, Math.max(0, start - 80), start), start, 6);
  if (ws.length === 0 || !isNameSpace(text.charCodeAt(start - 1))) return '';
  const last = ws[0].toLowerCase();
  if (!PERSON_ROLE_NOUNS.has(last) && !PERSON_TITLES.has(last)) return '';
  let k = 0;
  while (k + 1 < ws.length) {
    const w = ws[k + 1];
    const lower = w.toLowerCase().replace(/['’]s$/u, '');
    const fits = /^\p{Lu}[\p{L}.&-]*(?:['’]s)?$/u.test(w) || MODIFIERS.has(lower) || PERSON_ROLE_NOUNS.has(lower) || titleNoun(w, ws[k]);
    // (a capitalised word that opens sentences and names no one: "Did Governor Pell's plan …")
    if (!fits || /[,.;:]$/.test(w) || /^(?:The|A|An|But|And|In|On|At)$/.test(w) || SENTENCE_OPENERS.has(lower) || CLAUSE_OPENERS.has(lower)) break;
    k++;
  }
  return ws.slice(0, k + 1).reverse().join(' ');
}

const isNameSpace = (c: number): boolean => c === 32 || c === 0xa0;

/** Capitalised words that open a clause or a question before a titled name ("As President Obama", "Did Governor Pell's plan"), never part of the title. */
const CLAUSE_OPENERS = new Set('as with yet even like did does do is are was were has have had will would can could should may might must for under to from by of about over against toward towards behind through via per'.split(' '));

/** Up to `most` words of text[from, to) split at spaces, nearest `to` first (no slice of the whole window). */
function wordsBefore(text: string, from: number, to: number, most: number): string[] {
  const out: string[] = [];
  let end = to;
  while (out.length < most) {
    while (end > from && isNameSpace(text.charCodeAt(end - 1))) end--;
    if (end === from) break;
    let start = end;
    while (start > from && !isNameSpace(text.charCodeAt(start - 1))) start--;
    out.push(text.slice(start, end));
    end = start;
  }
  return out;
}
