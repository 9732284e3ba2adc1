/**
 * Plural descriptions that point back at people the text has already given: "the people" or "One
 * of the people" at the group it introduced ("three people familiar with the matter"), and "both
 * men" at the two people it has just named.
 */
import { CLAUSE_START } from './clause-start';
import type { Entity, Mention } from './source-entity';
import { isPersonTitle, loweredNameGender, newEntity, NOT_NAME_WORDS } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import type { Span } from './types';
import { headPattern } from './head-patterns';
import { insideQuotation } from './subject-turn';
import { ANONYMITY_CUE, isNationWord } from './source-lexicon';

/**
 * How far back "the people" may find the group it stands for: a sentence or two for anonymous
 * sources (further on, "the people" is more likely everyone, and the type would be wrong) unless
 * they were introduced as wire copy's insiders; the story's length for an unnamed group, whose type
 * it shares anyway ("a number of tax experts … The experts").
 */
const ANONYMOUS_REFERENCE_DISTANCE = 300;
const GROUP_REFERENCE_DISTANCE = 3000;
/** Wire copy's insiders ("three people familiar with the matter"), whom "the people" means for the rest of the story. */
const WIRE_INSIDERS = /\b(?:familiar with|briefed on|with (?:direct )?knowledge of|close to|(?<!\bnot\s+(?:\w+\s+)?)involved in|aware of)\b/iu;

/** "the people", "One of the people": a bare definite plural, maybe with a share of it before. */
const DEFINITE_BARE_PLURAL = /^(?:(one|another|two|three|some|several|most|each|both) of )?the\s+\p{Ll}+$/iu;

/**
 * "three people familiar with the matter said … the people said … One of the people said": a
 * bare "the people" points back at the unnamed group the text introduced, anonymous sources
 * staying anonymous, and so does "One of the people".
 */
export function groupReferredTo(phrase: string, head: string, start: number, content: Span[], timeline: MentionTimeline, text = ''): Entity | null {
  // (its own clause after a comma aside: "the people, who asked not to be identified …,")
  const bare = DEFINITE_BARE_PLURAL.exec(phrase.split(',', 1)[0].trim());
  if (!bare) return null;
  // the nearest group whose words hold the head ("three people familiar …" for "the people"), not
  // another bare mention of it
  const word = headPattern(head);
  // (never words a speaker quoted: "“The government owes people an explanation.”")
  const introduced = timeline.findBack(start, content, (m) => m.entity.plural && (m.entity.type === 'anonymous-source' || m.entity.type === 'unnamed-group') &&
    m.start < start - 1 && word.test(m.entity.description) && !DEFINITE_BARE_PLURAL.test(m.entity.description) && !quotedUnspoken(text, m));
  if (!introduced) return null;
  const group = introduced.entity;
  // (a group kept anonymous on purpose, as its words say, is the story's sources as far as a wire group of insiders: "the people, who asked not to be identified")
  const reach = group.type !== 'anonymous-source' || WIRE_INSIDERS.test(group.description) || ANONYMITY_CUE.test(group.description) ? GROUP_REFERENCE_DISTANCE : ANONYMOUS_REFERENCE_DISTANCE;
  if (start - introduced.end > reach) return null;
  // one of an unnamed group is one unnamed person; one of a group of anonymous sources speaks as
  // that group, as "One of them" and "Another" do
  const single = bare[1] !== undefined && /^(?:one|another|each)$/iu.test(bare[1]);
  return single && group.type === 'unnamed-group' ? newEntity(group.name, group.description, 'unnamed-person', false) : group;
}

/** A bare quantifier as a source: some of a group the text has just spoken of ("Some argue …", "Many said …"). */
const PARTITIVE = /^(?:some|others|many|several|most|few|a few|a handful)$/iu;
/** How far back (characters) such a group may be named: the sentence or two before. */
const PARTITIVE_DISTANCE = 400;
/** A determiner or owner opening a group's name ("the residents", "her aides"): the partitive reads "some of the residents", "some of her aides". */
const OPENS_WITH_DETERMINER = /^(?:the|these|those|his|her|its|their|our|my|your|two|three|four|five|six|seven|eight|nine|ten|\d+)\s/iu;
/** A quantifier opening a group's name ("many social conservatives"): it gives way to "the". */
const OPENS_WITH_QUANTIFIER = /^(?:some|many|several|dozens of|hundreds of|thousands of|scores of|a few|a number of)\s+/iu;
/** Plural words of creed, party or people, capitalised wherever they stand. */
const CAPITALISED_PLURALS = new Set('republicans democrats conservatives liberals tories muslims christians jews hindus sikhs buddhists catholics protestants latinos hispanics'.split(' '));

