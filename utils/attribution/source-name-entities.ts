/**
 * The entity behind each name mention: found again by its name or surname, or made, and what
 * the mention says of it (titles, gender, description) recorded on it, so later mentions and
 * pronouns resolve to one entity with the fullest description the text gives.
 */
import { loweredNameGender, newEntity, startsWithArabicArticle, type Entity, type Mention, type NameKind } from './source-entity';
import { genderOf, kinGender, titleGenderOf } from './name-gender';
import { describeAfter, describeBefore } from './source-description';
import { describeApposedBefore } from './apposition-before';
import type { Group } from './source-name-groups';
import { bodyNamedByHead, entityFor } from './name-entity-lookup';
import { isOrganisationNoun } from './source-lexicon-bodies';
import { COUNTRY_NAMES, PLACE_NOUNS } from './source-lexicon-names';

/** The mention of one name, its entity found or made, and what the mention says of it recorded. */
export function nameMention(
  text: string, g: Group, kind: NameKind, wordBefore: string, key: string,
  byName: Map<string, Entity>, bySurname: Map<string, Entity>,
): Mention {
  // A bare surname, or its plural for a family ("the Ortegas"), or with its article ("Al-Assad"
  // after "Bashar al-Assad"), joins the full name.
  const joined = g.words.length === 1 ? bySurname.get(key) ?? (key.endsWith('s') ? bySurname.get(key.replace(/e?s$/u, '')) : undefined) ??
    (startsWithArabicArticle(g.words[0].text) ? bySurname.get(key.slice(3)) ?? byName.get(key.slice(3)) : undefined) : undefined;
  // ("Mr. Paulson" is a person, not the firm "Paulson Partners" whose first word he shares)
  const single = joined !== undefined && g.titles.length > 0 && joined.type === 'named-organization' ? undefined : joined;
  let entity: Entity;
  // "Mr Marwood" after "Edith Marwood" and "Graham Marwood": the title's gender picks the relative
  const titled = g.words.length === 1 ? titleGenderOf(g) : null;
  // ("Mrs Hollins" after "Sarah and Jack Hollins", the one Hollins known by gender being Jack: someone else of that name)
  if (single && titled !== null && single.gender !== null && single.gender !== titled) entity = sameSurnameOfGender(byName, key, titled, single) ?? (namedAsCouple(text, single) ? titledNamesake(byName, g, key, titled) : single);
  else if (single) entity = single;
  else if (kind === 'unknown' && byName.get(key)) entity = byName.get(key)!;
  // "The Diocese said" after "the Diocese of Westmere", whatever kind the word alone reads as
  else if (g.words.length === 1 && (wordBefore === 'the' || wordBefore === 'The') && bodyNamedByHead(byName, key)) entity = bodyNamedByHead(byName, key)!;
  else {
    // Bodies keep the article the text gives them: "the Financial Times", as a reader says it.
    const article = kind === 'organization' && (wordBefore === 'the' || wordBefore === 'The') ? 'the ' : '';
    entity = entityFor(text, byName, g, kind === 'unknown' ? 'person' : kind, article, kind === 'organization' ? nationOwning(text, g.words[0].start) : '');
  }
  // A title ("Mrs.", "Sen.") settles a name the article also used as a modifier ("the Ortega plan").
  if (g.titles.length > 0 && entity.type === 'named-organization') entity.type = 'named-person';
  const start = g.words[0].start;
  const end = g.words[g.words.length - 1].end;
  // (a country's name takes no kin apposition: "born in Japan, the son of …" describes someone else)
  const apposed = (entity.type === 'named-organization' ? tradeBefore(text, start, entity.name, wordBefore) : '') || fullDescription(text, g, start, end, entity.name, wordBefore);
  const description = KIN_APPOSITION.test(apposed) && COUNTRY_NAMES.has(key.replace(/ /gu, '_')) ? entity.name : apposed;
  if (betterDescription(description, entity.description, entity.name)) entity.description = description;
  if (entity.gender === null) entity.gender = genderOf(g, text) ?? kinGender(text, start, description, entity.name);
  // a title, a description (not one of a place: "Ningaloo, a World Heritage site about …" is no one a "she" could mean), a known given name, or a "who" after the name (a person, even when
  // the relative clause describes nothing: "Mr Marwood, who said …, told"); not a given name of the
  // long lists alone, which open places too ("DES MOINES", "Griffith St.")
  if (entity.type === 'named-person' && (g.titles.length > 0 || (description !== entity.name && !PLACE_APPOSITION.test(description)) || loweredNameGender(g.words[0].lower) !== null || (WHO_AFTER.test(text.slice(end, end + 8)) && !PLACE_PREPOSITIONS.has(wordBefore.toLowerCase())))) entity.person = true;
  return { start, end, entity, name: true };
}

