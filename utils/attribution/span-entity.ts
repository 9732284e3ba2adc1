/**
 * The entity one source span stands for: a name, a pronoun or description resolved back, a
 * headline's bare noun, an interview's side, or a new unnamed one. Apart from describeSources
 * (source-typing.ts), which walks the readings in order and records what each one says.
 */
import { isShareOfPeople, shareType } from './share-sources';
import type { Span } from './types';
import { headPattern } from './head-patterns';
import type { Entity } from './source-entity';
import { classifyNameWords, nameKindType, newEntity } from './source-entity';
import { readPhraseRemembered, readRolePluralOpening, type PhraseMemo } from './source-phrase-memo';
import { describeAfter } from './source-description';
import { ANONYMITY_CUE, KEPT_UNNAMED, PERSON_ROLE_NOUNS, SPOKES_NOUNS } from './source-lexicon';
import { isOrganisationNoun, isPersonOrBodyRole, KIN_COLLECTIVES } from './source-lexicon-bodies';
import { isKinNoun, learnGenderFromPronoun } from './name-gender';
import { compatible, isRolePlural } from './source-kinds';
import { resolvePronoun } from './coreference';
import { resolveDescription } from './description-coreference';
import { MentionTimeline } from './mention-timeline';
import { apposedBody, apposedName, conjoinedPair } from './source-nearby';
import { canBe } from './description-fit';
import { apposedPair, isPairOfPeople, joinedNames, namedPair } from './group-reference';
import { writer, writerSpeaks } from './writer-voice';
import { headlinePhrase } from './headline-case';
import { indefiniteEntity, nameInside } from './source-loose';
import { headlineReferent } from './headline-referent';
import { isCaseName, shortNameOf, sourceWords } from './source-span-words';
import { officeHolder } from './office-holder';
import { typedEntity } from './typed-source';
import { antecedentInClaim, bodyOpeningClaim, describedOpeningClaim } from './claim-antecedent';

/** The entities made for a pronoun the look-back found no one for: no one a later "the minister" could be. */
const UNRESOLVED = new WeakSet<Entity>();
/** The pronouns whose unresolved entity is kept off the timeline ("one", "this" and the like stay as they were). */
const PERSONAL_OR_BODY_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them']);

/** An apposition that lists some of a group ("…, including two agents and her brother,"). */
const SOME_LISTED = /^,\s*(?:including|among them|among whom|such as|mostly|many of them|most of them|some of them)\b/u;

/**
 * Whether an apposition lists some of a group and names none of them but through someone else's
 * possessive ("Four co-accused, including … Kiprotich's brother-in-law,"): no name in it is the
 * speaker. (A member named, "Many unhoused people, including Robinson,", is who the text quotes.)
 */
