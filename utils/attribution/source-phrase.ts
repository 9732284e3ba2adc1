/**
 * Reads a source phrase ("a senior official", "the newspaper", "he", "Republicans") down to
 * its head word and what that head makes it, before any look-back: the rules journalists use
 * to tell named, documentary and anonymous sourcing apart.
 */
import { NOT_PORTFOLIOS } from './description-words-fit';
import type { SourceType } from './types';
import { capitalised } from './name-word-shape';
import {
  DETERMINERS, FIGURES_OF_PEOPLE, isBodiesPlural, LAWSUIT_ACTIONS, NAMED_BEFORE_PLURALS, mayOpenCircumstance, phraseWords, PRONOUNS, QUANTIFIERS, SENTENCE_OPENERS, SPEAKING_NEXT, SURNAME_ROLES, type PWord,
} from './source-phrase-words';
import { basedEpithet, tradeEpithet, headOf, isOwnedTitle, KNOWN_HEAD, knownBodyName, namedBefore, nationEpithet, TITLED_DOCUMENTS } from './source-phrase-head';
import { ANONYMOUS_PLURAL_NOUNS, ANONYMOUS_ROLE_NOUNS, DEMONYMS, DOCUMENT_NOUNS, GROUP_NOUNS, KEPT_UNNAMED, PERSON_ROLE_NOUNS, SPOKES_NOUNS } from './source-lexicon';
import { COLLECTIVE_NOUNS, FRIENDS_OF_THE, isFirmNounFor, isGuardBody, KIN_COLLECTIVES, isOrganisationNoun, ORG_HEADS, OUTLET_NOUNS, makesProducts } from './source-lexicon-bodies';
import { isAnonymous, nounNext, speaksForBody, type AfterUse } from './source-phrase-after';
import { NAME_ADJECTIVES } from './source-lexicon-names';


/** What the phrase alone says; 'refer' readings are finished by coreference. */
export type PhraseReading =
  | { kind: 'pronoun'; word: string }
  | { kind: 'name'; headStart: number }
  | { kind: 'refer'; head: string; fallback: SourceType; plural: boolean }
  | { kind: 'typed'; type: SourceType; plural: boolean; head: string }
  | { kind: 'loose' };

