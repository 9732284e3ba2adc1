/**
 * "Its spokesman said", "its foreign ministry said", "Its chief executive said": a source owned by
 * "its" belongs to the body the text named last ("The Kremlin denied the report. Its spokesman
 * said …" is the Kremlin's spokesman), so the reader sees whose spokesman, ministry or chief spoke.
 */
import type { Entity } from './source-entity';
import { newEntity } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import type { SourceType, Span } from './types';
import { isOneSpokesperson, spokesperson } from './spokes-body';

/** "its" opening a phrase, not "its own" (which stresses the owner rather than naming a part of it). */
const ITS = /^[Ii]ts\s+(?!own\b)/u;

/** A nation's government names the nation as an owner: "its foreign ministry" after "Moldova's government" is Moldova's. */
const GOVERNMENT_OF = /['’]s\s+(?:government|administration)$/u;

/** How far back (in characters) a body that spoke stays the "it" of an "its …" source. */
const SPOKE_DISTANCE = 400;
/** How far back (in characters) any other body does: about the sentence before. */
const NEAR_DISTANCE = 250;

/**
 * A body "it" can stand for: one typed as a body, or a one-word name the index could only guess
 * was someone's (no title, no given name, no gender: "Lumio", "Eurostat"), as no person is "it".
 */
function couldBeIt(e: Entity): boolean {
  if (e.plural) return false;
  return (e.type === 'named-organization' && !e.person) || oneWordGuess(e);
}

/** A one-word name typed a person for want of anything else (having spoken is no evidence: "Eurostat said"). */
const oneWordGuess = (e: Entity): boolean => e.type === 'named-person' && e.gender === null && !/[\s.]/u.test(e.name) && e.description === e.name;

/** What the phrase says it is: its type, number and head noun. */
interface Owned { type: SourceType; plural: boolean; head: string }

/**
 * The entity an "its …" phrase stands for, named with its owner ("the Kremlin's spokesman" speaks
 * as the Kremlin); null when the phrase has no "its" or the nearest thing before it that "it" could
 * be is no named body (a report's "its authors" stay as written).
 */
export function ownedByIts(phrase: string, description: string, owned: Owned, start: number, content: Span[], timeline: MentionTimeline): Entity | null {
  // (a document's "its website", "its analysis" is too often the writer's subject's, not the last body's)
  if (owned.type === 'document' || !ITS.test(phrase)) return null;
  // a body that spoke last ("The Kremlin denied the report. Its spokesman"), else the nearest thing "it" can be
  const it = timeline.findBack(start, content, (m) => m.spoke === true && m.start >= start - SPOKE_DISTANCE && couldBeIt(m.entity)) ??
    timeline.findBack(start, content, (m) => m.start >= start - NEAR_DISTANCE && (couldBeIt(m.entity) || m.entity.type === 'document'));
  if (it === null || !couldBeIt(it.entity)) return null;
  const owner = it.entity.name.replace(GOVERNMENT_OF, '');
  if (isOneSpokesperson(owned.head)) return spokesperson(owner, description, owned.head);
  const name = `${owner}${owner.endsWith('s') ? "'" : "'s"} ${phrase.replace(ITS, '')}`;
  return newEntity(name, description === phrase ? name : description, owned.type, owned.plural);
}
