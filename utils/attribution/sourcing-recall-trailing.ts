/**
 * The sourcing reading for claims that come first and name their source after ("…, the person
 * said.", "…,” said Ana Ruiz, a spokeswoman."), read back from the sentence's last cue over the
 * source noun phrase before or after it.
 */
import { WEEKDAYS } from './time-words';
import type { Sentence } from './sentences';
import { isQuoteMark, type Token } from './tokenize';
import type { AttributionSpans } from './types';
import { readSourceNoun } from './sourcing-recall-noun';
import { FINITE_AUXILIARIES, GROUP_NOUNS } from './source-lexicon';
import { cueSpan, isCap, isCueAt, span } from './sourcing-recall-spans';
import {
  AFTER_CUE_PP, AFTERTHOUGHT_START, AUXILIARIES, DOCUMENT_CUES, documentSubject, isDocumentWord, MAX_SOURCE_TOKENS, PP_NOUNS, RELATIVES, SENTENCE_CLOSERS, TRAILING_CUES,
} from './sourcing-recall-words';

/** Verbs that are nouns too, read as the cue only at the very end after a quotation and a two-word source ("“…,” the memo states."). */
const QUOTED_THEN_VERBS = new Set(['states', 'notes', 'reads', 'concludes', 'adds', 'warns', 'claims', 'argues']);

/** A day right after the cue ("said Monday"). */
const DAY_WORDS = new RegExp(`^(?:${WEEKDAYS.toLowerCase()}|today|yesterday)$`, 'u');

/** Participles of what the news brings about, after the cue's comma ("…, the council has confirmed, adding £40 a year to …"). */
const CONSEQUENCE_PARTICIPLES = new Set(['adding', 'prompting', 'sparking', 'raising', 'bringing', 'taking', 'pushing', 'leaving', 'ending', 'meaning', 'putting', 'triggering']);

/** Bodies that hear evidence: "…, the court heard." is what was put to it. */
export const HEARING_BODIES: ReadonlySet<string> = new Set(['court', 'inquiry', 'tribunal', 'hearing', 'inquest', 'jury', 'trial', 'committee']);

/** "…, the person said." / "…,” said Ana Ruiz, a spokeswoman." / "…, the ministry said, adding …": content first, then the source. */
export function trailingAttribution(t: Token[], s: Sentence): AttributionSpans | null {
  let end = s.to;
  while (end > s.from && SENTENCE_CLOSERS.has(t[end - 1].text)) end--;
  // up to a short tail after the cue: "in a statement", "on Tuesday", "told reporters"
  for (let c = end - 1; c > s.from + 2 && end - c <= MAX_SOURCE_TOKENS; c--) {
    const w = t[c].lower;
    // a verb that is also a noun ("states", "notes") is a verb at the very end after a quotation: "“…,” the memo states."
    const quotedThenVerb = c + 1 === end && QUOTED_THEN_VERBS.has(t[c].text) && isQuoteMark(t[s.from].text) && c >= s.from + 3 && (isQuoteMark(t[c - 3].text) || t[c - 3].text === ',');
    // (a court's ruling is its statement: "…, the High Court ruled on Friday.")
    // (a verb that is also a noun ends a headline or lede after a comma and a group: "…, scientists report")
    const groupThenVerb = c + 1 === end && c >= s.from + 3 && TRAILING_CUES.has(w) && t[c - 2].text === ',' && GROUP_NOUNS.has(t[c - 1].lower);
    const trailingCue = isCueAt(t, c, TRAILING_CUES) || w === 'ruled' || groupThenVerb;
    // what a document found: "…, a study has found.", "…, research suggests." (its subject must be a document)
    const documentCue = !trailingCue && DOCUMENT_CUES.has(w) && documentNear(t, s.from, c);
    if (!trailingCue && !quotedThenVerb && !(w === 'told' || w === 'tells') && w !== 'heard' && !documentCue) continue;
    // or a comma and an afterthought: "…, the ministry has confirmed, the largest rise in a decade."
    // (not a clause: "…, he said, officials should be vigilant" goes on with the claim)
    // (a day may come first: "…, the company said on Wednesday, its second increase in a year.")
    const dayEnd = c + 1 < end && DAY_WORDS.test(t[c + 1].lower) ? c + 2 : c + 2 < end && t[c + 1].lower === 'on' && DAY_WORDS.test(t[c + 2].lower) ? c + 3 : c + 1;
    const afterthought = dayEnd + 1 < end && t[dayEnd].text === ',' && w !== 'told' && w !== 'tells' && AFTERTHOUGHT_START.test(t[dayEnd + 1].lower) && !clauseWithoutRelative(t, dayEnd + 1, end);
    // or a comma and what the news brings about: "…, the government has confirmed, adding £200 a year to …, and prompting anger"
    // (a day may come first, and "in what …" sums the news up: "…, their union said Monday, in what organizers called the largest rent strike …")
    const comma = dayEnd;
    const consequence = comma + 1 < end && t[comma].text === ',' && w !== 'told' && w !== 'tells' &&
      (CONSEQUENCE_PARTICIPLES.has(t[comma + 1].lower) || (t[comma + 1].lower === 'in' && /^(?:what|a|an)$/u.test(t[comma + 2]?.lower ?? '')));
    const tailOk = c + 1 === end || (end - c <= 8 && tailIsAdjunct(t, c + 1, end, w)) || afterthought || consequence;
    // (never a "source" that holds a cue of its own: "…,” the sprinter said in a video posted to
    // Instagram" is the sprinter's saying, read further back, not a video's posting)
    const noun = tailOk ? withoutCueInside(t, sourceBefore(t, s.from, c)) : null;
    if (documentCue && (noun === null || !documentSubject(t, noun.from, auxiliaryStart(t, noun.from, c)))) continue;
    // "…, Carlton Crown Court heard.": evidence put to a court or inquiry, never anyone else's hearing
    if ((w === 'heard' || w === 'ruled') && (noun === null || !HEARING_BODIES.has(t[noun.to - 1].lower))) continue;
    if (noun) return { source: span(t, noun.from, noun.to), cue: cueSpan(t, noun.to, c), content: [span(t, s.from, noun.contentTo)] };
    // inverted: "…,” said the person, who asked not to be named.
    const b = c - 1;
    if (w !== 'told' && w !== 'tells' && b > s.from && (t[b].text === ',' || isQuoteMark(t[b].text)) && c + 1 < end) {
      const src = readSourceNoun(t, c + 1, end);
      if (src && src.to === end && !clauseWithoutRelative(t, c + 1, end) && !adverbThenVerb(t, c + 1, end) && !describedSubjectOpening(t, s.from, b)) return { source: span(t, c + 1, end), cue: span(t, c, c + 1), content: [span(t, s.from, isQuoteMark(t[b].text) ? b + 1 : b)] };
    }
  }
  return null;
}

