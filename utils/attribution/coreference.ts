/**
 * Finds what a pronoun or a second mention ("he", "they", "the newspaper", "the official")
 * stands for by walking back over indexed mentions from the source, a bounded number of steps,
 * so a reader sees "Ana Ruiz, a ministry spokeswoman" instead of "she".
 */
import type { Entity, Mention } from './source-entity';
import { introducedAsKin, ONE_SENTENCE_ON, opensSentenceBefore, quoteIsAbout } from './subject-turn';
import { SENTENCE_BREAK } from './sentences';
import { SPEAKER_DISTANCE, type MentionTimeline } from './mention-timeline';
import type { Span } from './types';
import { ANONYMITY_CUE, PLURAL_VERB_AFTER } from './source-lexicon';
import { QUOTATIONS } from './quote-extent';
import { preferTopic } from './topic-person';
import { askersAt, isAskerFor } from './asked-by';
import { sentenceAfter } from './unnamed-speaker';
import { pluralReferent } from './plural-pronoun';
import { itAntecedent, subjectOfSentenceBefore } from './it-antecedent';
import { resolveDescription } from './description-coreference';
import { spokespersonSince } from './spokesperson-since';

/** One person: named or not, or a spokesperson typed as the body they speak for (`person` set), whom a later "she" means. */
const isPerson = (e: Entity): boolean =>
  !e.plural && (e.type === 'named-person' || e.type === 'unnamed-person' || e.type === 'anonymous-source' || (e.type === 'named-organization' && e.person === true));

/** A person a "he" can point to: a named one, or an unnamed one who has spoken or was referred to. */
const isSpeaker = (e: Entity, m: Mention): boolean =>
  isPerson(e) && ((e.type === 'named-person' && e.person === true) || m.spoke === true || m.refer !== undefined);
/** Second chance for "he": any capitalised name not known to be a body. */
const isAnyPerson = (e: Entity): boolean => isPerson(e) && e.type === 'named-person';

/** Relative pronouns: about the name right before them, asker or not. */
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** A clause joined by a conjunction after a comma, right before a mention ("…, and | Whitfield was asked"). */
const CLAUSE_JOIN_BEFORE = /[,;]\s+(?:and|but|while|as)\s+$/u;

/**
 * "Harwick have won five games, and Whitfield was asked whether … He refused": a person known as
 * one, by a full name of known gender, who is the subject of the previous sentence's last clause is whom the story
 * has turned to (never a town whose name once read as a person's: "…, and Clarkston became his home").
 */
function opensLastClause(text: string, m: Mention, pos: number): boolean {
  return text !== '' && m.entity.person === true && m.entity.gender !== null && m.entity.name.includes(' ') && pos - m.end < 300 && CLAUSE_JOIN_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && ONE_SENTENCE_ON.test(text.slice(m.end, pos).replace(QUOTATIONS, ''));
}

/** A comma and at most three lower-case words of role between a description and the name set beside it. */
const APPOSED_NAME_GAP = /^,\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

/** Only a comma and spaces between a phrase and the relative pronoun after it. */
const ADJOINING = /^\s*,?\s*$/u;

const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'i', 'me', 'my']);

/** The antecedents each kind of pronoun can take, made once (not a closure per pronoun, whose code a full GC would throw away). */
const MALE_SPEAKER = (e: Entity, m: Mention): boolean => isSpeaker(e, m) && e.gender !== 'f';
const FEMALE_SPEAKER = (e: Entity, m: Mention): boolean => isSpeaker(e, m) && e.gender !== 'm';
const NOT_DOCUMENT = (e: Entity): boolean => e.type !== 'document';
const GROUP_OR_BODY = (e: Entity): boolean => e.plural || e.type === 'named-organization' || e.type === 'unnamed-group';
const BODY_OR_DOCUMENT = (e: Entity): boolean => !e.plural && (e.type === 'named-organization' || e.type === 'document');
/** "Two senior players said … One described": one of a group of people just mentioned. */
const ONE_OF_GROUP = (e: Entity): boolean => e.plural && (e.type === 'anonymous-source' || e.type === 'unnamed-group');
/** "who" is for people: bodies take "which", and a bare capitalised place is no one. */
const WHO_ANTECEDENT = (e: Entity): boolean => e.type !== 'document' && e.type !== 'named-organization' && (e.type !== 'named-person' || e.person === true);