function someListedByOthersNames(apposition: string): boolean {
  return SOME_LISTED.test(apposition) && !/\p{Lu}/u.test(apposition.replace(/\p{Lu}[\p{L}.-]*['’]s\b/gu, ''));
}

/** Whether the entity was made for a pronoun nothing before resolved: the timeline and a later "Asked …" pass it by. */
export function isUnresolved(entity: Entity): boolean {
  return UNRESOLVED.has(entity);
}

/** The entity a source span stands for (a name, a resolved mention, a new one); null if unreadable. An unnamed one a later mention says is kept unnamed on purpose goes into `keptUnnamed`. */
export function sourceEntity(text: string, span: Span, content: Span[], timeline: MentionTimeline, readings: PhraseMemo, keptUnnamed: Set<Entity>): Entity | null {
  const { start, end } = sourceWords(text, span);
  const phrase = text.slice(start, end);
  const after = text.slice(end, end + 160);
  // a title-case headline's capitals name no one ("…, Large Trial Finds"): its words read in lower
  // case, when that finds a common noun of people, bodies or documents
  const headline = headlinePhrase(text, start, end);
  const lowered = headline === null ? null : readPhraseRemembered(headline, start, after, readings);
  const asWritten = lowered !== null && (lowered.kind === 'typed' || lowered.kind === 'refer') ? lowered : readPhraseRemembered(phrase, start, after, readings);
  // "Archaeologists working at the site said": a sentence's capital on a plural of people is no name's
  // (never a name the text gives in full: "Sanders himself" after "Bernie Sanders")
  const reading = asWritten.kind === 'loose' && !timeline.covering(start)?.entity.name.includes(' ') ? readRolePluralOpening(phrase, start, after, readings) ?? asWritten : asWritten;
  const shortName = shortNameOf(phrase);
  const appos = describeAfter(text, end);
  const joiner = /^\s*,/u.test(after) ? ', ' : ' ';
  const description = appos && !phrase.includes(',') ? `${phrase}${joiner}${appos}` : phrase;
  if (isShareOfPeople(phrase)) return newEntity(phrase, description, shareType(text, start), true);
  // (a document's apposition names whoever wrote or is in it, not the document: "A 1972 letter from the director, Cedric Oldfield,")
  // (nor a family "of" someone, whose apposition describes that someone: "The family of one of the men who died, a worker named as Youssef,")
  // (nor a list of some of a group: "Four co-accused, including … Kiprotich's brother-in-law,")
  if ((reading.kind === 'typed' || reading.kind === 'refer') && phrase.includes(',') && !(reading.kind === 'typed' && reading.type === 'document') && !familyOfSomeone(phrase, reading.head) &&
    !someListedByOthersNames(phrase.slice(phrase.indexOf(',')))) {
    const pair = reading.plural ? apposedPair(start + phrase.indexOf(','), end, timeline, text) : null;
    if (pair) return pair;
    const named = apposedName(start + phrase.indexOf(','), end, isOrganisationNoun(reading.head), timeline, text, isPersonOrBodyRole(reading.head)) ??
      (reading.plural ? apposedBody(start + phrase.indexOf(','), end, timeline, text) : null);
    if (named) return named;
  }
  const groupish = (reading.kind === 'typed' && (reading.type === 'unnamed-group' || reading.type === 'unnamed-person')) || reading.kind === 'refer';
  if (groupish && isPairOfPeople(phrase)) {
    const pair = namedPair(start, content, timeline);
    if (pair) return pair;
  }
  // "Boxer said" after "Sen. Barbara Boxer": a one-word source the name index joined to a full name is that person
  if ((reading.kind === 'typed' || reading.kind === 'refer') && !phrase.includes(' ')) {
    const known = timeline.covering(start);
    if (known !== null && known.start === start && known.end === end && known.name === true && known.entity.type === 'named-person' && known.entity.name.includes(' ')) return known.entity;
  }
  switch (reading.kind) {
    case 'pronoun': {
      // "you" and a narrator's "we" speak for people in general, not for someone the text names.
      if (/^(?:you|we|us|our)$/u.test(reading.word)) return newEntity(phrase, phrase, 'unnamed-group', true);
      if (/^(?:i|me|my)$/u.test(reading.word) && writerSpeaks(text, start)) return writer(phrase);
      const pair = reading.word === 'they' ? conjoinedPair(text, start, content, timeline) : null;
      if (pair) return pair;
      // ("BRUSSELS — The European Commission fined …, it said": a body opening the claim before "it" is what "it" means)
      const resolved = bodyOpeningClaim(text, reading.word, start, content, timeline) ??
        resolvePronoun(reading.word, start, content, timeline, text) ?? antecedentInClaim(reading.word, start, content, timeline);
      if (resolved !== null) learnGenderFromPronoun(resolved, reading.word, start, content, timeline);
      // "Three students … One said": one member of an unnamed group is one unnamed person
      if (resolved) {
        if (reading.word !== 'one') return resolved;
        // ("The other said" right after "One of the officials said": not that one, another of the same kind)
        // (or the anonymous group itself, which "One of the officials" may have been read as)
        if (/^the other$/iu.test(phrase) && (/^one\b/iu.test(resolved.name) || (resolved.plural && resolved.type === 'anonymous-source'))) return newEntity(phrase, phrase, resolved.type, false);
        return resolved.type === 'unnamed-group' ? newEntity(resolved.name, resolved.description, 'unnamed-person', false) : resolved;
      }
      const plural = /^(?:they|them|their|we|us|our)$/u.test(reading.word);
      const neuter = /^(?:it|its|this|that|which)$/u.test(reading.word);
      // an unresolved "one" is someone the text does not name
      const unresolved = newEntity(phrase, phrase, plural ? 'unnamed-group' : neuter ? 'named-organization' : reading.word === 'one' ? 'unnamed-person' : 'named-person', plural);
      if (PERSONAL_OR_BODY_PRONOUNS.has(reading.word)) UNRESOLVED.add(unresolved);
      return unresolved;
    }
    case 'name': {
      // a court case by its parties ("Allen v. Milligan", "Roe v. Wade"): its ruling, a document
      if (isCaseName(shortName)) return newEntity(shortName, description, 'document', false);
      const joined = joinedNames(text, start, end, timeline);
      if (joined) return joined;
      // "The Defence Secretary, Yvonne Achter,": an office written as a name, then the person who holds it
      const holder = officeHolder(phrase, start, end, timeline);
      if (holder) return holder;
      // a name after its office ("U.S. Secretary of State Antony Blinken") is the mention, not the office
      const words = shortName.replace(/^(?:the|The)\s+/u, '').split(/\s+/u);
      // a title-case headline's "City Comptroller Warns": the comptroller the story names
      const role = words[words.length - 1].toLowerCase();
      const ahead = PERSON_ROLE_NOUNS.has(role) ? headlineReferent(text, start, end, role, timeline) : null;
      if (ahead) return ahead;
      const mention = timeline.covering(reading.headStart) ?? timeline.findBack(end, [], (m) => m.start > start && m.end <= end && m.name === true && m.entity.type === 'named-person');
      if (mention) return mention.entity;
      // "Engineers said": a capitalised role plural the text never uses as a name is a group.
      if (words.length === 1 && isRolePlural(words[0]) && classifyNameWords(words) === 'unknown') {
        return newEntity(shortName, description, ANONYMITY_CUE.test(after.slice(0, 120)) ? 'anonymous-source' : 'unnamed-group', true);
      }
      return newEntity(shortName, description, nameKindType(classifyNameWords(words)), false);
    }
    case 'refer': {
      // ("Ireland's aviation regulator fined …, the regulator said": the claim's own opening)
      const opening = /^the\s+\p{L}+$/iu.test(shortName) ? describedOpeningClaim(text, reading.head, start, content) : null;
      if (opening) return newEntity(opening, opening, reading.fallback, reading.plural);
      const resolved = resolveDescription(reading.head, start, content, timeline, text);
      if (resolved && (SPOKES_NOUNS.has(reading.head) || compatible(resolved, reading.fallback, reading.plural)) && canBe(shortName, reading.head, resolved, start, content, timeline, text) &&
        !isKeptUnnamed(phrase, resolved) && !isOthersKin(text, shortName, reading.head, resolved)) {
        // "The midwife, who did not want to be identified," of "a midwife who has worked there …": kept unnamed on purpose, said at a later mention
        if (reading.fallback === 'anonymous-source' && (resolved.type === 'unnamed-person' || resolved.type === 'unnamed-group')) keptUnnamed.add(resolved);
        return resolved;
      }
      return headlineReferent(text, start, end, reading.head, timeline) ?? newEntity(shortName, description, reading.fallback, reading.plural);
    }
    case 'typed':
      return typedEntity({ text, phrase, shortName, description, start, end, content, timeline }, reading);
    case 'loose': {
      // ("The command said" after "U.S. Space Command": a head no lexicon holds, the one body named with that word)
      const word = /^the\s+(\p{Ll}+)$/iu.exec(phrase)?.[1];
      const body = word === undefined ? null : timeline.bodyNamedWith(word, start);
      if (body) return body.entity;
      // ("According to the auction house" after "the auction house Hartley's": a trade's house the text named)
      const house = /^[Tt]he\s+\p{Ll}+\s+house$/u.test(phrase) ? resolveDescription('house', start, content, timeline, text) : null;
      if (house && house.type === 'named-organization') return house;
      // (a name inside comes first: "a count by The Associated Press" is the AP's)
      return nameInside(span, timeline) === null ? indefiniteEntity(phrase, description) : null;
    }
  }
}


/** Whether the phrase says its source is kept unnamed while the referent found is someone the text named: that cannot be the same person. */
function isKeptUnnamed(phrase: string, resolved: Entity): boolean {
  return (resolved.type === 'named-person' || resolved.type === 'named-organization') && KEPT_UNNAMED.test(phrase);
}

/** Kin nouns no gender tells (name-gender.ts has those of one gender): "his cousin", "their parents". */
const OTHER_KIN_HEADS: ReadonlySet<string> = new Set(['cousin', 'parent', 'parents', 'partner', 'fiance', 'fiancé', 'fiancee', 'fiancée']);

/**
 * Whether "his cousin" (a possessive and a kin noun) was resolved to a named person the text never
 * described with that noun: the relative of someone, left unnamed, is not the nearest named person
 * ("José Manuel Trigo, a union organiser … his cousin told Efe").
 */
function isOthersKin(text: string, shortName: string, head: string, resolved: Entity): boolean {
  if (!(isKinNoun(head) || OTHER_KIN_HEADS.has(head)) || !/^(?:his|her|their)\s/iu.test(shortName) || resolved.type !== 'named-person') return false;
  if (headPattern(head).test(resolved.description)) return false;
  // (the text may give the noun and the name side by side: "She is survived by a son, Michael Bennett")
  const name = resolved.name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return !new RegExp(`\\b${head},?\\s+${name}|${name},\\s+(?:[\\p{L}'’-]+\\s+){0,2}${head}\\b`, 'iu').test(text);
}

/** Whether the phrase is a family or household "of" someone before its first comma: what follows the comma is about that someone. */
function familyOfSomeone(phrase: string, head: string): boolean {
  return KIN_COLLECTIVES.has(head) && new RegExp(`\\b${head}\\s+of\\s`, 'iu').test(phrase.slice(0, phrase.indexOf(',')));
}
