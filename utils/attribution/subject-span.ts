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
/** A capitalised owner's name, with its article, right before a mention: "the Obama campaign’s aides". */
const OWNER_BEFORE = /(?:^|[^\p{L}])((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?\s+)$/u;
/** A possessive ending right after the mention. */
const POSSESSIVE = /^['’]s?(?=\s)/u;

/**
 * The span to show as the source, from the mention the speaker was read from (with its article);
 * null when that mention is no subject. An owner right before a noun cue ("Tulsa police’s claim") is the source,
 * its possessive included.
 */
export function subjectSourceSpan(text: string, mention: Span, cue: Span): Span | null {
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  // an owner read with its possessive right before its noun cue is the source wherever it stands ("a fact-check on Trump’s claim")
  const owner = /['’]s?$/u.test(text.slice(mention.start, mention.end)) && text.slice(mention.end, cue.start).trim() === '';
  if (AFTER_PREPOSITION.test(before) && !owner) return null;
  // an owner's name right before the subject is part of its noun phrase ("Obama’s aides")
  const owned = OWNER_BEFORE.exec(before);
  const start = owned ? mention.start - owned[1].length : mention.start - (ARTICLE_BEFORE.exec(before)?.[1].length ?? 0);
  const possessive = POSSESSIVE.exec(text.slice(mention.end, mention.end + 3));
  if (!possessive) return { start, end: mention.end };
  const end = mention.end + possessive[0].length;
  return cue.start >= end && text.slice(end, cue.start).trim() === '' ? { start, end } : null;
}
