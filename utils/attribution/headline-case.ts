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
/**
 * The longest line read as a headline, in UTF-16 units: one limit for every headline reading
 * (title case, quotations, a speaker at the end, a role named later), so a line is a headline to
 * all of them or to none. News headlines run to about 120 characters; 200 leaves room for a long
 * one while a paragraph of two sentences is out.
 */
export const MAX_HEADLINE = 200;

/** A sentence's end inside a line: a line of sentences is a story's paragraph, not a headline. */
const SENTENCE_END_INSIDE = /[.!?]["”’]?\s/u;

/** Whether a line is a headline's shape, one short sentence: the test every headline reading shares. */
export function isOneShortSentence(line: string): boolean {
  return line.length <= MAX_HEADLINE && !SENTENCE_END_INSIDE.test(line);
}

/** The line holding `at`: its start and end, read no further than a headline can be long (a longer line comes back cut, still too long to be one). */
export function lineAround(text: string, at: number): { start: number; end: number } {
  // read no further than a headline can be long: a longer line is returned cut, still too long to be one
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) !== 10) {
    if (at - start > MAX_HEADLINE) return { start, end: at + 1 };
    start--;
  }
  let end = at;
  while (end < text.length && text.charCodeAt(end) !== 10) {
    if (end - start > MAX_HEADLINE) return { start, end };
    end++;
  }
  return { start, end };
}

/** Whether the line [start, end) is written in title case, as a headline is. */
function titleCaseLine(text: string, start: number, end: number): boolean {
  // a headline is a short line: a paragraph is never one (and is not scanned)
  if (end - start > MAX_HEADLINE) return false;
  const words = text.slice(start, end).match(LONG_WORD);
  if (words === null || words.length < MIN_LONG_WORDS) return false;
  let capitalised = 0;
  for (const w of words) if (w[0] !== w[0].toLowerCase()) capitalised++;
  return capitalised / words.length >= MIN_CAPITALISED_SHARE;
}

/** A capitalised word right after a word, comma or mark: written as a name, not as a sentence's first word. */
const NAME_AFTER_WORD = /(?<=[\p{L},;:()"“'‘] )\p{Lu}[\p{L}'’-]*/gu;

/**
 * What one text says about its lines and names, worked out once per text (every source in a
 * headline asks): whether each line is in title case, and where each word is written as a name.
 */
class HeadlineFacts {
  private readonly titleCase = new Map<number, boolean>();
  private names: Map<string, number[]> | null = null;
  constructor(readonly text: string) {}

  /** Whether the line [start, end) is in title case. */
  isTitleCase(start: number, end: number): boolean {
    let known = this.titleCase.get(start);
    if (known === undefined) this.titleCase.set(start, (known = titleCaseLine(this.text, start, end)));
    return known;
  }

  /** Whether `word` is written as a name somewhere outside [start, end). */
  writtenAsNameOutside(word: string, start: number, end: number): boolean {
    if (this.names === null) {
      this.names = new Map();
      for (const m of this.text.matchAll(NAME_AFTER_WORD)) {
        const w = m[0].replace(/['’]s$/u, '');
        const at = m.index;
        const list = this.names.get(w);
        if (list) list.push(at);
        else this.names.set(w, [at]);
      }
    }
    const at = this.names.get(word);
    return at !== undefined && at.some((p) => p < start || p >= end);
  }
}

/** The facts of the last text asked about: the sources of one text are read together. */
let facts: HeadlineFacts | null = null;

/** Whether the line holding `at` is written in title case, as a headline is. */
export function inTitleCaseLine(text: string, at: number): boolean {
  const { start, end } = lineAround(text, at);
  return factsOf(text).isTitleCase(start, end);
}

/** The facts of `text`, made once while its sources are read. */
function factsOf(text: string): HeadlineFacts {
  if (facts === null || facts.text !== text) facts = new HeadlineFacts(text);
  return facts;
}

/** Two capitals or a dot in a word: an acronym ("U.S.", "NATO"), a name in any case. */
const ACRONYM = /\p{Lu}.*\p{Lu}|\./u;

/**
 * The source phrase [start, end) in lower case when it stands in a title-case headline and the
 * story writes none of its capitalised words as a name; null otherwise (read it as written).
 */
export function headlinePhrase(text: string, start: number, end: number): string | null {
  const line = lineAround(text, start);
  const known = factsOf(text);
  if (!known.isTitleCase(line.start, line.end)) return null;
  const phrase = text.slice(start, end);
  for (const word of phrase.split(/\s+/u)) {
    if (word === '' || word[0] === word[0].toLowerCase() || /^the$/iu.test(word)) continue;
    if (ACRONYM.test(word)) return null;
    if (known.writtenAsNameOutside(word.replace(/['’]s$/u, ''), line.start, line.end)) return null;
  }
  return phrase.toLowerCase();
}

/**
 * The text's headline line: the first line with words (blank lines or a byte-order mark may come
 * before it), as [start, end). Every headline reading asks the same question of the same text.
 */
export function headlineLine(text: string): { start: number; end: number } {
  if (lastHeadline !== null && lastHeadline.text === text) return lastHeadline.line;
  const first = text.search(/[^\s\uFEFF]/u);
  const start = first < 0 ? 0 : text.lastIndexOf('\n', first) + 1;
  const next = first < 0 ? 0 : text.indexOf('\n', first);
  const line = first < 0 ? { start: 0, end: 0 } : { start, end: next < 0 ? text.length : next };
  lastHeadline = { text, line };
  return line;
}

/** The headline line of the last text asked about: asked once per name and per reading, found once. */
let lastHeadline: { text: string; line: { start: number; end: number } } | null = null;

