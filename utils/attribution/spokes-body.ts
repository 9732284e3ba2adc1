/**
 * The body a spokesperson speaks for, when the text named it: "A commission spokesman" after "The
 * Care Standards Commission said", "a spokesperson for the company" after "Harlow Foods Ltd", "a
 * spokeswoman for the Treasury". Typed as the body already (source-phrase.ts), the reading then
 * shows which body, as "the spokesman" does when it looks back.
 */
import type { Entity, Mention } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import type { Span } from './types';
import { COMPANY_NOUNS, isOrganisationNoun } from './source-lexicon';
import { resolveDescription } from './coreference';

/** The body's noun after the spokesperson's ("a spokesperson for the company"). */
const BODY_AFTER = /\b(?:for|of|at)\s+the\s+(\p{Ll}+)\b/u;
/** The body's noun right before the spokesperson's ("a council spokeswoman"). */
const BODY_BEFORE = /\b(\p{Ll}+)\s+(?:spokesman|spokeswoman|spokesperson|spokespeople|spokesmen|spokeswomen)\b/u;

/** Spokespeople's nouns, not "secretary", which is a minister's office as often as a press secretary's. */
const SPOKESPERSON = /^(?:spokes(?:man|woman|person|people|men|women)|representatives?)$/u;

/** The named body the spokesperson phrase [start, end) with head noun `head` speaks for, or null. */
export function bodySpokenFor(text: string, start: number, end: number, head: string, content: Span[], timeline: MentionTimeline): Entity | null {
  if (!SPOKESPERSON.test(head)) return null;
  // the longest body's name in the phrase ("the Jewish Community Relations Council of New York", not "New York")
  let named: Mention | null = null;
  timeline.findForward(start, end - start, (m) => {
    if (m.start >= start && m.end <= end && m.name === true && m.entity.type === 'named-organization' && (named === null || m.end - m.start > named.end - named.start)) named = m;
    return false;
  });
  if (named !== null) return (named as Mention).entity;
  const phrase = text.slice(start, end);
  const noun = BODY_AFTER.exec(phrase)?.[1] ?? BODY_BEFORE.exec(phrase)?.[1];
  if (noun === undefined || !isOrganisationNoun(noun)) return null;
  const body = resolveDescription(noun, start, content, timeline, text);
  // a firm by any name ("the company": Harlow Foods Ltd); another body by a name with its noun ("the trust": the Eastmoor Valley NHS Trust)
  return body !== null && body.type === 'named-organization' && (COMPANY_NOUNS.has(noun) || body.name.toLowerCase().includes(noun)) ? body : null;
}
