/**
 * What an "it" that speaks stands for, once the look-back found its nearest antecedent: news keeps
 * its current speaker ("the company said … on its network … It said" is the company), and a
 * document is often only the medium a body spoke in ("The ministry said in a statement … It accused").
 */
import type { Mention } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import type { Span } from './types';
import { SENTENCE_BREAK, sentenceOpeningBefore } from './sentences';

/** How far back a body that spoke is still the "it" that speaks next. */
const CURRENT_SPEAKER_REACH = 300;

/**
 * The antecedent of a speaking "it": a body that just spoke over a thing named since that never
 * spoke (not over a document, which may speak itself, nor a second mention of a body), then the
 * body behind a document (`bodyBehindDocument`). `accept` is the pronoun's filter.
 */
export function itAntecedent(text: string, found: Mention, pos: number, skip: Span[], timeline: MentionTimeline, accept: (m: Mention) => boolean): Mention {
  let it = subjectOfOwnSentence(text, pos, timeline, accept) ?? subjectOfSentenceBefore(text, found, pos, timeline, accept) ?? found;
  // (a name too, when it only stands in the speaker's sentence after the verb: "Starline Events said in a
  // statement posted on Facebook that …. It said")
  if ((it.name !== true || afterSpeakerInItsSentence(text, it, timeline)) && it.refer === undefined && it.spoke !== true && it.entity.type !== 'document') {
    it = timeline.findBack(pos, skip, (m) => m.spoke === true && pos - m.end < CURRENT_SPEAKER_REACH && m.entity.type === 'named-organization' && !m.entity.plural && accept(m)) ?? it;
  }
  return bodyBehindDocument(text, it, skip, timeline);
}

/** Whether a named body that never spoke stands in the same sentence after a body that spoke (so is no subject the story turned to). */
function afterSpeakerInItsSentence(text: string, m: Mention, timeline: MentionTimeline): boolean {
  if (text === '' || m.entity.type !== 'named-organization') return false;
  const opening = sentenceOpeningBefore(text, m.start);
  if (opening < 0 || opening === m.start) return false;
  const speaker = timeline.findBack(m.start, [], (x) => x.start < opening || (x.spoke === true && x.entity.type === 'named-organization' && x.entity !== m.entity));
  return speaker !== null && speaker.start >= opening;
}

