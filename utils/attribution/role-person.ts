/**
 * Who a role description ("the senator", "the fly-half", "the Swede", "the 23-year-old") means: news
 * names a person before describing them by role, so the look-back finds a named person, passing over
 * names used as places, venues, slogans and whoever asked the question.
 */
import type { Entity, Mention } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import type { Span } from './types';
import { DEMONYM_ADJECTIVES, DEMONYMS, PERSON_ROLE_NOUNS } from './source-lexicon';
import { headPattern, titlePattern } from './head-patterns';
import { isAskerFor } from './asked-by';
import { frontedPhraseBefore } from './clause-start';
import { opensSentenceBefore, POSSESSIVE_AFTER } from './subject-turn';
import { GENERIC_PERSON_HEADS, unnamedSpeakerAfter } from './unnamed-speaker';
import { writtenInLowerCase } from './lower-case-words';
import { loweredNameGender } from './source-entity';
import { PLACE_NOUNS } from './source-lexicon-names';

/** "the 23-year-old": an age standing for a person. */
const AGE_NOUN = /year-old$/u;

/** How far back a role description ("the senator") may find its named person without a matching title. */
const NAMED_ROLE_DISTANCE = 1500;
/**
 * Roles news names by title when it names them at all ("Judge Ruth Amadi", "the coroner, Dr Ian
 * Frost"): "the judge" is never the nearest name, which in a court story is the defendant's.
 */
export const TITLED_ROLES: ReadonlySet<string> = new Set(['judge', 'magistrate', 'coroner', 'referee', 'umpire']);

/** A description whose head is a place's noun ("…, a traditional Progress seat", "…, a fishing town"). */
const PLACE_DESCRIBED = new RegExp(String.raw`,\s+(?:a|an|the)\s+(?:(?!(?:of|in|for|at|from|to)\s)[\p{L}'’-]+\s+){0,3}(?:${PLACE_NOUNS})$`, 'u');
/** Prepositions of place before a name ("in Oslo", "the mayor of Harlow Bay"). */
const PLACE_BEFORE = /\b(?:in|at|near|across|outside|inside|around|into|throughout|of)\s+(?:the\s+)?$/iu;
/** The word right after a name: a role noun there makes the name its modifier ("Harlow Bay councillor"). */
const PLACE_MODIFIED = new Set('councillor councilor councillors councilors official officials resident residents native natives police'.split(' '));
const WORD_AFTER = /^\s+(\p{Ll}+)/u;
/** An event that befell someone, before "of" and their name. */
const EVENT_OF = /\b(?:death|deaths|killing|killings|murder|shooting|funeral|assassination|kidnapping|abduction|arrest|detention|release)\s+of\s+$/iu;
/** A home, kin or staff before "of": the name after it is someone's ("the home of Oswin Tarrant", "a lawyer for"), not a place. */
const OWNER_OF = /\b(?:home|house|residence|office|family|wife|husband|son|daughter|mother|father|brother|sister|widow|widower|lawyer|lawyers|attorney|attorneys|spokesman|spokeswoman|spokesperson|aide|aides|staff|supporters|allies|friend|friends)\s+of\s+$/iu;

/**
 * A name written as a place: after a preposition of place, or modifying a role noun; or as whom an
 * event befell ("the death of Terence Crutcher"), known person or not. A role noun
 * ("the judge") that finds no one else does not fall back to it: a capitalised word nobody knows
 * as a person is then most likely a town.
 */
function usedAsPlace(m: Mention, text: string): boolean {
  if (text === '') return false;
  // "the death of Terence Crutcher … the nominee said": whom an event befell, not whom the role describes
  if (EVENT_OF.test(text.slice(Math.max(0, m.start - 24), m.start))) return true;
  // "Nordhafen East, a traditional Progress seat": a name the text describes as a place
  if (PLACE_DESCRIBED.test(m.entity.description)) return true;
  if (m.entity.person === true) return false;
  if (PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)) && !OWNER_OF.test(text.slice(Math.max(0, m.start - 24), m.start))) return true;
  const after = WORD_AFTER.exec(text.slice(m.end, m.end + 24));
  return after !== null && (PERSON_ROLE_NOUNS.has(after[1]) || PLACE_MODIFIED.has(after[1]));
}