/** The source noun phrase, unless a trailing cue stands inside it. */
function withoutCueInside<T extends { from: number; to: number }>(t: Token[], noun: T | null): T | null {
  if (noun === null) return null;
  for (let k = noun.from; k < noun.to; k++) if (isCueAt(t, k, TRAILING_CUES)) return null;
  return noun;
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

/** Words that open a noun phrase bringing in a source ("A ranger", "The woman", "Two people"). */
const SUBJECT_OPENERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'several', 'some', 'another']);

/**
 * "A ranger at the park, who spoke on condition of anonymity, said poachers …": a noun phrase and
 * its relative clause before ", said" are the subject, not a claim said by what follows.
 */
function describedSubjectOpening(t: Token[], from: number, to: number): boolean {
  // (a name described so opens one too: "Nwosu, who won gold in Tokyo, announced her retirement …")
  const article = SUBJECT_OPENERS.has(t[from].lower);
  if (!article && !isCap(t[from])) return false;
  // (after a capital, the word before the comma must end a name: "Nwosu, who", "Bernie Sanders, who")
  for (let k = from + 1; k + 1 < to && k < from + 10; k++) if (t[k].text === ',' && (t[k + 1].lower === 'who' || t[k + 1].lower === 'whose') && (article || isCap(t[k - 1]))) return true;
  return false;
}

/** Words in -ly that are no adverbs ("family", "ally", "elderly"). */
const LY_NOUNS = new Set(['family', 'ally', 'rally', 'assembly', 'supply', 'reply', 'bully', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'elderly', 'early', 'only', 'italy', 'july', 'lily', 'emily', 'kelly', 'holly', 'sally']);

/** A verb in the past ("ran", "rejected"): after an adverb, the finite verb of a clause. */
const PAST_VERB = /^(?:\p{Ll}+ed|ran|went|came|took|made|got|fell|rose|grew|saw|left|kept|held|told|gave|found|began|became|brought|stood|sat|paid|met|led|lost|won|felt|sent|spent|built)$/u;

/** An adverb in -ly and a verb in the past after it ("shifts regularly ran …"): a clause, never a source noun phrase. */
function adverbThenVerb(t: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k + 1 < to; k++) if (t[k].lower.endsWith('ly') && !LY_NOUNS.has(t[k].lower) && PAST_VERB.test(t[k + 1].text)) return true;
  return false;
}

/** What may follow a sentence-final cue: a short adverbial, or the listener after "told". */
function tailIsAdjunct(t: Token[], from: number, end: number, cue: string): boolean {
  // the listener, and at most a short adjunct after it: "told reporters the talks would go on" is no tail but a claim
  // (or an article's listener: "told the Guardian", "told a parliamentary committee")
  if ((cue === 'told' || cue === 'tells') && (isCap(t[from]) || /^(?:reporters|journalists|me|us|him|her|them|the|a|an)$/u.test(t[from].lower))) return end - from <= 4 && !clauseWithoutRelative(t, from, end);
  // "to" and a verb ("continues to occupy the village") goes on with a clause, not an adjunct
  if (t[from].lower === 'to' && from + 1 < end && !isCap(t[from + 1]) && !/^(?:the|a|an|his|her|their|its|our|reporters|journalists)$/u.test(t[from + 1].lower)) return false;
  if (!AFTER_CUE_PP.has(t[from].lower) && !/^(?:on|in)$/u.test(t[from].lower)) return (DAY_WORDS.test(t[from].lower) || /^(?:recently|later|earlier)$/u.test(t[from].lower)) && end - from <= 2;
  for (let k = from; k < end; k++) if (PP_NOUNS.test(t[k].lower) || isCap(t[k])) return true;
  return false;
}

/** Whether a document's noun stands among the few words before the cue at `c` (most "found" have none: no source is read for them). */
function documentNear(t: Token[], from: number, c: number): boolean {
  for (let k = c - 1; k >= from && k >= c - 8; k--) if (isDocumentWord(t[k].lower)) return true;
  return false;
}

/** Where the auxiliaries before the cue at `c` start ("a study | has found"): the subject ends there. */
function auxiliaryStart(t: Token[], from: number, c: number): number {
  let k = c;
  while (k > from && AUXILIARIES.has(t[k - 1].lower)) k--;
  return k;
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
  // an opening mark touching the next word ('said: "They told us'): the speaker stands inside a quotation
  if (isQuoteMark(t[k].text) && t[k + 1].start === t[k].end) return null;
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
