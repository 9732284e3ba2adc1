/**
 * Cuts the text into runs of capitalised words ("Secretary of State Julia Ferrant") and takes
 * titles off their front, the raw material of name mentions. Only capitalised words and name
 * connectors are matched, so the pass stays cheap on long articles.
 */
import { classifyName, isLoweredPersonTitle, loweredNameGender, NOT_NAME_WORDS } from './source-entity';
import { GROUP_NOUNS, PERSON_ROLE_NOUNS, SURNAME_ROLES } from './source-lexicon';
import { FRIENDS_OF_THE, isOpeningBodyDescriptor, ORG_HEADS } from './source-lexicon-bodies';
import { nameWordSpans } from './name-word-scan';
import { afterParticle, NAME_CONNECTORS, opensParticle, surnameParticle } from './name-particles';
import { capitalised, onlySpaces } from './name-word-shape';
import { andJoin, commaListJoin, ofTheInBodyName, pluralBeforeFor, possessiveJoin, theBefore } from './name-joins';
import { NEWSPAPER_NAME_WORDS } from './source-lexicon-names';
import { isListedGivenName } from './given-name-genders';

const ABBREVIATION = /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|capt|sgt|prof|rev|st|jr|sr|inc|corp|co|ltd|u\.s|u\.k|[a-z])\.$/i;
const CONNECTORS = new Set([...NAME_CONNECTORS, '&']);

