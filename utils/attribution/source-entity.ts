/**
 * What a source refers to, and how a capitalised name is told apart as a person or a body.
 * Shared by the mention index and the typing rules so both agree on every name.
 */
import type { SourceType } from './types';
import { GROUP_NOUNS, PERSON_TITLES } from './source-lexicon';
import { CLUB_NAME_ENDINGS, CLUB_NAME_OPENINGS, ORG_HEADS, TRADE_HEADS } from './source-lexicon-bodies';
import { COUNTRY_NAMES, FEMALE_GIVEN_NAMES, isKnownBodyKey, MALE_GIVEN_NAMES } from './source-lexicon-names';

/** One thing the text talks about; several mentions may share it, so it is mutable. */
export interface Entity {
  name: string;
  description: string;
  type: SourceType;
  plural: boolean;
  /** 'm' / 'f' when a title or given name tells; lets "she" skip a male antecedent. */
  gender: 'm' | 'f' | null;
  /**
   * Something beyond capitals says this is a person (given name, title, role, has spoken): "he"
   * prefers these. Also set on a spokesperson typed as the body they speak for (a
   * named-organization that is one person: a later "she" is them). Created as false (not left
   * out), so every entity has one shape.
   */
  person?: boolean;
}

/**
 * A new entity, its gender not yet known: every entity is made here, so all share one shape (the
 * look-backs read them in hot loops) and `person` is always set.
 */
export function newEntity(name: string, description: string, type: SourceType, plural: boolean, person = false): Entity {
  return { name, description, type, plural, gender: null, person };
}

/** A place in the text where an entity is mentioned, for look-back resolution. */
export interface Mention {
  start: number;
  end: number;
  entity: Entity;
  /** Head noun of a second mention ("the spokesman"): its entity is a guess until resolved. */
  refer?: string;
  /** Set on the sources already typed: a later "he" prefers someone who has spoken. */
  spoke?: boolean;
  /** Set on capitalised names (not role nouns): only these can stand in for an unreadable source span. */
  name?: boolean;
}

/** Capitalised words that start sentences or mark time, never names of sources. */
export const NOT_NAME_WORDS = new Set(
  `i'm i’m i've i’ve i'd i’d i'll i’ll
  the a an but and or in on at for of to he she it they we i you his her their its our my this
  that these those when while after before if as so yet although though because since until with
  without from by about over under during meanwhile however still also then now there here what
  who whom whose why how where which some many most more one two three no not all every each both
  other another said says say according asked last next earlier late later today yesterday tomorrow
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december feb apr aug sept oct nov is was are were has have had will
  would could should can may might do does did than just even only even like unlike instead
  despite amid among against between into onto upon within why yes oh well please thank thanks
  id url tv ai gdp dna pdf lgbt lgbtq lgbtq+ covid hiv aids ok pm am edt est pst gmt utc cfo cto ceo usd
  mp mps mep meps msp msps mla gp gps
  eur et pt ii iii iv faq adhd ptsd suv atm iq vp several nearly almost roughly only least
  md va ga calif fla mich minn pa tex conn ariz colo okla ore tenn wis ky ala ark ind kan mo mont neb nev
  wyo del vt n.y n.j n.c s.c d.c`.split(/\s+/),
);

/** A lower-cased word without one final full stop (no regex: asked for every word of every name). */
const withoutDot = (lower: string): string => (lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower);

/** Lower case without one final full stop. */
const lowerNoDot = (w: string): string => withoutDot(w.toLowerCase());

/** Given name's gender when the lists know it; null otherwise. */
export function givenNameGender(word: string): 'm' | 'f' | null {
  return loweredNameGender(word.toLowerCase());
}

/** `givenNameGender` of a word already lower-cased: name words carry their lower case, so none is made again. */
export function loweredNameGender(lower: string): 'm' | 'f' | null {
  if (FEMALE_GIVEN_NAMES.has(lower)) return 'f';
  if (MALE_GIVEN_NAMES.has(lower)) return 'm';
  return null;
}