/** Which antecedents a pronoun can take; null for pronouns that never point back ("you"). */
function pronounFilter(word: string): ((e: Entity, m: Mention) => boolean) | null {
  switch (word) {
    case 'he': case 'him': case 'his':
      return MALE_SPEAKER;
    case 'she': case 'her': case 'hers':
      return FEMALE_SPEAKER;
    case 'i': case 'me': case 'my':
      return isSpeaker;
    case 'we': case 'us': case 'our':
      return NOT_DOCUMENT;
    case 'they': case 'them': case 'their':
      return GROUP_OR_BODY;
    case 'it': case 'its': case 'this': case 'that': case 'which':
      return BODY_OR_DOCUMENT;
    case 'one':
      return ONE_OF_GROUP;
    case 'who': case 'whom': case 'whose':
      return WHO_ANTECEDENT;
    default:
      return null;
  }
}

/** The name an unnamed mention is apposed to ("the Muhammad Ali Center, |a downtown museum| that …"): what a relative pronoun after it describes. */
function apposedName(m: Mention, timeline: MentionTimeline, text: string): Mention | null {
  if (m.name === true || text === '') return null;
  const named = timeline.findBack(m.start, [], (x) => m.start - x.end <= 2);
  // (a person's name beside the role describing them: "Grace Lindley, |a second-year music student|, who")
  const sameKind = named !== null && (named.entity.type === m.entity.type || (named.entity.type === 'named-person' && m.entity.type === 'unnamed-person'));
  return sameKind && named!.name === true && text.slice(named!.end, m.start) === ', ' ? named : null;
}

/** Whether an unnamed speaker's mention stands in the same paragraph as `pos`, with no person named between them. */
function speaksOnInParagraph(text: string, m: Mention, pos: number, skip: Span[], timeline: MentionTimeline): boolean {
  if (text === '' || text.slice(m.end, pos).includes('\n')) return false;
  return timeline.findBack(pos, skip, (x) => x.start >= m.end && x.name === true && x.entity.type === 'named-person') === null;
}

