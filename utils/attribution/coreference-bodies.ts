/**
 * Which named body "the newspaper", "the company" or "the team" goes back to. News names a body
 * before it describes it, but not always the nearest one: a paper is known by its name's words, a
 * firm by its name's ending or trade, and a rival named in passing or a charity is not the firm.
 */
import type { Entity, Mention } from './source-entity';
import { POSSESSIVE_AFTER } from './subject-turn';
import type { MentionTimeline } from './mention-timeline';
import type { Span } from './types';
import { CLUB_NAME_ENDINGS, COMPANY_NOUNS } from './source-lexicon-bodies';
import { SEEN_BY_PARTICIPLES } from './passive-cues';
import { FIRM_ENDINGS } from './firm-name-words';
import { COUNTRY_NAMES, NEWSPAPER_NAME_WORDS } from './source-lexicon-names';

/** A firm named as where the story's analysts work ("Analysts at Brightwater Securities wrote"): named in passing, not the story's firm. */
const ANALYSTS_AT = /\b(?:analysts?|economists?|strategists?|traders?)\s+(?:at|from|with)\s+$/iu;
/** A body named as where figures come from ("according to LSEG data", "Refinitiv estimates"): cited in passing, not the story's firm (a body cited alone, "according to the National Golf Foundation", may be "the group" after). */
const DATA_AFTER = /^['’]?s?\s+(?:data|figures|estimates|numbers|statistics|calculations|analysis)\b/u;
const isDataSource = (m: Mention, text: string): boolean => DATA_AFTER.test(text.slice(m.end, m.end + 16));

/** Heads that mean a body that regulates, and the last words of such a body's name. */
export const REGULATOR_HEADS: ReadonlySet<string> = new Set(['regulator', 'watchdog']);
/** A regulator known by its letters or its "Of-" name ("the SEC", "the FAA", "Ofcom"). */
const REGULATOR_SHORT_NAME = /^(?:the\s+)?(?:[A-Z]{2,5}|Of[a-z]{3,6})$/u;
const REGULATING_BODY = /\b(?:agency|authority|commission|regulator|office|board|administration|bureau|inspectorate|ombudsman|council)$/iu;
/** A public body's head before what it is of or for ("Department of Homeland Security", "Agency for Toxic Substances"): "the agency" too. */
const PUBLIC_BODY_OF = /^(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,2}(?:Department|Agency|Office|Bureau|Administration|Service|Commission|Authority|Directorate)\s+(?:of|for)\s/u;
/** A paper as the listener or the one who saw a document: the story's outlet, never "the company". */
const TOLD_OR_SEEN_BY = new RegExp(`\\b(?:told|tells|telling|(?:${SEEN_BY_PARTICIPLES}) by)\\s+(?:the\\s+)?$`, 'iu');
/** How far back a firm named before its description may stand. */
const NAMED_BODY_DISTANCE = 1500;

/** Public bodies' words, one list for both tests below (and headline-referent.ts through namesPublicBody). */
const PUBLIC_BODY_WORDS = 'council|ministry|department|government|police|court|parliament|assembly|senate|congress|commission|agency|authority|army|navy|embassy';
/** A public body's name, by its last word: "the company" or "the firm" never means one (a regulator or utility may). */
const PUBLIC_BODY = new RegExp(`\\b(?:${PUBLIC_BODY_WORDS}|EU|European Union|United Nations|UN)$`, 'iu');
/** A public body's word anywhere in a name ("the Ministry of Energy"). */
const PUBLIC_BODY_WORD = new RegExp(`\\b(?:${PUBLIC_BODY_WORDS})\\b`, 'iu');
/** Whether a body's name says it is a public one, by any of its words ("the Ministry of Energy", "Westmere Police"): no business. */
export const namesPublicBody = (name: string): boolean => PUBLIC_BODY.test(name) || PUBLIC_BODY_WORD.test(name);

/** A public body by its name ("Westmere Police", "the EU"): no company or campaign group a "spokesman for the company" means. */
export const isPublicBody = (name: string): boolean => PUBLIC_BODY.test(name);
/** Bodies that are no business, as words of a description or a trade before a name. */
const NOT_A_BUSINESS_WORDS = 'charity|council|union|ministry|department|regulator|watchdog|foundation|university|hospital|church|think tank';
/** A body the text described as no business ("the housing charity Homeward"): "the firm" is not it. */
const NOT_A_BUSINESS = new RegExp(`\\b(?:${NOT_A_BUSINESS_WORDS}|police|court)\\b`, 'iu');
/** The same, as the trade written right before the name ("the housing charity | Homeward"). */
const NOT_A_BUSINESS_BEFORE = new RegExp(`\\b(?:${NOT_A_BUSINESS_WORDS})\\s+$`, 'iu');
/** The heads that name a business and nothing public. */
const BUSINESS_HEADS = new Set(['company', 'firm', 'business', 'corporation', 'conglomerate']);
/** Firms' nouns that may as well mean a public or member body ("the regulator", "the utility", "the club", "the group"). */
const PUBLIC_OR_MIXED_HEADS = new Set(['regulator', 'watchdog', 'utility', 'operator', 'group', 'club', 'broadcaster', 'provider']);

/** A broadcaster's, agency's or paper's word in a body's name, or an outlet's initials. */
const OUTLET_NAME = /\b(?:Times|Post|News|Journal|Herald|Tribune|Gazette|Guardian|Telegraph|Observer|Daily|Press|Reuters|Bloomberg|Politico|Axios|Magazine|Review|Radio|TV|Network|Broadcasting|Wire)\b|^[A-Z]{2,5}$/u;
/** Heads that may mean a news agency or a public one: a paper's name is never theirs ("the agency" is not "the Philippine Star"). */
const AGENCY_HEADS = new Set(['agency', 'wire']);
/** A body whose name says it is the outlet `head` means: an outlet's word, or any paper's word ("The Kellport Ledger") unless the head is an agency's. */
const isOutletName = (name: string, head: string): boolean =>
  OUTLET_NAME.test(name) || (AGENCY_HEADS.has(head) ? THE_ACRONYM.test(name) : name.split(' ').some((w) => NEWSPAPER_NAME_WORDS.has(w)));
/** An acronym with its article ("the FAO", "the FBI"): a public agency "the agency" may mean, as it may a bare one ("WFP"). */
const THE_ACRONYM = /^the\s+[A-Z]{2,5}$/u;

/** An outlet's noun written right before its name ("the daily El Heraldo", "the tabloid Bild"). */
const OUTLET_NOUN_BEFORE = /\b(?:daily|newspaper|paper|tabloid|broadsheet|weekly|magazine|broadcaster|channel|station|network|website|outlet)\s+$/iu;

/** Words that may stand before a firm's name at a claim's start: its description ("Norwegian packaging maker"), no verb or comma. */
const FIRM_SUBJECT_LEAD = /^(?:(?:the|[\p{Lu}][\p{L}'’.-]*|\p{Ll}+(?:er|or|ist|ant|ent|ing))\s+){0,5}$/u;

/** A rival or a preposition's object right before a firm's name: named in passing, not the one the story is about. */
const RIVAL_BEFORE = /\b(?:rival|rivals|competitor|competitors|from|against|than|over|with|to)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** A sentence's or paragraph's opening (maybe after a dateline) before a name: its subject. */
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+|\n|\s[-–—]\s)(?:The\s+)?$/u;
/** How far back the sentence subject of such a firm is looked for. */
const SUBJECT_FIRM_DISTANCE = 400;

/** Last words of a firm's name beyond those whose first word names the firm (FIRM_ENDINGS): "Harlund Bank", "Acme Company". */
const MORE_FIRM_ENDINGS = new Set(['bank', 'company', 'co', 'co.', 'ltd.', 'sa']);
/** Trades written before a firm's name beyond the company nouns ("packaging maker Halvard Group", "banking giant"). */
const MORE_FIRM_TRADES = new Set(['maker', 'bank', 'giant', 'producer']);

/** Heads that mean a sports club, and the last words of a club's name ("Redmere City", "Ostavia Sporting"). */
const CLUB_HEADS = new Set(['club', 'team', 'side']);

/** Whether a name ends like a sports club's. */
function clubByName(name: string): boolean {
  return CLUB_NAME_ENDINGS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

/** Whether a name ends like a firm's ("Halvard Group", "Nordvik Motors", "Acme Inc."). */
function firmByName(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return FIRM_ENDINGS.has(last) || MORE_FIRM_ENDINGS.has(last);
}

/** Whether the word right before a name is a firm's trade ("packaging maker | Halvard Group"). */
function firmByTrade(before: string): boolean {
  const word = /(\p{L}+)\s+$/u.exec(before)?.[1].toLowerCase();
  return word !== undefined && (COMPANY_NOUNS.has(word) || MORE_FIRM_TRADES.has(word));
}

/**
 * The named body a claim before its source opens with, as its subject ("Halvard Group agreed …,
 * the company said"): the claim's own words are passed over by the look-back, yet in wire copy the
 * company is the one the sentence is about.
 */
function claimSubjectFirm(head: string, text: string, pos: number, skip: Span[], timeline: MentionTimeline): Mention | null {
  const claim = skip[0];
  if (text === '' || claim === undefined || claim.end > pos) return null;
  const firm = timeline.findForward(claim.start, 60, (m) => m.name === true && m.entity.type === 'named-organization');
  if (!firm || firm.end > claim.end || !FIRM_SUBJECT_LEAD.test(text.slice(claim.start, firm.start))) return null;
  // a firm by its name's ending or the trade before it, not a product the claim opens with ("The Lumora Fold … will ship")
  return firmByName(firm.entity.name) || firmByTrade(text.slice(claim.start, firm.start)) || (CLUB_HEADS.has(head) && clubByName(firm.entity.name)) ? firm : null;
}

/** The outlet a "the newspaper" or "the agency" means: the nearest body whose name says it is one (or the text calls one right before it: "the daily El Heraldo"), or null. */
export function outletBefore(head: string, pos: number, skip: Span[], timeline: MentionTimeline, text = ''): Entity | null {
  return timeline.findBack(pos, skip, (m) => m.refer === undefined && m.entity.type === 'named-organization' &&
    (isOutletName(m.entity.name, head) || (!AGENCY_HEADS.has(head) && OUTLET_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)))))?.entity ?? null;
}

/**
 * The body "the company", "the carmaker" or "the team" means: the firm the claim opens with in wire
 * copy, else the nearest named body that is not a possessive modifier ("Britain's third-largest
 * grocer") nor, for a business's head, a public body or one described as no business ("Glenmorrow
 * Council said … The company later confirmed"); a rival named in passing gives way to the firm the
 * sentence before opened with ("Lumora Inc on Tuesday unveiled … from its larger rival Orrin Systems").
 */
export function firmBefore(head: string, pos: number, skip: Span[], timeline: MentionTimeline, text: string): Entity | null {
  const isCompany = COMPANY_NOUNS.has(head);
  // "the regulator", "the watchdog": the public body named before, not the firm or product it regulates
  const regulator = REGULATOR_HEADS.has(head) ? regulatorBefore(pos, skip, timeline) : null;
  if (regulator) return regulator;
  const subject = isCompany ? claimSubjectFirm(head, text, pos, skip, timeline) : null;
  if (subject) return subject.entity;
  const business = BUSINESS_HEADS.has(head);
  // a trade's noun ("the airline", "the retailer") is a business too: never the union or council named before it
  const trade = business || (isCompany && !PUBLIC_OR_MIXED_HEADS.has(head));
  const firm = timeline.findBack(pos, skip, (m) => m.name === true && m.entity.type === 'named-organization' && pos - m.end < NAMED_BODY_DISTANCE && !(isCompany && isPlaceName(m.entity.name)) &&
    !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 2)) && !(business ? describedAsNoBusiness(m, text) : trade && namedAsNoBusiness(m, text)) && !ANALYSTS_AT.test(text.slice(Math.max(0, m.start - 30), m.start)) && !isDataSource(m, text));
  // "the Brightwell CrispPro" after "appliance maker Brightwell Home": a product named with its maker's first word is not the maker
  const maker = firm && business ? makerOfProduct(firm, skip, timeline, text) : null;
  if (maker) return maker.entity;
  if (firm && isCompany && RIVAL_BEFORE.test(text.slice(Math.max(0, firm.start - 30), firm.start))) {
    const opener = timeline.findBack(firm.start, skip, (m) => m.name === true && m.entity.type === 'named-organization' && m.entity !== firm.entity &&
      firm.start - m.end < SUBJECT_FIRM_DISTANCE && OPENS_SENTENCE.test(text.slice(Math.max(0, m.start - 40), m.start)));
    if (opener) return opener.entity;
  }
  return firm?.entity ?? null;
}

