/**
 * Source typing: for every attribution, what kind of source speaks (named person, organisation,
 * document, or one of the three anonymous kinds) and who it is once pronouns and second
 * mentions are resolved. The text is indexed once; each source then looks back a bounded way.
 */
import { isShareOfPeople, shareType } from './share-sources';
import type { AttributionSpans, ResolvedSource, SourceType, Span } from './types';
import type { Entity } from './source-entity';
import { classifyNameWords, nameKindType, newEntity } from './source-entity';
import { indexNames } from './source-names';
import { indexUnnamedMentions } from './source-nouns';
import { readPhraseRemembered, readRolePluralOpening, type PhraseMemo } from './source-phrase-memo';
import { describeAfter } from './source-description';
import { ANONYMITY_CUE, PERSON_ROLE_NOUNS, SPOKES_NOUNS } from './source-lexicon';
import { isOrganisationNoun, isPersonOrBodyRole } from './source-lexicon-bodies';
import { learnGenderFromClaim, learnGenderFromPronoun } from './name-gender';
import { compatible, isRolePlural } from './source-kinds';
import { resolvePronoun } from './coreference';
import { resolveDescription } from './description-coreference';
import { MentionTimeline } from './mention-timeline';
import { adoptQuoteSpeakers } from './source-first-person';
import { apposedBody, apposedName, conjoinedPair, cueSubject } from './source-nearby';
import { subjectSourceSpan } from './subject-span';
import { interviewee, interviewer, interviewSide } from './interview-roles';
import { isAnswerCue, isInterviewee } from './unlabelled-interview';
import { canBe } from './description-fit';
import { apposedPair, isPairOfPeople, joinedNames, namedPair } from './group-reference';
import { isWriter, writer, writerSpeaks } from './writer-voice';
import { headlinePhrase } from './headline-case';
import { indefiniteEntity, looseEntity, nameInside, sourcelessEntity } from './source-loose';
import { headlineReferent } from './headline-referent';
import { isCaseName, shortNameOf, sourceWords } from './source-span-words';
import { wholeNameSpan } from './whole-name-span';
import { officeHolder } from './office-holder';
import { isAgentlessPassive } from './agentless-passive';
import { isListenerSubject } from './listener-sources';
import { typedEntity } from './typed-source';
import { markAnonymousAfter } from './anonymity-after';
import { sectionHeadLabels } from './colon-labels';
import { antecedentInClaim, bodyOpeningClaim, describedOpeningClaim } from './claim-antecedent';

/** One described source, in the order of `found`. */
export interface DescribedSource {
  sourceType: SourceType;
  resolvedSource: ResolvedSource;
  /** For a reading with no source span, the words of its own sentence that name the speaker (subject-span.ts). */
  subjectSpan?: Span;
  /** For a source span that is the tail of a name ("Light" of "Florida Power and Light"), the whole name's span. */
  wholeNameSpan?: Span;
}


/** A question put by someone the sentence does not name, in a fronted participle ("Asked about the delay, …"). */
const ASKED_OPENING = /^Asked\b/u;
/** Cues of putting questions to someone: the asker of a following "Asked …," is that speaker. */
const QUESTIONING = /\b(?:asked|asks|pressed|presses|questioned|questions|quizzed|grilled|challenged|cross-examined)\b/iu;

/** Between a subject and its cue: only auxiliaries and adverbs ("can be heard", "also"). */
const SUBJECT_RIGHT_BEFORE = /^\s+(?:(?:can|could|will|would|may|might|must|should|be|been|being|is|was|are|were|has|have|had|also|later|then|again|\p{Ll}+ly)\s+)*$/u;

/** The entities made for a pronoun the look-back found no one for: no one a later "the minister" could be. */
const UNRESOLVED = new WeakSet<Entity>();
/** The pronouns whose unresolved entity is kept off the timeline ("one", "this" and the like stay as they were). */
const PERSONAL_OR_BODY_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them']);

