/**
 * Which words to mark as the speaker of a reading that had no source span, once coreference has
 * found the speaker in the cue's own sentence ("The GOP nominee complained about his mic, even
 * suggesting …"): the reader sees who speaks, not only a name in the sidebar. A mention that is
 * the object of a preposition ("In a Bloomberg interview Trump declared") or the owner of
 * something else ("Trump’s performance … confirms") is not marked: it names no speaker there.
 */
import type { Span } from './types';

/** A preposition (and an article or title) right before the mention: it is that preposition's object. */
const AFTER_PREPOSITION = /\b(?:in|at|of|from|for|with|on|to|by|about|against|into|over|under|after|before|than|like|toward|towards|as|behind|between)\s+(?:(?:the|a|an|Mr\.|Mrs\.|Ms\.|Dr\.)\s+)?$/iu;
/** An article right before a name: part of its noun phrase ("the Harbour Trust"). */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])([Tt]he\s+)$/u;
/** A capitalised owner's name and its possessive, then space (regular-expression source): "Obama’s ", "Harbour Board’s ". */
export const OWNER_NAME = String.raw`(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?\s+`;
/** An owner's name, with its article, right before a mention: "the Obama campaign’s aides". */
const OWNER_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])((?:[Tt]he\s+)?${OWNER_NAME})$`, 'u');
/** A possessive ending right after the mention. */
const POSSESSIVE = /^['’]s?(?=\s)/u;

/**
 * The span to show as the source, from the mention the speaker was read from (with its article
 * or owner's name); null when that mention is no subject. A mention owning the noun cue right
 * after it ("Tulsa police’s claim") is marked with its possessive.
 */
export function subjectSourceSpan(text: string, mention: Span, cue: Span): Span | null {
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  if (AFTER_PREPOSITION.test(before)) return null;
  // an owner's name right before the subject is part of its noun phrase ("Obama’s aides")
  const owned = OWNER_BEFORE.exec(before);
  const start = owned ? mention.start - owned[1].length : mention.start - (ARTICLE_BEFORE.exec(before)?.[1].length ?? 0);
  const possessive = POSSESSIVE.exec(text.slice(mention.end, mention.end + 3));
  if (!possessive) return { start, end: mention.end };
  const end = mention.end + possessive[0].length;
  return cue.start >= end && text.slice(end, cue.start).trim() === '' ? { start, end } : null;
}
