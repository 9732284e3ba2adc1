/**
 * The cue tagger's features. `cueFeatures` gives all 32 of a token (training scores them so);
 * inference splits them like the role tagger does: the 24 that read words are hashed per token,
 * and the 8 that read only flags (lexicon flags of the token and its neighbours, position in the
 * sentence, quote state, other reporting words in the sentence) become two small integer keys
 * whose weight sums are remembered. Same
 * hashes, so the same model and, with integer weights, exactly the same scores.
 */
import * as featureHash from './feature-hash';
import * as features from './features';
import type { PreparedDoc } from './features';

// read per feature per token: bound here so a CommonJS build (tsx) reads no export getter.
const { mix } = featureHash;
const { LEX_ALLCAPS, LEX_CAP, LEX_CORE, LEX_PRONOUN, LEX_PUNCT, LEX_QUOTE, LEX_SPEECH, LEX_STANCE } = features;

/** Features of token i for the cue tagger, within sentence [from, to); returns how many. */
export function cueFeatures(doc: PreparedDoc, i: number, from: number, to: number, out: Int32Array, at: number): number {
  const { word: W, shape: S, lex: L, inQuote: Q } = doc;
  const w0 = W[i];
  const wm1 = i > from ? W[i - 1] : 11, wm2 = i > from + 1 ? W[i - 2] : 11;
  const wp1 = i + 1 < to ? W[i + 1] : 13, wp2 = i + 2 < to ? W[i + 2] : 13;
  const sm1 = i > from ? S[i - 1] : 11, sp1 = i + 1 < to ? S[i + 1] : 13;
  const lm1 = i > from ? L[i - 1] : -1, lp1 = i + 1 < to ? L[i + 1] : -1;
  const pos = Math.min(i - from, 4), rpos = Math.min(to - 1 - i, 4);
  const paraFirst = from === 0 || doc.sentences[doc.sentenceOf[from] - 1]?.paragraph !== doc.sentences[doc.sentenceOf[from]].paragraph ? 1 : 0;
  let k = 0;
  out[at + k++] = mix(1, 0);
  out[at + k++] = mix(2, w0);
  out[at + k++] = mix(3, wm1);
  out[at + k++] = mix(4, wp1);
  out[at + k++] = mix(5, wm2);
  out[at + k++] = mix(6, wp2);
  out[at + k++] = mix(7, wm1, w0);
  out[at + k++] = mix(8, w0, wp1);
  out[at + k++] = mix(9, doc.suffix[i]);
  out[at + k++] = mix(10, S[i]);
  out[at + k++] = mix(11, L[i]);
  out[at + k++] = mix(12, lm1, w0);
  out[at + k++] = mix(13, Q[i], w0);
  out[at + k++] = mix(14, pos, rpos, L[i]);
  out[at + k++] = mix(15, paraFirst, pos, w0);
  out[at + k++] = mix(16, sm1, S[i], sp1);
  out[at + k++] = mix(17, L[i], lp1, lm1);
  out[at + k++] = mix(18, Q[i], i > from ? Q[i - 1] : 2, i + 1 < to ? Q[i + 1] : 2);
  out[at + k++] = mix(19, wm2, wm1, w0);
  out[at + k++] = mix(20, w0, wp1, wp2);
  out[at + k++] = mix(21, doc.quotes[to] - doc.quotes[from] > 0 ? 1 : 0, L[i], Q[i]);
  out[at + k++] = mix(22, sm1, w0);
  out[at + k++] = mix(23, w0, sp1);
  out[at + k++] = mix(24, doc.suffix2[i], Q[i]);
  out[at + k++] = mix(25, lm1 & (LEX_PRONOUN | LEX_CAP), doc.suffix[i]);
  out[at + k++] = mix(26, w0, doc.quotes[to] - doc.quotes[from] > 0 ? 1 : 0, paraFirst);
  out[at + k++] = mix(27, wm1, wp1);
  out[at + k++] = mix(28, doc.suffix[i], wp1);
  out[at + k++] = mix(29, w0, lm1 & LEX_ALLCAPS, pos, paraFirst);
  let subject = 0;
  for (let j = i - 1; j >= from && j >= i - 3; j--) if (L[j] & (LEX_CAP | LEX_PRONOUN)) { subject = 1; break; }
  out[at + k++] = mix(30, w0, subject);
  out[at + k++] = mix(31, L[i] & (LEX_SPEECH | LEX_STANCE | LEX_CORE), lp1 & (LEX_QUOTE | LEX_PUNCT), subject);
  out[at + k++] = mix(32, otherReportingWords(L, i, from, to), L[i] & REPORTING, doc.quotes[to] - doc.quotes[from] > 0 ? 1 : 0);
  return k;
}

