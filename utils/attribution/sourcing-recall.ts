/**
 * A second, complementary reading of news sourcing: sentence shapes that wire copy uses all the
 * time ("…, a person familiar with the talks said.", "according to two officials",
 * "Ana Ruiz, a spokeswoman for the port, said …") read with whole noun phrases as sources, so
 * claims the span finder misses still reach the reader, anonymous ones above all. One pass over
 * sentences; every scan is bounded by the sentence length cap.
 */
import { splitSentences, type Sentence } from './sentences';
import { isQuoteMark, tokenize, type Token } from './tokenize';
import type { AttributionSpans, Span } from './types';
import { readSourceNoun } from './sourcing-recall-noun';
import { markPartitive } from './sourcing-merge';
import {
  AFTER_CUE_PP, AFTERTHOUGHT_START, AUXILIARIES, DOCUMENT_CUES, documentSubject, FINITE_AUXILIARIES, LEAD_CONNECTORS, LEAD_PREPOSITIONS, LEADING_CUES, MAX_SOURCE_TOKENS,
  NOT_IN_SUBJECT, NOUN_LIKE_CUES, PP_NOUNS, RELATIVES, SENTENCE_CLOSERS, SUBJECT_MODIFIERS, TRAILING_CUES,
} from './sourcing-recall-words';

/** The merge lives beside the readings; the span finder imports both from here. */
export { mergeMissing } from './sourcing-merge';

/** A lower-case reporting verb, and a noun-like one only when "that" follows. */
function isCueAt(t: Token[], c: number, set: ReadonlySet<string>): boolean {
  const w = t[c].text;
  if (!set.has(w)) return false;
  return !NOUN_LIKE_CUES.has(w) || t[c + 1]?.lower === 'that';
}

const span = (t: Token[], from: number, to: number): Span => ({ start: t[from].start, end: t[to - 1].end });
const isCap = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/** Last content token index (exclusive) once the sentence's final full stop is left out. */
function contentEnd(t: Token[], from: number, to: number): number {
  if (to > from && isQuoteMark(t[to - 1].text)) return to;
  while (to > from && /^[.,;:!?]$/u.test(t[to - 1].text) && t[to - 1].text !== '?' && t[to - 1].text !== '!') to--;
  return to;
}

/** "…, the person said." / "…,” said Ana Ruiz, a spokeswoman." / "…, the ministry said, adding …": content first, then the source. */
function trailing(t: Token[], s: Sentence): AttributionSpans | null {
  let end = s.to;
  while (end > s.from && SENTENCE_CLOSERS.has(t[end - 1].text)) end--;
  // up to a short tail after the cue: "in a statement", "on Tuesday", "told reporters"
  for (let c = end - 1; c > s.from + 2 && end - c <= MAX_SOURCE_TOKENS; c--) {
    const w = t[c].lower;
    if (!isCueAt(t, c, TRAILING_CUES) && !(w === 'told' || w === 'tells')) continue;
    // or a comma and an afterthought: "…, the ministry has confirmed, the largest rise in a decade."
    // (not a clause: "…, he said, officials should be vigilant" goes on with the claim)
    const afterthought = c + 2 < end && t[c + 1].text === ',' && w !== 'told' && w !== 'tells' && AFTERTHOUGHT_START.test(t[c + 2].lower) && !clauseWithoutRelative(t, c + 2, end);
    const tailOk = c + 1 === end || (end - c <= 7 && tailIsAdjunct(t, c + 1, end, w)) || afterthought;
    const noun = tailOk ? sourceBefore(t, s.from, c) : null;
    if (noun) return { source: span(t, noun.from, noun.to), cue: cueSpan(t, noun.to, c), content: [span(t, s.from, noun.contentTo)] };
    // inverted: "…,” said the person, who asked not to be named.
    const b = c - 1;
    if (w !== 'told' && w !== 'tells' && b > s.from && (t[b].text === ',' || isQuoteMark(t[b].text)) && c + 1 < end) {
      const src = readSourceNoun(t, c + 1, end);
      if (src && src.to === end && !clauseWithoutRelative(t, c + 1, end)) return { source: span(t, c + 1, end), cue: span(t, c, c + 1), content: [span(t, s.from, isQuoteMark(t[b].text) ? b + 1 : b)] };
    }
  }
  return null;
}

/**
 * Whether tokens [from, to) hold a finite verb not inside a relative clause: after "…, said" such
 * a run is the next claim ("…, said the list had been drawn up"), while "the aide, who has …" is a speaker.
 */
