/**
 * The body a spokesperson speaks for, when the text named it: "A commission spokesman" after "The
 * Care Standards Commission said", "a spokesperson for the company" after "Harlow Foods Ltd", "a
 * spokeswoman for the Treasury". Typed as the body already (source-phrase.ts), the reading then
 * shows which body, as "the spokesman" does when it looks back.
 */
import { newEntity, titleGender, type Entity } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import type { Span } from './types';
import { SPOKES_NOUNS } from './source-lexicon';
import { COMPANY_NOUNS, isGuardBody, isOrganisationNoun } from './source-lexicon-bodies';
import { resolveDescription } from './description-coreference';
import { isPublicBody } from './coreference-bodies';
import { headPattern } from './head-patterns';

/** The body's noun after the spokesperson's ("a spokesperson for the company"). */
const BODY_AFTER = /\b(?:for|of|at)\s+the\s+(?:(\p{Ll}+)\s+)?(\p{Ll}+)\b/u;
/** The body's noun right before the spokesperson's ("a council spokeswoman"). */
const BODY_BEFORE = /(?:\b(\p{Ll}+)\s+)?\b(\p{Ll}+)\s+(?:spokesman|spokeswoman|spokesperson|spokespeople|spokesmen|spokeswomen)\b/u;

/** Modifiers any body may be given without its name holding them ("the local council", "the state ministry"). */
const MODIFIERS_ANY_BODY = new Set(['local', 'state', 'federal', 'national', 'city', 'county', 'regional', 'main', 'new', 'same', 'company', 'firm', 'club', 'group', 'a', 'an', 'its', 'his', 'her', 'their']);

/** A name that is only a determiner and lower-case words ("The coast guard"): a body described, not named. */
const ONLY_DESCRIBED = /^(?:[Tt]he|[Aa]n?)(?:\s+\p{Ll}[\p{Ll}-]*)+$/u;

/** Spokespeople's nouns (SPOKES_NOUNS) but "secretary", which is a minister's office as often as a press secretary's. */
const isSpokesperson = (head: string): boolean => SPOKES_NOUNS.has(head) && head !== 'secretary';

/** The named body the spokesperson phrase [start, end) with head noun `head` speaks for, or null. */
export function bodySpokenFor(text: string, start: number, end: number, head: string, content: Span[], timeline: MentionTimeline): Entity | null {
  if (!isSpokesperson(head)) return null;
  // the longest body's name in the phrase ("the Jewish Community Relations Council of New York", not "New York")
  const inside = timeline.within(start, end).filter((m) => m.end <= end && m.name === true && m.entity.type === 'named-organization');
  if (inside.length > 0) return inside.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a)).entity;
  const phrase = text.slice(start, end);
  const after = BODY_AFTER.exec(phrase);
  const before = after === null ? BODY_BEFORE.exec(phrase) : null;
  const noun = after?.[2] ?? before?.[2];
  if (noun === undefined || !(isOrganisationNoun(noun) || isGuardBody(after?.[1] ?? before?.[1], noun))) return null;
  const found = resolveDescription(noun, start, content, timeline, text);
  // a person described with the noun ("Hugo Farrant-Lisle, the museum's director") is no body: the
  // body whose name holds the noun, however far back ("The Ashworth Museum")
  // and a body only described ("The coast guard") is the one whose name holds the noun, if one is named
  const described = found !== null && (found.type !== 'named-organization' || ONLY_DESCRIBED.test(found.name));
  const body = described ? timeline.bodyNamedWith(noun, start)?.entity ?? (found.type === 'named-organization' ? found : null) : found;
  // a body named or described with its noun ("the trust": the Eastmoor Valley NHS Trust), else for a firm's
  // noun any body but a public one ("the company": Harlow Foods Ltd, not the EU that fined it)
  if (body === null || body.type !== 'named-organization') return null;
  const written = `${body.name} ${body.description}`;
  // "a spokesman for the labour ministry" is not for "Egypt's antiquities ministry": a modifier the body's words lack
  const modifier = after?.[1] ?? before?.[1];
  if (modifier !== undefined && !MODIFIERS_ANY_BODY.has(modifier) && !headPattern(modifier).test(written)) return null;
  const named = headPattern(noun).test(written);
  return named || (COMPANY_NOUNS.has(noun) && !isPublicBody(body.name)) ? body : null;
}

/** One spokesperson by their noun: a spokesperson's (isSpokesperson, so not "a secretary"), and not a plural ("representatives", "spokesmen"). */
export const isOneSpokesperson = (noun: string): boolean => isSpokesperson(noun) && !/(?:s|men|people)$/u.test(noun);

/** A spokesperson as the body they speak for, yet one person (`person` set) of the gender their noun gives: a later "she" is them. */
export function spokesperson(name: string, description: string, noun: string): Entity {
  const entity = newEntity(name, description, 'named-organization', false, true);
  entity.gender = titleGender(noun);
  return entity;
}
