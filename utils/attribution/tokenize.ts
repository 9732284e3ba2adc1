/**
 * Tokens with UTF-16 offsets: the unit every tagger and rule works on. Tokens are what this
 * regex matches (flag `u`, so no token ever splits a surrogate pair):
 *
 *   [\p{L}\p{M}\p{N}]+(?:[.\-&][\p{L}\p{M}\p{N}]+)*(?:['’](?![sS]\b)[\p{L}\p{M}\p{N}]+)*
 *   | ['’][sS]\b | \.{2,} | -{2,} | [^\s\p{L}\p{M}\p{N}]
 *
 * that is words (with inner dots, hyphens and ampersands as in "U.S." or "3.5", then inner
 * apostrophes), a possessive "'s" apart, runs of dots or hyphens, or any single other code point.
 * It is matched by a hand-written scanner over char codes with a per-character class table (the
 * same tokens, a third of the time and no match objects); tests check it against the regex.
 */

import { lowerCase } from './token-case';
import { beginInterning, internedLower, internedText, internSlice, type TokenSlots } from './token-intern';

/** One token: offsets into the original text and its lower-cased form (features use it often). */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = 1, SPACE = 2, OTHER = 3;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

/** Class of each UTF-16 unit outside the surrogates, found on first sight (0: not yet known). */
const UNIT_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  UNIT_CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD : SPACE_CHAR.test(String.fromCharCode(c)) ? SPACE : OTHER;
}

function classify(ch: string): number {
  return WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

/** Class of the code point at i (a lone surrogate is a code point of its own, of no letter class). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = UNIT_CLASS[c];
    if (k === 0) UNIT_CLASS[c] = k = classify(text[i]);
    return k;
  }
  return c <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? classify(text.slice(i, i + 2)) : OTHER;
}

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Units taken by the code point at i. */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** End of the run of word code points starting at i (i itself if none). */
function wordRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      // ASCII, the common case: one table read, one unit
      if (UNIT_CLASS[c] !== WORD) return i;
      i++;
    } else {
      if (classAt(text, i) !== WORD) return i;
      i += width(text, i);
    }
  }
  return i;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/** An ASCII word character (`\w`): what `\b` looks at under the `u` flag without `i`. */
const isAsciiWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** "s" or "S" at i followed by a word boundary (`[sS]\b`). */
function sThenBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 115 || c === 83) && (i + 1 >= text.length || !isAsciiWord(text.charCodeAt(i + 1)));
}

/** End of the token that starts at i, a non-space code point. */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  if (classAt(text, i) === WORD) {
    let j = wordRunEnd(text, i);
    // inner dots, hyphens, ampersands, each followed by a word run
    for (let d = text.charCodeAt(j); (d === 46 || d === 45 || d === 38) && j + 1 < n && classAt(text, j + 1) === WORD; d = text.charCodeAt(j)) {
      j = wordRunEnd(text, j + 1);
    }
    // then inner apostrophes, unless they open a possessive "'s"
    while (j + 1 < n && isApostrophe(text.charCodeAt(j)) && !sThenBoundary(text, j + 1) && classAt(text, j + 1) === WORD) {
      j = wordRunEnd(text, j + 1);
    }
    return j;
  }
  if (isApostrophe(c) && i + 1 < n && sThenBoundary(text, i + 1)) return i + 2;
  if ((c === 46 || c === 45) && text.charCodeAt(i + 1) === c) {
    let j = i + 2;
    while (text.charCodeAt(j) === c) j++;
    return j;
  }
  return i + width(text, i);
}

/** Re-exported from token-case.ts, where the intern table can use it without importing the tokenizer. */
export { lowerCase } from './token-case';

/**
 * Splits text into tokens; linear in the text length and never throws on any string. A token's
 * strings come from the intern table when its text was seen before (no new string); `slots`, when
 * given, receives each token's intern slot (-1 for none), good until the next tokenize call.
 */
export function tokenize(text: string, slots?: TokenSlots): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  beginInterning();
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c < 128 ? UNIT_CLASS[c] === SPACE : classAt(text, i) === SPACE) { i++; continue; }
    const end = tokenEnd(text, i);
    const slot = internSlice(text, i, end);
    if (slot >= 0) tokens.push({ start: i, end, text: internedText(slot), lower: internedLower(slot) });
    else {
      const t = text.slice(i, end);
      tokens.push({ start: i, end, text: t, lower: lowerCase(t) });
    }
    if (slots) slots.put(tokens.length - 1, slot);
    i = end;
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