function clauseWithoutRelative(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (RELATIVES.has(t[k].lower)) return false;
    if (FINITE_AUXILIARIES.has(t[k].lower)) return true;
  }
  return false;
}

/** What may follow a sentence-final cue: a short adverbial, or the listener after "told". */
function tailIsAdjunct(t: Token[], from: number, end: number, cue: string): boolean {
  // the listener, and at most a short adjunct after it: "told reporters the talks would go on" is no tail but a claim
  if ((cue === 'told' || cue === 'tells') && (isCap(t[from]) || /^(?:reporters|journalists|me|us|him|her|them)$/u.test(t[from].lower))) return end - from <= 4 && !clauseWithoutRelative(t, from, end);
  if (!AFTER_CUE_PP.has(t[from].lower) && !/^(?:on|in)$/u.test(t[from].lower)) return /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|recently|later|earlier)$/u.test(t[from].lower) && end - from <= 2;
  for (let k = from; k < end; k++) if (PP_NOUNS.test(t[k].lower) || isCap(t[k])) return true;
  return false;
}

/** Cue span with the auxiliary words just before the verb: "has said", "also said". */
function cueSpan(t: Token[], sourceEnd: number, c: number): Span {
  let a = c;
  while (a > sourceEnd && AUXILIARIES.has(t[a - 1].lower)) a--;
  return span(t, a, c + 1);
}

interface BoundSource { from: number; to: number; contentTo: number }

/** The source noun phrase that ends just before the cue at `c`, after a comma or closing quote. */
function sourceBefore(t: Token[], from: number, c: number): BoundSource | null {
  let to = c;
  while (to > from && AUXILIARIES.has(t[to - 1].lower)) to--;
  // segments back from the verb, split at commas: "an aide, Ana Ruiz," / "Ana Ruiz, an aide,"
  let k = to - 1;
  if (k > from && t[k].text === ',') k--;
  const segEnd = k + 1;
  while (k > from && t[k].text !== ',' && !isQuoteMark(t[k].text) && segEnd - k < MAX_SOURCE_TOKENS) k--;
  if (k <= from || (t[k].text !== ',' && !isQuoteMark(t[k].text))) return null;
  let srcFrom = k + 1;
  const last = readSourceNoun(t, srcFrom, segEnd);
  if (!last) return null;
  // one apposition further left: a name before a description, or a description before a name
  if (t[k].text === ',' && !isQuoteMark(t[k - 1]?.text ?? '')) {
    let j = k - 1;
    while (j > from && t[j].text !== ',' && !isQuoteMark(t[j].text) && k - j < 12) j--;
    if (j > from && (t[j].text === ',' || isQuoteMark(t[j].text))) {
      const prev = readSourceNoun(t, j + 1, k);
      if (prev && (prev.kind === 'name') !== (last.kind === 'name')) srcFrom = j + 1;
    }
  }
  let contentTo = srcFrom - 1;
  if (t[contentTo].text === ',' && contentTo > from && isQuoteMark(t[contentTo - 1].text)) contentTo--;
  if (isQuoteMark(t[contentTo].text)) contentTo++;
  if (contentTo - from < 3) return null;
  const srcTo = t[to - 1].text === ',' ? to - 1 : to;
  return { from: srcFrom, to: srcTo, contentTo };
}