/** The public body named before that regulates ("the Federal Trade Commission", "the FTC", "Ofgem"): what "the regulator" or "the agency" means. */
export function regulatorBefore(pos: number, skip: Span[], timeline: MentionTimeline): Entity | null {
  return timeline.findBack(pos, skip, (m) => m.name === true && m.entity.type === 'named-organization' &&
    pos - m.end < NAMED_BODY_DISTANCE && (REGULATING_BODY.test(m.entity.name) || REGULATOR_SHORT_NAME.test(m.entity.name) || PUBLIC_BODY_OF.test(m.entity.name)))?.entity ?? null;
}

/** A country's, state's or capital's name ("Ohio", "the United States"): a government when it speaks, never a company. */
export const isPlaceName = (name: string): boolean => COUNTRY_NAMES.has(name.replace(/^the\s+/iu, '').toLowerCase().replace(/\s+/gu, '_'));

/** The first word of a body's name, without its article. */
const firstNameWord = (name: string): string => name.replace(/^the\s+/iu, '').split(' ', 1)[0];

/**
 * The firm a body found for "the company" is a product of: a body that is no firm by its name or
 * the trade before it, whose name opens with the first word of a firm named before it by its trade
 * or its name's ending ("the Brightwell CrispPro" of "Kitchen appliance maker Brightwell Home").
 */
