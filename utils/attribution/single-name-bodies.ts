/**
 * A one-word name whose shape does not tell person from body ("Hartwells", "Kaufwert"), made a
 * body's by the words right before it: business news writes a firm so ("Its rival Hartwells",
 * "discount chains Preisblitz and Kaufwert", "Shares in Hartwells") and never a person.
 */
import { pluralBodyNoun } from './source-lexicon-bodies';

/** "its rival | X", "their larger rivals | X": a body's rival is a body (not "his rival"). */
const BODY_RIVAL_BEFORE = /\b(?:[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}rivals?\s+$/u;
/** "Shares in | X", "shares of | X": stock is a firm's. */
const SHARES_BEFORE = /\bshares\s+(?:in|of)\s+$/iu;
/** A plural trade's noun, then names listed after it, up to the name at the end ("chains Preisblitz and | Kaufwert"). */
const LISTED_AFTER_PLURAL = /\b(\p{Ll}{3,}s)\s+\p{Lu}[\p{L}'’-]*(?:,\s+\p{Lu}[\p{L}'’-]*)*,?\s+(?:and|or)\s+$/u;

/**
 * Whether the words before a one-word name mark it as a body's: a body's rival, shares in it, or a
 * plural trade's noun right before it or before the list it ends. `prev` is the word before.
 */
export function markedAsBodyBefore(text: string, start: number, prev: string): boolean {
  if (pluralBodyNoun(prev)) return true;
  const before = text.slice(Math.max(0, start - 80), start);
  if (BODY_RIVAL_BEFORE.test(before) || SHARES_BEFORE.test(before.slice(-16))) return true;
  const listed = LISTED_AFTER_PLURAL.exec(before);
  return listed !== null && pluralBodyNoun(listed[1]);
}