const REPRESENTATIVES = new Set(['lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'solicitor', 'solicitors']);
/** Role nouns by their shape ("businessman", "commissioner", "strategist"), for roles no list holds. */
export const PERSON_SHAPED = /(?:man|woman|person|ist|ian|er|or|ant|(?<!m)ent|ee|year-old)$/u;
const VERBS_AFTER_HEAD = new Set('is are was were has have had will would can could may might said says'.split(' '));
/** Prepositions of where a group is, right after its head ("elders in …", "residents across …"). */
const PLACED_AFTER_HEAD = new Set(['in', 'across', 'from', 'near', 'around', 'throughout']);
const BARE_PEOPLE = new Set(['person', 'people', 'someone', 'individuals', 'individual']);

/** Plurals of people without an "s" ("fishermen", "businesswomen", "townspeople"), not "specimen" or "regimen". */
const PEOPLE_PLURAL_ENDING = /(?:\p{Ll}{2,}(?<!speci|abdo|regi|acu)men|people)$/u;

/** Plural people nouns stay common nouns even when capitalised ("Republicans", "Experts say"). */
const PEOPLE_PLURALS = (w: string): boolean => GROUP_NOUNS.has(w) || ANONYMOUS_PLURAL_NOUNS.has(w);

/** Words that open a mention of one unnamed member ("One senior Conservative", "a Republican"). */
const ONE_OF = new Set(['one', 'a', 'an', 'another']);
/** Capital letters in brackets: an acronym the phrase gives its name. */
const ACRONYM_GIVEN = /\(\p{Lu}{2,6}(?:\)|$)/u;

/** "who" right after a phrase, maybe after its comma. */
const WHO_NEXT = /^\s*,?\s*who\b/u;

/** -ing words that take an object rather than modify a noun ("featuring Hispanics", "including officials"). */
const VERB_ING = /^(?:including|featuring|involving|showing|using|leaving|making|having|being|telling|asking|urging|accusing|blaming|citing|quoting|following|according)$/u;

/** The sides in a trial, who speak through their lawyers. */
const COURT_SIDES = new Set(['defence', 'defense', 'prosecution']);

/** Lower-case words alone before a document's noun ("weekly positioning figures"): a document described, not a clause. */
function describesDocument(ws: PWord[], head: PWord, index: number): boolean {
  if (index < 1 || !DOCUMENT_NOUNS.has(head.lower)) return false;
  for (let k = 1; k < index; k++) if (DETERMINERS.has(ws[k].lower) || ws[k].text !== ws[k].lower) return false;
  return true;
}

/** A typed reading; module level so reading a phrase makes no closure. */
function typedReading(type: SourceType, plural: boolean, head: string): PhraseReading {
  return { kind: 'typed', type, plural, head };
}

/**
 * Reads a source phrase. `offset` is where it starts in the text; `after` is the text right
 * after it, where a relative clause may mark anonymity.
 */
export function readPhrase(phrase: string, offset: number, after: string): PhraseReading {
  return readWith(phrase, offset, after, -1);
}

/** A local office's officials speak for it on the record ("County officials said", "city officials"): a group, not insiders. */
const LOCAL_OFFICES = new Set(['county', 'city', 'town', 'village', 'school', 'district', 'borough', 'council', 'parish']);

/** An indefinite noun phrase, then a clause's subject and its verb in the past with no "that" ("A report | the group released …"). */
const CONTACT_CLAUSE_DOCUMENT = /^(an?)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:the|a|an|its|his|her|their|this)\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}+ed\b/iu;

/** A thousands comma inside a number ("3,000"). */
const THOUSANDS_COMMA = /\d,\d{3}/u;
const THOUSANDS_COMMAS = /(?<=\d),(?=\d{3}(?!\d))/gu;


/** Roles written in capitals ("One MP said", "the CEO"): a person described, never a name. */
const ROLE_ACRONYMS = new Set(['mp', 'mps', 'mep', 'meps', 'msp', 'msps', 'mla', 'ceo', 'cfo', 'coo', 'cto', 'gp', 'gps']);

/**
 * `readPhrase` with the `afterFacts` of `after` known (or -1: read them from `after` as needed, noted
 * in `use`), for remembering readings.
 */