/** The entity a pronoun stands for, or null when nothing fits within the window; `text` lets "it" see the medium a body spoke in. */
export function resolvePronoun(word: string, pos: number, skip: Span[], timeline: MentionTimeline, text = ''): Entity | null {
  const filter = pronounFilter(word);
  if (!filter) return null;
  // the one who asked is not the one answering; a relative pronoun right after the asker is about them
  const askers = RELATIVE_PRONOUNS.has(word) ? new Map<Entity, 'm' | 'f' | null>() : askersAt(text, pos, timeline);
  const gender = word === 'he' || word === 'him' || word === 'his' ? 'm' : word === 'she' || word === 'her' || word === 'hers' ? 'f' : null;
  const accept = (e: Entity, m: Mention) => filter(e, m) && !isAskerFor(askers, e, gender);
  let found: Mention | null = null;
  if (word === 'who' || word === 'whom' || word === 'whose' || word === 'which' || word === 'that') {
    const near = timeline.findBack(pos, [], (m) => pos - m.end < 60);
    // (or a phrase right before the comma, whatever its type: "according to a police spokesman, who said")
    // (an unnamed one: a place or body named after "of" is no one's antecedent: "Sen. Ted Cruz of Texas, who")
    // ("which" only after a group or a body: "Environmental groups, which argue …")
    const adjoining = near !== null && near.name !== true && near.entity.type !== 'document' && (word !== 'which' || near.entity.type === 'unnamed-group' || near.entity.type === 'named-organization') &&
      text !== '' && ADJOINING.test(text.slice(near.end, pos));
    if (near && (accept(near.entity, near) || word === 'that' || near.refer || adjoining)) found = apposedName(near, timeline, text) ?? near;
  }
  if (!found && PERSONAL.has(word)) {
    // News keeps its current speaker: "Ruiz said X. ... She added" means Ruiz even past other names.
    // One walk: the nearest accepted mention comes first, the speaker at it or further back.
    let nearest: Mention | null = null, unnamedSpeaker: Mention | null = null;
    const speaker = timeline.findBack(pos, skip, (m) => {
      if (!accept(m.entity, m)) return false;
      nearest ??= m;
      if (m.spoke === true && (m.entity.type === 'unnamed-person' || m.entity.type === 'anonymous-source')) unnamedSpeaker ??= m;
      return m.spoke === true && m.entity.type === 'named-person' && pos - m.end < SPEAKER_DISTANCE;
    });
    const near = nearest as Mention | null;
    const quoted = skip.map((s) => text.slice(s.start, s.end)).join(' ');
    const turnsTo = (m: Mention) => (opensSentenceBefore(text, m, pos) || opensLastClause(text, m, pos) || introducedAsKin(text, m, pos, gender, speaker?.end ?? 0)) && !quoteIsAbout(quoted, word, m.entity);
    found = speaker && near && near.entity !== speaker.entity && near.spoke !== true && !turnsTo(near) ? speaker : near;
    // a name the text has just turned to, even one not known as a person's ("Salote Fanua wept …")
    if (found && speaker && found.entity === speaker.entity && text !== '') {
      // (not a name taking a plural verb, a team's or firm's in British style: "Harwick have now won five")
      const turnedTo = timeline.findBack(pos, skip, (m) => m.end > speaker.end && isAnyPerson(m.entity) && accept({ ...m.entity, person: true }, m) && turnsTo(m) &&
        !PLURAL_VERB_AFTER.test(text.slice(m.end, m.end + 16)));
      if (turnedTo && turnedTo.entity !== speaker.entity) found = turnedTo;
    }
    // "A teacher, who declined to give her name, told the board …. She said": an unnamed speaker
    // who spoke since the named one, in the pronoun's paragraph, with no one named after them
    const unnamed = unnamedSpeaker as Mention | null;
    if (found && speaker && found.entity === speaker.entity && unnamed && unnamed.start > speaker.end && speaksOnInParagraph(text, unnamed, pos, skip, timeline)) found = unnamed;
    // ("A man searching for his brother said …. '…,' he said": not "his brother", a noun inside the speaker's own words)
    if (found && found.spoke !== true && unnamed && unnamed.start <= found.start && unnamed.end >= found.end && unnamed.entity !== found.entity) found = unnamed;
  } else {
    found ??= timeline.findBack(pos, skip, (m) => accept(m.entity, m));
    if (word === 'they' || word === 'them' || word === 'their') found = pluralReferent(found, pos, skip, timeline, text, (m) => accept(m.entity, m));
    // ("The files, … were obtained … and shared with the ICIJ. They show …": the sentence before's plural subject)
    if (found && word === 'they') found = subjectOfSentenceBefore(text, found, pos, timeline, (m) => (m.entity.plural || (m.entity.type === 'document' && /s$/u.test(m.entity.name))) && accept(m.entity, m)) ?? found;
    // "Another said" after "…, the people said": the group as it spoke (its source mention, with
    // the group it refers back to), not the bare words of the same span; a group named in between
    // stays the answer ("Hundreds of protesters gathered. One of them said …")
    if (found && word === 'one') {
      const at = found;
      if (at.spoke !== true) found = timeline.findBack(pos, skip, (m) => m.spoke === true && m.start <= at.start && m.end >= at.end && accept(m.entity, m)) ?? found;
      // ("Two diplomats said …, which engineers say …. One of them said": a group later in a speaking group's own sentence is in its claim)
      // (not a trailing source, whose claim holds the group before it: "Two members argued …, according to two people familiar …")
      if (text !== '' && !TRAILING_SOURCE_BEFORE.test(text.slice(Math.max(0, at.start - 20), at.start))) {
        found = timeline.findBack(at.start, skip, (m) => m.spoke === true && m.end <= at.start && accept(m.entity, m) && !breaksSentence(text.slice(m.end, at.start))) ?? found;
      }
    }
  }
  if (found && word === 'it') found = itAntecedent(text, found, pos, skip, timeline, (m) => accept(m.entity, m));
  // "A Department for Transport spokesman said …. He said": the spokesperson who spoke since, typed as the body
  if (found && gender !== null && text !== '') found = spokespersonSince(text, found, gender, pos, skip, timeline) ?? found;
  // a spokesperson's own claim introduced someone ("a 34-year-old man had been arrested. He told officers …"): "he" is more likely them, so not the spokesperson
  if (found && PERSONAL.has(word) && found.entity.type === 'named-organization' && timeline.findBack(pos, skip, (m) => m.start >= found!.end && m.entity.type === 'unnamed-person' && !m.entity.plural) !== null) return null;
  if (!found && PERSONAL.has(word)) found = timeline.findBack(pos, skip, (m) => isAnyPerson(m.entity) && accept({ ...m.entity, person: true }, m));
  if (!found) return null;
  if (found.refer === undefined) return gender !== null ? preferTopic(found.entity, gender, pos, text, timeline) : found.entity;
  // a second mention that opened a source ("Her colleague, a staff nurse who …, said"): whom that source was read as
  const spoken = timeline.findBack(pos, skip, (m) => m.spoke === true && m.start === found!.start);
  if (spoken) return spoken.entity;
  // a description with a name set beside it ("The third candidate, environmental campaigner Jun Oyelaran,"): that name
  const apposed = text === '' || gender === null || found.entity.type === 'document' ? null : timeline.findForward(found.end, 48, (m) => m.name === true && m.entity.type === 'named-person' && APPOSED_NAME_GAP.test(text.slice(found!.end, m.start)));
  if (apposed) return apposed.entity;
  // ("The woman, who left …, spoke to The AP on condition of anonymity because she said …": kept unnamed on purpose, no earlier name)
  if (text !== '' && ANONYMITY_CUE.test(sentenceAfter(text, found.end))) return found.entity;
  // ("The only eyewitness who identified Dell at trial, a customer …": a description the text completes in place introduces someone new)
  // (not one set beside a name before it: "Rep. Joe Wilson, the South Carolina congressman who …")
  // (nor a predicate: "Sanders … was the only major candidate who skipped …")
  if (text !== '' && DESCRIBED_IN_PLACE.test(text.slice(found.end, found.end + 12)) && !NAMED_OR_PREDICATE_BEFORE.test(text.slice(Math.max(0, found.start - 12), found.start))) return found.entity;
  return resolveDescription(found.refer, found.start, skip, timeline, text) ?? found.entity;
}

/** A relative clause or an indefinite apposition right after a description: it says who is meant. */
const DESCRIBED_IN_PLACE = /^(?:\s+who\s|,\s+(?:a|an)\s)/u;
/** A comma after a name, or a copula, right before a description: it describes someone already named. */
const NAMED_OR_PREDICATE_BEFORE = /(?:,|\b(?:was|is|were|are|became|becomes|remains|remained))\s+$/u;
/** What opens a source that trails its claim: "according to", or a comma. */
const TRAILING_SOURCE_BEFORE = /(?:according\s+to|,)\s+$/u;
/** A sentence's end or a line break between two mentions. */
const breaksSentence = (between: string): boolean => SENTENCE_BREAK.test(between) || between.includes('\n');

