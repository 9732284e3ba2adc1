/**
 * Tokens with UTF-16 offsets: the unit every tagger and rule works on. A regex with the `u`
 * flag walks code points, so no token ever splits a surrogate pair.
 */

/** One token: offsets into the original text and its lower-cased form (features use it often). */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

// words (with inner apostrophes, hyphens, dots as in "U.S." or "3.5"), a possessive "'s" apart,
// runs of the same punctuation ("...", "--"), or any single other code point.
const TOKEN_RE =
  /[\p{L}\p{M}\p{N}]+(?:[.\-&][\p{L}\p{M}\p{N}]+)*(?:['’](?![sS]\b)[\p{L}\p{M}\p{N}]+)*|['’][sS]\b|\.{2,}|-{2,}|[^\s\p{L}\p{M}\p{N}]/gu;

/** Splits text into tokens; linear in the text length and never throws on any string. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    tokens.push({ start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase() });
  }
  return tokens;
}

/** Opening double quotes; the straight one is decided by position. */
export const OPEN_QUOTES = new Set(['“', '«', '„']);
/** Closing double quotes. */
export const CLOSE_QUOTES = new Set(['”', '»', '‟']);

/** True for any double quote mark, straight or curly. */
export function isQuoteMark(t: string): boolean {
  return t === '"' || OPEN_QUOTES.has(t) || CLOSE_QUOTES.has(t);
}
