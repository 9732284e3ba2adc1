/**
 * Whether a description ("The Labour candidate", "her publicist", "the Dutch freight group") can
 * be the entity the look-back resolved it to. The look-back goes by head noun alone; these checks
 * read the words around the head, which can say that the entity is someone else.
 */
import type { Entity } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import type { Span } from './types';
import { COMPANY_NOUNS } from './source-lexicon-bodies';
import { resolvePronoun } from './coreference';
import { headPattern, modifiersBefore } from './head-patterns';
import { COUNTRY_NAMES, NAME_ADJECTIVES } from './source-lexicon-names';
import { fitsTrade } from './source-phrase-head';
import { fitsNewcomer, fitsPortfolio } from './description-words-fit';

/**
 * Whether `phrase` (a description with head noun `head`, read at `start`) can be `e`: its party and
 * place agree, a firm's epithet found a named body, and "her publicist" is not "her".
 */
export function canBe(phrase: string, head: string, e: Entity, start: number, content: Span[], timeline: MentionTimeline, text: string): boolean {
  return sharesModifiers(phrase, head, e) && fitsEpithet(phrase, head, e) && !isPossessor(phrase, head, e, start, content, timeline, text) && !unnamedOffice(phrase, head, e) &&
    fitsBase(phrase, e, start, timeline) && fitsTrade(phrase, e.name, e.description) && fitsOwner(phrase, e) && sameRank(phrase, head, e) && fitsComplement(phrase, head, e) &&
    fitsNewcomer(phrase, head, e) && fitsPortfolio(phrase, head, e);
}

/** Heads that say whom someone is kin or close to, by "of" ("The mother | of one of the British skiers"), or whom they write for ("The reviewer | for The Sunday Ledger"). */
const RELATION_HEADS: ReadonlySet<string> = new Set(['mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'widow', 'widower', 'parent', 'parents',
  'grandmother', 'grandfather', 'cousin', 'uncle', 'aunt', 'niece', 'nephew', 'friend', 'neighbour', 'neighbor', 'girlfriend', 'boyfriend', 'partner', 'reviewer', 'critic']);
/** Those who act for someone ("His agent", "her lawyer"): not kin, whom the text often names right before ("a son, Michael Bennett … Her son"). */
const OWNED_ROLES: ReadonlySet<string> = new Set(['agent', 'lawyer', 'lawyers', 'attorney', 'solicitor', 'barrister', 'publicist', 'manager', 'assistant', 'aide', 'doctor', 'coach', 'spokesman', 'spokeswoman', 'spokesperson', 'representative']);
/** The head, then "of" or "for" and what it is of or for. */
const COMPLEMENT_AFTER_HEAD = (head: string): RegExp => new RegExp(String.raw`\b${head}\s+(?:of|for)\s+\S`, 'iu');

/**
 * "The mother of one of the British skiers" is someone new, whom the phrase itself identifies by
 * whom she is the mother of: never merely the nearest named person, only one the text described
 * with the same head noun ("Jane Ames, the mother of …"). (An office "of" something, "the former
 * secretary of state", names the office the person holds, so it is left to the look-back.)
 */
function fitsComplement(phrase: string, head: string, e: Entity): boolean {
  // ("His agent", "her lawyer": someone of the possessor's, whom only a name the text described so can be)
  const owned = OWNED_ROLES.has(head) && /^(?:his|her|their)\s+(?:[\p{Ll}-]+\s+)?[\p{L}-]+$/iu.test(phrase.trim()) && e.type === 'named-person';
  // ("The mayor of Frøya": an office of a place or body the phrase names is held by one the text described so)
  const officeOfNamed = e.type === 'named-person' && phrase.includes(' of ') && new RegExp(String.raw`\b${head}\s+of\s+(?:the\s+)?\p{Lu}`, 'u').test(phrase);
  if (!owned && !officeOfNamed && (!RELATION_HEADS.has(head) || !COMPLEMENT_AFTER_HEAD(head).test(phrase))) return true;
  return headPattern(head).test(e.description) || headPattern(head).test(e.name);
}

