/**
 * Source typing: for every attribution, what kind of source speaks (named person, organisation,
 * document, or one of the three anonymous kinds) and who it is once pronouns and second
 * mentions are resolved. The text is indexed once; each source then looks back a bounded way.
 */
import type { AttributionSpans, ResolvedSource, SourceType, Span } from './types';
import type { Entity } from './source-entity';
import { indexNames } from './source-names';
import { indexUnnamedMentions } from './source-nouns';
import { type PhraseMemo } from './source-phrase-memo';
import { learnGenderFromClaim } from './name-gender';
import { MentionTimeline } from './mention-timeline';
import { nameLedeRolesLater } from './lede-role-named-later';
import { adoptQuoteSpeakers } from './source-first-person';
import { cueSubject } from './source-nearby';
import { subjectSourceSpan } from './subject-span';
import { interviewee, interviewer, interviewSide } from './interview-roles';
import { isAnswerCue, isInterviewee } from './unlabelled-interview';
import { isWriter } from './writer-voice';
import { looseEntity, nameInside, sourcelessEntity } from './source-loose';
import { wholeNameSpan } from './whole-name-span';
import { isAgentlessPassive } from './agentless-passive';
import { isListenerSubject } from './listener-sources';
import { markAnonymousAfter } from './anonymity-after';
import { sectionHeadLabels } from './colon-labels';
import { isUnresolved, sourceEntity } from './span-entity';

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
      if ((typed || named) && !isWriter(entity) && !isUnresolved(entity)) {
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
      if (subject && subjectSpan && f.cue && entity.type === 'named-person' && SUBJECT_RIGHT_BEFORE.test(text.slice(subjectSpan.end, f.cue.start)) && !isWriter(entity) && !isUnresolved(entity)) {
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
  // "…, a coroner has concluded." and the coroner named further on: the lede's source is that person
  nameLedeRolesLater(text, found, entities, out, mentions);
  adoptQuoteSpeakers(text, found, order, out);
  return out;
}