/** Lexicon flags of a reporting word (speech, core speech or stance verb). */
export const REPORTING = LEX_SPEECH | LEX_CORE | LEX_STANCE;

/** Reporting words in sentence [from, to): a sentence with one already seldom has a second cue. */
export function reportingWordsIn(L: Int32Array, from: number, to: number): number {
  let count = 0;
  for (let j = from; j < to; j++) if (L[j] & REPORTING) count++;
  return count;
}

/** The feature's value for a token with lexicon flags `flags` in a sentence of `inSentence` reporting words: the others, capped at 2. */
export function otherReportingCount(inSentence: number, flags: number): number {
  return Math.min(inSentence - (flags & REPORTING ? 1 : 0), 2);
}

/** Reporting words in the sentence other than token i, capped at 2 (the feature's value). */
function otherReportingWords(L: Int32Array, i: number, from: number, to: number): number {
  return otherReportingCount(reportingWordsIn(L, from, to), L[i]);
}

/** Whether a capitalised word or a pronoun stands within three tokens before i (a likely subject). */
function subjectBefore(L: Int32Array, i: number, from: number): number {
  for (let j = i - 1; j >= from && j >= i - 3; j--) if (L[j] & (LEX_CAP | LEX_PRONOUN)) return 1;
  return 0;
}

/** The 24 word-reading features of `cueFeatures` (same hashes), for inference; returns how many. */
export function cueWordFeatures(doc: PreparedDoc, i: number, from: number, to: number, out: Int32Array, at: number): number {
  const W = doc.word;
  out[at] = mix(2, W[i]);
  out[at + 1] = mix(3, i > from ? W[i - 1] : 11);
  out[at + 2] = mix(4, i + 1 < to ? W[i + 1] : 13);
  out[at + 3] = mix(5, i > from + 1 ? W[i - 2] : 11);
  out[at + 4] = mix(6, i + 2 < to ? W[i + 2] : 13);
  return 5 + cueContextFeatures(doc, i, from, to, out, at + 5);
}

/** Values the cue features give a word outside the sentence, before and after it. */
export const CUE_BEFORE = 11, CUE_AFTER = 13;

/**
 * The features of templates 2–6 of one word value (the word itself, then as the word 1 before,
 * 1 after, 2 before, 2 after a token): each reads that word alone, so their sums can be
 * remembered per word (cue-word-sums.ts). Returns how many (5).
 */
export function cueUnigramFeatures(value: number, out: Int32Array, at: number): number {
  out[at] = mix(2, value);
  out[at + 1] = mix(3, value);
  out[at + 2] = mix(4, value);
  out[at + 3] = mix(5, value);
  out[at + 4] = mix(6, value);
  return 5;
}

