/**
 * Which words a text writes in lower case somewhere: a capitalised "Day", "Square" or "Effect" the
 * text also writes as "day", "square", "effect" is a common word, so a name made of it ("Election
 * Day", "Public Square") is more likely a title or a place than a person's name.
 */

/** Lower-case words, in text order. */
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu;

/** The lower-case words of the last text asked about: one text's sources are read together. */
let known: { text: string; words: Set<string> } | null = null;

/** Whether `text` writes `word` (compared in lower case) in lower case anywhere. */
export function writtenInLowerCase(text: string, word: string): boolean {
  if (known === null || known.text !== text) {
    const words = new Set<string>();
    for (const m of text.matchAll(LOWER_WORD)) words.add(m[0]);
    known = { text, words };
  }
  return known.words.has(word.toLowerCase());
}
