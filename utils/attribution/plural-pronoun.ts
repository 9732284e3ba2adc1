/**
 * "They" in news: the group or body that was speaking, not a body named inside its claim ("…,
 * they wrote that the bank was … They forecast"), and the people of a phrase a firm is named in
 * ("Analysts at Corrigan Securities … they wrote"), not the firm.
 */
import type { Entity, Mention } from './source-entity';
import { SPEAKER_DISTANCE, type MentionTimeline } from './mention-timeline';
import { opensSentenceBefore } from './subject-turn';
import { SENTENCE_BREAK } from './sentences';
import type { Span } from './types';

/** A link from people to the body they belong to ("Analysts at", "lawyers for the"). */
const LINK_TO_BODY = /^\s+(?:at|from|for|of)\s+(?:the\s+)?$/u;

/** A group of people the text has not named: those who work at a body named right after them. */
const isPeopleGroup = (e: Entity): boolean => e.plural && (e.type === 'unnamed-group' || e.type === 'anonymous-source');

/**
 * What "they" (or "them", "their") means, given the nearest mention `found` the look-back took
 * with `accept`: the group or body that spoke last (no one else since), when `found` lies in that
 * speaker's own sentence and the text did not turn to it; else `found`. A firm named right after a
 * group of people stands for those people.
 */
export function pluralReferent(found: Mention | null, pos: number, skip: Span[], timeline: MentionTimeline, text: string, accept: (m: Mention) => boolean): Mention | null {
  if (found === null) return null;
  let out = found;
  if (found.spoke !== true && text !== '') {
    // the last one to speak, if a group or body ("Diaz said. …, they said" is no group's turn)
    const speaker = timeline.findBack(pos, skip, (m) => m.spoke === true && pos - m.end < SPEAKER_DISTANCE);
    // and only over a mention in the speaker's own sentence, inside what it said ("… said the bank
    // was … They forecast"): a group a later sentence brings in is the one meant ("On Friday, striking doctors …")
    if (speaker !== null && accept(speaker) && speaker.entity !== found.entity && speaker.end <= found.start && !SENTENCE_BREAK.test(text.slice(speaker.end, found.start)) &&
      !opensSentenceBefore(text, found, pos)) out = speaker;
  }
  if (out.entity.type === 'named-organization' && text !== '') {
    const before = timeline.findBack(out.start, [], () => true);
    if (before !== null && isPeopleGroup(before.entity) && LINK_TO_BODY.test(text.slice(before.end, out.start))) out = before;
  }
  return out;
}