/** One capitalised word (or connector) with its offsets. */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** `text` lower-cased, made once: the grouping rules ask for it several times per word. */
  lower: string;
  possessive: boolean;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Length of a final "'s", "’s", "'" or "’" (the match of /['’]s?$/), 0 if none; no regex per word. */
export function possessiveMarkLength(t: string): number {
  const n = t.length, last = t.charCodeAt(n - 1);
  if (isApostrophe(last)) return 1;
  return last === 115 && n >= 2 && isApostrophe(t.charCodeAt(n - 2)) ? 2 : 0;
}

/** Words of the text with trailing full stops kept only on abbreviations and initials. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  // only capitalised words and name connectors: everything a name can be made of, and far fewer matches
  const spans = nameWordSpans(text);
  for (let k = 0; k < spans.length; k += 2) {
    const start = spans[k];
    let t = text.slice(start, spans[k + 1]);
    if (t.endsWith('.') && !ABBREVIATION.test(t) && !/\..*\.$/.test(t)) t = t.slice(0, -1);
    let possessive = false;
    const mark = possessiveMarkLength(t);
    if (mark > 0 && t.length > mark + 1) {
      t = t.slice(0, -mark);
      possessive = true;
    }
    out.push({ start, end: start + t.length, text: t, lower: t.toLowerCase(), possessive });
  }
  return out;
}

/** A run of capitalised words with only spaces (or a connector) between them. */
export interface Group {
  words: Word[];
  /** Titles cut from the front ("Sen.", "Foreign Minister"): evidence of a person, and a description. */
  titles: string[];
}

/** A trade's noun by its ending ("meteorologist", "historian", "economist"). */
const TRADE_SHAPED = /\p{Ll}{4,}(?:ist|ian)$/u;

/** A trade's noun that is no given name, then a listed given name: "Meteorologist Chris Danner" (not "Christian Democratic Union"). */
const tradeBeforeGivenName = (ws: Word[]): boolean =>
  TRADE_SHAPED.test(ws[0].lower) && !isListedGivenName(ws[0].lower) && loweredNameGender(ws[0].lower) === null && isListedGivenName(ws[1].lower);

/** The days a paper's name may open with ("The Sunday Courier"; not "the Sunday Tom Reddy arrived": a paper's word must follow). */
const WEEKEND_PAPERS = new Set(['Sunday', 'Saturday']);

/** Runs of capitalised words joined only by spaces or a connector, titles split off. */
export function groups(text: string, ws: Word[]): Group[] {
  const out: Group[] = [];
  let cur: Word[] = [];
  const flush = (): void => {
    while (cur.length && CONNECTORS.has(cur[cur.length - 1].lower)) cur.pop();
    if (cur.length) out.push(splitTitles(cur));
    cur = [];
  };
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    const isName = capitalised(w.text) && !NOT_NAME_WORDS.has(w.lower.charCodeAt(w.lower.length - 1) === 46 ? w.lower.slice(0, -1) : w.lower);
    const joins = cur.length > 0 && onlySpaces(text, cur[cur.length - 1].end, w.start);
    const prevPossessive = cur.length > 0 && cur[cur.length - 1].possessive;
    if (isName && ((joins && !prevPossessive) || possessiveJoin(text, cur, ws, k) || andJoin(text, cur, ws, k) || commaListJoin(text, cur, ws, k) || afterParticle(text, cur, w))) cur.push(w);
    // "the Office of the Information Commissioner", "the Department of the Interior": a body's "of the"
    else if (isName && ofTheInBodyName(text, cur, w)) cur.push(theBefore(w), w);
    else if (cur.length > 0 && joins && !prevPossessive && CONNECTORS.has(w.lower) && (opensConnector(cur) || friendsOfThe(text, cur, w) || opensParticle(text, w) || pluralBeforeFor(cur, w) || surnameParticle(text, cur, ws, k))) cur.push(w);
    // "Save Our Harbour", "Save Our Schools": a campaign's name in title case keeps its "Our"
    else if (cur.length > 0 && joins && !prevPossessive && w.text === 'Our' && k + 1 < ws.length && capitalised(ws[k + 1].text) && onlySpaces(text, w.end, ws[k + 1].start)) cur.push(w);
    // "The Sunday Courier", "the Sunday Times": a paper's day after "the" opens its name
    else if (cur.length === 0 && WEEKEND_PAPERS.has(w.text) && /(?:^|[^\p{L}])[Tt]he $/u.test(text.slice(Math.max(0, w.start - 4), w.start)) && k + 1 < ws.length &&
      NEWSPAPER_NAME_WORDS.has(ws[k + 1].text) && onlySpaces(text, w.end, ws[k + 1].start)) cur.push(w);
    else {
      flush();
      if (isName && !descriptorOpeningSentence(text, ws, k)) cur.push(w);
    }
  }
  flush();
  return out;
}

/**
 * A firm's trade that opens its sentence before a name ("Developer Harbourline Estates said"):
 * capitalised as the sentence's first word, it describes the name and is left out of it.
 */
function descriptorOpeningSentence(text: string, ws: Word[], k: number): boolean {
  const w = ws[k], next = ws[k + 1];
  if (next === undefined || !capitalised(next.text) || !onlySpaces(text, w.end, next.start)) return false;
  // the name's length: its capitalised words joined by single spaces
  let nameWords = 1;
  while (k + nameWords + 1 < ws.length && capitalised(ws[k + nameWords + 1].text) && onlySpaces(text, ws[k + nameWords].end, ws[k + nameWords + 1].start)) nameWords++;
  // (a trade people ply too, before a name a body's by its own words: "Developer Marlow Estates")
  if (!isOpeningBodyDescriptor(w.lower, nameWords) && !(isOpeningBodyDescriptor(w.lower, 1) && classifyName(ws.slice(k + 1, k + 1 + nameWords)) === 'organization')) return false;
  let i = w.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '"' || text[i] === '“' || text[i] === '‘')) i--;
  return i < 0 || text[i] === '.' || text[i] === '!' || text[i] === '?' || text[i] === '\n';
}

/** Offices that are bodies in their own right, named with "of" or "for" ("the Regulator of Social Housing", "the Ombudsman for Schools"). */
const OFFICE_HEADS: ReadonlySet<string> = new Set(['regulator', 'ombudsman', 'inspectorate', 'directorate', 'watchdog']);

