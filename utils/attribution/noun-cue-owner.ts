/**
 * The owner of a noun cue as its speaker, read from the text when the taggers gave no source:
 * "contradicting Tulsa police’s earlier claim that …" is Tulsa police's claim, and a reader names them.
 */
import type { Span } from './types';

/** Nouns that report a statement, so an owner before them is its speaker ("Tulsa police’s earlier claim"). */
const STATEMENT_NOUN_CUE = /^(?:claims?|assertions?|statements?|arguments?|allegations?|accusations?|charges?|suggestions?|insistence|promises?|pledges?|warnings?|denials?|admissions?|contentions?|remarks|comments|view|views|belief|position|account)\b/iu;
/** An owner's words right before such a noun, with at most one modifier between: "Tulsa police’s earlier ". */
const OWNER_BEFORE_NOUN = /(?:^|[\s(“"])((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}[\p{L}.&-]+['’]s?)\s+(?:\p{Ll}+\s+)?$/u;

/** A time, not a speaker, owning the noun: "Monday’s claim", "Last week’s claims", "Today’s statement". */
const TIME_OWNER = /(?:^|\s)(?:(?:[Ll]ast|[Tt]his|[Nn]ext)\s+\p{L}+|[Tt]oday|[Yy]esterday|[Tt]onight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)['’]s?$/u;

/**
 * For a noun cue the taggers gave no source, its owner: "contradicting Tulsa police’s earlier claim
 * that …" is Tulsa police's claim. Only an owner that starts with a capital or "the".
 */
export function ownerBeforeNounCue(text: string, cue: Span | null): Span | null {
  if (!cue || !STATEMENT_NOUN_CUE.test(text.slice(cue.start, cue.end).replace(/^\p{Ll}+ly\s+|^(?:earlier|latest|repeated|new|recent)\s+/u, ''))) return null;
  const from = Math.max(0, cue.start - 60);
  const m = OWNER_BEFORE_NOUN.exec(text.slice(from, cue.start));
  if (!m || !/^(?:[Tt]he\s|\p{Lu})/u.test(m[1]) || TIME_OWNER.test(m[1])) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}
