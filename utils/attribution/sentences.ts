/**
 * Sentences, paragraphs and quote state over tokens. Taggers work sentence by sentence, so a
 * sentence is capped in length: text without punctuation still costs linear time.
 */
import { CLOSE_QUOTES, OPEN_QUOTES, type Token } from './tokenize';

/** A run of tokens [from, to) inside one paragraph. */
export interface Sentence {
  from: number;
  to: number;
  paragraph: number;
}

/** Longest sentence the taggers see; longer runs are cut (1 MB without a full stop stays linear). */
export const MAX_SENTENCE_TOKENS = 90;

/** A sentence's end inside a stretch of text: ".", "!" or "?" (maybe with a closing quote) then white space. */
export const SENTENCE_BREAK = /[.!?]["”’]?\s/u;

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr gov sen rep gen lt col sgt capt cmdr adm prof st jr sr rev hon pres sec supt ' +
    'inc co corp ltd bros no vs v etc jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'u.s u.k u.n d.c a.m p.m ft mt ala ariz ark calif colo conn del fla ga ill ind kan ky la ' +
    'md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo').split(' '),
);

/** Whether a word (lower case, no final dot) is an abbreviation whose dot ends no sentence ("St.", "Gen.", "U.S."). */
export function isAbbreviation(lowerWord: string): boolean {
  return ABBREVIATIONS.has(lowerWord);
}

const CLOSERS = new Set([...CLOSE_QUOTES, '"', "'", '’', ')', ']']);

/** Counts newlines between two offsets (between tokens, only white space; lead-claims.ts asks it of any stretch). */
export function breaksBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Abbreviations only before a number ("No. 3", "v. 2"): "vote no." ends its sentence. */
const BEFORE_NUMBERS = new Set(['no']);

/**
 * What may follow "6 a.m." in the same sentence: a lower-case word, a number, a day ("6 a.m.
 * Tuesday"), a time zone ("EDT", "GMT") or its adjective ("Eastern"); any other capital starts
 * the next sentence ("shortly after 6 a.m. One man …").
 */
const TIME_GOES_ON = /^(?:[^\p{Lu}]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|[A-Z]{2,4}$|(?:Eastern|Central|Mountain|Pacific|Atlantic|Hawaii|Alaska|local|Local)$)/u;

function isEnder(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  if (t.text === '!' || t.text === '?' || t.text === '...') return true;
  if (t.text !== '.') return false;
  if (!prev || prev.end !== t.start) return true;
  const w = prev.lower;
  if (BEFORE_NUMBERS.has(w)) return next === undefined || !/^\p{N}/u.test(next.text);
  if (w === 'a.m' || w === 'p.m') return next === undefined || !TIME_GOES_ON.test(next.text);
  if (ABBREVIATIONS.has(w)) return false;
  // a single capital letter followed by a dot is an initial ("John F. Kennedy")
  if (w.length === 1 && /\p{Lu}/u.test(prev.text)) return false;
  return true;
}

/** Cuts tokens into sentences at enders, line breaks and the length cap. */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let from = 0;
  const close = (to: number): void => {
    for (let s = from; s < to; s += MAX_SENTENCE_TOKENS) {
      out.push({ from: s, to: Math.min(to, s + MAX_SENTENCE_TOKENS), paragraph });
    }
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && breaksBetween(text, tokens[i - 1].end, tokens[i].start) > 0) {
      if (i > from) close(i);
      paragraph++;
    }
    if (!isEnder(tokens[i], tokens[i - 1], tokens[i + 1])) continue;
    let end = i + 1;
    while (end < tokens.length && (CLOSERS.has(tokens[end].text) || tokens[end].text === '.') && tokens[end].start === tokens[end - 1].end) end++;
    const next = tokens[end];
    if (next && !/^[\p{Lu}\p{N}"“‘'(\[—-]/u.test(next.text)) { i = end - 1; continue; }
    close(end);
    i = end - 1;
  }
  if (from < tokens.length) close(tokens.length);
  return out;
}

/**
 * Per token: the number of the double quotation it is in (marks included), 0 outside. A quote
 * left open at the end of a paragraph closes there (the next paragraph's opening mark starts a
 * new one), so one stray mark cannot swallow the rest of an article.
 */
export function quoteRegions(text: string, tokens: Token[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  let open = 0, count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (i > 0 && breaksBetween(text, tokens[i - 1].end, tokens[i].start) > 0) open = 0;
    // every quote mark is one UTF-16 unit: longer tokens skip the set lookups
    if (t.length === 1 && (OPEN_QUOTES.has(t) || (t === '"' && open === 0))) { open = ++count; ids[i] = open; continue; }
    if (t.length === 1 && (CLOSE_QUOTES.has(t) || t === '"')) { ids[i] = open || ++count; open = 0; continue; }
    ids[i] = open;
  }
  return ids;
}

/** Per token: 1 inside a double quotation (marks included), else 0. */
export function quoteState(text: string, tokens: Token[]): Uint8Array {
  return Uint8Array.from(quoteRegions(text, tokens), (id) => (id > 0 ? 1 : 0));
}

/** An ASCII digit's code. */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** How far back from a cue its sentence may start. */
const SENTENCE_REACH = 300;

/**
 * Where the line holding `to` starts, looking back no further than `from` (`from` when no line break
 * lies in between): bounded, so a megabyte with no line break is not searched back per call.
 */
export function lineStartWithin(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return from;
}

/** What after a dot shows the sentence going on: a comma or a semicolon. */
const DOT_GOES_ON = /[,;]/u;
/** A firm's or a person's name ending abbreviated ("Inc", "Corp", "Jr"), not a state's in a dateline ("Calif., Jan. 1"). */
const NAME_ENDING_BEFORE = /(?:^|[^\p{L}])(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|Plc|Llc|LLC|PLC)$/u;

/**
 * Where the sentence holding `cue` starts (just after ".", "!", "?" or a line break), looking back
 * at most SENTENCE_REACH units; -1 when none is that close. Char codes, no one-unit string per step.
 */
export function sentenceStartBefore(text: string, cue: number): number {
  let start = cue;
  for (; start > 0 && cue - start < SENTENCE_REACH; start--) {
    const c = text.charCodeAt(start - 1);
    // (a decimal point, "5.25", ends no sentence)
    if (c === 46 && isDigit(text.charCodeAt(start)) && start >= 2 && isDigit(text.charCodeAt(start - 2))) continue;
    // (nor a dot with a comma right after it: "Lumen Companions Inc., a San Francisco startup")
    if (c === 46 && start < text.length && DOT_GOES_ON.test(text[start]) && NAME_ENDING_BEFORE.test(text.slice(Math.max(0, start - 6), start - 1))) continue;
    if (c === 46 || c === 33 || c === 63 || c === 10) break;
  }
  return cue - start >= SENTENCE_REACH ? -1 : start;
}

/** The first non-space character of the sentence `at` is in (from sentenceStartBefore), or -1 past reach: where a subject before `at` opens. */
export function sentenceOpeningBefore(text: string, at: number): number {
  const start = sentenceStartBefore(text, at);
  if (start < 0) return -1;
  let from = start;
  while (from < at && /\s/u.test(text[from])) from++;
  return from;
}