/** Words that make an office another one: a shadow secretary, a deputy or vice chair is not the secretary or chair. */
const RANK = /\b(?:shadow|deputy|vice|assistant)\b/giu;
const HAS_RANK = /\b(?:shadow|deputy|vice|assistant)\b/iu;

/** The rank words among the three words right before `head` in `phrase`, lower-cased ([] when the head is not there). */
function ranksBefore(phrase: string, head: string): string[] {
  // (most phrases hold no rank word: no pattern is made for them)
  if (!HAS_RANK.test(phrase)) return [];
  const before = new RegExp(String.raw`((?:[\p{L}'’-]+\s+){1,3})${head}\b`, 'iu').exec(phrase)?.[1] ?? '';
  return (before.match(RANK) ?? []).map((w) => w.toLowerCase());
}

/**
 * "The shadow health secretary" is not "Rachel Ambrose, the health secretary" (the other side's
 * office), nor "the chair" "Deputy chair Anne Fox": the ranks written before the head must agree
 * where the entity's description has the head; where it has not, it must still hold the phrase's.
 */
function sameRank(phrase: string, head: string, e: Entity): boolean {
  const own = ranksBefore(phrase, head);
  if (!headPattern(head).test(e.description)) return own.every((w) => new RegExp(String.raw`\b${w}\b`, 'iu').test(e.description));
  const theirs = ranksBefore(e.description, head);
  return own.length === theirs.length && own.every((w) => theirs.includes(w));
}

/** A name's possessive opening a description ("Japan's ", "Acme Corp's ", "Hoskins’ "). */
const NAMED_OWNER = /^(?:The\s+)?(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*?)(?:['’]s|(?<=s)['’])\s/u;

/**
 * "Japan's meteorological agency" is a body the text tied to Japan (its name or description holds
 * the owner's name), never merely the nearest body ("the EU" of the headline before it).
 */
function fitsOwner(phrase: string, e: Entity): boolean {
  const owner = NAMED_OWNER.exec(phrase)?.[1];
  return owner === undefined || e.name.includes(owner) || e.description.includes(owner);
}

/** Where "the Seattle-based company" is based: the place's name. */
const BASED_IN = /\b(\p{Lu}[\p{L}.]*(?:[\s-]\p{Lu}[\p{L}.]*)*)-(?:based|headquartered|listed)\b/u;

/**
 * "the Seattle-based company" is a body the text placed there (its description or name holds the
 * place), or the only body named within the look-back's reach before it; never merely the nearest ("Ohio" after "a warehouse in
 * Ohio", Airbus after "Boeing and Airbus").
 */
function fitsBase(phrase: string, e: Entity, start: number, timeline: MentionTimeline): boolean {
  const place = BASED_IN.exec(phrase)?.[1];
  if (place === undefined) return true;
  if (e.description.includes(place) || e.name.includes(place)) return true;
  const bodies = new Set<Entity>();
  timeline.findBack(start, [], (m) => {
    if (m.name === true && m.entity.type === 'named-organization') bodies.add(m.entity);
    return false;
  });
  return bodies.size === 1 && bodies.has(e);
}

/**
 * "the chair of the bench", "the head of the inquiry", "the district's superintendent": a role given
 * by the body it serves is the person the text described so, never merely the nearest name (in a
 * court story, the defendant's).
 */
function unnamedOffice(phrase: string, head: string, e: Entity): boolean {
  if (e.type !== 'named-person') return false;
  const at = phrase.indexOf(`${head} of `);
  const ofBody = at >= 0 && (at === 0 || !/\p{L}/u.test(phrase[at - 1])) && OF_BODY.test(phrase.slice(at + head.length + 4));
  // or the body before it, owning it ("the district's superintendent")
  const own = phrase.indexOf(head);
  const bodyOwns = own > 0 && BODY_OWNS.test(phrase.slice(0, own));
  return (ofBody || bodyOwns) && !headPattern(head).test(e.description);
}