/** A quantifier as a group's head, then where the group is ("Some on social media", "Many in the party"). */
const QUANTIFIER_THEN_PLACE = /^(?:some|many|several|a few|most)\s+(?=(?:on|in|at|from|across|within)\s)/iu;

/** "some of" or "others among" a group's name, read in the middle of a sentence. */
function partOf(phrase: string, name: string): string {
  // ("Some on social media … Others": the quantifier is the group's head, so the others are where it is)
  const placed = QUANTIFIER_THEN_PLACE.exec(name);
  if (placed) return `${phrase[0].toUpperCase()}${phrase.slice(1).toLowerCase()} ${name.slice(placed[0].length)}`;
  const bare = name.replace(OPENS_WITH_QUANTIFIER, '');
  const first = bare.split(/\s/u, 1)[0].toLowerCase();
  const lowered = OPENS_WITH_DETERMINER.test(bare) || !(CAPITALISED_PLURALS.has(first) || isNationWord(first) || isNationWord(first.replace(/s$/u, ''))) ? bare[0].toLowerCase() + bare.slice(1) : bare;
  const whole = OPENS_WITH_DETERMINER.test(bare) ? lowered : `the ${lowered}`;
  return /^others$/iu.test(phrase) ? `Others among ${whole}` : `${phrase[0].toUpperCase()}${phrase.slice(1).toLowerCase()} of ${whole}`;
}

/** A mention no one spoke as, inside a quotation: words a speaker used, never a group a later phrase means. */
const quotedUnspoken = (text: string, m: Mention): boolean => text !== '' && m.spoke !== true && insideQuotation(text, m.start);

/**
 * "Senior figures in the party are divided. Some argue …; others say …": a bare quantifier speaks
 * for part of the nearest group named just before it, of that group's kind, described as such
 * ("Some of the senior figures in the party"). Null when no group is that close.
 */
export function partOfGroup(phrase: string, start: number, content: Span[], timeline: MentionTimeline, text = ''): Entity | null {
  if (!PARTITIVE.test(phrase)) return null;
  const isGroup = (m: Mention): boolean => m.entity.plural && (m.entity.type === 'anonymous-source' || m.entity.type === 'unnamed-group') && m.end <= start && !PARTITIVE.test(m.entity.name) && !quotedUnspoken(text, m);
  // ("In the township, residents queued at standpipes. Many said …": the group that opens the sentence right before)
  const opening = text === '' ? null : timeline.findBack(start, content, (m) => isGroup(m) && opensSentenceRightBefore(text, m, start));
  // a group that has spoken first ("Senior figures … said …. Some argue … Others say"), not one inside a claim ("… embolden the rebels")
  const at = [opening, timeline.findBack(start, content, (m) => m.spoke === true && isGroup(m)), timeline.findBack(start, content, isGroup)]
    .find((m) => m !== null && start - m.end <= PARTITIVE_DISTANCE);
  if (!at) return null;
  const group = at.entity;
  return newEntity(phrase, partOf(phrase, group.name), group.type, true);
}

/** The subject of a sentence: the sentence's start, or a short fronted phrase and its comma, before it. */
const SUBJECT_BEFORE = new RegExp(String.raw`(?:${CLAUSE_START})(?:[^.!?\n,]{0,60},\s+)?(?:(?:the|some|many|most|local|angry|worried)\s+)?$`, 'iu');

/** Whether the group mention opens (as its subject) the sentence that ends right before `start`. */
function opensSentenceRightBefore(text: string, m: Mention, start: number): boolean {
  if (!SUBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))) return false;
  const between = text.slice(m.end, start);
  return /^[^.!?\n]*[.!?]["”’]?\s+$/u.test(between);
}

const PAIR_OF_PEOPLE = /^(?:both|the two|the pair|the couple|the (?:candidates|nominees|senators|presidents|rivals))\b/iu;
/** "both men", "the two candidates": a pair the text has just named, not an anonymous group. */
export const isPairOfPeople = (phrase: string): boolean => PAIR_OF_PEOPLE.test(phrase);

/** How far back the two people of "both men" may be named. */
const PAIR_DISTANCE = 1500;