export function readWith(written: string, offset: number, after: string, facts: number, use?: AfterUse): PhraseReading {
  // a number's thousands comma is no break between words ("3,000 employees" reads as "30000 employees", same offsets)
  const phrase = THOUSANDS_COMMA.test(written) ? written.replace(THOUSANDS_COMMAS, '0') : written;
  const ws = phraseWords(phrase.includes('(') ? phrase.replace(/\([^)]*\)?/gu, (m) => ' '.repeat(m.length)) : phrase, offset);
  if (ws.length === 0) return { kind: 'typed', type: 'unnamed-person', plural: false, head: '' };
  if (ws.length === 1 && PRONOUNS.has(ws[0].lower) && ws[0].text !== 'US') return { kind: 'pronoun', word: ws[0].lower };
  // "A report the group released last year": a document and a relative clause without "that", the
  // document the head (not the clause's subject, "group")
  const contact = CONTACT_CLAUSE_DOCUMENT.exec(phrase);
  if (contact && DOCUMENT_NOUNS.has(contact[2].toLowerCase())) return { kind: 'typed', type: 'document', plural: false, head: contact[2].toLowerCase() };
  // "the Swede", "the Dutchman": a person of a nation, someone the text has named (as "the striker" would be)
  // (not an adjective: "The American economy")
  if (ws.length === 2 && ws[0].lower === 'the' && DEMONYMS.has(ws[1].lower) && capitalised(ws[1].text) && !nounNext(after, facts, use)) {
    return { kind: 'refer', head: ws[1].lower, fallback: 'unnamed-person', plural: false };
  }
  // "in a statement", "in an interview": the span finder caught a circumstance, not a speaker.
  if (mayOpenCircumstance(ws[0].lower) && /^(?:in|on|at|during|through|via|with)\b/iu.test(ws[0].lower)) return { kind: 'loose' };
  // "many of whom", "some of them": part of a group named just before, a group itself.
  // "One of them": one member of the group just named, read as the pronoun "one" (Three officials … One of them said);
  // with a clause after it that keeps them anonymous, an anonymous source.
  if (ws.length >= 3 && ws[0].lower === 'one' && ws[1].lower === 'of' && /^(?:them|those|these)$/u.test(ws[2].lower) && (ws.length === 3 || phrase[ws[2].start - offset + ws[2].text.length] === ',')) {
    // "One of them, who spoke on condition of anonymity, said": one of the group, kept anonymous
    if (ws.length === 3) return { kind: 'pronoun', word: 'one' };
    // (an apposition after it names the one: "One of them, café owner Martin Keogh,", read below)
    if (isAnonymous(phrase, after, facts, use)) return typedReading('anonymous-source', false, 'one');
    // ("One of them, a retired banker from Surrey,": one of the group, described, no name for "Surrey" to give)
    if (/^,\s+(?:a|an)\s/u.test(phrase.slice(ws[2].start - offset + ws[2].text.length))) return { kind: 'pronoun', word: 'one' };
  }
  // "Two of them, who asked not to be named,": some of the group, kept anonymous; with another
  // clause after the comma, the part before it is the source ("Two of them, both teachers,")
  if (ws.length > 3 && QUANTIFIERS.has(ws[0].lower) && ws[0].lower !== 'one' && ws[1].lower === 'of' && /^(?:them|those|these)$/u.test(ws[2].lower) && phrase[ws[2].start - offset + ws[2].text.length] === ',') {
    if (isAnonymous(phrase, after, facts, use)) return typedReading('anonymous-source', true, ws[0].lower);
    return typedReading('unnamed-group', true, ws[0].lower);
  }
  // "Another said", "Another added": one more of the group the text has been quoting
  // (and "The other said", after "One of the officials … said": the group's other member)
  if ((ws.length === 1 && ws[0].lower === 'another') || (ws.length === 2 && ws[0].lower === 'the' && ws[1].lower === 'other')) return { kind: 'pronoun', word: 'one' };
  if (ws.length >= 3 && QUANTIFIERS.has(ws[0].lower) && ws[1].lower === 'of' && /^(?:whom|them|those|these|us)$/u.test(ws[ws.length - 1].lower)) {
    return { kind: 'typed', type: 'unnamed-group', plural: true, head: ws[0].lower };
  }
  // "including his", "allegedly retaliated": a clause or adverb caught by the span finder, not a noun phrase.
  // (but "weekly positioning figures", "quarterly sales data": such words before a document's noun describe it)
  const { head, index } = headOf(phrase, ws);
  // (but "planning officers", "nursing staff": an -ing word before a noun of people modifies it)
  const peopleAfterModifier = index === 1 && (PEOPLE_PLURALS(head.lower) || PERSON_ROLE_NOUNS.has(head.lower)) && !VERB_ING.test(ws[0].lower);
  if ((ws[0].text.endsWith('ing') || ws[0].text.endsWith('ly')) && /^\p{Ll}+(?:ing|ly)$/u.test(ws[0].text) && !KNOWN_HEAD(ws[0].lower) && !describesDocument(ws, head, index) && !peopleAfterModifier) return { kind: 'loose' };
  if (index + 1 < ws.length && VERBS_AFTER_HEAD.has(ws[index + 1].lower)) return { kind: 'loose' };
  const restart = ws.findIndex((w, i) => i > 0 && i < index && (w.lower === 'the' || w.lower === 'a' || w.lower === 'an') && ws[i - 1].lower !== 'of' && !DETERMINERS.has(ws[i - 1].lower) && !capitalised(ws[i - 1].text));
  if (restart > 0 && !QUANTIFIERS.has(ws[0].lower)) return readWith(phrase.slice(ws[restart].start - offset), ws[restart].start, after, facts, use);
  const lower = head.lower;
  // "The Associated Locomotive Workers (ALW)": capitalised words given their letters in brackets name a body, whatever their head
  // (but a capitalised head named with "of" or "for" is a body's name: "The Regulator of Social Housing",
  // and so are the charities called "Friends of the Earth", "Friends of the Fells")
  const friendsOf = FRIENDS_OF_THE.test(phrase.slice(head.start - offset));
  const commonNoun = (PEOPLE_PLURALS(lower) && !ACRONYM_GIVEN.test(phrase) && !knownBodyName(ws, index) && !friendsOf) || ((DOCUMENT_NOUNS.has(lower) || isOrganisationNoun(lower)) && !ORG_HEADS.has(lower) &&
    ws.slice(0, index).every((w) => DETERMINERS.has(w.lower)) && !(capitalised(head.text) && /^(?:of|for)$/u.test(ws[index + 1]?.lower ?? '') && capitalised(ws[index + 2]?.text ?? '')));
  // "One senior Conservative on the committee", "a Republican": one member of a party or nation, no name
  if (index >= 1 && ONE_OF.has(ws[0].lower) && capitalised(head.text) && (NAME_ADJECTIVES.has(lower) || lower === 'democrat' || lower === 'tory')) {
    return typedReading(isAnonymous(phrase, after, facts, use) ? 'anonymous-source' : 'unnamed-person', false, lower);
  }
  // "the companies", "the two banks": bodies the text has named ("Republicans", "the Democrats" stay groups, as PolNeAR's types have them)
  if (ws[0].lower === 'the' && index <= 2 && !capitalised(head.text) && NAMED_BEFORE_PLURALS.has(lower)) return typedReading('named-organization', true, lower);
  // "A Department for Education source", "a Downing Street insider": one kept anonymous inside a body named as a modifier
  if (ws.length >= 3 && ONE_OF.has(ws[0].lower) && capitalised(ws[1].text) && ANONYMOUS_ROLE_NOUNS.has(ws[ws.length - 1].lower) && !phrase.includes(',')) return typedReading('anonymous-source', false, ws[ws.length - 1].lower);
  if (capitalised(head.text) && !commonNoun && !ROLE_ACRONYMS.has(lower) && !(index === 0 && ws.length > 1 && DETERMINERS.has(lower))) {
    // "Those", "Having", "Since": a sentence's first word, no name; read as it would be in lower case,
    // as is a role alone ("Judge rejects bid", "Minister denies report": a headline's first word)
    // (not with an apposition after it, which names a body: "Nothing, the London-based phone maker,")
    // (and a plural of bodies alone or before where they are: "Hotels in Dunmere, a popular stop, …", "Airlines")
    if (index === 0 && ((!phrase.includes(',') && (SENTENCE_OPENERS.has(lower) || (ws.length === 1 && ((PERSON_ROLE_NOUNS.has(lower) && !SURNAME_ROLES.has(lower)) || isOrganisationNoun(lower))))) ||
      ((ws.length === 1 || PLACED_AFTER_HEAD.has(ws[1].lower)) && isBodiesPlural(lower)))) {
      const at = head.start - offset;
      return readWith(phrase.slice(0, at) + lower[0] + phrase.slice(at + 1), offset, after, facts, use);
    }
    // "The bank's quarterly Monetary Policy Report": a document's title, owned or described
    if (TITLED_DOCUMENTS.has(lower) && isOwnedTitle(phrase, offset, ws, index)) return typedReading('document', false, lower);
    return { kind: 'name', headStart: head.start };
  }
  // "the former first lady", "Lorien's tax commissioner": one identified individual, described.
  const possessed = index >= 1 && index <= 4 && capitalised(ws[0].text) && /['’]s?$/u.test(phrase.slice(0, ws[1].start - offset).trim());
  const first = ws[0].lower;
  const definite = ((first === 'the' || first === 'this' || first === 'that') && index <= 6) || possessed;
  const hasName = namedBefore(ws, index);
  // ("analysis", "census", "status": singulars ending in s)
  const plural = (lower.endsWith('s') && !/(?:ss|sis|us)$/u.test(lower)) || PEOPLE_PLURAL_ENDING.test(lower);
  if (lower === 'paper' && definite && index === 1) return { kind: 'refer', head: lower, fallback: 'named-organization', plural: false };
  // "The proposed class action", "the legal action": a lawsuit, a document ("Action, the retailer" is a name)
  if (lower === 'action' && index > 0 && LAWSUIT_ACTIONS.has(ws[index - 1].lower)) return typedReading('document', plural, lower);
  // "Industry figures", "senior party figures": people of standing, not numbers
  // ("senior figures", "opposition figures" are people whatever follows; "industry figures" only when they speak: "industry figures show" are numbers)
  if (lower === 'figures' && index > 0 && FIGURES_OF_PEOPLE.has(ws[index - 1].lower) && (ws[index - 1].lower !== 'industry' || SPEAKING_NEXT.test(after))) return typedReading('unnamed-group', true, lower);
  if (DOCUMENT_NOUNS.has(lower)) return definite && index === 1 ? { kind: 'refer', head: lower, fallback: 'document', plural } : typedReading('document', plural, lower);
  if (REPRESENTATIVES.has(lower) && (hasName || /^(?:his|her|their|its|the)$/u.test(ws[0].lower) || /['’]s?$/u.test(phrase.slice(0, head.start - offset).trim()) || /\bfor\b/u.test(phrase))) {
    // "her attorneys", "lawyers for the family": a party's representatives speak on the record for it.
    return plural ? typedReading('named-organization', true, lower) : typedReading('named-person', false, lower);
  }
  // (a secretary of a portfolio holds an office, "the health secretary": no body's spokesperson)
  if (SPOKES_NOUNS.has(lower) && !(lower === 'secretary' && index > 0 && !NOT_PORTFOLIOS.has(ws[index - 1].lower) && /^\p{Ll}+$/u.test(ws[index - 1].text))) {
    if (facts < 0 && use) use.read = true;
    // (one who asked not to be named is anonymous, whoever they speak for: "A representative of Rees, who did not want to be named,")
    if ((hasName || speaksForBody(phrase, ws, index, after, facts, use)) && !KEPT_UNNAMED.test(phrase) && (hasName || !isAnonymous(phrase, after, facts, use))) return typedReading('named-organization', false, lower);
    if (definite) return { kind: 'refer', head: lower, fallback: isAnonymous(phrase, after, facts, use) ? 'anonymous-source' : 'named-organization', plural };
    return typedReading(isAnonymous(phrase, after, facts, use) ? 'anonymous-source' : 'unnamed-person', plural, lower);
  }
  if (ANONYMOUS_PLURAL_NOUNS.has(lower)) {
    // "elected officials", "world leaders and diplomats": public figures as a group, not insiders.
    const publicGroup = ws[index - 1]?.lower === 'elected' || LOCAL_OFFICES.has(ws[index - 1]?.lower ?? '') || ws.slice(0, index).some((w) => GROUP_NOUNS.has(w.lower));
    return typedReading(publicGroup && !isAnonymous(phrase, after, facts, use) ? 'unnamed-group' : 'anonymous-source', true, lower);
  }
  if (ANONYMOUS_ROLE_NOUNS.has(lower)) {
    return definite ? { kind: 'refer', head: lower, fallback: 'anonymous-source', plural: false } : typedReading('anonymous-source', false, lower);
  }
  if (COLLECTIVE_NOUNS.has(lower)) {
    // "the Senate panel", "her team": the body its name or owner says; "the team" a named body before it, or a group no one named
    // (not one's family or household: "Maisie's family" are her relatives, no body)
    if (hasName || possessed || /^(?:his|her|their|its|our)$/u.test(first)) return typedReading(KIN_COLLECTIVES.has(lower) ? 'unnamed-group' : 'named-organization', false, lower);
    return definite && index === 1 ? { kind: 'refer', head: lower, fallback: 'unnamed-group', plural: false } : typedReading('unnamed-group', false, lower);
  }
  // "the carmaker", "the Dutch freight group" (wire copy's epithet for a firm it has named), a
  // headline's "Retailer warns": a firm, whether or not the text names it
  // (a trade people ply, then "who": "One developer who attended the event" is a person)
  const personOfTrade = !isFirmNounFor(lower, 2) && (ws[index + 1]?.lower === 'who' || (index === ws.length - 1 && WHO_NEXT.test(after)));
  // "A German distributor, who asked not to be named": a trade's noun with "who" and a wish not to be named is a person kept anonymous
  if (isOrganisationNoun(lower) && ws[index + 1]?.lower === 'who' && isAnonymous(phrase, after, facts, use)) return typedReading('anonymous-source', plural, lower);
  // "the snack and frozen-meals maker": a product's maker is a firm (not "the policy maker")
  const productMaker = (lower === 'maker' || lower === 'makers') && index >= 2 && makesProducts(phrase.slice(0, head.start - offset + head.text.length));
  if (((isOrganisationNoun(lower) || productMaker) && !personOfTrade) || (isGuardBody(ws[index - 1]?.lower, lower) && !/^(?:a|an|one)$/u.test(ws[0].lower))) {
    // (a product's maker looks back as "the company" would: no name holds "maker")
    if (definite && (OUTLET_NOUNS.has(lower) || index === 1 || productMaker || nationEpithet(ws, index) || basedEpithet(ws, index) || tradeEpithet(ws, index))) return { kind: 'refer', head: productMaker ? 'company' : lower, fallback: 'named-organization', plural };
    // "the relevant authorities" are "they", never "it"
    return typedReading('named-organization', plural, lower);
  }
  if (BARE_PEOPLE.has(lower) && ws.length > index + 1 && !definite) return typedReading('anonymous-source', plural, lower);
  // "The defence says …", "the prosecution told the jury": a side in court, its lawyers as a group, never the nearest name
  if (COURT_SIDES.has(lower) && index <= 1) return typedReading('unnamed-group', false, lower);
  // a short plural phrase is people whatever its noun; a relative clause after its comma does not make it long
  const comma = phrase.indexOf(',');
  const wordsBeforeComma = comma > 0 ? ws.filter((w) => w.start - offset < comma).length : ws.length;
  // (nor a plural opening with its head, then where they are: "Village elders in the district of Harool")
  const placedPlural = plural && index <= 2 && PLACED_AFTER_HEAD.has(ws[index + 1]?.lower ?? '');
  if (!KNOWN_HEAD(lower) && !(PERSON_SHAPED.test(lower) && index <= 4 && (definite || DETERMINERS.has(ws[0].lower))) && !(plural && wordsBeforeComma <= 5) && !placedPlural) return { kind: 'loose' };
  if (QUANTIFIERS.has(lower) && lower !== 'one') return typedReading('unnamed-group', true, lower);
  if (GROUP_NOUNS.has(lower) || (plural && !PERSON_ROLE_NOUNS.has(lower))) return typedReading(isAnonymous(phrase, after, facts, use) ? 'anonymous-source' : 'unnamed-group', true, lower);
  if (definite || /^(?:his|her|their)$/.test(ws[0].lower)) {
    return { kind: 'refer', head: lower, fallback: isAnonymous(phrase, after, facts, use) ? 'anonymous-source' : 'unnamed-person', plural };
  }
  return typedReading(isAnonymous(phrase, after, facts, use) ? 'anonymous-source' : plural ? 'unnamed-group' : 'unnamed-person', plural, lower);
}
