/**
 * Word lists for bodies: the heads, trades and nouns that make a name or a phrase an organisation's
 * ("Tax Policy Center", "Brisa Home Appliances", "the agency"), and the outlets "the newspaper" can
 * mean. General news vocabulary, never names memorised from one data set (see source-lexicon.ts).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Heads that name an organisation when capitalised at the end of a name ("Tax Policy Center"). */
export const ORG_HEADS = set(`
  ministry department agency office party committee commission council court times post news
  diocese archdiocese synod
  journal herald tribune gazette guardian telegraph observer independent daily press network
  institute university college school center centre centers centres foundation association union bank fund group
  inc inc. corp corp. corporation company co co. ltd ltd. llc plc administration authority board
  bureau service services police army navy force forces organization organisation coalition
  alliance league federation campaign government parliament congress senate house assembly cabinet
  legislature embassy consulate mission secretariat tribunal panel caucus club church hospital
  airlines airways motors media magazine monitor watch project institution reserve exchange labs
  systems technologies partners capital holdings pharmaceuticals energy networks broadcasting
  radio television tv channel studios industries international trust society academy
  initiative program programme directorate command guard guards brigade brigades chiefs
  movement front conference fed kremlin pentagon politburo duma knesset bundestag
  primary infirmary clinic cathedral chamber courier chronicle ledger dispatch bulletin mirror
  constabulary gmbh ag
  junta regime state states republic kingdom emirates palace
  guild pharma biotech therapeutics biosciences laboratories logistics solutions software robotics
  analytics ventures investments securities insurance bancorp financial mining resources petroleum
  chemicals foods airline shipping railways telecom communications wireless electric utilities
  semiconductor semiconductors devices instruments dynamics aerospace automotive consulting
  associates enterprises llp united fc rovers wanderers athletic albion rangers hotspur
  museum gallery library zoo theatre theater opera circuit division
  brands retail stores supermarkets outfitters beverages brewing breweries distillers motors airlines
`);

/**
 * A charity named "Friends of the …" ("Friends of the Earth", "Friends of the Fells") or "Friends of"
 * a place ("Friends of Hadley Hall", "Friends of Kelby Park"): one body's name, where "Friends of Mr.
 * Clinton's" are people.
 */
export const FRIENDS_OF_THE = /^Friends\s+of\s+(?:the\s+\p{Lu}|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Park|Hall|Library|Museum|Gardens?|Lake|River|Woods?|Forest|Common|Heath|Church|Chapel|Cemetery|Station|Theatre|Theater|Pier|Canal|Moor|Hill|Beach|Castle|Abbey)\b)/u;

/** Trades a firm's name ends in that make it a firm's name, and make its first word alone name it ("Brisa Home Appliances" … "Brisa"): read by TRADE_HEADS and source-names.ts's FIRM_ENDINGS. */
export const FIRM_TRADES = set('appliances electronics apparel textiles solutions ventures automotive aerospace petroleum utilities healthcare logistics medical living capital partners investments data analytics research consulting robotics therapeutics biosciences air');

/**
 * Trades that end a firm's name ("Thames Water", "Ashcombe Homes", "Northline Trains") but can
 * end a person's too ("Lucy Water"): a body only when no given name opens the name.
 */
export const TRADE_HEADS: ReadonlySet<string> = new Set([...set(`
  homes housing estates properties developments construction builders engineering water rail power gas grid
  railway trains buses transport airport stores supermarkets retail brewery records publishing
  publishers books games entertainment pictures films events media digital logistics studios
  farms dairies dairy bakeries bakery orchards vineyards nurseries produce growers foods
`), ...FIRM_TRADES]);

/**
 * Nouns for a body of people that has no name of its own ("the team", "the squad", "the panel"):
 * a group no one named unless it stands for a body the text named (coreference decides).
 */
export const COLLECTIVE_NOUNS = set('team squad panel crew jury delegation side camp faction family couple household band orchestra choir opposition');

/** Collective nouns of kin: a family speaks as a group of people, never as a body the text named. */
export const KIN_COLLECTIVES = set('family couple household');