/** Two people as one plural named source ("Ana Ruiz and Tom Hale"), as every pair reading gives them. */
function pairOf(first: string, second: string): Entity {
  const name = `${first} and ${second}`;
  return newEntity(name, name, 'named-person', true);
}

/** The two nearest distinct named people before `pos`, as one plural named source. */
export function namedPair(pos: number, content: Span[], timeline: MentionTimeline): Entity | null {
  const first = timeline.findBack(pos, content, (m) => m.name === true && m.entity.type === 'named-person' && pos - m.end < PAIR_DISTANCE);
  if (!first) return null;
  const second = timeline.findBack(first.start, content, (m) => m.name === true && m.entity.type === 'named-person' && m.entity !== first.entity && pos - m.end < PAIR_DISTANCE);
  if (!second) return null;
  return pairOf(second.entity.name, first.entity.name);
}

/** "The two dissenting members, Rosa Jimenez and Michael Tran,": the two people named in apposition, as one plural named source. */
export function apposedPair(comma: number, end: number, timeline: MentionTimeline, text: string): Entity | null {
  const person = (m: Mention): boolean => m.start > comma && m.end <= end && m.name === true && m.entity.type === 'named-person';
  const second = timeline.findBack(end, [], person);
  const first = second && timeline.findBack(second.start, [], person);
  if (!second || !first || first.entity === second.entity || !/^\s+and\s+$/u.test(text.slice(first.end, second.start))) return null;
  return pairOf(first.entity.name, second.entity.name);
}

/** A party and state, as American papers write them after a lawmaker's name ("R-Texas", "D-Calif."). */
const PARTY_AND_STATE = /^[DRI]-/u;

/** Whether a name the index typed as a person's may be one: not a party and state ("R-Texas") nor a state's short form ("Vt"). */
const personLike = (name: string): boolean => !PARTY_AND_STATE.test(name) && !NOT_NAME_WORDS.has(name.toLowerCase().replace(/\.$/u, ''));

/** Whether a name's last word is a title ("Pennsylvania Gov.", "Vice President"): no person's name ends so. */
const endsInTitle = (name: string): boolean => isPersonTitle(name.slice(name.lastIndexOf(' ') + 1).replace(/\.$/u, '').toLowerCase());

/** Nothing but capitalised words before a name, its titles ("Dr ", "House Speaker "): no one's role ("chief executive", "Jerry's co-founder"). */
const TITLES_ONLY = /^(?:\p{Lu}[\p{L}.-]*\s+)*$/u;

/** Two parts of a source phrase joined by "and", before any comma. */
const JOINED = /^([^,]*?\S)\s+and\s+(\S[^,]*)/u;

/**
 * "Ana Ruiz and Tom Hale", "Dan and Ellie Hartnell", "Councillors Featherstone and Brierley": two
 * people named in one source phrase are the source together, not the second of them. The second
 * part must be a person the text names; the first, a person it names or a bare capitalised name.
 */
export function joinedNames(text: string, start: number, end: number, timeline: MentionTimeline): Entity | null {
  const m = JOINED.exec(text.slice(start, end));
  if (!m) return null;
  const leftEnd = start + m[1].length, rightStart = start + m[0].length - m[2].length, rightEnd = start + m[0].length;
  const person = (from: number, to: number) => (x: Mention): boolean => x.name === true && x.entity.type === 'named-person' && x.start >= from && x.end <= to;
  // the second part is the person, maybe titled ("Dr Tom Hale"), not a role of someone's ("Jerry's co-founder Ben Cohen")
  const right = timeline.findBack(rightEnd + 1, [], person(rightStart, rightEnd));
  if (!right || right.end < rightEnd - 1 || !personLike(right.entity.name) || !TITLES_ONLY.test(text.slice(rightStart, right.start))) return null;
  // the first part ends in a name, not a title ("Pennsylvania Gov."), or is a bare given name the
  // second shares a surname with ("Dan and Ellie Hartnell")
  const left = timeline.findBack(leftEnd + 1, [], person(start, leftEnd));
  const leftName = left ? (endsInTitle(left.entity.name) ? null : left.entity.name) : loweredNameGender(m[1].toLowerCase()) !== null ? m[1] : null;
  if (leftName === null || !personLike(leftName) || (left && left.entity === right.entity)) return null;
  return pairOf(leftName, right.entity.name);
}
