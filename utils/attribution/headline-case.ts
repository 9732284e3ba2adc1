/**
 * A headline in title case capitalises every word, so its capitals say nothing about names:
 * "Daily Walk Cuts Heart Risk, Large Trial Finds" has no one called Large Trial, and "Engineers
 * Say" names no one. Such a headline's source is read in lower case, unless a word of it is one
 * the story itself writes capitalised mid-sentence, which makes it a name ("Clinton Campaign Says").
 */

/** Words of four or more letters: "a", "of", "in" stay lower case even in title case. */
const LONG_WORD = /\p{L}[\p{L}'’-]{3,}/gu;
/** At least this many long words, nearly all capitalised, make a line a title-case headline. */
const MIN_LONG_WORDS = 3;
const MIN_CAPITALISED_SHARE = 0.8;

/** The line holding `at`: its start and end. */
function lineAround(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const next = text.indexOf('\n', at);
  return { start, end: next < 0 ? text.length : next };
}

/** Whether the line holding `at` is written in title case, as a headline is. */
export function inTitleCaseLine(text: string, at: number): boolean {
  const { start, end } = lineAround(text, at);
  const words = text.slice(start, end).match(LONG_WORD);
  if (words === null || words.length < MIN_LONG_WORDS) return false;
  let capitalised = 0;
  for (const w of words) if (w[0] !== w[0].toLowerCase()) capitalised++;
  return capitalised / words.length >= MIN_CAPITALISED_SHARE;
}

/** Whether the story, outside the headline's line, writes `word` capitalised after a word, comma or mark, not only at a sentence's start: then it is a name ("said Bernie Sanders"). */
function writtenAsName(text: string, word: string, line: { start: number; end: number }): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const named = new RegExp(`[\\p{L},;:()"“'‘] ${escaped}(?![\\p{L}])`, 'u');
  return named.test(text.slice(0, line.start)) || named.test(text.slice(line.end));
}

/** Two capitals or a dot in a word: an acronym ("U.S.", "NATO"), a name in any case. */
const ACRONYM = /\p{Lu}.*\p{Lu}|\./u;

/**
 * The source phrase [start, end) in lower case when it stands in a title-case headline and the
 * story writes none of its capitalised words as a name; null otherwise (read it as written).
 */
export function headlinePhrase(text: string, start: number, end: number): string | null {
  if (!inTitleCaseLine(text, start)) return null;
  const phrase = text.slice(start, end);
  const line = lineAround(text, start);
  for (const word of phrase.split(/\s+/u)) {
    if (word === '' || word[0] === word[0].toLowerCase() || /^the$/iu.test(word)) continue;
    if (ACRONYM.test(word)) return null;
    if (writtenAsName(text, word.replace(/['’]s$/u, ''), line)) return null;
  }
  return phrase.toLowerCase();
}
