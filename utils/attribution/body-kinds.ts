/**
 * A description of a body that its name does not share a word with: "the union" for "the Cabin
 * Crew Guild", "the orchestra" for "the Royal Cambrian Philharmonic, a major British orchestra".
 */
import type { MentionTimeline } from './mention-timeline';
import type { Mention } from './source-entity';

/** Words a body's name may use for the kind of body a description's head means ("the union": "… Guild"; "the orchestra": "… Philharmonic"). */
export const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  union: ['guild', 'federation', 'brotherhood', 'confederation', 'syndicate'],
  orchestra: ['philharmonic', 'symphony', 'sinfonia', 'sinfonietta', 'philharmonia'],
  club: ['united', 'rovers', 'wanderers', 'athletic', 'fc', 'albion', 'hotspur', 'rangers', 'celtic', 'city', 'town'],
  university: ['college'],
  bank: ['reserve'],
};

/** The nearest body named with a word of the kind `head` means (bodyNamedWith, for each word). */
export function bodyNamedAsKind(head: string, pos: number, timeline: MentionTimeline): Mention | null {
  let best: Mention | null = null;
  for (const word of KIND_WORDS[head] ?? []) {
    const m = timeline.bodyNamedWith(word, pos);
    if (m && (!best || m.start > best.start)) best = m;
  }
  return best;
}

/** The body's name a description is apposed to ("the Royal Cambrian Philharmonic, a major British orchestra"), if any. */
export function nameApposedTo(m: Mention, timeline: MentionTimeline, text: string): Mention | null {
  if (text === '' || !/,\s+$/u.test(text.slice(Math.max(0, m.start - 3), m.start))) return null;
  const name = timeline.findBack(m.start, [], (x) => x.name === true && x.entity.type === 'named-organization' && x.end <= m.start);
  return name && /^,?\s+$/u.test(text.slice(name.end, m.start)) ? name : null;
}