/** Lowercase nouns for an organisation; "the agency said", "police said" are organisations. */
export const ORG_NOUNS: ReadonlySet<string> = new Set([...COLLECTIVE_NOUNS, ...set(`
  agency campaign committee company firm corporation government administration newspaper paper chamber
  publication magazine network outlet broadcaster channel station tabloid daily website site
  ministry department court commission council police authorities authority union bank fund
  city state party board bureau regime kremlin military army navy junta parliament congress
  legislature senate club organization organisation group coalition alliance charity
  institute university school hospital embassy office prosecutors' prosecutor's cabinet
  government's palace league federation association foundation center centre utility district county
  nonprofit clinic journal inquest tribunal hearing regulator watchdog
  service brigade coastguard media television tv radio force taskforce trust
  museum gallery library zoo theatre theater opera airport tank think-tank chapter branch affiliate
`)]);

/**
 * Nouns for a business or a body that oversees business ("the carmaker", "the regulator"): "the
 * company said" stands for the nearest firm the text named, and "The carmaker, Nordvik Motors,"
 * names one.
 */
export const COMPANY_NOUNS = set(`
  company firm carmaker automaker retailer lender insurer airline chainmaker startup start-up conglomerate
  manufacturer supplier operator developer group corporation regulator watchdog builder
  housebuilder publisher broadcaster utility supermarket grocer brewer miner shipper chipmaker
  drugmaker toymaker planemaker steelmaker club processor provider exporter distributor
  label chain carrier
`);

/** "appliance maker", "toy maker" before a name or as a description's head: a firm's trade ("Kitchen appliance maker Brightwell Home", "the snack maker"), not "policy maker" or "film maker". */
const PRODUCT_BEFORE_MAKER = /(?<!\b(?:policy|decision|film|movie|peace|law|deal|trouble|match|king|rule|music|news|change|opinion|taste|money|mischief|difference|rain|noise))\s+maker\s+$/iu;
/** Words ending in "maker" or "makers", with a word or more before. */
const ENDS_IN_MAKER = /^(.*\S)\s+makers?\s*$/iu;

/** Whether words ending in "maker(s)" name a firm by its product ("Kitchen appliance maker", "the snack and frozen-meals maker"), not a "policy maker". */
export function makesProducts(words: string): boolean {
  const m = ENDS_IN_MAKER.exec(words);
  return m !== null && PRODUCT_BEFORE_MAKER.test(`${m[1]} maker `);
}

/** Trades a person plies as often as a firm ("a local builder", "a coal miner", "the broadcaster David …"). */
const TRADES_OF_PEOPLE = set('builder developer publisher broadcaster grocer brewer miner shipper operator supplier regulator');

/** Bodies that run events, named after this noun ("organisers Brightwater Live", "tour promoter Northlight Live"); not firms' nouns, as "the organisers" are often people. */
const EVENT_RUNNERS = set('organiser organizer promoter');

/**
 * A noun of those who run events: a name right after it is the body's ("tour promoter Northlight
 * Live", "organisers Brightwater Live"); not one "organiser", most often a person ("union organiser
 * Siobhán Adekunle-Marsh").
 */
export function isEventRunner(lower: string): boolean {
  if (lower === 'organiser' || lower === 'organizer') return false;
  return EVENT_RUNNERS.has(lower.endsWith('s') ? lower.slice(0, -1) : lower);
}
/** Firms' nouns that are names' first words as often as descriptors ("Group Lotus", "Club Brugge", "Label Emmaus"). */
const NAME_OPENING_FIRM_NOUNS = set('group club label chain carrier utility company firm corporation');

/**
 * A firm's trade, singular or plural, capitalised only because it opens its sentence, before the
 * name it describes ("Developer Harbourline Estates said", "Organisers Brightwater Live announced"):
 * no part of the name, and it makes the name a body's.
 */
export function isOpeningBodyDescriptor(lower: string, nameWords: number): boolean {
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  // a trade people ply too only before a one-word name ("Regulator Ofwat", not "Publisher Ellen Marsh")
  return !NAME_OPENING_FIRM_NOUNS.has(singular) && ((COMPANY_NOUNS.has(singular) && (nameWords === 1 || !TRADES_OF_PEOPLE.has(singular))) || EVENT_RUNNERS.has(singular));
}

