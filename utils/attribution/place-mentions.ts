/**
 * Names that are places, not speakers: "in Philadelphia", "the town of Brae", "at Millbrook Park",
 * "the Tarrow Valley", a court report's address. The name index (source-names.ts) skips them, and
 * the kind of a name (source-name-kinds.ts) reads the same prepositions.
 */
import { loweredNameGender, type NameKind } from './source-entity';
import type { Group } from './source-name-groups';

/** Prepositions of place: a one-word name right after one is where something happens ("in Harlem"); not "outside" or "near", after which a shop or firm is often named ("outside Harrods"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'throughout']);

/**
 * "in Philadelphia", "across Europe": one word of unknown kind, no given name, right after a
 * preposition of place names where something happens, never someone a later "he", "the company"
 * or "the senator" could mean; so does a name of unknown kind given to a place noun ("from the
 * capital, Ekundi, she said", "the town of Brae").
 */
export function isPlaceMention(g: Group, prev: string, kind: NameKind, text = ''): boolean {
  const word = g.words[0];
  if (isVenue(g, prev, text) || ADDRESS_BEFORE.test(text.slice(Math.max(0, word.start - 60), word.start))) return true;
  if (kind !== 'unknown' || word.possessive || loweredNameGender(word.lower) !== null) return false;
  return (g.words.length === 1 && PLACE_PREPOSITIONS.has(prev)) || ((prev === '' || prev === 'of') && PLACE_NOUN_BEFORE.test(text.slice(Math.max(0, word.start - 30), word.start))) ||
    ((prev === 'to' || prev === 'from') && MOVED_BEFORE.test(text.slice(Math.max(0, word.start - 30), word.start)));
}

/**
 * An age, then "of" and where someone lives, maybe its street before the town ("Leanne Pugh, 39, of
 * Heol y Gof, Cross Hands,"): a court report's address, no one's name.
 */
const ADDRESS_BEFORE = /\b\d{1,3},\s+of\s+(?:[^,.;:\n]{1,40},\s+)?$/u;

/** A verb of moving, then "to" or "from", right before a name: the name is a place ("moved to Leeds", "fled from Aleppo"). */
const MOVED_BEFORE = /\b(?:moved|moving|moves|returned|returning|travelled|traveled|flew|flown|went|came|emigrated|relocated|fled|migrated|sailed|drove|walked|evacuated|transferred|posted|deployed|born)\s+(?:back\s+)?(?:to|from)\s+$/u;

/** A place noun given a name in apposition or with "of", right before the name ("the capital, Ekundi", "the town of Brae"). */
const PLACE_NOUN_BEFORE = /\b(?:the|its|their|a)\s+(?:\p{Ll}+\s+)?(?:(?:capital|city|town|village|port|province|region|island|suburb|hamlet)(?:,|\s+of)|(?:district|county|municipality|prefecture|governorate|parish)\s+of)\s+$/u;

/** Last words of the names of land and water ("Tarrow Valley", "Kell River", "Moray Firth"): places, never speakers. */
const LAND_AND_WATER = new Set(['valley', 'river', 'mountains', 'hills', 'coast', 'bay', 'lake', 'islands', 'peninsula', 'desert', 'forest', 'basin', 'delta', 'gulf', 'sea', 'ocean', 'strait', 'estuary', 'firth', 'canyon', 'plateau', 'highlands', 'lowlands']);

/** Prepositions a place's name follows ("along Kell River", "off Moray Firth"). */
const PLACE_BEFORE = new Set(['in', 'across', 'along', 'near', 'from', 'off', 'on', 'at', 'into', 'over', 'through', 'throughout', 'to', 'toward', 'towards']);

/** Last words of a venue's or street's name ("Millbrook Park", "Harcourt Road"). */
const VENUE_ENDINGS = new Set(['park', 'stadium', 'arena', 'ground', 'street', 'road', 'square', 'avenue', 'lane', 'bridge', 'pier', 'quay', 'common']);

/** Prepositions a venue's name follows, maybe with "the" between ("at Millbrook Park", "at the Quayside Ground"). */
const VENUE_PREPOSITIONS = new Set(['at', 'on', 'in', 'near', 'outside', 'inside']);
/** The word before "the" right before a name. */
const WORD_BEFORE_THE = /(\p{L}+)\s+the\s+$/iu;

/**
 * "at Millbrook Park", "on Harcourt Road", "at the Quayside Ground": a name of two or more words ending in a venue's or
 * street's noun, right after "at", "on", "in" or the like (maybe with "the"), is a place, no one a later "the fly-half" could mean.
 */
function isVenue(g: Group, prev: string, text = ''): boolean {
  const last = g.words[g.words.length - 1];
  // "the Tarrow Valley", "in Kell River": a land's or water's name is a place (not after "for",
  // as in "a spokesman for Platte River", a firm's short name)
  if (g.words.length >= 2 && !last.possessive && LAND_AND_WATER.has(last.lower) && (prev === 'the' || prev === 'The' || PLACE_BEFORE.has(prev))) return true;
  // (not a person's name: "praise from Diane Lane", "Grace Park said")
  return g.words.length >= 2 && !last.possessive && VENUE_ENDINGS.has(last.lower) && loweredNameGender(g.words[0].lower) === null &&
    (VENUE_PREPOSITIONS.has(prev) || ((prev === 'the' || prev === 'The') && VENUE_PREPOSITIONS.has(WORD_BEFORE_THE.exec(text.slice(Math.max(0, g.words[0].start - 12), g.words[0].start))?.[1].toLowerCase() ?? '')));
}