/** "Two officials familiar with the plan said (that) …": subject first, then the cue and the clause. */
function leading(t: Token[], s: Sentence): AttributionSpans | null {
  let i = s.from;
  if (LEAD_CONNECTORS.has(t[i].lower)) i++;
  if (t[i]?.text === ',') i++;
  if (i < s.to && LEAD_PREPOSITIONS.has(t[i].lower)) {
    let k = i;
    while (k < s.to && k - i < 9 && t[k].text !== ',') k++;
    if (k < s.to && t[k].text === ',') i = k + 1;
  }
  if (i >= s.to || isQuoteMark(t[i].text)) return null;
  let seenModifier = false;
  for (let c = i + 1; c < s.to && c - i <= MAX_SOURCE_TOKENS; c++) {
    const w = t[c].lower;
    if (isQuoteMark(t[c].text)) return null;
    if (NOT_IN_SUBJECT.has(w) && !seenModifier) return null;
    if (SUBJECT_MODIFIERS.has(w)) seenModifier = true;
    if (!isCueAt(t, c, LEADING_CUES) && !(DOCUMENT_CUES.has(w) && documentSubject(t, i, c))) continue;
    let srcTo = c;
    while (srcTo > i && AUXILIARIES.has(t[srcTo - 1].lower)) srcTo--;
    if (srcTo > i && t[srcTo - 1].text === ',') srcTo--;
    if (srcTo === i) return null; // no subject before the cue ("Has said the bridge …")
    // "admitted" also means "let in" ("The hospital admitted 40 patients"): a cue here only before "that"
    if (w === 'admitted' && t[c + 1]?.lower !== 'that') continue;
    const noun = readSourceNoun(t, i, srcTo);
    if (!noun || !subjectCommasBalanced(t, i, c)) return null;
    const cFrom = afterCue(t, c + 1, s.to, w);
    const cTo = contentEnd(t, cFrom, s.to);
    if (cTo - cFrom < 3) return null;
    const reading = { source: span(t, i, srcTo), cue: cueSpan(t, srcTo, c), content: [span(t, cFrom, cTo)] };
    // "Several of them", "three of the witnesses": the finder may have taken only what follows "of"
    if (i + 2 < srcTo && t[i + 1].lower === 'of') markPartitive(reading, t[i + 2].start);
    return reading;
  }
  return null;
}

/** A subject may hold one apposition ("Ana Ruiz, an aide, said"): zero or two commas, the second last. */
function subjectCommasBalanced(t: Token[], from: number, c: number): boolean {
  let n = 0;
  for (let k = from; k < c; k++) if (t[k].text === ',') n++;
  return n === 0 || (n === 2 && (t[c - 1].text === ',' || AUXILIARIES.has(t[c - 1].lower)));
}

/** Where the content starts after a cue: past the listener, "in a statement", a colon. */
function afterCue(t: Token[], k: number, to: number, cue: string): number {
  if ((cue === 'told' || cue === 'tells') && k < to) {
    if (/^(?:reporters|journalists|me|us|him|her|them|lawmakers|investigators)$/u.test(t[k].lower)) k++;
    else if (/^(?:the|a|an)$/u.test(t[k].lower) && k + 2 < to) k += 2;
    else while (k < to && isCap(t[k])) k++;
  }
  if (k < to && (t[k].lower === 'in' || t[k].lower === 'on') && k + 3 < to) {
    let j = k + 1;
    while (j < to && j - k < 5 && !PP_NOUNS.test(t[j].lower)) j++;
    if (j < to && PP_NOUNS.test(t[j].lower)) k = j + 1;
  }
  if (k < to && (t[k].text === ',' || t[k].text === ':')) k++;
  return k;
}

/** "…, according to two people briefed on the talks." — anywhere in the sentence. */
function accordingTo(t: Token[], s: Sentence): AttributionSpans | null {
  for (let c = s.from; c + 2 < s.to; c++) {
    if (t[c].lower !== 'according' || t[c + 1].lower !== 'to') continue;
    let k = c + 2;
    while (k < s.to && t[k].text !== ',' && !/^[.;:!?]$/u.test(t[k].text) && k - c < MAX_SOURCE_TOKENS) k++;
    // ", who asked not to be named," belongs to the source
    if (t[k]?.text === ',' && /^(?:who|which)$/u.test(t[k + 1]?.lower ?? '')) {
      k++;
      while (k < s.to && t[k].text !== ',' && !/^[.;!?]$/u.test(t[k].text) && k - c < MAX_SOURCE_TOKENS * 2) k++;
    }
    if (!readSourceNoun(t, c + 2, k)) continue;
    const before = c > s.from && t[c - 1].text === ',' ? c - 1 : c;
    const content = before - s.from >= 3 ? span(t, s.from, before)
      : contentEnd(t, k + 1, s.to) - (k + 1) >= 3 ? span(t, k + 1, contentEnd(t, k + 1, s.to)) : null;
    if (content) return { source: span(t, c + 2, k), cue: span(t, c, c + 2), content: [content] };
  }
  return null;
}

/**
 * Every attribution the sentence shapes above find, at most one per sentence. The span finder
 * passes the tokens and sentences it already has, so the text is not tokenised twice.
 */
export function findSourcingRecall(text: string, t: Token[] = tokenize(text), sentences: Sentence[] = splitSentences(text, t)): AttributionSpans[] {
  const out: AttributionSpans[] = [];
  for (const s of sentences) {
    if (s.to - s.from < 5) continue;
    const found = accordingTo(t, s) ?? trailing(t, s) ?? leading(t, s);
    if (found) out.push(found);
  }
  return out;
}
