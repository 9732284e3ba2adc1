/**
 * "Halvard Motors reported a loss for the quarter, it said.", "Ana Ruiz was elected in 2019, she
 * said.": a pronoun after the claim it closes goes back to the claim's own subject, which the
 * look-back passes over (it never looks inside the reading's claim). Read only when the look-back
 * found no one.
 */
import type { Entity } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import type { Span } from './types';

/** How far into the claim its subject may start, in characters. */
const SUBJECT_REACH = 80;

/** Whether a mention's entity can be what the pronoun means. */
function fits(word: string, entity: Entity): boolean {
  if (word === 'it') return entity.type === 'named-organization' && !entity.person;
  if (word === 'they') return entity.plural || entity.type === 'unnamed-group' || entity.type === 'named-organization';
  if (entity.type !== 'named-person' && entity.type !== 'unnamed-person') return false;
  return entity.gender === null || entity.gender === (word === 'he' ? 'm' : 'f');
}

/** The claim piece that ends right before a postposed pronoun at `start` (a comma and a few words away), if any. */
const claimBefore = (start: number, content: readonly Span[]): Span | undefined => content.find((c) => c.end <= start && start - c.end < 40);

/** The subject of the claim right before a postposed "it", "they", "he" or "she" at `start`, or null. */
export function antecedentInClaim(word: string, start: number, content: readonly Span[], timeline: MentionTimeline, reach = SUBJECT_REACH): Entity | null {
  if (!/^(?:it|they|he|she)$/u.test(word)) return null;
  const claim = claimBefore(start, content);
  if (!claim) return null;
  for (const m of timeline.within(claim.start, Math.min(claim.end, claim.start + reach))) {
    if (m.start >= claim.start && fits(word, m.entity)) return m.entity;
  }
  return null;
}

/**
 * The body that opens the claim right before a postposed "it" ("The European Commission fined …,
 * it said"): its subject, named first, is what "it" means, before anyone the look-back finds.
 * Never inside a quotation ("“… the Joint Staff …,” it read"), whose words are someone else's.
 */
export function bodyOpeningClaim(text: string, word: string, start: number, content: readonly Span[], timeline: MentionTimeline): Entity | null {
  if (word !== 'it') return null;
  const claim = claimBefore(start, content);
  if (!claim || /^["“‘']/u.test(text.slice(claim.start, claim.start + 1))) return null;
  return antecedentInClaim(word, start, [claim], timeline, OPENING_REACH);
}

/** How far into the claim its opening subject may start ("The "). */
const OPENING_REACH = 5;

/**
 * The noun phrase opening the claim right before a postposed description, when it ends in the
 * description's head ("Ireland's aviation regulator fined SkyLark Air …, the regulator said"): the
 * one the description names again, before any look-back past the claim (which found the previous
 * story's regulator in a wire digest). Its words, or null; never inside a quotation.
 */
export function describedOpeningClaim(text: string, head: string, start: number, content: readonly Span[]): string | null {
  const claim = claimBefore(start, content);
  if (!claim || /^["“‘']/u.test(text.slice(claim.start, claim.start + 1))) return null;
  const m = OPENING_PHRASE.exec(text.slice(claim.start, Math.min(claim.end, claim.start + 80)));
  return m !== null && m[2].toLowerCase() === head ? m[1] : null;
}

/** A claim's opening noun phrase: a name's possessive or an article, up to two modifiers, its head. */
const OPENING_PHRASE = /^((?:\p{Lu}[\p{L}.-]*['’]s\s+|(?:The|A|An)\s+)(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+))\s+\p{Ll}+(?:ed|s)\b/u;