/** The words right before a name in its own sentence ("Swedish midfielder " of "Swedish midfielder Erik Lind"). */
function titleBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 30), start);
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  return end >= 0 ? before.slice(end + 1) : before;
}

/** A nation's person noun or its adjective as a word of a description ("Swede" or "Swedish"), case-blind. */
function nationPattern(demonym: string): RegExp {
  return headPattern(DEMONYM_ADJECTIVES.get(demonym) ?? demonym);
}

/** A name of which a word is one the text writes in lower case too ("Election Day", "Public Square"): likely no one's. */
function commonWordsName(text: string, m: Mention): boolean {
  if (text === '') return false;
  // the first word, which a person's name opens with a given name ("Tobi Young" beside "the young side" is a person)
  const first = text.slice(m.start, m.end).split(/[\s-]+/u)[0];
  return first !== '' && loweredNameGender(first.toLowerCase()) === null && writtenInLowerCase(text, first);
}

/**
 * Offices a person holds by one name or another (one group per office): "the director" is not
 * "Senator Moss", whose office the text gave, though Moss is the nearest name.
 */
const OFFICE_GROUPS: readonly (readonly string[])[] = [
  ['senator'], ['governor'], ['mayor'], ['director'], ['coach', 'manager', 'boss'], ['president'], ['minister', 'premier'],
  ['chairman', 'chairwoman', 'chair', 'chairperson'], ['professor'], ['prosecutor'], ['sheriff'], ['commissioner'],
  ['ambassador', 'envoy'], ['spokesman', 'spokeswoman', 'spokesperson'], ['lawyer', 'attorney', 'solicitor', 'barrister', 'counsel'],
  ['detective', 'inspector', 'sergeant', 'constable'], ['chancellor'], ['congressman', 'congresswoman'], ['general', 'admiral'], ['bishop', 'archbishop'],
];
const OFFICE_OF = new Map<string, number>(OFFICE_GROUPS.flatMap((group, k) => group.map((word) => [word, k] as [string, number])));
/** The office words of a description or title, case-blind. */
const OFFICE_WORD = new RegExp(`\\b(?:${[...OFFICE_OF.keys()].join('|')})\\b`, 'giu');

/** Whether the text gave the person named at `m` an office, none of them the one `head` names. */
function heldOtherOffice(head: string, m: Mention, text: string): boolean {
  const office = OFFICE_OF.get(head);
  // "the returning officer" is not "Co-leader Jonas Albrecht": a role the text gave the name, none of it the head
  if (office === undefined) return OTHER_ROLE_CHECKED.has(head) && gaveOtherRole(head, m, text);
  const held = `${text === '' ? '' : titleBefore(text, m.start)} ${m.entity.description}`.match(OFFICE_WORD);
  return held !== null && held.every((word) => OFFICE_OF.get(word.toLowerCase()) !== office);
}

