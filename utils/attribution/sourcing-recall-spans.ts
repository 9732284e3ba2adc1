/**
 * Token-level helpers the sourcing readings (sourcing-recall.ts, sourcing-recall-trailing.ts) share:
 * spans over token runs, where a claim ends, and which word is a cue where.
 */
import { isQuoteMark, type Token } from './tokenize';
import type { Span } from './types';
import { AUXILIARIES, NOUN_LIKE_CUES } from './sourcing-recall-words';

/** A lower-case reporting verb, and a noun-like one only when "that" follows. */
export function isCueAt(t: Token[], c: number, set: ReadonlySet<string>): boolean {
  const w = t[c].text;
  if (!set.has(w)) return false;
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