/** True for a firm's noun that makes a name beside it a body: a trade people also ply only for a one-word name ("operator Eastline", not "bus operator Hamish Reid"). */
export function isFirmNounFor(word: string, nameWords: number): boolean {
  return isOrganisationNoun(word) && (nameWords === 1 || !TRADES_OF_PEOPLE.has(word));
}

/** True for a noun that describes an organisation, so a name set beside it ("The union, Unite,") is a body. */
export function isOrganisationNoun(word: string): boolean {
  return ORG_NOUNS.has(word) || COMPANY_NOUNS.has(word);
}

/** Whether a lower-case word is the plural of a body's noun ("airlines", "universities"; not "class"): a body's kind, never a name. */
export function pluralBodyNoun(word: string): boolean {
  if (word.endsWith('ies') && isOrganisationNoun(`${word.slice(0, -3)}y`)) return true;
  return word.endsWith('s') && !word.endsWith('ss') && isOrganisationNoun(word.slice(0, -1));
}

/** Nouns of member bodies whose own name stands before them ("the Confédération Paysanne union"); not "administration" or "campaign", which a person's name modifies. */
export const MEMBER_BODY_NOUNS: ReadonlySet<string> = new Set(['union', 'party', 'federation', 'confederation', 'association', 'alliance', 'coalition', 'league', 'movement', 'foundation', 'institute']);

/** Last words of a sports club's name ("Ostavia Sporting", "Kelby Rovers"): a body, whatever its first word. Not "City" or "Town", which end places ("Gaza City", "Cape Town") as often as clubs. */
export const CLUB_NAME_ENDINGS: ReadonlySet<string> = new Set('united rovers wanderers athletic fc sporting albion hotspur rangers celtic dynamo olympic'.split(' '));
/** Words that open only a sports club's name ("Real Madrid", "Bayern Munich", "Inter Milan", "Dynamo Kyiv"). */
export const CLUB_NAME_OPENINGS: ReadonlySet<string> = new Set('real atletico atlético inter borussia bayern olympique deportivo dynamo dinamo spartak lokomotiv sporting racing'.split(' '));

/** Nouns that, for an outlet, let "the newspaper" find its named referent. */
export const OUTLET_NOUNS = set(`
  newspaper paper publication magazine network outlet broadcaster channel station tabloid daily
  website site agency wire journal
`);

/** Words before "guard" that make it a body ("the coast guard", "the National Guard"), not a person ("a security guard"). */
const GUARD_BODIES: ReadonlySet<string> = new Set(['coast', 'national', 'border', 'home', 'republican', 'presidential', 'royal', 'swiss', 'revolutionary']);

/** Whether "guard" after `before` is a body: a compound a body's noun lists cannot hold as one word. */
export function isGuardBody(before: string | undefined, word: string): boolean {
  return word === 'guard' && before !== undefined && GUARD_BODIES.has(before.toLowerCase());
}

/** Role nouns one person or one body may fill ("The plant's owner, Brennick Chemical Corp.,", "the landlord, Parkway Estates,"); not plurals, whose apposed family or group stays people ("Its owners, the Hendersons,"). */
const PERSON_OR_BODY_ROLES = new Set(['owner', 'landlord', 'operator', 'buyer', 'seller', 'bidder', 'supplier', 'contractor', 'developer', 'insurer', 'lender', 'employer', 'manufacturer', 'maker', 'parent', 'sponsor', 'publisher', 'distributor', 'partner', 'client', 'customer', 'tenant', 'acquirer', 'investor', 'shareholder', 'creditor', 'plaintiff', 'defendant', 'complainant', 'applicant', 'claimant', 'appellant', 'respondent', 'petitioner', 'vendor', 'provider', 'builder', 'organiser', 'organizer', 'promoter', 'broadcaster', 'carrier', 'rival', 'competitor']);

/** Whether one person or one body may fill the role (`PERSON_OR_BODY_ROLES`): a body's name set beside it is taken as the body's. */
export function isPersonOrBodyRole(head: string): boolean {
  return PERSON_OR_BODY_ROLES.has(head);
}
