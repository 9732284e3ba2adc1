/**
 * The speaker of a cue with no source span, read from the cue's own sentence the way a reader
 * reads it: the owner of a noun cue ("Tulsa police’s claim that …"), else the subject of the
 * clause the cue hangs on ("…, but he refuses to say, aside from saying …" is "he", not the
 * sentence's first name), each with the words that name them, so they can be marked.
 */
import type { Entity, Mention } from './source-entity';
import { resolvePronoun } from './coreference';
import type { MentionTimeline } from './mention-timeline';
import type { Span } from './types';

/** A speaker and the words of the cue's sentence that name them. */
export interface NamedSubject {
  entity: Entity;
  span: Span;
}

/** A possessive, and at most one modifier, between an owner and its noun cue ("police’s earlier claim"). */
const OWNER_GAP = /^['’]s?\s+(?:\p{Ll}+\s+)?$/u;

/** "X’s claim": the mention that owns a noun cue, its possessive included. */
export function nounCueOwner(text: string, cue: Span, content: Span[], timeline: MentionTimeline): NamedSubject | null {
  const owner = timeline.findBack(cue.start, content, (m) => cue.start - m.end <= 20);
  if (!owner || cue.start - owner.end > 20 || !OWNER_GAP.test(text.slice(owner.end, cue.start))) return null;
  const apostrophe = /^['’]s?/u.exec(text.slice(owner.end, cue.start))![0];
  return { entity: owner.entity, span: { start: owner.start, end: owner.end + apostrophe.length } };
}

/** An article or title before a subject: still the start of its clause. */
const LEADING_ARTICLE = /(?:(?:the|The|a|A|an|An)\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?$/u;
/** What may stand between a sentence's start and its subject: quote marks, a joining word, a short fronted phrase. */
const SENTENCE_OPENING = /^[\s"“‘']*(?:(?:But|And|Yet|So|Still|Meanwhile|However|Now|Then|Also)[,\s]+)?(?:(?:On|In|At|During|After|Before|Last|This|Earlier|Later)\b[^,.;:!?"“”]{0,60},\s+)?$/u;
/** A clause joined inside the sentence: its subject comes right after. */
const CLAUSE_JOIN = /(?:,\s+(?:but|and|yet|so|while|although|though|because|as|when)|;|\s[—–])\s+$/u;
const SUBJECT_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Tt]hey)\b/gu;

/** True when a word at `pos` opens its clause: the sentence's subject or a joined clause's. */
function opensClause(text: string, sentenceStart: number, pos: number): boolean {
  const before = text.slice(sentenceStart, pos).replace(LEADING_ARTICLE, '');
  return SENTENCE_OPENING.test(before) || CLAUSE_JOIN.test(before);
}

const inside = (pos: number, spans: Span[]): boolean => spans.some((s) => s.start <= pos && pos < s.end);

/**
 * The subject of the last clause before the cue that opens with one: a name or noun mention, or a
 * subject pronoun resolved by coreference. Null when no clause of the sentence opens with one.
 */
export function clauseSubject(text: string, sentenceStart: number, cue: Span, content: Span[], timeline: MentionTimeline): NamedSubject | null {
  const mention = timeline.findBack(cue.start, content, (m: Mention) => m.start < sentenceStart || (m.entity.type !== 'document' && opensClause(text, sentenceStart, m.start)));
  const found = mention && mention.start >= sentenceStart ? mention : null;
  // a source already read around that name is the whole noun phrase ("The Ministry of Transport of the island state of Kell")
  const wider = found && timeline.findBack(cue.start, content, (m) => m.start < sentenceStart || (m.start <= found.start && m.end > found.end && m.spoke === true));
  const widest = wider && found && wider.start >= sentenceStart ? wider : found;
  let pronoun: { word: string; start: number } | null = null;
  for (const m of text.slice(sentenceStart, cue.start).matchAll(SUBJECT_PRONOUN)) {
    const start = sentenceStart + m.index;
    if (!inside(start, content) && opensClause(text, sentenceStart, start)) pronoun = { word: m[0].toLowerCase(), start };
  }
  if (pronoun && (!widest || pronoun.start > widest.start)) {
    const entity = resolvePronoun(pronoun.word, pronoun.start, content, timeline, text);
    if (entity) return { entity, span: { start: pronoun.start, end: pronoun.start + pronoun.word.length } };
  }
  return widest ? { entity: widest.entity, span: { start: widest.start, end: widest.end } } : null;
}