/** A body's trade right before its name, maybe after one modifier: "Diabetes charity Sugarline", "the retailer Ocado", "the auction house Hartley's". */
const TRADE_BEFORE = /(?:^|[\s(“"])((?:[\p{L}-]+\s+)?(\p{Ll}+))\s+$/u;
/** Words that open no trade's modifier. */
const NOT_MODIFIERS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'by', 'for', 'with', 'said', 'says', 'told', 'that', 'which', 'its', 'their', 'his', 'her']);

/** "Diabetes charity Sugarline": the trade written before a body's name, with the name, so a later "the charity" finds it; '' when none. */
function tradeBefore(text: string, start: number, name: string, wordBefore: string): string {
  if (!(isOrganisationNoun(wordBefore) || wordBefore === 'house') || name.startsWith('the ') || COUNTRY_NAMES.has(name.toLowerCase().replace(/\s+/gu, '_'))) return '';
  const m = TRADE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!m || m[2] !== wordBefore) return '';
  const words = m[1].split(/\s+/u);
  const trade = words.length > 1 && NOT_MODIFIERS.has(words[0].toLowerCase()) ? words.slice(1).join(' ') : m[1];
  return `${trade} ${name}`;
}

/** A nation's name and its possessive right before a body's name ("Russia's Defense Ministry"), as written. */
const NATION_POSSESSIVE = /(?:^|[^\p{L}.])(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}]*)?['’]s )$/u;

/** The "Russia's " owning the body named at `start`, when it is a nation's; '' otherwise. */
function nationOwning(text: string, start: number): string {
  const m = NATION_POSSESSIVE.exec(text.slice(Math.max(0, start - 30), start));
  if (!m) return '';
  const nation = m[1].slice(0, -3).toLowerCase().replace(/ /gu, '_');
  return COUNTRY_NAMES.has(nation) ? m[1] : '';
}

/** An apposition of birth ("…, the son of …", "…, the daughter of …"): a person's, never a country's. */
const KIN_APPOSITION = /,\s+(?:the|a)\s+(?:son|daughter|child|grandson|granddaughter)\s+of\b/u;

/** A name's apposition whose head is a place's noun ("…, a World Heritage site about …", "…, a fishing town on the coast"); not a role the noun modifies ("a town councillor"). */
const PLACE_APPOSITION = new RegExp(String.raw`^[^,]+,\s+(?:a|an|the)\s+(?:(?!(?:of|in|for|at|from|to|on|by)\s)[\p{L}'’-]+\s+){0,3}?(?:${PLACE_NOUNS})(?=$|[,;.]|\s+(?:of|in|on|near|about|along|off|north|south|east|west|that|which|where|known|famous|popular|with|\d))`, 'u');

/** ", who" right after a name. */
const WHO_AFTER = /^\s*,\s+who\b/u;
/** Prepositions of place: a name after one is where someone is, and a "who" after it is about that someone ("A ranger at Hluhluwe, who …"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'near', 'outside', 'inside', 'from']);

/** How much a description tells: a role or title (2) over a relative clause (1) over the name alone (0). */
function descriptionRank(description: string, name: string): number {
  if (description === name || description.length <= name.length) return 0;
  return /,\s+(?:who|whom|whose)\s/u.test(description) ? 1 : 2;
}

/**
 * Whether a mention's description should replace the entity's: one that tells more in kind, or a
 * longer role; of two relative clauses the first stays, as the article introduced the person with it.
 */
function betterDescription(next: string, current: string, name: string): boolean {
  const rank = descriptionRank(next, name);
  const held = descriptionRank(current, name);
  return rank > held || (rank === held && rank === 2 && next.length > current.length);
}

/**
 * Another person of the text with this surname (lower case) and this gender, if one was named in
 * full; null otherwise (the given name that told `first`'s gender may be either's: "Ms. Lee
 * Epstein"). Asked only when a title's gender contradicts the first person of that surname, so a
 * walk over the text's names is rare.
 */
function sameSurnameOfGender(byName: Map<string, Entity>, surname: string, gender: 'm' | 'f', first: Entity): Entity | null {
  for (const [key, entity] of byName) {
    if (entity !== first && entity.type === 'named-person' && entity.gender === gender && key.endsWith(' ' + surname)) return entity;
  }
  return null;
}

/** Whether the text names the person as half of a couple ("Sarah and Jack Hollins"): a "Mrs Hollins" is then the other half. */
function namedAsCouple(text: string, e: Entity): boolean {
  const at = text.indexOf(e.name);
  return at > 0 && /\p{Lu}\p{Ll}+\s+and\s+$/u.test(text.slice(Math.max(0, at - 24), at));
}

/** A person known only by title and surname, of the other gender than the namesake the text named in full: made and kept by "mrs hollins". */
function titledNamesake(byName: Map<string, Entity>, g: Group, surname: string, gender: 'm' | 'f'): Entity {
  const name = `${g.titles[0]} ${g.words[0].text}`;
  const entity = newEntity(name, name, 'named-person', false);
  entity.gender = gender;
  byName.set(`${g.titles[0].toLowerCase()} ${surname}`, entity);
  return entity;
}

/** A name made with its title (titledNamesake): it takes no second one. */
const TITLED_NAME = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s/u;

/** Titles of an office held before ("Former President", "ex-Chancellor", "the late"). */
const PAST_OFFICE = /^(?:former|ex-|then-|late|outgoing)/iu;

/** Where the person named is from, right after the name ("of Clemson University"), or ''. */
function affiliationAfter(text: string, end: number): string {
  const m = /^\s(?:of|at|from)\s(?:the\s)?\p{Lu}[^,.;:!?"“”\n]{0,60}(?=,)/u.exec(text.slice(end, end + 80));
  return m ? m[0] : '';
}

/** The fullest description of one mention: its apposition, title chain, or the name alone. */
function fullDescription(text: string, g: Group, start: number, end: number, name: string, wordBefore: string): string {
  const titles = g.titles.join(' ');
  // (a namesake made by title already has it: "Mrs Hollins")
  const titled = titles ? (TITLED_NAME.test(name) ? name : `${titles} ${name}`) : '';
  const before = describeBefore(text, start, wordBefore);
  // the title chain read before the name already holds the name's own titles ("Dr." of "Dr. Ines Varga")
  // (and the chain may stop inside the titles: "District Judge" of "U.S. District Judge")
  const pre = before ? (titled === name ? name : titles && before.endsWith(titles) ? `${before} ${name}` : titles.endsWith(before) ? titled : `${before} ${titled || name}`) : titled;
  // ("A ranger at Hluhluwe-iMfolozi, who spoke on condition of anonymity": the clause is the ranger's, not the place's)
  const after = PLACE_PREPOSITIONS.has(wordBefore.toLowerCase()) && WHO_AFTER.test(text.slice(end, end + 8)) ? '' : describeAfter(text, end);
  // "Mayor Bill de Blasio, who …": the title stays with the apposition after (not an office held
  // before: "Former President Donald Trump" is no "the president")
  if (after) return `${titled && !PAST_OFFICE.test(titled) ? titled : name}, ${after}`;
  const appositionBefore = describeApposedBefore(text, start - (titles ? titles.length + 1 : 0), end);
  if (appositionBefore) return `${titled && !PAST_OFFICE.test(titled) ? titled : name}${affiliationAfter(text, end)}, ${appositionBefore}`;
  return pre || name;
}
