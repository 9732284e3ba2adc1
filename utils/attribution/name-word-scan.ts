/**
 * Finds the raw words names are made of: a hand-written scanner for exactly what this regex
 * (flag `u`) matches, without testing a look-behind at every character or making match objects:
 *
 *   (?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}]*(?:[.'’&-][\p{L}\p{N}]+)*\.?
 *     | (?:of|for|de|van|von|bin|al|la|del|der|da|du)(?![\p{L}\p{N}])) | &
 *
 * that is capitalised words (with inner dots, apostrophes, ampersands, hyphens, and a final dot),
 * name connectors standing alone, and ampersands. Tests check it against the regex.
 */

const LETTER_OR_DIGIT = 1, UPPER = 2, KNOWN = 4;
const LN = /^[\p{L}\p{N}]$/u;
const LU = /^\p{Lu}$/u;
const CONNECTORS = new Set(['of', 'for', 'de', 'van', 'von', 'bin', 'al', 'la', 'del', 'der', 'da', 'du']);
/** First units of the connectors (all two or three units long): other short words are not sliced for a lookup. */
const CONNECTOR_FIRST = new Set([...CONNECTORS].map((w) => w.charCodeAt(0)));

/** Class bits of each UTF-16 unit outside the surrogates, found on first sight. */
const UNIT_CLASS = new Uint8Array(0x10000);

function classify(ch: string): number {
  return KNOWN | (LN.test(ch) ? LETTER_OR_DIGIT : 0) | (LU.test(ch) ? UPPER : 0);
}

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

/** Class bits of the code point ending just before i. */
function classBefore(text: string, i: number): number {
  if (i === 0) return KNOWN;
  const c = text.charCodeAt(i - 1);
  return isLow(c) && i >= 2 && isHigh(text.charCodeAt(i - 2)) ? classAt(text, i - 2) : classAt(text, i - 1);
}

/** Units taken by the code point at i. */
function width(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** End of the run of letters and digits starting at i. */
function runEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 && UNIT_CLASS[c] !== 0) {
      // ASCII seen before, the common case: one table read, one unit
      if (!(UNIT_CLASS[c] & LETTER_OR_DIGIT)) return i;
      i++;
    } else {
      if (!(classAt(text, i) & LETTER_OR_DIGIT)) return i;
      i += width(text, i);
    }
  }
  return i;
}

/** End of the capitalised word starting at i (an upper-case letter after no letter or digit). */
function capitalisedEnd(text: string, i: number): number {
  const n = text.length;
  let j = runEnd(text, i);
  for (let c = text.charCodeAt(j); (c === 46 || c === 39 || c === 0x2019 || c === 38 || c === 45) && j + 1 < n && classAt(text, j + 1) & LETTER_OR_DIGIT; c = text.charCodeAt(j)) {
    j = runEnd(text, j + 1);
  }
  return text.charCodeAt(j) === 46 ? j + 1 : j;
}

/** Offsets of every match, as start, end pairs in text order. */
export function nameWordSpans(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (text.charCodeAt(i) === 38) { out.push(i, i + 1); i++; continue; }
    const here = classAt(text, i);
    if (classBefore(text, i) & LETTER_OR_DIGIT) {
      // inside a word: nothing can start before its letters and digits end
      i = here & LETTER_OR_DIGIT ? runEnd(text, i) : i + width(text, i);
      continue;
    }
    if (here & UPPER) {
      const end = capitalisedEnd(text, i);
      out.push(i, end);
      i = end;
    } else if (here & LETTER_OR_DIGIT) {
      const end = runEnd(text, i);
      if (end - i >= 2 && end - i <= 3 && CONNECTOR_FIRST.has(text.charCodeAt(i)) && CONNECTORS.has(text.slice(i, end))) out.push(i, end);
      i = end;
    } else {
      i += width(text, i);
    }
  }
  return out;
}