/** A verb in the past and its object's determiner right before a mention ("sent a | letter", "released a | video"). */
const DOCUMENT_AS_OBJECT = /\b\p{Ll}+(?:ed|t)\s+(?:(?:also|later)\s+)?(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** A demonstrative and a noun opening a sentence ("That email,", "This letter was"). */
const DEMONSTRATIVE_SUBJECT = /^(?:That|This)\s+(\p{Ll}+)\b/u;
/** A determiner, or none, before a sentence's subject ("That | email", "The | letter"). */
const SUBJECT_DETERMINER = /^(?:(?:The|That|This|Its|Their|His|Her)\s+)?$/u;

/**
 * "That email, also shown to the inquiry, was sent by a manager who has since retired. It said …":
 * an "it" opening the sentence after one whose subject is a document or a body is that subject,
 * not a thing named later in it (the inquiry); so with "They" after "The files, … were obtained
 * by … and shared with the ICIJ." Null when the sentence before opens otherwise.
 */
export function subjectOfSentenceBefore(text: string, found: Mention, pos: number, timeline: MentionTimeline, accept: (m: Mention) => boolean): Mention | null {
  if (text === '') return null;
  // (a document the sentence before made its verb's object, "The city sent a cease-and-desist letter. It says …", is what "it" means)
  if (found.entity.type === 'document' && DOCUMENT_AS_OBJECT.test(text.slice(Math.max(0, found.start - 40), found.start))) return null;
  // (nor over one who spoke in it: "…, according to the SITE Intelligence Group, which … It said")
  if (found.spoke === true) return null;
  const opening = sentenceOpeningBefore(text, pos);
  if (opening < 0 || text.slice(opening, pos).trim() !== '' || opening < 3) return null;
  const before = sentenceOpeningBefore(text, opening - 2);
  if (before < 0 || before >= found.start) return null;
  let subject = timeline.findForward(before, 12, (m) => m.start >= before && SUBJECT_DETERMINER.test(text.slice(before, m.start)) && accept(m));
  // ("That email" itself unindexed: the email named before, by its noun)
  const demonstrative = subject === null ? DEMONSTRATIVE_SUBJECT.exec(text.slice(before, before + 40)) : null;
  if (demonstrative) {
    const noun = demonstrative[1];
    subject = timeline.findBack(before, [], (m) => before - m.end < 600 && m.entity.type === 'document' && m.entity.name.toLowerCase().endsWith(` ${noun}`) && accept(m));
  }
  // (the subject before the nearest, or around it: "Lawyers for one of the footballers, a former England international,")
  const around = subject !== null && subject.start <= found.start && subject.end >= found.end;
  if (subject === null || (subject.end > found.start && !around) || subject.entity === found.entity || (subject.entity.type !== 'document' && subject.entity.type !== 'named-organization')) return null;
  // (a body that spoke since, "…, according to the SITE Intelligence Group, which … It said", is the one speaking on)
  const spokeSince = timeline.findBack(pos, [], (m) => m.end <= subject!.end || (m.spoke === true && m.entity.type === 'named-organization'));
  return spokeSince !== null && spokeSince.end > subject.end ? null : subject;
}

/** A relative pronoun right before the "it" ("passages that | it says match earlier work"). */
const RELATIVE_BEFORE = /\b(?:that|which)\s+$/u;

/**
 * "The analysis, posted online by …, identifies 38 passages that it says match earlier work": an
 * "it" inside a relative clause is the subject its own sentence opens with, a document or a body,
 * not a body named later in the sentence. Null when the sentence opens otherwise.
 */
function subjectOfOwnSentence(text: string, pos: number, timeline: MentionTimeline, accept: (m: Mention) => boolean): Mention | null {
  if (text === '' || !RELATIVE_BEFORE.test(text.slice(Math.max(0, pos - 8), pos))) return null;
  const opening = sentenceOpeningBefore(text, pos);
  if (opening < 0) return null;
  const subject = timeline.findForward(opening, 12, (m) => m.start >= opening && SUBJECT_DETERMINER.test(text.slice(opening, m.start)) && accept(m));
  return subject !== null && subject.end < pos && (subject.entity.type === 'document' || subject.entity.type === 'named-organization') ? subject : null;
}

/** How far before a document the body behind it may stand: the one that spoke in it, or spoke of it. */
const ISSUER_DISTANCE = 120;
const SPEAKER_BEFORE_DOCUMENT_REACH = 200;
/** "in a statement", "in a letter": a document introduced as the medium of someone's words. */
const IN_MEDIUM = /\bin\s+$/iu;
const INDEFINITE = /^(?:a|an)\s/iu;

/** A single named body ending within `reach` before `pos`, one that has spoken if `spoke`. */
const bodyWithin = (pos: number, reach: number, spoke: boolean) => (m: Mention): boolean =>
  pos - m.end < reach && m.entity.type === 'named-organization' && !m.entity.plural && (!spoke || m.spoke === true);

/**
 * The body behind an "it" whose nearest antecedent is a document: the body that just spoke in it
 * ("The ministry said in a statement that … It accused"), or the body that spoke of it in the same
 * sentence ("The party said it would oppose the bill. It said …"). A document sent or published
 * ("The city sent a letter. It says …"), or one that has spoken itself, stays the antecedent.
 */
function bodyBehindDocument(text: string, found: Mention, skip: Span[], timeline: MentionTimeline): Mention {
  if (found.entity.type !== 'document') return found;
  if (INDEFINITE.test(found.entity.name) && IN_MEDIUM.test(text.slice(Math.max(0, found.start - 4), found.start))) {
    const issuer = timeline.findBack(found.start, skip, bodyWithin(found.start, ISSUER_DISTANCE, false));
    if (issuer) return issuer;
  }
  if (found.spoke === true) return found;
  const speaker = timeline.findBack(found.start, skip, bodyWithin(found.start, SPEAKER_BEFORE_DOCUMENT_REACH, true));
  return speaker && !SENTENCE_BREAK.test(text.slice(speaker.end, found.start)) ? speaker : found;
}
