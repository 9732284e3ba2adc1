/**
 * Two small judgements source typing makes about a mention's kind: whether a capitalised plural is
 * a group of people by role, and whether a second mention may refer back to a given entity.
 */
import type { Entity } from './source-entity';
import type { SourceType } from './types';
import { PERSON_ROLE_NOUNS } from './source-lexicon';
import { PERSON_SHAPED } from './source-phrase';

/** Stems of "-men" and "-people" plurals of roles not listed as nouns of their own ("Fishermen", "Firemen", "Townspeople"). */
const ROLE_STEMS = new Set(['fisher', 'fire', 'police', 'business', 'sales', 'congress', 'chair', 'spokes', 'trades', 'crafts', 'towns', 'country', 'clergy', 'freight', 'line', 'gun', 'middle', 'lay', 'work', 'committee', 'council', 'alder', 'assembly', 'news', 'service', 'sports', 'states', 'fresh', 'church', 'crew', 'kins', 'long', 'bus']);

/**
 * A capitalised plural of a role noun ("Engineers", "Inspectors", "Residents"): its singular is a
 * known role or has a role noun's shape. Surnames ending in -s are caught before this by the name
 * index (a full name or a mid-sentence use makes them a mention).
 */
export function isRolePlural(word: string): boolean {
  // "Fishermen", "Salespeople": plurals of people without an "s" (not "Carmen" or "Yemen": four letters before "men")
  const people = /^\p{Lu}(\p{Ll}{3,})(?:men|people)$/u.exec(word);
  if (people) {
    // its singular a role ("Fisherman", "Businessman", "Salesperson"): not a surname ("Bregmen") or "Regimen"
    const stem = word.toLowerCase().slice(0, word.endsWith('people') ? -6 : -3);
    return PERSON_ROLE_NOUNS.has(`${stem}man`) || PERSON_ROLE_NOUNS.has(`${stem}person`) || ROLE_STEMS.has(stem);
  }
  if (!/^\p{Lu}\p{Ll}+s$/u.test(word) || /ss$/u.test(word)) return false;
  const singular = word.toLowerCase().slice(0, -1);
  return PERSON_ROLE_NOUNS.has(singular) || PERSON_SHAPED.test(singular);
}

/** A second mention may only take a referent of a kind it can denote ("the official" is no poll). */
export function compatible(referent: Entity, fallback: SourceType, plural: boolean): boolean {
  if (fallback === 'document') return referent.type === 'document';
  // a collective noun ("the team"): a body the text named, or a group no one named
  if (fallback === 'unnamed-group' && !plural) return referent.type === 'named-organization' || referent.type === 'unnamed-group';
  if (fallback === 'named-organization') return referent.type === 'named-organization';
  return referent.type !== 'document' && referent.type !== 'named-organization' && referent.plural === plural;
}
