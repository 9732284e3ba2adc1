/**
 * Finds the raw words names are made of: a hand-written scanner for exactly what this regex
 * (flag `u`) matches, without testing a look-behind at every character or making match objects:
 *
 *   (?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}]*(?:[.'’&-][\p{L}\p{N}]+)*\.?
 *     | (?:CONNECTORS)(?![\p{L}\p{N}])) | &
 *
 * that is capitalised words (with inner dots, apostrophes, ampersands, hyphens, and a final dot),
 * name connectors (NAME_CONNECTORS, name-particles.ts) standing alone, and ampersands. Tests
 * check it against the regex.
 */

import { NAME_CONNECTORS } from './name-particles';

const LETTER_OR_DIGIT = 1, UPPER = 2, KNOWN = 4;
const LN = /^[\p{L}\p{N}]$/u;
const LU = /^\p{Lu}$/u;
/** The longest connector, in units: a longer lower-case run is none, and is not looked up. */
const MAX_CONNECTOR = Math.max(...[...NAME_CONNECTORS].map((w) => w.length));
// seven units of 7 bits fit a double exactly: a longer connector could collide with another
if (MAX_CONNECTOR > 7) throw new Error('name connectors must be at most 7 units long');
/** An ASCII word of up to MAX_CONNECTOR units as one number (7 bits a unit), so no string is sliced to look it up. */
function packed(text: string, i: number, end: number): number {
  let code = 0;
  for (let k = i; k < end; k++) code = code * 128 + text.charCodeAt(k);
  return code;
}
/** The connectors (all ASCII), packed. */
const CONNECTOR_CODES = new Set([...NAME_CONNECTORS].map((w) => packed(w, 0, w.length)));

/** True when text[i, end) is a connector, read by char codes. */
function isConnector(text: string, i: number, end: number): boolean {
  if (end - i > MAX_CONNECTOR) return false;
  for (let k = i; k < end; k++) if (text.charCodeAt(k) >= 128) return false;
  return CONNECTOR_CODES.has(packed(text, i, end));
}

/** Class bits of each UTF-16 unit outside the surrogates, found on first sight (ASCII known from the start). */
const UNIT_CLASS = new Uint8Array(0x10000);

function classify(ch: string): number {
  return KNOWN | (LN.test(ch) ? LETTER_OR_DIGIT : 0) | (LU.test(ch) ? UPPER : 0);
}
for (let c = 0; c < 128; c++) UNIT_CLASS[c] = classify(String.fromCharCode(c));

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Class bits of the code point starting at i (a lone surrogate is of no class). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = UNIT_CLASS[c];
    if (k === 0) UNIT_CLASS[c] = k = classify(text[i]);
    return k;
  }
  return isHigh(c) && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? classify(text.slice(i, i + 2)) : KNOWN;
}

/** True when the code point at i is a letter or digit (`[\p{L}\p{N}]` under flag `u`). */
export function isLetterOrDigitAt(text: string, i: number): boolean {
  return (classAt(text, i) & LETTER_OR_DIGIT) !== 0;
}

/** Units taken by the code point at i (2 for a surrogate pair), for scanners sharing these classes. */
export function unitsAt(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** End of the run of letters and digits starting at i (i itself if none). */
export function letterRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      // ASCII, the common case: one table read, one unit
      if (!(UNIT_CLASS[c] & LETTER_OR_DIGIT)) return i;
      i++;
    } else {
      if (!(classAt(text, i) & LETTER_OR_DIGIT)) return i;
      i += unitsAt(text, i);
    }
  }
  return i;
}

/** End of the capitalised word starting at i (an upper-case letter after no letter or digit). */
function capitalisedEnd(text: string, i: number): number {
  const n = text.length;
  let j = letterRunEnd(text, i);
  for (let c = text.charCodeAt(j); (c === 46 || c === 39 || c === 0x2019 || c === 38 || c === 45) && j + 1 < n && classAt(text, j + 1) & LETTER_OR_DIGIT; c = text.charCodeAt(j)) {
    j = letterRunEnd(text, j + 1);
  }
  return text.charCodeAt(j) === 46 ? j + 1 : j;
}

/**
 * Offsets of every match, as start, end pairs in text order. A word is only ever looked at from
 * its first letter or digit, which never follows another (a run and a word are read to their
 * end, and stop before no letter or digit), so the look-behind holds wherever a run starts.
 */
export function nameWordSpans(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let here: number;
    if (c < 128) {
      if (c === 38) { out.push(i, i + 1); i++; continue; }
      here = UNIT_CLASS[c];
      if (!(here & LETTER_OR_DIGIT)) { i++; continue; }
    } else {
      here = classAt(text, i);
      if (!(here & LETTER_OR_DIGIT)) { i += unitsAt(text, i); continue; }
    }
    if (here & UPPER) {
      const end = capitalisedEnd(text, i);
      out.push(i, end);
      i = end;
    } else {
      const end = letterRunEnd(text, i);
      if (isConnector(text, i, end)) out.push(i, end);
      i = end;
    }
  }
  return out;
}