function makerOfProduct(found: Mention, skip: Span[], timeline: MentionTimeline, text: string): Mention | null {
  const name = found.entity.name;
  if (firmByName(name) || firmByTrade(text.slice(Math.max(0, found.start - 30), found.start))) return null;
  const first = firstNameWord(name);
  return timeline.findBack(found.start, skip, (m) => m.name === true && m.entity.type === 'named-organization' && m.entity !== found.entity &&
    found.start - m.end < NAMED_BODY_DISTANCE && firstNameWord(m.entity.name) === first &&
    (firmByName(m.entity.name) || firmByTrade(text.slice(Math.max(0, m.start - 30), m.start))));
}

/** The name's last word one of a body that is no business ("the Transport Workers Union"). */
const NO_BUSINESS_NAME = new RegExp(`\\b(?:${NOT_A_BUSINESS_WORDS})$`, 'iu');
/** A description whose head noun is one ("Ialpa, the pilots' union"), not one that merely holds the word ("the department store chain"). */
const NO_BUSINESS_HEAD = new RegExp(`^[^,]*,\\s+(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${NOT_A_BUSINESS_WORDS})(?:,|$)`, 'iu');

/**
 * For a trade's noun ("the airline", "the lender"): a body that is no business by its name's last
 * word, the trade written right before it ("the union Unite"; not a "credit union") or its
 * description's head; narrower than describedAsNoBusiness, as "Harlow University Press" is a publisher.
 */
