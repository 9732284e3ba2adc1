/**
 * Which words a text writes in lower case somewhere: a capitalised "Day", "Square" or "Effect" the
 * text also writes as "day", "square", "effect" is a common word, so a name made of it ("Election
 * Day", "Public Square") is more likely a title or a place than a person's name.
 */

/** A word may start here only after a character that is no part of a word. */
const WORD_CHAR_BEFORE = /[\p{L}\p{N}'’-]$/u;
/** A word runs on over letters, apostrophes and hyphens. */
const RUNS_ON = /^[\p{L}'’-]/u;
/** Only a word whose first letter is lower case can be written in lower case. */
const STARTS_LOWER = /^\p{Ll}/u;

/** A whole word that opens in lower case: not preceded by a word's character, run on to its end. */
const LOWER_WORDS = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu;
/** Only a word of a word's characters is listed whole. */
const ALL_WORD = /^[\p{L}'’-]+$/u;
/**
 * Past this length a text's lower-case words are listed once: a long text (a book, many articles
 * joined) asks about more names, and a scan of the whole text per name grew with their product.
 */
const LIST_WORDS_FROM = 100_000;

/** Answers for the last text asked about: one text's sources are read together. */
let known: { text: string; answers: Map<string, boolean>; words: Set<string> | null } | null = null;

/**
 * Whether `text` writes `word` (compared in lower case) in lower case anywhere, as a whole word.
 * Looked up per word with indexOf, not by listing every word of the text: a text asks about a
 * handful of given names, and listing its words cost more than all of those lookups.
 */
export function writtenInLowerCase(text: string, word: string): boolean {
  if (known === null || known.text !== text) known = { text, answers: new Map(), words: text.length >= LIST_WORDS_FROM ? lowerWords(text) : null };
  const lower = word.toLowerCase();
  let answer = known.answers.get(lower);
  if (answer === undefined) {
    answer = STARTS_LOWER.test(lower) && (known.words && ALL_WORD.test(lower) ? known.words.has(lower) : occursAsWord(text, lower));
    known.answers.set(lower, answer);
  }
  return answer;
}

/** Every whole word of the text that opens in lower case. */
function lowerWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(LOWER_WORDS)) words.add(m[0]);
  return words;
}

function occursAsWord(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const end = at + lower.length;
    if (!WORD_CHAR_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && !RUNS_ON.test(text.slice(end, end + 2))) return true;
  }
  return false;
}
