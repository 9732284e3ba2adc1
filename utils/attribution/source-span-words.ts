/**
 * The words of a source span that typing reads: quotation marks, brackets, dashes and punctuation
 * trimmed from its edges, and a bare article given the word after it.
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