/** A body in lower case owning the role after it: "the district's ", "the school board's interim ". */
const BODY_OWNS = /(?:^|\s)(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$/u;

/** After "of": the body the office serves, in lower case ("the bench", "the state of New York"). */
const OF_BODY = /^(?:the|a|an)\s+\p{Ll}/u;

/** Capitalised words of a phrase after its first word ("Labour" in "The Labour candidate"). */
const INNER_CAPITALS = /(?<=\s)\p{Lu}[\p{L}'’-]*/gu;

/** Words that name a party: two different ones before the same role are two people ("The Labour candidate", "the Civic Party candidate"). */
const PARTY_WORDS = new Set(['party', 'labour', 'conservative', 'conservatives', 'tory', 'liberal', 'democrat', 'democratic', 'republican', 'green', 'socialist', 'communist', 'reform', 'snp', 'ukip', 'gop']);
const isPartyWord = (w: string): boolean => PARTY_WORDS.has(w.toLowerCase());
/** A nation's adjective before a role ("the German government"): another place beside the same role names another one. */
const isNationAdjective = (w: string): boolean => NAME_ADJECTIVES.has(w.toLowerCase()) && !isPartyWord(w);

/**
 * Whether a description and the entity it resolved to can be one: not when each names a different
 * party before the same head ("The Labour candidate" is not "the Civic Party candidate"), nor when
 * the entity's nation differs from the place the description names ("the government in Beijing"
 * is not "the German government", "The New Jersey governor" not "former Florida governor Jeb
 * Bush"); a party named more fully ("the Labour Party candidate"), or a
 * place beside a party ("the Ohio governor" for "the Democratic governor of Ohio"), is no conflict.
 */
function sharesModifiers(phrase: string, head: string, e: Entity): boolean {
  const own = phrase.match(INNER_CAPITALS);
  if (own === null) return true;
  const theirs = modifiersBefore(head).exec(e.description);
  if (theirs === null) return true;
  const words = theirs[1].trim().split(/\s+/u);
  if (words.some((w) => own.includes(w))) return true;
  if (own.some(isPartyWord) && words.some(isPartyWord)) return false;
  return !((words.some(isNationAdjective) || namesPlace(words)) && own.some((w) => !isPartyWord(w)));
}

/**
 * Whether a firm's epithet after a nation's adjective ("the Dutch freight group", wire copy's way of
 * naming again a firm it has named) resolved to a named body: not to a group or a person.
 */
function fitsEpithet(phrase: string, head: string, e: Entity): boolean {
  const words = phrase.split(/\s+/u);
  return words.length <= 2 || !COMPANY_NOUNS.has(head) || (e.type === 'named-organization' && /\p{Lu}/u.test(e.name.replace(/^the\s+/iu, '')));
}

/**
 * Whether "her publicist" resolved to the one "her" means ("Nadia Voss has cancelled …, her
 * publicist said"): one's publicist, lawyer or wife is never oneself. Not when the text describes
 * them by the role ("brother Alastair Osman … his brother added") or sets it beside their name
 * ("Rahm Emanuel, his chief of staff,"), where "his" may have been read as them.
 */
function isPossessor(phrase: string, head: string, e: Entity, start: number, content: Span[], timeline: MentionTimeline, text: string): boolean {
  const owner = /^(his|her|their)\s/iu.exec(phrase);
  if (owner === null) return false;
  const word = headPattern(head);
  if (word.test(e.description) || word.test(e.name) || timeline.findBack(start, [], (m) => m.entity === e && start - m.end <= 3) !== null) return false;
  return resolvePronoun(owner[1].toLowerCase(), start, content, timeline, text) === e;
}

/** Whether some word, or two words in a row, of a modifier name a country or state ("Florida", "New Jersey"). */
function namesPlace(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (COUNTRY_NAMES.has(words[i].toLowerCase())) return true;
    if (i + 1 < words.length && COUNTRY_NAMES.has(`${words[i]}_${words[i + 1]}`.toLowerCase())) return true;
  }
  return false;
}