/** Roles no list of offices holds that a name described by another role is not ("the returning officer"). */
const OTHER_ROLE_CHECKED: ReadonlySet<string> = new Set(['officer', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Roles that are the checked head by another name ("Constable Daniel Hurst … the officer"). */
const SAME_ROLE: ReadonlySet<string> = new Set(['officer', 'constable', 'sergeant', 'detective', 'inspector', 'trooper', 'lieutenant', 'captain', 'agent', 'pc',
  'spokesman', 'spokeswoman', 'spokesperson', 'secretary']);
/** Words of a description or title. */
const WORDS = /[\p{L}-]+/gu;

/** Whether the text gave the person named at `m` a role (by title before the name or description) that is not `head`. */
function gaveOtherRole(head: string, m: Mention, text: string): boolean {
  const words: string[] = `${text === '' ? '' : titleBefore(text, m.start)} ${m.entity.description}`.toLowerCase().match(WORDS) ?? [];
  if (words.includes(head) || words.some((w) => SAME_ROLE.has(w))) return false;
  return words.some((w) => PERSON_ROLE_NOUNS.has(w) || PERSON_ROLE_NOUNS.has(w.replace(/^co-/u, '')));
}

/** The person a role noun `head` at `pos` describes, or null when no named person fits (askers from askersAt). */
export function personForRole(head: string, pos: number, skip: Span[], timeline: MentionTimeline, text: string, askers: Map<Entity, 'm' | 'f' | null>): Entity | null {
  // "the senator", "the Indiana governor": news names a person before describing them by role;
  // "the 23-year-old" someone known to be a person (given name, title, role, has spoken) first,
  // not a club or town named in between ("Okoro, who joined from Kirkby Town, …"), else the
  // nearest name as any role noun (a defendant's given name may be in no list)
  // a name inside a fronted phrase before the role ("Speaking in Lisbon, the prime minister";
  // "Asked about Ruiz, the spokesman") is where or whom the phrase is about, not who the role is,
  // unless it owns something there ("Asked by Reeve's barrister …, the defendant")
  const fronted = text === '' ? -1 : frontedPhraseBefore(text, pos);
  const namedPerson = (m: Mention) => m.entity.type === 'named-person' && !m.entity.plural && pos - m.end < NAMED_ROLE_DISTANCE && !isAskerFor(askers, m.entity) &&
    (fronted < 0 || m.end <= fronted || POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 2))) && !usedAsPlace(m, text) &&
    !heldOtherOffice(head, m, text);
  const knownPerson = AGE_NOUN.test(head) ? timeline.findBack(pos, skip, (m) => namedPerson(m) && (m.entity.person === true || m.spoke === true)) : null;
  // "the Swede" after "Swedish midfielder Erik Lind": the one whose nation the text gave
  // (a nation's word alone, "Ghanaian" of "Ghanaian striker Kofi Amankwah", names no one)
  const demonym = DEMONYMS.has(head);
  const nation = demonym ? nationPattern(head) : null;
  const ofNation = nation ? timeline.findBack(pos, skip, (m) => namedPerson(m) && !nation.test(m.entity.name) && (nation.test(m.entity.description) || nation.test(titleBefore(text, m.start)))) : null;
  let person = knownPerson ?? ofNation ?? timeline.findBack(pos, skip, (m) => namedPerson(m) && !(nation && nation.test(m.entity.name)));
  // "the Swede" after "Lindqvist said Castellano was …": the one who has been speaking, not whom he
  // spoke of, unless the story has turned to the one named ("Kofi Amankwah scored twice. … the Ghanaian said")
  if (person && !ofNation && demonym && person.spoke !== true && !opensSentenceBefore(text, person, pos)) {
    person = timeline.findBack(pos, skip, (m) => namedPerson(m) && m.spoke === true) ?? person;
  }
  // "the fly-half" after "Kieran Ashdown kicked a penalty as Harrowgate Saints edged Calder Vale": a
  // name known as a person's (given name, title, has spoken) over a nearer one that may be a team's or place's
  if (person && !demonym && person.entity.person !== true && person.spoke !== true && commonWordsName(text, person)) {
    person = timeline.findBack(pos, skip, (m) => namedPerson(m) && (m.entity.person === true || m.spoke === true)) ?? person;
  }
  // "the woman said" after an unnamed witness spoke: that witness (unnamed-speaker.ts)
  const unnamed = GENERIC_PERSON_HEADS.has(head) ? unnamedSpeakerAfter(head, person, pos, skip, timeline, text) : null;
  if (unnamed) return unnamed;
  if (person) return person.entity;
  return null;
}

/**
 * "the solicitor added" after "solicitor Graham Tewkes said": a party's representative the text
 * described with the same noun (only so: the nearest name is as often the client), or null.
 */
export function representativeNamedBefore(head: string, pos: number, skip: Span[], timeline: MentionTimeline, text: string): Entity | null {
  const described = headPattern(head);
  const m = timeline.findBack(pos, skip, (x) => x.name === true && x.entity.type === 'named-person' && pos - x.end < NAMED_ROLE_DISTANCE &&
    (described.test(x.entity.description) || titledWith(head, text, x)));
  return m?.entity ?? null;
}

/** Whether a name mention is given the head noun as its title, right before it ("solicitor Graham Tewkes", "Comptroller Dana Whitfield"). */
export function titledWith(head: string, text: string, m: Mention): boolean {
  return titlePattern(head).test(titleBefore(text, m.start));
}
