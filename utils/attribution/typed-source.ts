/**
 * The entity of a source phrase read as a common noun's type ("the spokesman", "its foreign
 * ministry", "the lawyers"): whoever the text named that it stands for, else a new entity of that
 * type. Split from source-typing.ts, which reads every other kind of phrase.
 */
import type { Span } from './types';
import type { Entity } from './source-entity';
import { newEntity } from './source-entity';
import type { PhraseReading } from './source-phrase';
import type { MentionTimeline } from './mention-timeline';
import { SPOKES_NOUNS } from './source-lexicon';
import { isOrganisationNoun, MEMBER_BODY_NOUNS } from './source-lexicon-bodies';
import { bodyNamedInFull } from './coreference-bodies';
import { resolveDescription } from './description-coreference';
import { groupReferredTo, partOfGroup } from './group-reference';
import { bodySpokenFor, isOneSpokesperson, spokesperson } from './spokes-body';
import { headlineBody, headlineReferent } from './headline-referent';
import { representativeNamedBefore } from './role-person';
import { ownedByIts } from './its-owner';
import { KIND_WORDS } from './body-kinds';

/** "the Championship club", "the Premier League side": "the", capitalised modifiers (a league, never a person's name: "the Clinton campaign"), a club's or a member body's noun. */
const MODIFIED_BODY_NOUN = /^the(?:\s+\p{Lu}[\p{L}-]*){1,3}\s+(?:club|side|outfit|franchise|charity|union|orchestra)$/u;

/** The source phrase and where it stands. */
export interface SourcePhrase {
  text: string;
  phrase: string;
  shortName: string;
  description: string;
  start: number;
  end: number;
  content: Span[];
  timeline: MentionTimeline;
}

/** "The smaller Confédération Paysanne union": a body's name right before the phrase's head noun names the body the phrase is, not one named before with that noun. */
function bodyNamedBeforeHead(text: string, head: string, start: number, end: number, timeline: MentionTimeline): Entity | null {
  // (a member body's noun only: "a House panel", "a Florida agency", "a Baton Rouge newspaper" are bodies of a place or a chamber)
  if (!MEMBER_BODY_NOUNS.has(head) || /^an?\s/iu.test(text.slice(start, end))) return null;
  // (a name of two words or more: "The Green party" is read whole, not as a body "Green")
  const m = timeline.findBack(end, [], (x) => x.start >= start && x.end < end && x.name === true && x.entity.type === 'named-organization' && /\s/u.test(text.slice(x.start, x.end).trim()));
  if (m === null) return null;
  const after = /^\s+([\p{L}-]+)/u.exec(text.slice(m.end, end));
  return after !== null && after[1].toLowerCase() === head ? m.entity : null;
}

/** The entity a typed phrase stands for. */
export function typedEntity(at: SourcePhrase, reading: Extract<PhraseReading, { kind: 'typed' }>): Entity {
  const { text, phrase, shortName, description, start, end, content, timeline } = at;
  // "Its spokesman", "its foreign ministry": the body named last owns them
  const owned = ownedByIts(shortName, description, reading, start, content, timeline);
  if (owned) return owned;
  // a spokesperson typed as the body they speak for: that body, when the text named it
  if (reading.type === 'named-organization' && SPOKES_NOUNS.has(reading.head)) {
    // a person of their own (a later "the spokeswoman" or "she" is them), named as the body
    const body = bodySpokenFor(text, start, end, reading.head, content, timeline);
    if (body) return isOneSpokesperson(reading.head) ? spokesperson(body.name, description, reading.head) : newEntity(body.name, description, 'named-organization', false);
  }
  // only a phrase read as a group of people looks back for its group ("the lawyers" typed as
  // their client's body stays so); "the solicitor added" is the solicitor the text named
  return (reading.type === 'unnamed-group' || reading.type === 'anonymous-source' ? groupReferredTo(phrase, reading.head, start, content, timeline, text) ?? partOfGroup(phrase, start, content, timeline, text) : null) ??
    (reading.type === 'named-person' && /^the\s+\p{L}+$/iu.test(shortName) ? representativeNamedBefore(reading.head, start, content, timeline, text) : null) ??
    (reading.type === 'unnamed-person' ? headlineReferent(text, start, end, reading.head, timeline) : null) ??
    (reading.type === 'named-organization' && isOrganisationNoun(reading.head) ? headlineBody(text, start, end, reading.head, timeline) : null) ??
    (reading.type === 'named-organization' ? bodyNamedBeforeHead(text, reading.head, start, end, timeline) ?? bodyNamedInFull(shortName, reading.head, start, timeline) : null) ??
    // "the Championship club": a body's common noun after a capitalised modifier, the body named before
    (reading.type === 'named-organization' && (MODIFIED_BODY_NOUN.test(shortName) || (KIND_WORDS[reading.head] !== undefined && /^the(?:\s+\p{Ll}+)+$/iu.test(shortName))) ?
    resolveDescription(reading.head, start, content, timeline, text) : null) ??
    (reading.type === 'named-organization' && isOneSpokesperson(reading.head) ? spokesperson(shortName, description, reading.head) : newEntity(shortName, description, reading.type, reading.plural));
}
