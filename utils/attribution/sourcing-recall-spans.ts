/**
 * Token-level helpers the sourcing readings (sourcing-recall.ts, sourcing-recall-trailing.ts) share:
 * spans over token runs, where a claim ends, and which word is a cue where.
 */
import { isQuoteMark, type Token } from './tokenize';
import type { Span } from './types';
import { MONTHS, TIME_NOUNS, WEEKDAYS } from './time-words';
import { AUXILIARIES, NOUN_LIKE_CUES, THAT_CLAUSE_CUES } from './sourcing-recall-words';

/** Words that open a short time phrase between a verb and its "that" ("ruled on Tuesday that", "ruled last week that"). */
const TIME_OPENERS = new Set(['on', 'last', 'this', 'earlier', 'in']);

/** A word of a short time phrase ("on Tuesday", "last week", "in March", "earlier this year"): no case's or dispute's noun before a relative "that". */
const TIME_WORD = new RegExp(`^(?:${WEEKDAYS}|${MONTHS}|${TIME_NOUNS}|\\d{1,4}|earlier|last|this|the|a|on|in)$`, 'iu');

/** "that" right after the verb at c, or after a time phrase of at most three words. */
function thatAfterTime(t: Token[], c: number): boolean {
  if (t[c + 1]?.lower === 'that') return true;
  if (!TIME_OPENERS.has(t[c + 1]?.lower ?? '')) return false;
  for (let k = c + 2; k <= c + 4 && k < t.length; k++) {
    if (t[k].lower === 'that') return true;
    if (!TIME_WORD.test(t[k].text)) return false;
  }
  return false;
}

/** Words after which a verb's form is a noun. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);

/** A lower-case reporting verb, a noun-like one only when "that" follows, a ruling or disclosure only before its "that"; none after an article or possessive. */
export function isCueAt(t: Token[], c: number, set: ReadonlySet<string>): boolean {
  const w = t[c].text;
  if (!set.has(w)) return false;
  // after an article or a possessive it is a noun ("The forecasts show", "its estimates")
  if (c > 0 && DETERMINERS.has(t[c - 1].lower)) return false;
  if (THAT_CLAUSE_CUES.has(w)) return thatAfterTime(t, c);
  return !NOUN_LIKE_CUES.has(w) || t[c + 1]?.lower === 'that';
}

/** The text span of tokens [from, to), so readings build spans without offset arithmetic. */
export const span = (t: Token[], from: number, to: number): Span => ({ start: t[from].start, end: t[to - 1].end });
/** A token that starts with a capital: names and listeners ("told Ana Ruiz") are told by it. */
export const isCap = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/** Last content token index (exclusive) once the sentence's final full stop is left out. */
export function contentEnd(t: Token[], from: number, to: number): number {
  if (to > from && isQuoteMark(t[to - 1].text)) return to;
  while (to > from && /^[.,;:!?]$/u.test(t[to - 1].text) && t[to - 1].text !== '?' && t[to - 1].text !== '!') to--;
  return to;
}

/** Cue span with the auxiliary words just before the verb: "has said", "also said". */
export function cueSpan(t: Token[], sourceEnd: number, c: number): Span {
  let a = c;
  while (a > sourceEnd && AUXILIARIES.has(t[a - 1].lower)) a--;
  return span(t, a, c + 1);
}