/** Gender a title implies ("Mrs.", "spokeswoman"), so pronouns can match. */
export function titleGender(word: string): 'm' | 'f' | null {
  const w = lowerNoDot(word);
  if (/^(?:mrs|ms|miss|dame|lady|queen|princess|spokeswoman|chairwoman|congresswoman|councilwoman|sister)$/.test(w)) return 'f';
  if (/^(?:mr|sir|lord|king|prince|spokesman|chairman|congressman|councilman|father|brother)$/.test(w)) return 'm';
  return null;
}

/** True for a word that, before a name, makes that name a person's ("Sen.", "spokesman"). */
export function isPersonTitle(word: string): boolean {
  return isLoweredPersonTitle(word.toLowerCase());
}

/** `isPersonTitle` of a word already lower-cased (asked of every word of every name). */
export function isLoweredPersonTitle(lower: string): boolean {
  return PERSON_TITLES.has(lower) || (lower.charCodeAt(lower.length - 1) === 46 && PERSON_TITLES.has(lower.slice(0, -1)));
}

/** All-capital short words (FBI, U.S., NATO) are almost always bodies in news text. */
export function isAcronym(word: string): boolean {
  // /^[A-Z]+$/ of the word without its . & - marks, counted over char codes (no new string)
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 46 || c === 38 || c === 45) continue;
    if (c < 65 || c > 90) return false;
    letters++;
  }
  return letters >= 2 && letters <= 6;
}

/** Kinds a capitalised name can be, before any context is used. */
export type NameKind = 'person' | 'organization' | 'group' | 'unknown';

/** A word of a name with its lower case (`lower` is `text.toLowerCase()`). */
export interface NameWord {
  text: string;
  lower: string;
}

/**
 * Person, organisation or group from the words of a name alone (context decides 'unknown').
 * Order matters: an organisation head beats a given name ("Hillary Clinton Foundation").
 */
export function classifyNameWords(words: string[]): NameKind {
  return classifyName(words.map((text) => ({ text, lower: text.toLowerCase() })));
}

/** Regions a body's branch is named for, after the body's own name ("Human Rights Watch Asia"). */
const REGION_NAMES = new Set(['asia', 'africa', 'europe', 'americas', 'international', 'pacific']);
/** A part of a region, which names a place ("Western Europe", "Southeast Asia"). */
const COMPASS = /^(?:north|south|east|west|central)|(?:north|south|east|west)(?:ern)?$/u;

/** Last words that make a capitalised name a body's ("Queensland Health", "Geological Survey", "General Staff"). */
const NAME_ONLY_BODY_HEADS = new Set(['health', 'survey', 'staff', 'transport']);
/** A service or sport before a country's name makes a national body's ("Health Canada", "Athletics Kenya", "Sport England"). */
const NATIONAL_BODY_WORDS = new Set(`health statistics transport parks tourism sport sports athletics cycling swimming tennis rugby football cricket
  hockey basketball volleyball gymnastics rowing sailing boxing skiing golf netball triathlon`.split(/\s+/u));

/** A capitalised word of letters only, or an initial: the shape of each word of a person's name. */
const PERSON_WORD = /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}\.$/u;

/** Endings of a one-word group of people ("Republicans", "Chinese"), as /(?:ans|ists|ites|ese|ats|ics)$/. */
const GROUP_ENDINGS = ['ans', 'ists', 'ites', 'ese', 'ats', 'ics'];
/** Plural last words of a body's name ("Auditors of Public Accounts", "Veterans Affairs"), never a person's. */
const BODY_PLURAL_ENDINGS: ReadonlySet<string> = new Set(['accounts', 'affairs', 'services', 'resources', 'works', 'relations', 'studies', 'sciences', 'records',
  'statistics', 'standards', 'appeals', 'industries', 'enterprises', 'investments', 'systems', 'solutions', 'technologies', 'communications', 'laboratories', 'logistics', 'pharmaceuticals']);

/** "Al-Jazeera", "El-Watan": a capitalised Arabic article hyphened to a capital. */
const ARABIC_ARTICLE_START = /^(?:Al|El)-\p{Lu}/u;

/**
 * A name that opens with the Arabic article names an outlet or a body ("Al-Jazeera", "Al-Monitor"):
 * a person's name has it after the given name ("Majed al-Ansari"), and the surname alone joins
 * that person before it is classified (source-names.ts).
 */
