/**
 * What an "it" that speaks stands for, once the look-back found its nearest antecedent: news keeps
 * its current speaker ("the company said … on its network … It said" is the company), and a
 * document is often only the medium a body spoke in ("The ministry said in a statement … It accused").
 */
import type { Mention } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import type { Span } from './types';
import { SENTENCE_BREAK } from './sentences';

/** How far back a body that spoke is still the "it" that speaks next. */
const CURRENT_SPEAKER_REACH = 300;

/**
 * The antecedent of a speaking "it": a body that just spoke over a thing named since that never
 * spoke (not over a document, which may speak itself, nor a second mention of a body), then the
 * body behind a document (`bodyBehindDocument`). `accept` is the pronoun's filter.
 */
export function itAntecedent(text: string, found: Mention, pos: number, skip: Span[], timeline: MentionTimeline, accept: (m: Mention) => boolean): Mention {
  let it = found;
  if (it.name !== true && it.refer === undefined && it.spoke !== true && it.entity.type !== 'document') {
    it = timeline.findBack(pos, skip, (m) => m.spoke === true && pos - m.end < CURRENT_SPEAKER_REACH && m.entity.type === 'named-organization' && !m.entity.plural && accept(m)) ?? it;
  }
  return bodyBehindDocument(text, it, skip, timeline);
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
