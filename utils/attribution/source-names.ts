/**
 * One pass over the text that finds capitalised names ("Dmitry Peskov", "the Financial Times"),
 * decides person or body for each, and merges repeated mentions (a surname alone joins the full
 * name), so pronouns and surnames can later be resolved by looking back, not by rescanning.
 */
import { loweredNameGender, type Entity, type Mention, type NameKind } from './source-entity';
import { previousWord } from './source-description';
import { COUNTRY_NAMES, NAME_ADJECTIVES } from './source-lexicon-names';
import { isLexiconNoun, isNationWord, PERSON_ROLE_NOUNS } from './source-lexicon';
import { CLUB_NAME_ENDINGS } from './source-lexicon-bodies';
import { CLUB_PLACE_ENDINGS, FIRM_ENDINGS, SHARED_FIRST_WORDS } from './firm-name-words';
import { insideDateline } from './dateline';
import { atSentenceStart, bodyNounOpeningSentence, isByline, nameAfterDateline, nationAdjectiveAfterArticle, readerByFirstName, tradeModifierOpeningSentence } from './name-word-tests';
import { groups, words, type Group } from './source-name-groups';
import { nameMention } from './source-name-entities';
import { bodyNamedByHead, entityFor } from './name-entity-lookup';
import { kindInContext, singleNameApposedToBody } from './source-name-kinds';
import { isPlaceMention } from './place-mentions';
import { MONTH_BEFORE_DAY } from './time-words';
import { HEADLINE_SAYING_VERBS } from './headline-speaker-tail';
import { headlineLine } from './headline-case';
import { isQuotedTitle, onCapitalsLine } from './name-page-context';

/** Index of the text's name mentions, with surnames pointing at the full person. */
export interface NameIndex {
  mentions: Mention[];
  bySurname: Map<string, Entity>;
  byName: Map<string, Entity>;
}

