/**
 * The shape of a source phrase before its reading: where its head word is ("state and local
 * leaders", "two of the officials"), which words any head may be, and the phrase shapes that say
 * what the head names (a firm's national epithet, an owned document's title, a name before the head).
 */
import { capitalised } from './name-word-shape';
import { isKnownBodyKey } from './source-lexicon-names';
import { DETERMINERS, QUANTIFIERS, SPLITTERS, type PWord } from './source-phrase-words';
import { ANONYMOUS_PLURAL_NOUNS, ANONYMOUS_ROLE_NOUNS, DOCUMENT_NOUNS, GROUP_NOUNS, isNationWord, PERSON_ROLE_NOUNS, SPOKES_NOUNS } from './source-lexicon';
import { COMPANY_NOUNS, ORG_NOUNS } from './source-lexicon-bodies';

/** Every word a head may be known by, in one set: asked of most words of every phrase read. */
const KNOWN_HEADS: ReadonlySet<string> = new Set([
  ...PERSON_ROLE_NOUNS, ...GROUP_NOUNS, ...ANONYMOUS_PLURAL_NOUNS, ...ANONYMOUS_ROLE_NOUNS, ...DOCUMENT_NOUNS, ...ORG_NOUNS, ...SPOKES_NOUNS, ...QUANTIFIERS,
]);
/** Whether a word is one any head noun may be. */
export const KNOWN_HEAD = (w: string): boolean => KNOWN_HEADS.has(w);
/** Participles not ending in "ed" that post-modify a document or a person ("an email seen by", "figures shown to"); not "known", whose "known as Bob" gives the name. */
const IRREGULAR_PARTICIPLES = new Set('seen shown written given taken sent made held drawn brought sought built stuck caught hurt left'.split(' '));

/** Prepositions after a participle that tell where, when or how long ("stuck for three hours", "injured in the crash"). */
const PLACE_OR_TIME_WORD: ReadonlySet<string> = new Set(['in', 'on', 'at', 'for', 'near', 'during', 'after', 'outside', 'inside', 'by', 'from', 'under']);
/** A person's noun by its ending ("cleaner", "commuter", "pensioner"), for nouns no list holds. */
const PERSON_ENDING = /(?:er|or|ist|ian|man|woman)$/u;

/** Adjectives that end like a person's noun ("A senior trading standards official", "a former working mother"). */
const ADJECTIVES_LIKE_PEOPLE: ReadonlySet<string> = new Set(['senior', 'junior', 'former', 'other', 'elder', 'older', 'younger', 'major', 'minor', 'inner', 'outer', 'upper', 'prior', 'super', 'further', 'latter', 'proper', 'clever', 'eager']);

/** "report released", "database tracking", "email seen": a participle after a known noun starts its post-modifier. */
function postModifies(noun: PWord, next: PWord, after: PWord | undefined): boolean {
  // ("A cleaner waiting for the bus", "A delivery driver stuck on the A1": a person's noun no list
  // holds, then what they were doing, or what befell them and where; not its verb, "a councilmember sued the …")
  const personNoun = !KNOWN_HEAD(noun.lower) && PERSON_ENDING.test(noun.lower) && !ADJECTIVES_LIKE_PEOPLE.has(noun.lower);
  if (personNoun && !next.text.endsWith('ing') && !PLACE_OR_TIME_WORD.has(after?.lower ?? '')) return false;
  return (KNOWN_HEAD(noun.lower) || personNoun) && (((next.text.endsWith('ed') || next.text.endsWith('ing')) && /^\p{Ll}+(?:ed|ing)$/u.test(next.text)) || IRREGULAR_PARTICIPLES.has(next.text)) && !KNOWN_HEAD(next.lower);
}

/** True when word j + 1 still belongs to the noun phrase of word j (module level: no closure per call). */
function continues(ws: PWord[], j: number, cutAt: number): boolean {
  // (a lower-case "it" opens a relative clause with no "that": "a letter it sent to the board"; "the IT director" goes on)
  return ws[j + 1].start < cutAt && (!SPLITTERS.has(ws[j + 1].lower) || adjectiveAfterArticle(ws, j + 1)) && ws[j + 1].text !== 'it' && (!postModifies(ws[j], ws[j + 1], ws[j + 2]) || modifiesNext(ws, j + 1, cutAt));
}

