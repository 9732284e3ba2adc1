/**
 * What a source refers to, and how a capitalised name is told apart as a person or a body.
 * Shared by the mention index and the typing rules so both agree on every name.
 */
import type { SourceType } from './types';
import { GROUP_NOUNS, ORG_HEADS, PERSON_TITLES } from './source-lexicon';
import {
  COUNTRY_NAMES,
  FEMALE_GIVEN_NAMES,
  KNOWN_ORGANIZATIONS,
  MALE_GIVEN_NAMES,
} from './source-lexicon-names';

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
   * prefers these. Created as false (not left out), so every entity has one shape.
   */
  person?: boolean;
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
  `the a an but and or in on at for of to he she it they we i you his her their its our my this
  that these those when while after before if as so yet although though because since until with
  without from by about over under during meanwhile however still also then now there here what
  who whom whose why how where which some many most more one two three no not all every each both
  other another said says say according asked last next earlier later today yesterday tomorrow
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december is was are were has have had will
  would could should can may might do does did than just even only even like unlike instead
  despite amid among against between into onto upon within why yes oh well please thank thanks
  id url tv ai gdp dna pdf lgbt lgbtq lgbtq+ covid hiv aids ok pm am edt est pst gmt utc cfo cto ceo usd
  eur et pt ii iii iv faq adhd ptsd suv atm iq vp several nearly almost roughly only least
  md va ga calif fla mich minn pa tex conn ariz colo okla ore tenn wis ky ala ark ind kan mo mont neb nev
  wyo del n.y n.j n.c s.c d.c`.split(/\s+/),
);

/** Lower case without one final full stop (no regex: asked for every word of every name). */
const lowerNoDot = (w: string): string => {
  const lower = w.toLowerCase();
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
};

/** Given name's gender when the lists know it; null otherwise. */
export function givenNameGender(word: string): 'm' | 'f' | null {
  const w = word.toLowerCase();
  if (FEMALE_GIVEN_NAMES.has(w)) return 'f';
  if (MALE_GIVEN_NAMES.has(w)) return 'm';
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
  const w = word.toLowerCase();
  return PERSON_TITLES.has(w) || PERSON_TITLES.has(lowerNoDot(w));
}

/** All-capital short words (FBI, U.S., NATO) are almost always bodies in news text. */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[.&-]/g, '');
  return letters.length >= 2 && letters.length <= 6 && /^[A-Z]+$/.test(letters);
}

/** Kinds a capitalised name can be, before any context is used. */
export type NameKind = 'person' | 'organization' | 'group' | 'unknown';

/**
 * Person, organisation or group from the words of a name alone (context decides 'unknown').
 * Order matters: an organisation head beats a given name ("Hillary Clinton Foundation").
 */
export function classifyNameWords(words: string[]): NameKind {
  if (words.length === 0) return 'unknown';
  const lower = words.map(lowerNoDot);
  const last = lower[lower.length - 1];
  const joined = lower.join('_');
  if (GROUP_NOUNS.has(last) || (words.length === 1 && /(?:ans|ians|ists|ites|ese|ats|ics)$/.test(last))) return 'group';
  if (ORG_HEADS.has(last) || (words.length > 1 && !givenNameGender(words[0]) && ORG_HEADS.has(last.replace(/s$/u, ''))) || ORG_HEADS.has(lower[0])) return 'organization';
  if (COUNTRY_NAMES.has(joined) || KNOWN_ORGANIZATIONS.has(joined)) return 'organization';
  if (words.length === 1 && isAcronym(words[0])) return 'organization';
  if (lower.some((w, i) => i > 0 && (w === 'of' || w === 'for') )) return 'organization';
  if (givenNameGender(words[0]) !== null && words.length >= 2) return 'person';
  if (words.length >= 2 && words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}\.$/u.test(w))) return 'person';
  return 'unknown';
}

/** Maps the three entity kinds a name can have onto source types. */
export function nameKindType(kind: NameKind): SourceType {
  if (kind === 'organization') return 'named-organization';
  if (kind === 'group') return 'unnamed-group';
  return 'named-person';
}
