/**
 * The shape tests every name reading asks of a word, answered without a regex for ASCII: is it
 * capitalised, and is there only space between two words.
 */

/** True when `text` between `from` and `to` is one or more spaces (no slice made). */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/** True for a word that starts with a capital letter (ASCII answered without the regex). */
export const capitalised = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
};