/**
 * Splitters that are adjectives right after "a" or "an" ("An earlier review", "a later study", "a
 * further report", and adverbs of one: "a previously undisclosed email"): a new document. After "the" they stay splitters: "the earlier poll" is another
 * poll than the story's, which a later "the poll" must not be read back to.
 */
const ARTICLE_ADJECTIVES = new Set(['earlier', 'later', 'further', 'previously', 'recently']);

/** "An earlier review", "The only witness": an adverb the splitters list, used as an adjective after "a" or "an" ("only" after "the" or a possessive), with a word after it; "officials only said" keeps it a splitter. */
const adjectiveAfterArticle = (ws: PWord[], k: number): boolean =>
  k + 1 < ws.length && ((ARTICLE_ADJECTIVES.has(ws[k].lower) && /^an?$/u.test(ws[k - 1].lower)) || (ws[k].lower === 'only' && /^(?:the|its|his|her|their)$/u.test(ws[k - 1].lower)));

/** Gerunds that make compound nouns ("media buying sources", "policy planning director"), not participles with an object ("representing nurses"). */
const COMPOUND_GERUNDS = new Set(('buying selling planning ruling governing voting polling fundraising spending banking lending trading marketing ' +
  'advertising manufacturing mining shipping housing farming fishing training teaching nursing policing building operating processing ' +
  'broadcasting publishing engineering accounting consulting lobbying organizing organising campaigning peacekeeping intelligence-gathering ' +
  'streaming recording gaming dating ride-hailing ride-sharing messaging networking betting gambling clothing catering cleaning printing packaging').split(' '));

/** A compound gerund before a lower-case head noun modifies that noun ("media buying sources", "policy planning director"). */
function modifiesNext(ws: PWord[], j: number, cutAt: number): boolean {
  const next = ws[j + 1];
  return COMPOUND_GERUNDS.has(ws[j].lower) && next !== undefined && next.start < cutAt && next.text === next.lower && KNOWN_HEAD(next.lower);
}

/** "the Dutch freight group", "the German carmaker": "the", a nation's adjective, at most one lower-case word, then a firm's noun at `index` (not "the Saudi government", whom the adjective names). */
export function nationEpithet(ws: PWord[], index: number): boolean {
  return ws[0].lower === 'the' && COMPANY_NOUNS.has(ws[index].lower) && index >= 2 && index <= 3 && capitalised(ws[1].text) && isNationWord(ws[1].lower) && (index === 2 || ws[2].text === ws[2].lower);
}

/** A place's name hyphened to where a firm is based or listed ("Seattle-based", "London-listed"). */
const BASED_IN = /^\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)*-(?:based|listed|headquartered)$/u;

/** "the Seattle-based company", "the London-listed miner": "the", where it is based, maybe one lower-case word, then a firm's noun at `index`. */
export function basedEpithet(ws: PWord[], index: number): boolean {
  return ws[0].lower === 'the' && COMPANY_NOUNS.has(ws[index].lower) && index >= 2 && index <= 3 && BASED_IN.test(ws[1].text) && (index === 2 || ws[2].text === ws[2].lower);
}

/** Kinds of member body wire copy names one by again ("the trade group", "the lobby group"): an association's name fits them. */
const ASSOCIATION_MODIFIERS = new Set(['trade', 'lobby', 'lobbying', 'industry', 'advocacy', 'campaign', 'pressure']);
/** "the trade group", "the lobby group": only "the", one such word, then a firm's noun (three words). A sector's ("the drug company") stays a description: a look-back to the nearest firm goes wrong too often. */
export function tradeEpithet(ws: PWord[], index: number): boolean {
  return ws.length === 3 && index === 2 && ws[0].lower === 'the' && COMPANY_NOUNS.has(ws[2].lower) && ws[1].text === ws[1].lower &&
    ASSOCIATION_MODIFIERS.has(ws[1].lower);
}

/** A member body's name ("the National Coffee Association"), which "the trade group" may mean. */
const ASSOCIATION_NAME = /\b(?:Association|Federation|Council|Institute|Alliance|Coalition|Confederation|Chamber|Society|Forum|Lobby|Campaign|Guild|Union|Consortium)\b/u;
/** A description naming a member body by its kind ("a trade group", "the lobby organisation"): the kind's word. */
const MEMBER_BODY_DESCRIBED = /\b(trade|lobby|lobbying|industry|advocacy|campaign|pressure)\s+(?:group|body|association|organi[sz]ation)\b/iu;
/** A public body's or a think tank's words: no trade group, whatever its name's last word ("Thornbury District Council", "the Kelby Institute, a think tank"). */
const PUBLIC_OR_THINK_TANK = /\b(?:District|County|City|Borough|Parish|Town|think tank)\b/iu;