/** The 19 word-reading features of `cueWordFeatures` that combine a word with its context; returns how many. */
export function cueContextFeatures(doc: PreparedDoc, i: number, from: number, to: number, out: Int32Array, at: number): number {
  const { word: W, shape: S, lex: L, inQuote: Q } = doc;
  const w0 = W[i];
  const wm1 = i > from ? W[i - 1] : 11, wm2 = i > from + 1 ? W[i - 2] : 11;
  const wp1 = i + 1 < to ? W[i + 1] : 13, wp2 = i + 2 < to ? W[i + 2] : 13;
  const sm1 = i > from ? S[i - 1] : 11, sp1 = i + 1 < to ? S[i + 1] : 13;
  const lm1 = i > from ? L[i - 1] : -1;
  const pos = Math.min(i - from, 4);
  const paraFirst = from === 0 || doc.sentences[doc.sentenceOf[from] - 1]?.paragraph !== doc.sentences[doc.sentenceOf[from]].paragraph ? 1 : 0;
  const hasQuote = doc.quotes[to] - doc.quotes[from] > 0 ? 1 : 0;
  out[at] = mix(7, wm1, w0);
  out[at + 1] = mix(8, w0, wp1);
  out[at + 2] = mix(9, doc.suffix[i]);
  out[at + 3] = mix(10, S[i]);
  out[at + 4] = mix(12, lm1, w0);
  out[at + 5] = mix(13, Q[i], w0);
  out[at + 6] = mix(15, paraFirst, pos, w0);
  out[at + 7] = mix(16, sm1, S[i], sp1);
  out[at + 8] = mix(19, wm2, wm1, w0);
  out[at + 9] = mix(20, w0, wp1, wp2);
  out[at + 10] = mix(22, sm1, w0);
  out[at + 11] = mix(23, w0, sp1);
  out[at + 12] = mix(24, doc.suffix2[i], Q[i]);
  out[at + 13] = mix(25, lm1 & (LEX_PRONOUN | LEX_CAP), doc.suffix[i]);
  out[at + 14] = mix(26, w0, hasQuote, paraFirst);
  out[at + 15] = mix(27, wm1, wp1);
  out[at + 16] = mix(28, doc.suffix[i], wp1);
  out[at + 17] = mix(29, w0, lm1 & LEX_ALLCAPS, pos, paraFirst);
  out[at + 18] = mix(30, w0, subjectBefore(L, i, from));
  return 19;
}

/**
 * Key of the flag features of token i that read its neighbours' flags (templates 11 and 17):
 * the token's flags and its neighbours' (each + 1, so "none" is 0); 29 bits.
 */
export function cueNeighbourKey(doc: PreparedDoc, i: number, from: number, to: number): number {
  const L = doc.lex;
  return L[i] | ((i > from ? L[i - 1] + 1 : 0) << 9) | ((i + 1 < to ? L[i + 1] + 1 : 0) << 19);
}

/** Key of the other flag features (templates 1, 14, 18, 21, 31, 32): position, quote state, subject, other reporting words; 26 bits. */
export function cuePlaceKey(doc: PreparedDoc, i: number, from: number, to: number): number {
  const { lex: L, inQuote: Q } = doc;
  const pos = Math.min(i - from, 4), rpos = Math.min(to - 1 - i, 4);
  const qm1 = i > from ? Q[i - 1] : 2, qp1 = i + 1 < to ? Q[i + 1] : 2;
  const lp1 = i + 1 < to ? L[i + 1] : -1;
  const hasQuote = doc.quotes[to] - doc.quotes[from] > 0 ? 1 : 0;
  return L[i] | (pos << 9) | (rpos << 12) | (Q[i] << 15) | (qm1 << 16) | (qp1 << 18) | (hasQuote << 20) |
    (subjectBefore(L, i, from) << 21) | (((lp1 & (LEX_QUOTE | LEX_PUNCT)) >> 5) << 22) | (otherReportingWords(L, i, from, to) << 24);
}

/** The features of a `cueNeighbourKey` (templates 11, 17; same hashes as `cueFeatures`); returns how many. */
export function cueNeighbourFeatures(key: number, out: Int32Array, at: number): number {
  const l = key & 511, lm1 = ((key >> 9) & 1023) - 1, lp1 = ((key >> 19) & 1023) - 1;
  out[at] = mix(11, l);
  out[at + 1] = mix(17, l, lp1, lm1);
  return 2;
}

/** The features of a `cuePlaceKey` (templates 1, 14, 18, 21, 31, 32); returns how many. */
export function cuePlaceFeatures(key: number, out: Int32Array, at: number): number {
  const l = key & 511, pos = (key >> 9) & 7, rpos = (key >> 12) & 7, q = (key >> 15) & 1;
  const qm1 = (key >> 16) & 3, qp1 = (key >> 18) & 3, hasQuote = (key >> 20) & 1, subject = (key >> 21) & 1;
  const lp1Marks = ((key >> 22) & 3) << 5, others = (key >> 24) & 3;
  out[at] = mix(1, 0);
  out[at + 1] = mix(14, pos, rpos, l);
  out[at + 2] = mix(18, q, qm1, qp1);
  out[at + 3] = mix(21, hasQuote, l, q);
  out[at + 4] = mix(31, l & (LEX_SPEECH | LEX_STANCE | LEX_CORE), lp1Marks, subject);
  out[at + 5] = mix(32, others, l & REPORTING, hasQuote);
  return 6;
}