/** Types each found source so the reader can tell named from anonymous sourcing at a glance. */
export function describeSources(text: string, found: AttributionSpans[]): DescribedSource[] {
  const names = indexNames(text);
  const readings: PhraseMemo = new Map(); // the noun scan and the sources read many of the same phrases
  // a digest's section heads part its items, and their labels ("PERU:") name no one
  const heads = sectionHeadLabels(text);
  const mentions = heads.length === 0 ? names.mentions : names.mentions.filter((m) => !heads.some((h) => m.start >= h.start && m.end <= h.end));
  const timeline = new MentionTimeline([...mentions, ...indexUnnamedMentions(text, readings)], heads.map((h) => h.start));
  const anchor = (f: AttributionSpans): number => f.source?.start ?? f.cue?.start ?? f.content[0]?.start ?? 0;
  const order = found.map((_, i) => i).sort((a, b) => anchor(found[a]) - anchor(found[b]));
  const out: DescribedSource[] = new Array<DescribedSource>(found.length);
  const entities: Entity[] = new Array<Entity>(found.length);
  let previous: { entity: Entity; end: number; questioned: boolean } | null = null;
  let answering: Entity | undefined;
  const keptUnnamed = new Set<Entity>();
  for (const i of order) {
    const f = found[i];
    let entity: Entity;
    let subjectSpan: Span | undefined;
    let wholeName: Span | undefined;
    const side = f.source ? interviewSide(text, f.source) : isAnswerCue(text, f.cue) ? 'A' : null;
    if (side !== null) {
      // a printed interview's turn: the answers are the interviewee's, whom a later "I" or "she" means
      // (an answer with no label is marked by its question's mark: the interviewee is named before it)
      const at = f.source ?? f.cue!;
      entity = side === 'Q' ? interviewer() : (answering ??= interviewee(text, names.mentions, at.start));
      timeline.add({ start: at.start, end: at.end, entity, spoke: true });
    } else if (f.source && isInterviewee(text, f.source, found)) {
      // an unlabelled interview's "I" in an answer and "you" in a question: the one interviewed
      entity = answering ??= interviewee(text, names.mentions, f.source.start);
    } else if (f.source) {
      const typed = sourceEntity(text, f.source, f.content, timeline, readings, keptUnnamed);
      const named = typed ? null : nameInside(f.source, timeline);
      entity = typed ?? named ?? looseEntity(f.source, f.content, timeline, previous);
      wholeName = typed ? wholeNameSpan(text, f.source, f.content, timeline) : undefined;
      // a source read whole, or one whose own words name someone ("The head of the weather office,
      // Dr Fiona Gallacher,"): that one has spoken, so a later "she" keeps to them
      // (not a pronoun no one was found for: "he" names no one a later "the minister" could be)
      if ((typed || named) && !isWriter(entity) && !UNRESOLVED.has(entity)) {
        if (entity.type === 'named-person') entity.person = true;
        // ("Hollis Nakagawa-Reyes, 68, said she had …": the text's "she" tells her gender)
        learnGenderFromClaim(entity, text, f.cue, f.content, timeline);
        timeline.add({ start: f.source.start, end: f.source.end, entity, spoke: true });
        previous = { entity, end: f.source.end, questioned: f.cue !== null && QUESTIONING.test(text.slice(f.cue.start, f.cue.end)) };
      }
    } else {
      const subjectFound = f.cue ? cueSubject(text, f.cue, f.content, timeline) : null;
      // ("…, a jury heard": the listener, not a speaker; who spoke goes unnamed)
      const hearing = isListenerSubject(text, subjectFound?.span, f.cue);
      const found = hearing ? null : subjectFound;
      // the reading's own claim never names its speaker ("Asked about |the cabinet|, …")
      const subject = found?.span && f.content.some((c) => c.start < found.span!.end && found.span!.start < c.end) ? null : found;
      // "Asked about the delay, Ruiz said": whoever asked goes unnamed, unless the last speaker was
      // questioning ("Senator Lena Moss pressed the director … Asked whether …, he said")
      const asked = f.cue !== null && ASKED_OPENING.test(text.slice(f.cue.start, f.cue.end));
      // ("is expected to", "was reported": a passive with no agent names no one, not the last speaker)
      const agentless = f.cue !== null && isAgentlessPassive(text, f.cue);
      entity = subject?.entity ?? sourcelessEntity(anchor(f), (asked && previous?.questioned !== true) || agentless || hearing ? null : previous);
      const span = subject?.span && f.cue ? subjectSourceSpan(text, subject.span, f.cue) : null;
      // never words of the reading's own claim
      subjectSpan = span && !f.content.some((c) => c.start < span.end && span.start < c.end) ? span : undefined;
      // a named subject right before its cue has spoken too ("Rakeyia Scott can be heard yelling …"), so a later "she" keeps to them
      if (subject && subjectSpan && f.cue && entity.type === 'named-person' && SUBJECT_RIGHT_BEFORE.test(text.slice(subjectSpan.end, f.cue.start)) && !isWriter(entity) && !UNRESOLVED.has(entity)) {
        if (entity.type === 'named-person') entity.person = true;
        timeline.add({ start: subjectSpan.start, end: subjectSpan.end, entity, spoke: true });
      }
    }
    entities[i] = entity;
    out[i] = {
      sourceType: entity.type,
      resolvedSource: { name: entity.name, description: entity.description, sourceType: entity.type },
      ...(subjectSpan ? { subjectSpan } : {}),
      ...(wholeName ? { wholeNameSpan: wholeName } : {}),
    };
  }
  // a source the next sentence, or a later mention, says was kept unnamed on purpose ("They asked not to be identified")
  markAnonymousAfter(text, found, entities, out, keptUnnamed);
  adoptQuoteSpeakers(text, found, order, out);
  return out;
}


/** The entity a source span stands for (a name, a resolved mention, a new one); null if unreadable. An unnamed one a later mention says is kept unnamed on purpose goes into `keptUnnamed`. */
function sourceEntity(text: string, span: Span, content: Span[], timeline: MentionTimeline, readings: PhraseMemo, keptUnnamed: Set<Entity>): Entity | null {
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
  if ((reading.kind === 'typed' || reading.kind === 'refer') && phrase.includes(',') && !(reading.kind === 'typed' && reading.type === 'document')) {
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
      if (resolved && (SPOKES_NOUNS.has(reading.head) || compatible(resolved, reading.fallback, reading.plural)) && canBe(shortName, reading.head, resolved, start, content, timeline, text)) {
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
      // (a name inside comes first: "a count by The Associated Press" is the AP's)
      return nameInside(span, timeline) === null ? indefiniteEntity(phrase, description) : null;
    }
  }
}