/** Whether a body named before fits a member body's epithet: "the trade group" is an association (not merely the nearest firm); true for any other phrase. */
export function fitsTrade(phrase: string, name: string, description: string): boolean {
  const m = /^[Tt]he\s+(\p{Ll}+)\s+\p{Ll}+$/u.exec(phrase);
  if (m === null) return true;
  const word = m[1];
  if (ASSOCIATION_MODIFIERS.has(word)) {
    return !PUBLIC_OR_THINK_TANK.test(`${name} ${description}`) && (ASSOCIATION_NAME.test(name) || MEMBER_BODY_DESCRIBED.exec(description)?.[1].toLowerCase() === word);
  }
  return true;
}

/** The head word: last word before the first preposition, comma or relative pronoun. */
export function headOf(phrase: string, ws: PWord[]): { head: PWord; index: number } {
  const firstComma = phrase.indexOf(',');
  const cutAt = firstComma > 0 ? firstComma + (ws[0]?.start ?? 0) : Infinity;
  let i = 0;
  // "state and local leaders": over a coordination the last conjunct's head wins.
  while (i < ws.length - 1 && continues(ws, i, cutAt)) i++;
  while (i < ws.length - 2 && (ws[i + 1].lower === 'and' || ws[i + 1].lower === 'or') && ws[i + 2].start < cutAt && !SPLITTERS.has(ws[i + 2].lower)) {
    i += 2;
    while (i < ws.length - 1 && continues(ws, i, cutAt)) i++;
  }
  if (QUANTIFIERS.has(ws[i].lower) && ws[i + 1]?.lower === 'of') {
    let j = i + 2;
    while (j < ws.length - 1 && DETERMINERS.has(ws[j].lower)) j++;
    while (j < ws.length - 1 && ws[j + 1].start < cutAt && !SPLITTERS.has(ws[j + 1].lower)) j++;
    if (j < ws.length) return { head: ws[j], index: j };
  }
  return { head: ws[i], index: i };
}

/** Heads of a document's title ("Monetary Policy Report", "Gallup Poll"), not of bodies' names ("Priorities USA Action", "Bernstein Research"). */
export const TITLED_DOCUMENTS = new Set(['report', 'survey', 'study', 'poll', 'assessment', 'audit', 'census', 'forecast', 'statement', 'review']);

/** Words a document's title is put out with ("the bank's quarterly …", "a national … Poll"), not an outlet's epithets ("the nonpartisan Cook Political Report"). */
const DOCUMENT_MODIFIERS = new Set(['annual', 'quarterly', 'monthly', 'weekly', 'latest', 'new', 'national', 'final', 'interim', 'internal', 'preliminary', 'draft', 'official', 'biannual', 'yearly']);

/**
 * A capitalised title after an owner's possessive or a lower-case word ("the bank's Monetary Policy
 * Report", "its annual World Economic Outlook"): a document the owner put out, not a body's name
 * ("The Drudge Report" has neither).
 */
export function isOwnedTitle(phrase: string, offset: number, ws: PWord[], index: number): boolean {
  for (let k = 0; k < index; k++) {
    const w = ws[k], after = phrase.charCodeAt(w.start - offset + w.text.length);
    if (DOCUMENT_MODIFIERS.has(w.lower)) return true;
    // an owner's possessive ("the IMF's")
    if (after === 39 || after === 0x2019) return true;
  }
  return false;
}

/** True when a word before the head (`index`) is capitalised and no determiner: a name in the phrase. */
export function namedBefore(ws: PWord[], index: number): boolean {
  for (let k = 0; k < index; k++) if (capitalised(ws[k].text) && !DETERMINERS.has(ws[k].lower)) return true;
  return false;
}

/** "The United Nations", "the United Arab Emirates": capitalised words up to the head that name a known body or country, whatever their last noun. */
export function knownBodyName(ws: PWord[], index: number): boolean {
  let from = index;
  while (from > 0 && capitalised(ws[from - 1].text) && !DETERMINERS.has(ws[from - 1].lower)) from--;
  let joined = ws[from].lower;
  for (let i = from + 1; i <= index; i++) joined += '_' + ws[i].lower;
  return from < index && isKnownBodyKey(joined);
}
