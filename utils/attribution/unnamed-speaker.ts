/**
 * "A witness … told the Gazette she had heard shouting. ‘…,’ the woman said": a plain "the woman"
 * or "the person" is the unnamed person who has just spoken, not the named one the role look-back
 * found, when the unnamed one spoke after the named one was last mentioned or the name lies inside
 * their description ("One patient, a retired bus driver from Ashby, …"); never one the sentence
 * calls by the other sex's pronoun ("A neighbour said he heard …").
 */
import type { Entity, Mention } from './source-entity';
import { SPEAKER_DISTANCE, type MentionTimeline } from './mention-timeline';
import type { Span } from './types';

/** An indefinite first mention ("a witness", "two people"): it introduces someone the text goes on to describe (coreference.ts reads it too). */
export const INTRODUCED = /^(?:a|an|one|another|two|three|four|some|several)\s/iu;

/** Heads that say only that someone is a person: the one who just spoke, named or not. */
export const GENERIC_PERSON_HEADS: ReadonlySet<string> = new Set(['man', 'woman', 'person', 'boy', 'girl']);

/** The other sex's pronouns for a head that tells one ("the woman": he, him, his). */
const OTHER_SEX_PRONOUNS: Record<string, RegExp> = { woman: /\b(?:he|him|his)\b/iu, girl: /\b(?:he|him|his)\b/iu, man: /\b(?:she|her|hers)\b/iu, boy: /\b(?:she|her|hers)\b/iu };

/** The rest of the sentence after `at` (at most 200 units): what a description's own sentence says of it. */
export const sentenceAfter = (text: string, at: number): string => text.slice(at, at + 200).split(/[.!?]["”’]?\s/u, 1)[0];

/** The unnamed speaker a generic head at `pos` means rather than `named` (the look-back's named person, if any); null when none fits. */
export function unnamedSpeakerAfter(head: string, named: Mention | null, pos: number, skip: Span[], timeline: MentionTimeline, text: string): Entity | null {
  const after = named ? named.end : -1;
  const other = OTHER_SEX_PRONOUNS[head];
  const unnamed = timeline.findBack(pos, skip, (m) => m.end >= after && m.spoke === true && !m.entity.plural &&
    (m.entity.type === 'unnamed-person' || m.entity.type === 'anonymous-source') && INTRODUCED.test(m.entity.name) && pos - m.end < SPEAKER_DISTANCE &&
    !(other !== undefined && other.test(sentenceAfter(text, m.end))));
  return unnamed?.entity ?? null;
}
