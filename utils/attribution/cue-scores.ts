/**
 * The cue tagger's emission scores at inference, for one sentence: the same features and integer
 * sums as `cueContextFeatures` plus the remembered word and flag sums (see tagging.ts), computed
 * in one pass. Values constant over the sentence are read once, and the 19 context hashes go
 * through one loop over template states (`mix` split after its first argument), so the hashing is
 * a handful of multiplies per feature with no call per feature.
 */
import * as cueFeatureSet from './cue-features';
import * as cueFlagSums from './cue-flag-sums';
import * as cueWordSums from './cue-word-sums';
import * as features from './features';
import type { PreparedDoc } from './features';
import type { LinearTagger } from './model';

// read per token: bound here so a CommonJS build (tsx) reads no export getter in the hot loop
const { CUE_AFTER, CUE_BEFORE, otherReportingCount, reportingWordsIn } = cueFeatureSet;
const { cueFlagSumsFor } = cueFlagSums;
const { cueWordSumsFor } = cueWordSums;
const { LEX_ALLCAPS, LEX_CAP, LEX_PRONOUN, LEX_PUNCT, LEX_QUOTE } = features;

/**
 * State of `mix(id, …)` after its first argument, folded as its second step reads it: then
 * `mixFromState(templateState(id), b, c, d, e) === mix(id, b, c, d, e)`.
 */
