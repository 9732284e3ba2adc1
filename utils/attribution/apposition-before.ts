/**
 * A noun phrase set before a name in apposition ("The health secretary, Omar Siddiq,", "The union,
 * Unite,"): it describes the name, and its head says whether the name is a person or a body, which
 * the name's own words often do not ("Unite", "Ofcom").
 */
import { CLAUSE_START } from './clause-start';
import { ANONYMOUS_ROLE_NOUNS, PERSON_ROLE_NOUNS } from './source-lexicon';
import { isOrganisationNoun } from './source-lexicon-bodies';

/** A noun phrase from a clause start (a comma, a quotation's closing comma, a fronted "In a post on X,", "according to" or "that") to the comma before a name. */
const PHRASE_BEFORE_NAME = new RegExp(String.raw`(?:${CLAUSE_START}|,["”]?\s+(?:and\s+|but\s+)?|\b(?:In|On|At|After|During)\s[^,.;:!?"“”\n]{1,60},\s+|\b[Aa]ccording to\s+|\bthat\s+)((?:(?:[Oo]ne|[Tt]wo|[Tt]hree) of\s)?(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]nother|\p{Lu}[\p{L}'’.&-]*['’]s)\s[^,.;:!?"“”\n]{1,60}?),\s*$`, 'u');

/** After a name: its body or place ("of Halden Capital") and the apposition's closing comma. */
const AFFILIATION_THEN_COMMA = /^\s(?:of|at|from)\s(?:the\s)?\p{Lu}[^,.;:!?"“”\n]{0,60},/u;

/** Words that make a phrase before a name a clause rather than an apposition. */
const NOT_IN_APPOSITION = new Set('that said says told tells is are was were will would has have had who which quoted cited'.split(' '));

/**
 * The words of the noun phrase in apposition before the name at [start, end), the name closed by a
 * comma too; null when there is none (a clause: "A spokesman for the mayor told reporters that the
 * city manager, Ann Lee,").
 */
function phraseApposedBefore(text: string, start: number, end: number): { phrase: string; words: string[]; head: string } | null {
  // (the name may carry where the person is from first: "Another analyst, Tomasz Wierzba of Halden Capital,")
  if ((text[end] !== ',' && !AFFILIATION_THEN_COMMA.test(text.slice(end, end + 80))) || start < 2) return null;
  // the pattern ends on a comma before the name: without one there, no window is searched
  let k = start - 1;
  while (k >= 0 && /\s/u.test(text[k])) k--;
  if (text[k] !== ',') return null;
  const m = PHRASE_BEFORE_NAME.exec(text.slice(Math.max(0, start - 100), start));
  if (!m) return null;
  let words = m[1].split(/\s+/u);
  // "The minutes record that the chief executive, Donna Clarke,": the phrase after the clause's last "that"
  const clauseEnd = words.findLastIndex((w) => w === 'that');
  if (clauseEnd >= 0 && clauseEnd + 1 < words.length && OPENS_PHRASE.test(words[clauseEnd + 1])) words = words.slice(clauseEnd + 1);
  // "A Texas phone company that carried the calls, Brightline Voice,": a body's noun and its relative clause, the clause left out
  const relative = words.findIndex((w, i) => i >= 2 && (w === 'that' || w === 'which') && isOrganisationNoun(words[i - 1].toLowerCase()));
  if (relative > 0) words = words.slice(0, relative);
  if (words.length > 10 || words.some((w) => NOT_IN_APPOSITION.has(w)) || !isNounPhrase(words)) return null;
  // "The chair of the alliance": a role before an "of" phrase is the head, the body after it only
  // says whose chair ("The Friends of Kelby Park chairman": a name's "of", the head is last)
  const of = words.findIndex((w, i) => i > 0 && HEAD_ENDS_BEFORE.has(w));
  const role = of > 0 ? words[of - 1] : '';
  const lower = role.toLowerCase();
  const head = isRoleHead(lower) || isOrganisationNoun(lower) ? lower : words[words.length - 1].toLowerCase();
  return { phrase: words.join(' '), words, head };
}

/** A word a noun phrase in apposition opens with. */
const OPENS_PHRASE = /^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]nother|\p{Lu}[\p{L}'’.&-]*['’]s)$/u;

/**
 * Whether the words are one noun phrase: no "and" joining two ("the president and the first lady,
 * Michelle Obama" describes two people), no verb with its object ("the church features a painting
 * by Ali's father"), no past tense after the phrase's first two words ("Yanukovych's government
 * commissioned from …").
 */
function isNounPhrase(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w === 'and' || w === 'or') return false;
    // (an -ed word after an article or a quantifier is an adjective: "several affected families")
    if (i > 1 && /^\p{Ll}+ed$/u.test(w) && !QUANTIFIER_BEFORE.test(words[i - 1])) return false;
    if (/^\p{Ll}+s$/u.test(w) && i + 1 < words.length && /^(?:a|an|the|his|her|its|their)$/u.test(words[i + 1])) return false;
  }
  return true;
}

/** Words after which an -ed word is an adjective of the noun phrase, not a verb. */
const QUANTIFIER_BEFORE = /^(?:the|a|an|several|some|many|few|two|three|four|five|all|other|its|their|his|her)$/u;

/** Heads of office that name a person by the body they lead ("the head of the union"). */
const OFFICE_HEADS = new Set(['head', 'heads', 'chief', 'boss', 'member', 'members']);
/** A person's role, as the head of a phrase in apposition. */
const isRoleHead = (word: string): boolean => PERSON_ROLE_NOUNS.has(word) || ANONYMOUS_ROLE_NOUNS.has(word) || OFFICE_HEADS.has(word);

/** Prepositions and participles after a noun phrase's head ("the chair of …", "a spokesman for …", "a lawyer representing …"). */
const HEAD_ENDS_BEFORE = new Set(['of', 'for', 'at', 'representing', 'advising', 'defending', 'acting', 'working', 'serving']);

/**
 * An apposition before a name ("The health secretary, Omar Siddiq, said"; "According to the
 * city's finance director, Alan Kim, …"; "The manufacturer, Arden Pharma,"): a noun phrase ending
 * in a role or an organisation noun. Empty otherwise.
 */
export function describeApposedBefore(text: string, start: number, end: number): string {
  const apposed = phraseApposedBefore(text, start, end);
  if (!apposed || !(isRoleHead(apposed.head) || isOrganisationNoun(apposed.head))) return '';
  const { phrase, words } = apposed;
  return /^(?:The|A|An|Its|Their|His|Her|Another|One|Two|Three)$/u.test(words[0]) ? `${words[0].toLowerCase()} ${words.slice(1).join(' ')}` : phrase;
}

/** True when the name at [start, end) is set beside an organisation noun ("The regulator, Ofcom,"): it names a body. */
export function apposedToOrganisation(text: string, start: number, end: number): boolean {
  const apposed = phraseApposedBefore(text, start, end);
  return apposed !== null && isOrganisationNoun(apposed.head);
}