/** Scans the text once and returns every name mention with its merged entity. */
export function indexNames(text: string): NameIndex {
  const gs = groups(text, words(text)).map((g) => withoutHeadlineVerb(text, g));
  const n = gs.length;
  const byName = new Map<string, Entity>();
  const bySurname = new Map<string, Entity>();
  // the word before each name, asked by both the kind and the description: found once
  const before: string[] = new Array<string>(n);
  const kinds: NameKind[] = new Array<NameKind>(n);
  // one-word names recur ("Ruiz", "Reuters"): each is classified once per text
  const known = new Map<string, NameKind>();
  for (let i = 0; i < n; i++) {
    before[i] = previousWord(text, gs[i].words[0].start);
    kinds[i] = kindInContext(text, gs[i], before[i], known);
  }
  // "the consumer group Fair Shopper" then "Fair Shopper's tests": a name the text once wrote as a
  // body's is that body's wherever else its shape alone would make it a person's
  const bodies = new Set<string>();
  // (not "the Ivanka Trump brand", where the name only modifies the noun after it)
  for (let i = 0; i < n; i++) {
    if (kinds[i] === 'organization' && gs[i].words.length >= 2 && !MODIFIES_NOUN.test(text.slice(gs[i].words[gs[i].words.length - 1].end, gs[i].words[gs[i].words.length - 1].end + 20))) bodies.add(lowerName(gs[i]));
    // (one word, only beside a body's noun: "Nexora, the Californian smartphone maker,")
    else if (kinds[i] === 'organization' && singleNameApposedToBody(text, gs[i], before[i])) bodies.add(lowerName(gs[i]));
    // "Northern Harbours Group" then "Northern Harbours denied that": a firm's name without its last word is still the firm's
    const ws = gs[i].words;
    if (kinds[i] === 'organization' && ws.length >= 3 && FIRM_ENDINGS.has(ws[ws.length - 1].lower) && !FIRM_ENDINGS.has(ws[ws.length - 2].lower)) bodies.add(lowerName({ ...gs[i], words: ws.slice(0, -1) }));
  }
  for (let i = 0; i < n; i++) {
    if ((kinds[i] === 'person' || kinds[i] === 'unknown') && gs[i].titles.length === 0 && loweredNameGender(gs[i].words[0].lower) === null && bodies.has(lowerName(gs[i])) &&
      !apposedPersonRole(text, gs[i].words[gs[i].words.length - 1].end)) kinds[i] = 'organization';
  }
  // First the multi-word persons, so a later (or earlier) bare surname can join them.
  for (let i = 0; i < n; i++) {
    const g = gs[i];
    if ((kinds[i] !== 'person' && kinds[i] !== 'unknown') || g.words.length < 2 || g.words.length > 4) continue;
    const entity = entityFor(text, byName, g, 'person');
    // the surname, not letters after it ("Rebecca Thornhill KC" is "Ms Thornhill")
    const last = g.words.length > 2 && POST_NOMINALS.has(g.words[g.words.length - 1].lower.replace(/\.$/u, '')) ? g.words.length - 2 : g.words.length - 1;
    const surname = g.words[last].lower;
    if (!bySurname.has(surname)) bySurname.set(surname, entity);
    // a knight or dame is named again by title and given name ("Sir Malcolm Greaves" ... "Sir Malcolm")
    if (g.titles.some((t) => KNIGHTED.has(t.toLowerCase())) && !bySurname.has(g.words[0].lower)) bySurname.set(g.words[0].lower, entity);
  }
  // A firm's or club's first word alone ("Nordvik" after "Nordvik Motors", "Harlund" after "Harlund
  // Bank AG", "Redmere" after "Redmere City") stands for the firm or club; not a country's name ("Qatar" after "Qatar Airways"), and not a word two
  // firms share ("Siemens" after "Siemens Energy AG" and "Siemens AG": which one is unclear).
  const firms = new Map<string, Entity | null>();
  for (let i = 0; i < n; i++) {
    const ws = gs[i].words;
    const last = ws[ws.length - 1].lower;
    // (and a two-word party's whose first word is no party's or nation's adjective: "Progress" after "the governing Progress Party")
    const party = last === 'party' && ws.length === 2 && !NAME_ADJECTIVES.has(ws[0].lower) && !isNationWord(ws[0].lower);
    if (kinds[i] !== 'organization' || ws.length < 2 || ws.length > 3 || !(FIRM_ENDINGS.has(last) || CLUB_NAME_ENDINGS.has(last) || CLUB_PLACE_ENDINGS.has(last) || party)) continue;
    const first = ws[0].lower;
    // three words: a firm's noun in the middle ("Harlund Bank AG"), or a first word no common noun or nation's ("Silverbirch Care Group")
    if (ws.length === 3 && !FIRM_ENDINGS.has(ws[1].lower) && ws[1].lower !== 'bank' && (isLexiconNoun(first) || isNationWord(first))) continue;
    if (bySurname.has(first) || COUNTRY_NAMES.has(first) || SHARED_FIRST_WORDS.has(first)) continue;
    const firm = entityFor(text, byName, gs[i], 'organization');
    firms.set(first, firms.has(first) && firms.get(first) !== firm ? null : firm);
  }
  for (const [first, firm] of firms) if (firm) bySurname.set(first, firm);
  // A lone capitalised word seen only at sentence starts ("Eventually", "Critically") is no name,
  // unless the text named someone or something so already ("Vantrix, a payment processor, … Vantrix said")
  const starts: boolean[] = new Array<boolean>(n);
  const midSentence = new Set<string>();
  for (let i = 0; i < n; i++) {
    const first = gs[i].words[0];
    starts[i] = atSentenceStart(text, first.start);
    if (!starts[i] && gs[i].words.length === 1) midSentence.add(first.lower);
  }
  const mentions: Mention[] = [];
  const capitalLines = new Map<number, boolean>();
  for (let i = 0; i < n; i++) {
    const g = gs[i];
    const single = g.words.length === 1;
    const key = single ? g.words[0].lower : lowerName(g);
    if (starts[i] && single && kinds[i] === 'unknown' && !nameAfterDateline(text, g, key) && !midSentence.has(key) && !bySurname.has(key) && !byName.has(key) && !readerByFirstName(text, g)) continue;
    // (but "The Diocese said" after "the Diocese of Westmere" names it again)
    if (starts[i] && single && !midSentence.has(key) && bodyNounOpeningSentence(text, gs, i, key) && !bodyNamedByHead(byName, key)) continue;
    if (single && nationAdjectiveAfterArticle(text, g, before[i])) continue;
    // "Entertainment lawyers said", "Insurance industry group InsureCo": a trade opening a sentence before
    // a lower-case noun is that noun's modifier, no firm
    if (starts[i] && single && !midSentence.has(key) && tradeModifierOpeningSentence(text, g, key)) continue;
    // "identified only by his initial, S.": one letter names no one a reader could know (a title keeps it: "Mr X")
    if (single && g.titles.length === 0 && /^\p{Lu}\.?$/u.test(g.words[0].text)) continue;
    // "1050 BC", "AD 79": an era after or before a year names no one
    if (single && ERAS.has(key) && YEAR_BESIDE.test(text.slice(Math.max(0, g.words[0].start - 6), g.words[0].end + 6))) continue;
    // "Republican", "Black", "Republican-led": an adjective of party or nation alone names no one.
    // (with a title it is someone's surname: "Mr. English")
    if (single && !g.titles.some((t) => HONORIFIC.test(t)) && (NAME_ADJECTIVES.has(key) || isNationWord(key) || (g.words[0].text.includes('-') && /-\p{Ll}+$/u.test(g.words[0].text)))) continue;
    // "in Harlem", "across Europe": a place, no one's mention; "Dec. 15": a date
    if (isPlaceMention(g, before[i], kinds[i], text) || (single && MONTH_BEFORE_DAY.test(text.slice(g.words[0].start, g.words[0].start + 8)))) continue;
    // "By Ellen Marsh" on a line of its own: the byline names the writer, whom no "she" in the story means
    // nor the dateline's place and agency ("OSLO, May 12 (Reuters) -"), the story's label
    if (isByline(text, g) || insideDateline(text, g.words[0].start)) continue;
    // the documentary "Deep Ground": a title in quotation marks names a work, no one who speaks
    if (isQuotedTitle(text, g.words[0].start, g.words[g.words.length - 1].end)) continue;
    // "EARTHQUAKE STRIKES OFF SOUTHERN KAVALIA": a heading in capitals names no one by its capitals
    if (onCapitalsLine(text, g.words[0].start, capitalLines)) continue;
    // "the Regional Health Protection Agency (RHPA)": the letters in brackets name the body again
    // (a body: no one's name is shortened so, and a name of unknown kind was read as a person's)
    const named = mentions.length > 0 ? mentions[mentions.length - 1] : null;
    if (single && named !== null && named.entity.person !== true && isAcronymOf(text, g.words[0], named)) {
      named.entity.type = 'named-organization';
      bySurname.set(key, named.entity);
    }
    mentions.push(nameMention(text, g, kinds[i], before[i], key, byName, bySurname));
  }
  return { mentions, bySurname, byName };
}

