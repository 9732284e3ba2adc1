/**
 * A second, complementary reading of news sourcing: sentence shapes that wire copy uses all the
 * time ("…, a person familiar with the talks said.", "according to two officials",
 * "Ana Ruiz, a spokeswoman for the port, said …") read with whole noun phrases as sources, so
 * claims the span finder misses still reach the reader, anonymous ones above all. One pass over
 * sentences; every scan is bounded by the sentence length cap. Here the source-first shapes and
 * "according to"; the claim-first shape is in sourcing-recall-trailing.ts.
 */
import { splitSentences, type Sentence } from './sentences';
import { isQuoteMark, tokenize, type Token } from './tokenize';
import type { AttributionSpans } from './types';
import { readSourceNoun } from './sourcing-recall-noun';
import { markPartitive } from './sourcing-merge';
import { contentEnd, cueSpan, isCap, isCueAt, span } from './sourcing-recall-spans';
import { HEARING_BODIES, trailingAttribution } from './sourcing-recall-trailing';
import { relativeClauseAttribution } from './sourcing-recall-relative';
import { subjectStart } from './sourcing-recall-lead';
import {
  AUXILIARIES, DOCUMENT_CUES, documentSubject, findingBodySubject, isStanceOnDecision, LEADING_CUES, MAX_SOURCE_TOKENS,
  NOT_IN_SUBJECT, PP_NOUNS, SUBJECT_MODIFIERS, INTENTION_CUES, GENERIC_SUBJECTS,
} from './sourcing-recall-words';
import { clauseEnd } from './clause-complement';
import { FINITE_AUXILIARIES } from './source-lexicon';

/** The merge lives beside the readings; the span finder imports both from here. */
export { mergeMissing } from './sourcing-merge';

/**
 * Where an intention's complement ends: at its clause's end or a second verb joined to it
 * ("wants more nurses, and it has promised …", "wants to keep spending flat and has pledged …").
 */
function complementEnd(t: Token[], from: number, to: number): number {
  return contentEnd(t, from, clauseEnd(t, from, to));
}

/** A possessive or determiner before a word: that word is a noun ("the company’s plans", "their wants"). */
const OWNER_OR_DETERMINER = /^(?:['’]s?|the|a|an|his|her|its|their|our|my|your|these|those|this|that)$/u;

/** Particles that make "put" a phrasal verb ("put together", "put forward"). */
const PUT_PARTICLES = new Set(['together', 'forward', 'out', 'up', 'off', 'in', 'down', 'back', 'aside', 'away', 'through', 'across']);

/** Words that open an object noun phrase right after a verb. */
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);

/** A relative pronoun or a participle's "who" between the subject's start and a word. */
function relativeBefore(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (t[k].lower === 'who' || t[k].lower === 'which' || t[k].lower === 'that') return true;
  return false;
}

/** "Two officials familiar with the plan said (that) …": subject first, then the cue and the clause. */
/** Subject pronouns, and owners that open a clause's subject ("his side had been"). */
const CLAUSE_OPENERS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'there', 'his', 'her', 'their', 'its', 'our', 'the']);
/** Finite verbs and auxiliaries a clause's subject is followed by within a few words. */
const FINITE_AFTER_SUBJECT: ReadonlySet<string> = new Set([...FINITE_AUXILIARIES, 'do']);

/** A clause at k, not an object: a subject opener, then a finite verb within four words ("his side had been"; "they were"). */
function clauseAfter(t: Token[], k: number, to: number): boolean {
  if (k >= to || !CLAUSE_OPENERS.has(t[k].lower)) return false;
  for (let j = k + 1; j < Math.min(to, k + 5); j++) {
    if (FINITE_AFTER_SUBJECT.has(t[j].lower)) return true;
    if (t[j].text === ',' || isQuoteMark(t[j].text)) return false;
  }
  return false;
}

