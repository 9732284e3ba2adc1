/**
 * The words of a source span that typing reads: quotation marks, brackets, dashes and punctuation
 * trimmed from its edges, and a bare article given the word after it; and the short name a phrase
 * gives its speaker.
 */
import type { Span } from './types';

/** The span without the punctuation and white space at its edges. */
function trimmedSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s"“”‘’'(,—–-]/u.test(text[start])) start++;
  while (end > start && /[\s"“”‘’'),.:;—–-]/u.test(text[end - 1])) end--;
  return { start, end };
}

/** The next word after a position, with the white space before it. */
const NEXT_WORDS = /\s+[\p{L}\p{N}'’-]+/uy;
/** A span cut to a bare article ("the") takes the next word, so it has a head to type. */
function withHeadNoun(text: string, span: Span): Span {
  if (span.end - span.start > 3 || !/^(?:the|a|an)$/iu.test(text.slice(span.start, span.end))) return span;
  NEXT_WORDS.lastIndex = span.end;
  const m = NEXT_WORDS.exec(text);
  return m ? { start: span.start, end: span.end + m[0].length } : span;
}

/** The words a source span stands for: trimmed, and a bare "the" given its next word ("the | Guardian"). */
export function sourceWords(text: string, span: Span): Span {
  return withHeadNoun(text, trimmedSpan(text, span));
}

/** Where a phrase's short name ends: at its first comma and space, or, with no comma, at a restrictive "who" ("A senior diplomat who was not authorized …"). */
const COMMA_SPACE = /,\s/u;
const RESTRICTIVE_WHO = /\s(?=who\s)/u;

/** A list of capitalised names after "for" or "of" that ends in "and" ("for Environment, Food and Rural Affairs"): its commas cut nothing. */
const LISTED_NAMES = /\b(?:for|of) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*(?:, \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)+ and \p{Lu}/u;

/** A source phrase's short name, its description's first piece ("Ana Ruiz" of "Ana Ruiz, a spokeswoman"). */
export function shortNameOf(phrase: string): string {
  if (!phrase.includes(',')) {
    const who = RESTRICTIVE_WHO.exec(phrase);
    return who ? phrase.slice(0, who.index) : phrase;
  }
  const listed = LISTED_NAMES.exec(phrase);
  if (listed === null) {
    const cut = COMMA_SPACE.exec(phrase);
    return cut ? phrase.slice(0, cut.index) : phrase;
  }
  const listEnd = listed.index + listed[0].length;
  for (const cut of phrase.matchAll(COMMA_SPACE_ALL)) if (cut.index < listed.index || cut.index > listEnd) return phrase.slice(0, cut.index);
  return phrase;
}

/** Every comma and space, for a phrase whose first commas may be a listed name's. */
const COMMA_SPACE_ALL = /,\s/gu;

/** Two parties joined by "v." or "vs.": a court case's name. */
const CASE_NAME = /\p{Lu}[\p{L}'’.-]*\s+v(?:s)?\.\s+\p{Lu}/u;

/** Whether a name is a court case's ("Allen v. Milligan"): its ruling speaks, a document. */
export const isCaseName = (name: string): boolean => CASE_NAME.test(name);
