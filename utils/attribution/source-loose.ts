/**
 * Speakers read without a source phrase to read: a reading with no source span continues the last
 * named speaker nearby, and a source span that is no noun phrase ("in a statement") is the name
 * inside it or just before it (source-typing.ts).
 */
import type { Entity, Mention } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import { newEntity } from './source-entity';
import { PERSON_SHAPED } from './source-phrase';
import type { Span } from './types';

/** How far a sourceless attribution may be from the previous one to continue its source. */
const CONTINUATION_DISTANCE = 600;

/**
 * No source span (a passive "it was reported", or a sentence continuing a speaker's account):
 * news writing keeps the last named speaker until another is introduced, so a nearby previous
 * source carries over; with none, the claim has no identifiable source, which is what
 * "unnamed-person" means to a reader (an anonymous claim), never a guessed name.
 */
export function sourcelessEntity(pos: number, previous: { entity: Entity; end: number } | null): Entity {
  if (previous && pos - previous.end < CONTINUATION_DISTANCE) return previous.entity;
  return newEntity(UNATTRIBUTED, 'no source given', 'unnamed-person', false);
}

/** The name of the entity of a claim with no identifiable source. */
export const UNATTRIBUTED = 'unattributed';

/** How far before an unreadable source span a named speaker may be and still be taken for it. */
const LOOSE_DISTANCE = 200;

/** A mention by name of a person; module level so no closure is made per source. */
function person(m: Mention): boolean {
  return m.name === true && m.entity.type === 'named-person';
}

/** A mention by name of a body. */
function body(m: Mention): boolean {
  return m.name === true && m.entity.type === 'named-organization';
}

/**
 * A source span that is no noun phrase ("in a statement", a clause) and names no one inside
 * (nameInside): the speaker is then a name just before it ("Ana Ruiz said in a statement"), else
 * the running source.
 */
export function looseEntity(span: Span, content: Span[], timeline: MentionTimeline, previous: { entity: Entity; end: number } | null): Entity {
  for (const accept of [person, body]) {
    const near = timeline.findBack(span.start, content, (m) => span.start - m.end < LOOSE_DISTANCE && accept(m));
    if (near) return near.entity;
  }
  const ahead = timeline.findForward(span.end, LOOSE_DISTANCE, person);
  if (ahead) return ahead.entity;
  return sourcelessEntity(span.start, previous);
}

/** The person, else the body, that a name inside an unreadable source span names. */
export function nameInside(span: Span, timeline: MentionTimeline): Entity | null {
  for (const accept of [person, body]) {
    const inside = timeline.findBack(span.end, [], (m) => m.start >= span.start && accept(m));
    if (inside) return inside.entity;
  }
  return null;
}

/** An indefinite noun phrase with its head in lower case (a nation's adjective may come before: "a European …"), up to its head: the word before a preposition, a participle or its end ("a district evaluation | released in May", "a cleaner | waiting for"). */
const INDEFINITE = /^(?:[Aa]n?)\s+(?:[\p{L}-]+\s+){0,3}?([\p{Ll}-]+)(?=\s+(?:of|by|from|in|on|at|for|with|to|about|that|which|who|\p{Ll}+ed|\p{Ll}+ing)\b|\s*,|\s*$)/u;
/** People's nouns no ending rule finds ("a mechanic", "a medic", "a guy"). */
const PEOPLE_IN_IC = /^(?:mechanic|medic|paramedic|cleric|critic|mystic|guy|chap|bloke|boy|girl|kid|child|pilot|chef|nurse|cop|mum|mom|dad|midwife|surgeon|vet|clerk|guard|coach|chief)$/u;
/** Heads of an indefinite phrase for several people ("a community", "a trio of …"). */
const COLLECTIVE_HEADS = new Set(['community', 'trio', 'pair', 'group', 'coalition', 'constellation', 'slew', 'handful', 'handfuls', 'number', 'percentage', 'share', 'proportion', 'majority', 'minority', 'crowd', 'generation', 'team', 'panel']);

/**
 * "According to a district evaluation released in May": a phrase opening with "a" or "an" brings in
 * someone or something new, never a name the text gave before, whatever its head noun (here one no
 * lexicon holds). A person's noun by its shape (or "a familiar voice") is someone unnamed, a collective a group, anything
 * else a document. Null when the phrase is no such noun phrase.
 */
export function indefiniteEntity(phrase: string, description: string): Entity | null {
  const head = INDEFINITE.exec(phrase)?.[1];
  if (head === undefined) return null;
  const type = COLLECTIVE_HEADS.has(head) ? 'unnamed-group' : PERSON_SHAPED.test(head) || PEOPLE_IN_IC.test(head) || head === 'voice' ? 'unnamed-person' : 'document';
  return newEntity(phrase, description, type, type === 'unnamed-group');
}

