/**
 * The words that let a firm's or club's first word alone name it ("Nordvik" after "Nordvik Motors",
 * "Ashby" after "Ashby Town"), and the first words too many names share to name any one alone.
 */
import { FIRM_TRADES } from './source-lexicon-bodies';

/** Last words of a firm's two-word name, whose first word alone then names it ("Nordvik Motors" -> "Nordvik"). */
export const FIRM_ENDINGS: ReadonlySet<string> = new Set([
  'motors', 'airlines', 'airways', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'group', 'holdings', 'industries', 'technologies', 'pharmaceuticals', 'energy', 'labs', 'plc', 'ltd', 'llc',
  'foods', 'stores', 'brands', 'systems', 'properties', 'estates', 'developments', 'construction', 'pharma', 'insurance', 'telecom', 'mining', 'steel', 'chemicals', 'software', 'networks', 'electric', 'entertainment', 'communications', 'shipping', 'rail', 'homes', 'water',
  'digital', 'media', 'events', 'capital', 'partners', 'logistics', 'solutions', 'services', 'ventures', 'resources', 'studios', 'therapeutics', 'aerospace', 'biotech', 'robotics',
  'farms', 'dairies', 'bakeries', 'orchards', 'vineyards', 'growers',
  // the legal forms of other countries' companies ("Vestra SE", and "Harlund Bank AG" with a bank
  // before one: "Bank" alone ends no firm's name, or "West Bank" would make "West" one)
  'ag', 'se', 'nv', 'bv', 'gmbh', 'spa', 'asa', 'oyj', 'limited', 'llp',
  ...FIRM_TRADES,
]);

/** Last words of a club's name that are a place's too ("Ashby Town", "Harlow City"): only a name already read as a body's gives its first word alone. */
export const CLUB_PLACE_ENDINGS: ReadonlySet<string> = new Set(['town', 'city', 'county']);

/** First words many names share ("United Utilities", "Manchester United"'s "United"; "National Grid"): they name no one firm alone. */
export const SHARED_FIRST_WORDS = new Set(['united', 'national', 'general', 'american', 'british', 'royal', 'first', 'new', 'great', 'central', 'international', 'global', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);