/** "Friends of the Earth", "Friends of Hadley Hall": a charity's name goes on over "of" (not "Friends of Mr. Clinton"). */
function friendsOfThe(text: string, cur: Word[], w: Word): boolean {
  return cur.length === 1 && w.lower === 'of' && FRIENDS_OF_THE.test(text.slice(cur[0].start, w.end + 40));
}

/** "of" may continue a body's name ("Bank of Lorien") or a title ("Secretary of State"), not a person's. */
function opensConnector(cur: Word[]): boolean {
  // "U.S. Secretary of State …": a title after a place still opens its office's "of"
  return cur.some((w) => ORG_HEADS.has(w.lower) || OFFICE_HEADS.has(w.lower)) || cur.every((w) => isLoweredPersonTitle(w.lower)) ||
    (cur.length <= 3 && isLoweredPersonTitle(cur[cur.length - 1].lower));
}

/** "Foreign Minister Ana Ruiz" -> titles ["Foreign", "Minister"], name "Ana Ruiz". */
function splitTitles(ws: Word[]): Group {
  let cut = -1;
  for (let i = 0; i < ws.length - 1; i++) if (isLoweredPersonTitle(ws[i].lower)) cut = i;
  for (let i = cut + 1; i < ws.length - 1 && cut >= 0; i++) if (loweredNameGender(ws[i].lower) && ws.length - i >= 2) cut = Math.max(cut, i - 1);
  // "Pollster Samir Haddad", "Challenger Daniel Okoro-Finch": a role noun before a given name and a surname is a title too
  if (cut < 0 && ws.length >= 3 && PERSON_ROLE_NOUNS.has(ws[0].lower) && loweredNameGender(ws[1].lower) !== null) cut = 0;
  // (and "Meteorologist Chris Danner", "Historian Ana Ruiz": a trade's -ist or -ian that is no given name itself)
  if (cut < 0 && ws.length >= 3 && tradeBeforeGivenName(ws)) cut = 0;
  // (and "Striker Okafor", a headline's role before a surname: never a given name, nor a role that is a surname too)
  if (cut < 0 && ws.length === 2 && PERSON_ROLE_NOUNS.has(ws[0].lower) && !SURNAME_ROLES.has(ws[0].lower) && loweredNameGender(ws[0].lower) === null && !CONNECTORS.has(ws[1].lower)) cut = 0;
  // "Directorate General of Civil Aviation": "General" after a body's head is the body's name, no rank
  if (cut < 0 || (ws[cut].lower === 'general' && cut > 0 && ORG_HEADS.has(ws[cut - 1].lower))) return { words: ws, titles: [] };
  let rest = ws.slice(cut + 1);
  const officeGoesOn = rest.length > 0 && CONNECTORS.has(rest[0].lower);
  while (rest.length && CONNECTORS.has(rest[0].lower)) rest = rest.slice(1);
  // "Secretary of State Julia Ferrant", "U.S. Secretary of State Antony Blinken": the office runs
  // on past "of"; the name is the last two words (three with a middle initial).
  const of = rest.findIndex((w) => CONNECTORS.has(w.lower));
  const lastTwoAreName = rest.length >= 3 && !CONNECTORS.has(rest[rest.length - 2].lower);
  if ((of >= 0 && rest.length - of > 3) || (officeGoesOn && of < 0 && lastTwoAreName)) {
    const keep = /^\p{Lu}\.$/u.test(rest[rest.length - 2].text) && rest.length - of > 4 ? 3 : 2;
    cut = ws.length - keep - 1;
    rest = ws.slice(cut + 1);
  }
  const kind = classifyName(rest);
  // "Inspector General", "Attorney General": an office, no name after its title
  // nor "General Staff": a title before a group's noun names a body
  if (!rest.length || kind === 'organization' || (rest.length === 1 && (rest[0].lower === 'general' || GROUP_NOUNS.has(rest[0].lower)))) return { words: ws, titles: [] };
  return { words: rest, titles: ws.slice(0, cut + 1).map((w) => w.text) };
}