function namedAsNoBusiness(m: Mention, text: string): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  return publicOrListener(m, before) || NO_BUSINESS_NAME.test(m.entity.name) ||
    (NOT_A_BUSINESS_BEFORE.test(before) && !/\bcredit\s+union\s+$/iu.test(before)) || NO_BUSINESS_HEAD.test(m.entity.description);
}

/** A public body, or a body the story was told or shown something by (a paper: "told the Daily Ledger", "seen by the Evening Lantern"): what no firm's noun means. */
const publicOrListener = (m: Mention, before: string): boolean => PUBLIC_BODY.test(m.entity.name) || TOLD_OR_SEEN_BY.test(before);

/** A public body, a listener (publicOrListener), or a body the text described as no business by its description or the trade before its name. */
function describedAsNoBusiness(m: Mention, text: string): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  return publicOrListener(m, before) || (!firmByName(m.entity.name) && (NOT_A_BUSINESS.test(m.entity.description) || NOT_A_BUSINESS_BEFORE.test(before)));
}

/** "the" and lower-case words only ("The health board"): a body's common noun with its modifiers. */
const DESCRIBED_BODY = /^[Tt]he(?:\s+\p{Ll}[\p{Ll}-]*)+$/u;

/**
 * "The health board" after "the Wexmoor Health Board": a body's noun with its modifiers, each a
 * word of one body's name named before, is that body (as "the board" would be by its head alone).
 */
export function bodyNamedInFull(phrase: string, head: string, start: number, timeline: MentionTimeline): Entity | null {
  if (!DESCRIBED_BODY.test(phrase)) return null;
  const body = timeline.bodyNamedWith(head, start);
  if (body === null) return null;
  const nameWords = new Set(body.entity.name.toLowerCase().split(/\s+/u));
  return phrase.toLowerCase().split(/\s+/u).slice(1).every((w) => nameWords.has(w)) ? body.entity : null;
}