export function templateState(id: number): number {
  const h = Math.imul(id ^ 0x9e3779b9, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Finishes `mix` from a `templateState` (kept for tests; the hot loop writes the same steps inline). */
export function mixFromState(s: number, b: number, c: number, d: number, e: number): number {
  let h = Math.imul(s ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ d, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ e, 0x85ebca6b);
  return (h ^ (h >>> 16)) | 0;
}

/** Template ids of `cueContextFeatures`, in its order. */
const CONTEXT_IDS = [7, 8, 9, 10, 12, 13, 15, 16, 19, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30];
const CONTEXT_STATES = Int32Array.from(CONTEXT_IDS, templateState);
const T = CONTEXT_IDS.length;
/** Arguments b, c, d, e of each context template for the token being scored (unused ones stay 0). */
const ARGS = new Int32Array(T * 4);
/** Weight rows of the context templates for the token being scored. */
const ROWS = new Int32Array(T);

/**
 * Integer-weight emission scores (O, B, I, scaled) of the tokens of sentence [from, to) into `em`,
 * for a tagger with int8 weights (the word records keep 8 bits). `slot` is scratch of at least
 * to - from entries.
 */
export function cueSentenceScores(doc: PreparedDoc, from: number, to: number, t: LinearTagger, slot: Int32Array, em: Float32Array): void {
  const n = to - from;
  const memo = cueFlagSumsFor(t), words = cueWordSumsFor(t), mask = (1 << t.bits) - 1, w = t.weights, scale = t.scale;
  // one word record per token, read by the token and its neighbours (offsets stay valid for the sentence)
  words.reserve(n + 2);
  const before = words.at(CUE_BEFORE), after = words.at(CUE_AFTER), ws = words.values;
  const { word: W, shape: S, lex: L, inQuote: Q, suffix: SUF, suffix2: SUF2 } = doc;
  for (let i = 0; i < n; i++) slot[i] = words.at(W[from + i]);
  const sentence = doc.sentences[doc.sentenceOf[from]], previous = doc.sentences[doc.sentenceOf[from] - 1];
  const paraFirst = from === 0 || previous?.paragraph !== sentence.paragraph ? 1 : 0;
  const hasQuote = doc.quotes[to] - doc.quotes[from] > 0 ? 1 : 0;
  const reporting = reportingWordsIn(L, from, to);
  const A = ARGS, X = CONTEXT_STATES, R = ROWS;
  for (let i = 0; i < n; i++) {
    const k = from + i;
    const w0 = W[k], s0 = S[k], l0 = L[k], q0 = Q[k], suf = SUF[k];
    const wm1 = i > 0 ? W[k - 1] : 11, wm2 = i > 1 ? W[k - 2] : 11;
    const wp1 = i + 1 < n ? W[k + 1] : 13, wp2 = i + 2 < n ? W[k + 2] : 13;
    const sm1 = i > 0 ? S[k - 1] : 11, sp1 = i + 1 < n ? S[k + 1] : 13;
    const lm1 = i > 0 ? L[k - 1] : -1, lp1 = i + 1 < n ? L[k + 1] : -1;
    const qm1 = i > 0 ? Q[k - 1] : 2, qp1 = i + 1 < n ? Q[k + 1] : 2;
    const pos = i < 4 ? i : 4, rpos = n - 1 - i < 4 ? n - 1 - i : 4;
    let subject = 0;
    for (let j = k - 1; j >= from && j >= k - 3; j--) if (L[j] & (LEX_CAP | LEX_PRONOUN)) { subject = 1; break; }
    A[0] = wm1; A[1] = w0; // 7
    A[4] = w0; A[5] = wp1; // 8
    A[8] = suf; // 9
    A[12] = s0; // 10
    A[16] = lm1; A[17] = w0; // 12
    A[20] = q0; A[21] = w0; // 13
    A[24] = paraFirst; A[25] = pos; A[26] = w0; // 15
    A[28] = sm1; A[29] = s0; A[30] = sp1; // 16
    A[32] = wm2; A[33] = wm1; A[34] = w0; // 19
    A[36] = w0; A[37] = wp1; A[38] = wp2; // 20
    A[40] = sm1; A[41] = w0; // 22
    A[44] = w0; A[45] = sp1; // 23
    A[48] = SUF2[k]; A[49] = q0; // 24
    A[52] = lm1 & (LEX_PRONOUN | LEX_CAP); A[53] = suf; // 25
    A[56] = w0; A[57] = hasQuote; A[58] = paraFirst; // 26
    A[60] = wm1; A[61] = wp1; // 27
    A[64] = suf; A[65] = wp1; // 28
    A[68] = w0; A[69] = lm1 & LEX_ALLCAPS; A[70] = pos; A[71] = paraFirst; // 29
    A[72] = w0; A[73] = subject; // 30
    // the flag keys of cueNeighbourKey and cuePlaceKey
    const nearKey = l0 | ((i > 0 ? lm1 + 1 : 0) << 9) | ((i + 1 < n ? lp1 + 1 : 0) << 19);
    const placeKey = l0 | (pos << 9) | (rpos << 12) | (q0 << 15) | (qm1 << 16) | (qp1 << 18) | (hasQuote << 20) |
      (subject << 21) | (((lp1 & (LEX_QUOTE | LEX_PUNCT)) >> 5) << 22) | (otherReportingCount(reporting, l0) << 24);
    const near = memo.neighbours(nearKey), place = memo.place(placeKey), sums = memo.values;
    const r0 = slot[i], r1 = (i > 0 ? slot[i - 1] : before) + 3, r2 = (i + 1 < n ? slot[i + 1] : after) + 6;
    const r3 = (i > 1 ? slot[i - 2] : before) + 9, r4 = (i + 2 < n ? slot[i + 2] : after) + 12;
    let a = sums[near] + sums[place] + ws[r0] + ws[r1] + ws[r2] + ws[r3] + ws[r4];
    let b = sums[near + 1] + sums[place + 1] + ws[r0 + 1] + ws[r1 + 1] + ws[r2 + 1] + ws[r3 + 1] + ws[r4 + 1];
    let c = sums[near + 2] + sums[place + 2] + ws[r0 + 2] + ws[r1 + 2] + ws[r2 + 2] + ws[r3 + 2] + ws[r4 + 2];
    // the rows first, then their weights: the hashing holds no load, so the weight reads (mostly
    // cache misses) go out back to back and overlap
    for (let f = 0, o = 0; f < T; f++, o += 4) {
      // mixFromState, written out
      let h = Math.imul(X[f] ^ A[o], 0xc2b2ae35);
      h = Math.imul(h ^ (h >>> 16) ^ A[o + 1], 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13) ^ A[o + 2], 0xc2b2ae35);
      h = Math.imul(h ^ (h >>> 16) ^ A[o + 3], 0x85ebca6b);
      R[f] = ((h ^ (h >>> 16)) & mask) * 3;
    }
    for (let f = 0; f < T; f++) {
      const row = R[f];
      a += w[row]; b += w[row + 1]; c += w[row + 2];
    }
    em[i * 3] = a * scale; em[i * 3 + 1] = b * scale; em[i * 3 + 2] = c * scale;
  }
}