/**
 * A name without the verb of saying the headline (the text's first line) ends on ("…, Thornbury
 * Bank Admits", "…, Union Warns"): in title case the verb is capitalised too, and joined the name;
 * elsewhere such a word ends a name ("…, said Consumer Reports").
 */
function withoutHeadlineVerb(text: string, g: Group): Group {
  const last = g.words[g.words.length - 1];
  if (g.words.length < 2 || last.end > headlineLine(text).end || !HEADLINE_SAYING_VERBS.has(last.lower) || !/^\.?[ \t]*(?:\n|$)/u.test(text.slice(last.end, last.end + 4))) return g;
  return { ...g, words: g.words.slice(0, -1) };
}

/** A lower-case word right after a name: the name modifies it ("the Ivanka Trump brand"). */
const MODIFIES_NOUN = /^\s+\p{Ll}+\b(?<!\s(?:\p{Ll}+ed|said|says|told|and|or|of|in|on|at|for|to|is|was|has|had|will|would|who|which|that|warns|claims|insists|denies))/u;



/** A person's role set after a name by its comma ("Harper Lane, a partner at the firm,"): the name is a person's, whatever body shares it. */
function apposedPersonRole(text: string, end: number): boolean {
  const m = /^,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\b[^,.;:]{0,40},/u.exec(text.slice(end, end + 100));
  return m !== null && PERSON_ROLE_NOUNS.has(m[1]);
}

/** An honorific before a surname ("Mr.", "Ms", "Dr."): the word after it is a person's, even a nation's adjective ("Mr. English"). */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady)\.?$/iu;

/** Eras written beside a year. */
const ERAS = new Set(['bc', 'ad', 'bce', 'ce']);
/** A year right before or after the era ("1050 BC", "AD 79"). */
const YEAR_BESIDE = /\d\s+(?:BC|AD|BCE|CE)\b|\b(?:AD|CE)\s+\d/u;

/** Titles of knights and dames, who are named again by title and given name. */
const KNIGHTED = new Set(['sir', 'dame']);

/** Letters and suffixes written after a surname ("KC", "Jr."): the surname is the word before them. */
const POST_NOMINALS = new Set(['kc', 'qc', 'mp', 'mep', 'msp', 'obe', 'mbe', 'cbe', 'jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md']);


/**
 * Whether `word` is in brackets right after the name `m` and spells its capitalised words'
 * initials ("Regional Health Protection Agency (RHPA)", "Office of Rail and Road (ORR)").
 */
function isAcronymOf(text: string, word: { start: number; end: number; text: string }, m: Mention): boolean {
  if (text.charCodeAt(word.start - 1) !== 40 || text.charCodeAt(word.end) !== 41 || word.end - word.start < 2 || !/^\p{Lu}+$/u.test(word.text) || !/^\s*\($/u.test(text.slice(m.end, word.start))) return false;
  const initials = text.slice(m.start, m.end).split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials === word.text;
}

/** The name's words lower-cased and joined by spaces: the text of the name, lower-cased. */
function lowerName(g: Group): string {
  let key = g.words[0].lower;
  for (let k = 1; k < g.words.length; k++) key += ' ' + g.words[k].lower;
  return key;
}
