/**
 * Person or body for a name whose own words do not tell ("Ortega", "Lantern Review"), decided by
 * the words around it: an article before it, "who" or "which" after it, a title or an organisation
 * noun in apposition before it.
 */
import { classifyName, isAcronym, isPersonTitle, loweredNameGender, type NameKind } from './source-entity';
import { apposedToOrganisation } from './apposition-before';
import { isLexiconNoun, PERSON_ROLE_NOUNS, PLURAL_VERB_AFTER } from './source-lexicon';
import { isEventRunner, isFirmNounFor, isOpeningBodyDescriptor, isOrganisationNoun, MEMBER_BODY_NOUNS, OUTLET_NOUNS, makesProducts } from './source-lexicon-bodies';
import { capitalised } from './name-word-shape';
import type { Group } from './source-name-groups';
import { markedAsBodyBefore } from './single-name-bodies';
import { PLACE_PREPOSITIONS } from './place-mentions';

const NEXT_WORD = /\s+(\p{Ll}+)/uy;
/** The lower-case word right after a name ending at `end`, or null (the name's "campaign", "union", "magazine"). */
function wordAfter(text: string, end: number): string | null {
  NEXT_WORD.lastIndex = end;
  return NEXT_WORD.exec(text)?.[1] ?? null;
}

/** A trade's "house" right before a name: "auction house", "fashion house", "publishing house". */
const TRADE_HOUSE_BEFORE = /\b(?:auction|fashion|publishing|design|trading|brokerage|investment|record|perfume|jewellery|jewelry|couture|wine|tea|coffee)\s+house\s+$/iu;

/** Nouns of a product line a name may modify ("the Clearfield range", "the Aria brand"). */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(['range', 'brand', 'line', 'series', 'model', 'models', 'label', 'franchise', 'collection', 'product', 'products']);

/** True when the next word is a common noun the name modifies ("the Ortega campaign"). */
function nextIsLexiconNoun(text: string, end: number): boolean {
  const word = wordAfter(text, end);
  return word !== null && isLexiconNoun(word);
}

/** True when the next word is a member body's noun ("… Paysanne union") or an outlet's ("Screenlight magazine"): the name is that body's. */
function nextIsBodyOrOutletNoun(text: string, end: number): boolean {
  const word = wordAfter(text, end);
  return word !== null && (MEMBER_BODY_NOUNS.has(word) || OUTLET_NOUNS.has(word));
}