function leading(t: Token[], s: Sentence): AttributionSpans | null {
  const i = subjectStart(t, s);
  if (i >= s.to || isQuoteMark(t[i].text)) return null;
  let seenModifier = false;
  for (let c = i + 1; c < s.to && c - i <= MAX_SOURCE_TOKENS; c++) {
    const w = t[c].lower;
    if (isQuoteMark(t[c].text)) return null;
    // (an "and" inside a capitalised name is no clause's: "the Center for Media and Public Affairs found")
    if (NOT_IN_SUBJECT.has(w) && !seenModifier && !(w === 'and' && isCap(t[c - 1]) && c + 1 < s.to && isCap(t[c + 1]))) return null;
    if (SUBJECT_MODIFIERS.has(w)) seenModifier = true;
    // (a panel, court or inquiry that "found that …" or found a clause reports its finding: "An arbitration panel in 2001 found the United States was in breach")
    const bodyFinding = w === 'found' && findingBodySubject(t, i, c) && (t[c + 1]?.lower === 'that' || clauseAfter(t, c + 1, s.to));
    // (a stance on a decision: "Animal welfare groups welcomed the ban", "Refugee organisations welcomed the decision")
    const stance = isStanceOnDecision(w, t[c + 1]?.lower ?? '', t[c + 2]?.lower ?? '');
    // (evidence put to a court: "the court heard that …", as "…, the court heard." is read)
    const heardThat = w === 'heard' && t[c + 1]?.lower === 'that' && HEARING_BODIES.has(t[c - 1].lower);
    if (!isCueAt(t, c, LEADING_CUES) && !(DOCUMENT_CUES.has(w) && documentSubject(t, i, c)) && !bodyFinding && !stance && !heardThat) {
      // a past tense with its object ("issued a statement … warning"): the subject's own verb, so no
      // subject here ("People who attended the rally said" is one: a relative clause's verb)
      if (w.endsWith('ed') && OBJECT_DETERMINERS.has(t[c + 1]?.lower ?? '') && !relativeBefore(t, i, c)) return null;
      continue;
    }
    // "… because staff have been told not to speak, said": a passive inside the subject is no cue
    if (PASSIVE_BEFORE.has(t[c - 1].lower)) continue;
    let srcTo = c;
    while (srcTo > i && AUXILIARIES.has(t[srcTo - 1].lower)) srcTo--;
    if (srcTo > i && t[srcTo - 1].text === ',') srcTo--;
    if (srcTo === i) return null; // no subject before the cue ("Has said the bridge …")
    // "admitted" also means "let in" ("The hospital admitted 40 patients"): a cue here only before
    // "that" or a clause ("admitted his side had been second best")
    if (w === 'admitted' && t[c + 1]?.lower !== 'that' && !clauseAfter(t, c + 1, s.to)) continue;
    // "put together", "put forward": a phrasal verb, not a poll putting a party on a share
    if ((w === 'put' || w === 'puts') && PUT_PARTICLES.has(t[c + 1]?.lower ?? '')) continue;
    // "posted" reports only what its poster posted "that …" (not "posted a loss", not "a story that posted")
    if (w === 'posted' && (t[afterCue(t, c + 1, s.to, w) - 1]?.lower !== 'that' || relativeBefore(t, i, c))) continue;
    const noun = readSourceNoun(t, i, srcTo);
    if (!noun || !subjectCommasBalanced(t, i, c)) return null;
    const cFrom = afterCue(t, c + 1, s.to, w);
    if (INTENTION_CUES.has(w) && GENERIC_SUBJECTS.has(t[i].lower)) return null; // "Everyone wants a bargain"
    // "the company’s plans said …": after an owner or a determiner the word is a noun, not the cue
    if (INTENTION_CUES.has(w) && (OWNER_OR_DETERMINER.test(t[c - 1].lower) || isCueAt(t, c + 1, LEADING_CUES))) continue;
    const cTo = INTENTION_CUES.has(w) ? complementEnd(t, cFrom, s.to) : contentEnd(t, cFrom, s.to);
    if (cTo - cFrom < (INTENTION_CUES.has(w) || stance ? 2 : 3)) return null; // "wants more nurses" is a whole claim
    if (wordsIn(t, cFrom, cTo) < 2) return null; // 'You couldn't write it."': one word and its marks is no claim
    const reading = { source: span(t, i, srcTo), cue: cueSpan(t, srcTo, c), content: [span(t, cFrom, cTo)] };
    // "Several of them", "three of the witnesses": the finder may have taken only what follows "of"
    if (i + 2 < srcTo && t[i + 1].lower === 'of') markPartitive(reading, t[i + 2].start);
    return reading;
  }
  return null;
}

/** Tokens holding a letter or a digit in [from, to): a claim's words, without its marks. */
function wordsIn(t: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (/[\p{L}\p{N}]/u.test(t[k].text)) n++;
  return n;
}

/** Words before a participle that make it a passive ("been told", "was warned"), never the subject's cue. */
const PASSIVE_BEFORE = new Set(['been', 'being', 'be', 'was', 'were', 'is', 'are', 'get', 'got']);

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
  // "posted on Instagram on Tuesday that …": where and when it was said, then its "that"
  if (k < to && ADJUNCT_OPENERS.has(t[k].lower)) {
    const j = thatAfterAdjunct(t, k, to);
    if (j > 0) k = j + 1;
  }
  if (k < to && (t[k].text === ',' || t[k].text === ':')) k++;
  return k;
}

/** Words that open where or when something was said, before its "that". */
const ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'last', 'this', 'earlier', 'late', 'early']);

/** The "that" within a few words after an adjunct's preposition at k, with only words between; -1 when none. */
function thatAfterAdjunct(t: Token[], k: number, to: number): number {
  for (let j = k + 1; j < to && j - k <= 8; j++) {
    if (t[j].lower === 'that') return j > k + 1 ? j : -1;
    if (!/^[\p{L}\p{N}]/u.test(t[j].text)) return -1;
  }
  return -1;
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
    const found = accordingTo(t, s) ?? trailingAttribution(t, s) ?? leading(t, s);
    if (found) out.push(found);
    const relative = relativeClauseAttribution(t, s);
    if (relative) out.push(relative);
  }
  return out;
}