export function startsWithArabicArticle(word: string): boolean {
  return ARABIC_ARTICLE_START.test(word);
}

/**
 * `classifyNameWords` of words that carry their lower case: the name index has it already for
 * every word, and classifies every name it finds.
 */
export function classifyName(words: readonly NameWord[]): NameKind {
  const n = words.length;
  if (n === 0) return 'unknown';
  const last = withoutDot(words[n - 1].lower);
  // "Union of Delivery Workers", "Meridian Federation of Small Businesses": a body's head, then "of" or "for"
  for (let i = 0; i + 2 < n; i++) {
    const next = withoutDot(words[i + 1].lower);
    if ((next === 'of' || next === 'for') && ORG_HEADS.has(withoutDot(words[i].lower))) return 'organization';
  }
  // "Fox & Friends", "Marks & Spencer": an ampersand joins only a firm's or a programme's name
  for (let i = 1; i + 1 < n; i++) if (words[i].text === '&') return 'organization';
  const first = withoutDot(words[0].lower);
  // "United Nations", "United Arab Emirates": a known body or country before any group noun it ends in
  let joined = first;
  for (let i = 1; i < n; i++) joined += '_' + withoutDot(words[i].lower);
  if (isKnownBodyKey(joined)) return 'organization';
  // "Queensland Health", "the U.S. Geological Survey", "Ukraine's General Staff", "Amnesty International Kenya": words
  // that head a body only in a capitalised name (a lower-case "survey" is a document, "staff" a group)
  if (n > 1 && (NAME_ONLY_BODY_HEADS.has(last) || words.some((w, i) => i > 0 && w.lower === 'international')) && loweredNameGender(words[0].lower) === null) return 'organization';
  // "PEN America", "Human Rights Watch Asia": a body's name, then the country or region of its branch
  // ("Clean Seas Europe": a region, unlike a country, ends no person's name)
  if (n > 1 && ((COUNTRY_NAMES.has(last) && (classifyName(words.slice(0, -1)) === 'organization' || (n === 2 && NATIONAL_BODY_WORDS.has(first)))) || (REGION_NAMES.has(last) && loweredNameGender(words[0].lower) === null && !COMPASS.test(words[0].lower)))) return 'organization';
  // ("Health New Zealand": the country's name of two words)
  if (n === 3 && NATIONAL_BODY_WORDS.has(first) && COUNTRY_NAMES.has(withoutDot(words[1].lower) + '_' + last)) return 'organization';
  if (GROUP_NOUNS.has(last) || (n === 1 && GROUP_ENDINGS.some((e) => last.endsWith(e)))) return 'group';
  const gender = loweredNameGender(words[0].lower);
  if (ORG_HEADS.has(last) || (!gender && TRADE_HEADS.has(last)) || (n > 1 && !gender && ORG_HEADS.has(last.replace(/s$/u, ''))) || ORG_HEADS.has(first)) return 'organization';
  // "Redmere City", "Ostavia Sporting": a club's name; "Talbrook Research", "Corvane Air": a firm's (as
  // last words only: "Research" alone opens sentences, "Air Vice-Marshal" is a rank)
  if (n > 1 && !gender && (CLUB_NAME_ENDINGS.has(last) || CLUB_NAME_OPENINGS.has(first) || last === 'research' || last === 'air')) return 'organization';
  // "Public Accounts", "Veterans Affairs", "Emergency Services": a body's plural last word, no one's surname
  if (n > 1 && !gender && BODY_PLURAL_ENDINGS.has(last)) return 'organization';
  if (n === 1 && isAcronym(words[0].text)) return 'organization';
  if (startsWithArabicArticle(words[0].text)) return 'organization';
  for (let i = 1; i < n; i++) {
    const w = words[i].lower;
    if (w === 'of' || w === 'for' || w === 'of.' || w === 'for.') return 'organization';
  }
  if (gender !== null && n >= 2) return 'person';
  if (n >= 2 && words.every((w) => PERSON_WORD.test(w.text))) return 'person';
  return 'unknown';
}

/** Maps the three entity kinds a name can have onto source types. */
export function nameKindType(kind: NameKind): SourceType {
  if (kind === 'organization') return 'named-organization';
  if (kind === 'group') return 'unnamed-group';
  return 'named-person';
}