/** ", a California chipmaker,", ", Britain's biggest grocer,", ", one of the region's largest payment processors,", ", the state copper commission.": an apposition after the name, up to its first preposition or its end (a comma or the sentence's), whose head is a body's noun. */
const APPOSITION_AFTER = /^,\s+(?:one of\s+)?(?:a|an|the|\p{Lu}\p{L}*['’]s)\s+([^,.;:"“”]{1,60}?)(?:,|[.;](?:\s|$)|$|\s+(?:that|which|who|based|with|in|of|for|from|to|at|on|by|under)\b)/uy;

/** The head (last word, as written) of an apposition right after the name, or null when none follows. */
function appositionHeadAfter(text: string, end: number): string | null {
  APPOSITION_AFTER.lastIndex = 0;
  const m = APPOSITION_AFTER.exec(text.slice(end, end + 80));
  return m === null ? null : m[1].slice(m[1].lastIndexOf(' ') + 1);
}

/** True when the name is followed by an apposition naming a kind of body ("Nvelo, a California chipmaker,"). */
function apposedBodyAfter(text: string, end: number, nameWords: number): boolean {
  const head = appositionHeadAfter(text, end);
  // "Nexora, the Californian smartphone maker": a product's maker is a firm (not a policy maker)
  if (head === 'maker' || head === 'makers') {
    APPOSITION_AFTER.lastIndex = 0;
    const phrase = APPOSITION_AFTER.exec(text.slice(end, end + 80))?.[1] ?? '';
    return makesProducts(phrase);
  }
  // "one of the region's largest payment processors": a plural head is its singular's kind
  return head !== null && (isFirmNounFor(head, nameWords) || (head.endsWith('s') && isFirmNounFor(head.slice(0, -1), nameWords)));
}

/**
 * Whether a one-word name is set beside a body's noun after it ("Nexora, the smartphone maker,"):
 * strong enough to make the name a body's everywhere in the text, a headline's "Nexora's" too.
 */
export function singleNameApposedToBody(text: string, g: Group, prev = ''): boolean {
  const end = g.words[0].end;
  if (g.words.length !== 1 || loweredNameGender(g.words[0].lower) !== null) return false;
  return (text.charCodeAt(end) === 44 && apposedBodyAfter(text, end, 1)) || markedAsBodyBefore(text, g.words[0].start, prev);
}

/** True when the name is followed by an apposition whose head is a person's role ("Cormac Power, the chief executive,"). */
function apposedRoleAfter(text: string, end: number): boolean {
  const head = appositionHeadAfter(text, end)?.toLowerCase();
  return head !== undefined && PERSON_ROLE_NOUNS.has(head) && !isOrganisationNoun(head);
}

/** Roles written right before a person's name that a firm's name never follows ("chief executive Cormac Power"). */
const ROLES_BEFORE_NAMES = new Set(['executive', 'chairman', 'chairwoman', 'chair', 'director', 'founder', 'manager', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'secretary', 'senator', 'councillor', 'councilor', 'mayor', 'coach', 'captain', 'economist', 'analyst', 'lawyer', 'attorney', 'professor', 'author', 'actor', 'actress', 'singer', 'player', 'striker', 'defender', 'goalkeeper']);


/** A role only a club or firm has, then its holder's name, right after a name (" manager Gary Holloway", " chief executive Ann Lee"). */
const BODY_ROLE_THEN_NAME = /^\s+(?:manager|boss|chairman|chairwoman|captain|striker|midfielder|defender|goalkeeper|(?:head\s+)?coach|chief\s+executive)\s+\p{Lu}\p{Ll}/u;

/** Capital letters in brackets right after a name: its acronym (not a dateline's agency before its dash: "Cleveland (AFP) –"). */
const ACRONYM_IN_BRACKETS = /^ \((\p{Lu}{2,6})\)(?!\s*[-–—])/u;

/** Whether the capitals in brackets after the name spell its words' initials ("(ALW)"; not "Angus MacNeil (SNP)"). */
function bracketedInitials(text: string, g: Group, end: number): boolean {
  const m = ACRONYM_IN_BRACKETS.exec(text.slice(end, end + 12));
  if (m === null) return false;
  let initials = '';
  for (const w of g.words) if (capitalised(w.text)) initials += w.text[0];
  return initials === m[1];
}


/** What a body has and a person's "its" rarely names ("Venholt said its lawyers …", not "its impact"). */
const OWNED_BY_BODIES = 'lawyers|members|staff|employees|workers|customers|clients|shareholders|investors|board|shares|stores|shops|plants|factories|offices|branches|products|services|chief|executives|directors|officials|engineers|pilots|fleet|network|systems';
/** Verbs whose "it" is no one (weather, events, time: "it had rained", "it had happened", "it was getting late"). */
const DUMMY_IT_VERBS = 'rained|raining|snowed|snowing|happened|happening|occurred|occurring|seemed|appeared|emerged|passed|ended|started|begun|beginning|getting|going|becoming|looking|being|starting|ending';
/** "said it had grounded", "said it was cooperating", "said its lawyers": a verb of saying, then the speaker as "it" doing something (not a dummy "it": "it had rained", "it was a good day"). */
/** A body's stance on itself, in its own past or present ("Lumio said in a statement that it disagreed"): no dummy "it" takes these. */
const BODY_STANCE_VERBS = 'disagreed|disagrees|denied|denies|rejected|rejects|welcomed|welcomes|regretted|regrets|apologi[sz]ed|disputed|disputes|intends|intended|remains committed|stood by|stands by';
const SAID_OF_ITSELF = new RegExp(String.raw`^ (?:said|says|added|confirmed|announced|insisted|stated)(?: on \p{Lu}\p{Ll}+day| in an? (?:\p{Ll}+ )?(?:statement|note|release|filing|report|letter|notice)| that)* ` +
  String.raw`(?:its (?:${OWNED_BY_BODIES})\b|it (?:had|has) (?!(?:${DUMMY_IT_VERBS})\b)\p{Ll}+ed\b|it (?:was|is) (?!(?:${DUMMY_IT_VERBS})\b)\p{Ll}+ing\b|it (?:${BODY_STANCE_VERBS})\b)`, 'u');

/** An apposition of birth right after a name (", the daughter of"). */
const BIRTH_APPOSITION = /^,\s+(?:the|a)\s+(?:son|daughter|child|grandson|granddaughter)\s+of\b/u;

/** An age right after a name, as news gives people's: ", 17,". */
const AGE_AFTER = /^,\s\d{1,3},/u;

/** Whether two words of the name stand either side of an "and" (source-name-groups.ts joins a body's name so). */
function joinedOverAnd(text: string, g: Group): boolean {
  for (let i = 1; i < g.words.length; i++) if (g.words[i].start - g.words[i - 1].end === 5 && text.startsWith(' and ', g.words[i - 1].end)) return true;
  return false;
}


/** Person or body, using the words around the name when the name itself does not tell. */
export function kindInContext(text: string, g: Group, prev: string, known: Map<string, NameKind>): NameKind {
  let kind = g.words.length === 1 ? known.get(g.words[0].text) : undefined;
  if (kind === undefined) {
    kind = classifyName(g.words);
    if (g.words.length === 1) known.set(g.words[0].text, kind);
  }
  const end = g.words[g.words.length - 1].end;
  // "Jordan, 17, said", "Cormac Power, the chief executive,": a name given an age or a person's role
  // is a person's, whatever else its words name
  // (not a place's name before the subject's apposition of birth: "born in Duluth, the daughter of a ship captain")
  if (text.charCodeAt(end) === 44 && (AGE_AFTER.test(text.slice(end, end + 7)) || (apposedRoleAfter(text, end) && !(PLACE_PREPOSITIONS.has(prev) && BIRTH_APPOSITION.test(text.slice(end, end + 40)))))) return 'person';
  // "chief executive Cormac Power": a role written before the name makes it a person's too
  if (kind === 'organization' && g.words.length > 1 && ROLES_BEFORE_NAMES.has(prev)) return 'person';
  // "The Associated Locomotive Workers (ALW)": a name given its letters in brackets is a body's
  if (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40 && bracketedInitials(text, g, end)) return 'organization';
  if (kind !== 'unknown' && kind !== 'person') return kind;
  if (g.titles.length > 0) return 'person';
  // "Florida Power and Light": a name the index joined over "and" is a body's (two people's names are never joined)
  if (joinedOverAnd(text, g)) return 'organization';
  // "The union, Unite," / "The carmaker, Nordvik Auto,": the noun beside a name no given name makes a person's says it is a body
  if (loweredNameGender(g.words[0].lower) === null && apposedToOrganisation(text, g.words[0].start, end)) return 'organization';
  // "the Kremlin", "The Lantern Review" are bodies; in "the Ortega campaign" the name only modifies.
  // (nor "the Clearfield range": a product line's name, which the noun after it owns)
  if ((prev === 'the' || prev === 'The') && !isAcronym(g.words[0].text) && !nextIsLexiconNoun(text, end) && !PRODUCT_NOUNS.has(wordAfter(text, end) ?? '')) return 'organization';
  // "Halvard said it had grounded the fleet", "Venholt said its lawyers …": a name that speaks of itself as "it" is a body's
  if (kind === 'unknown' && text.charCodeAt(end) === 32 && loweredNameGender(g.words[0].lower) === null && SAID_OF_ITSELF.test(text.slice(end, end + 60))) return 'organization';
  // "Wexford have consistently said", "Arsenal are": one name taking a plural verb is a team's or firm's (British style), never one person's
  if (kind === 'unknown' && g.words.length === 1 && !g.words[0].lower.endsWith('s') && prev !== 'and' && prev !== '&' && loweredNameGender(g.words[0].lower) === null &&
    PLURAL_VERB_AFTER.test(text.slice(end, end + 30)) && !/\b(?:and|&)\s+$/u.test(text.slice(Math.max(0, g.words[0].start - 6), g.words[0].start))) return 'organization';
  if (text[end] === ',') {
    const after = text.slice(end, end + 12);
    if (/^,\s+which\b/u.test(after)) return 'organization';
    if (loweredNameGender(g.words[0].lower) === null && apposedBodyAfter(text, end, g.words.length)) return 'organization';
    if (/^,\s+who\b/u.test(after)) return 'person';
  }
  // "Its rival Hartwells", "chains Preisblitz and Kaufwert", "Shares in Hartwells": business news's way of writing a firm
  if ((kind === 'unknown' || kind === 'person') && g.titles.length === 0 && singleNameApposedToBody(text, g, prev)) return 'organization';
  // "network operator Westgrid", "carmaker Nordvik": a firm's trade before a name no given name makes a person's
  // "Organisers Brightwater Live", "Regulator Ofwat": the trade opening the sentence was left out of the name
  if (prev && capitalised(prev) && isOpeningBodyDescriptor(prev.toLowerCase(), g.words.length) && loweredNameGender(g.words[0].lower) === null) return 'organization';
  if (prev && !capitalised(prev) && (isFirmNounFor(prev, g.words.length) || isEventRunner(prev) || (prev === 'maker' && makesProducts(text.slice(Math.max(0, g.words[0].start - 40), g.words[0].start)))) &&
    loweredNameGender(g.words[0].lower) === null) return 'organization';
  // "the auction house Hartley's", "fashion house Maison Dore": a house of a trade is a firm
  if (prev === 'house' && TRADE_HOUSE_BEFORE.test(text.slice(Math.max(0, g.words[0].start - 30), g.words[0].start))) return 'organization';
  if (prev && isPersonTitle(prev) && !capitalised(prev)) return 'person';
  // "Screenlight magazine", "the Harbour Star newspaper": a name before an outlet's noun names the outlet;
  // "the smaller Confédération Paysanne union": before a member body's noun, that body
  if (loweredNameGender(g.words[0].lower) === null && nextIsBodyOrOutletNoun(text, end)) return 'organization';
  // "Ashby Town manager Gary Holloway", "Harlow chairman Ian Reed": a name before a club's or firm's role and the holder's name is that body's
  if (loweredNameGender(g.words[0].lower) === null && !g.words[g.words.length - 1].possessive && BODY_ROLE_THEN_NAME.test(text.slice(end, end + 40))) return 'organization';
  return kind;
}
