/**
 * Runs the learned taggers over a prepared text: which tokens are cues, and for one cue which
 * tokens are its source and content. Windows are bounded so time stays linear in the text.
 */
import * as features from './features';
import * as cueFeatureSet from './cue-features';
import * as cueWordSums from './cue-word-sums';
import * as roleFeatureSet from './role-features';
import * as roleFeatureSplit from './role-features-split';
import * as roleCueSums from './role-cue-sums';
import type { CueAnchor } from './role-features';
import type { PreparedDoc } from './features';
import { contextSumsFor } from './role-context-sums';
import { cueFlagSumsFor } from './cue-flag-sums';
import type { StaticRoleScores } from './static-role-scores';
import type { LinearTagger } from './model';
import * as viterbiModule from './viterbi';

// Per-token calls bound once, so a CommonJS build (tsx: training, benchmarks) reads no export
// getter in the hot loops; in the extension's ES bundle this is a plain alias.
const { MAX_FEATURES } = features;
const { CUE_AFTER, CUE_BEFORE, cueFeatures, cueContextFeatures, cueNeighbourKey, cuePlaceKey } = cueFeatureSet;
const { cueWordSumsFor } = cueWordSums;
const { quoteAfter, quoteBefore, roleContext, roleFeatures } = roleFeatureSet;
const { tokenRoleSplit } = roleFeatureSplit;
const { cueRoleSumsFor, flagDistanceSumsFor } = roleCueSums;
const { CUE_ALLOWED, ROLE_ALLOWED, viterbi } = viterbiModule;

/** Most cues the role tagger reads per sentence: bounds the work on pathological text. */
export const MAX_CUES_PER_SENTENCE = 4;

/**
 * Role-tagger positions allowed per text token, plus a constant of 5000 so that no article of a
 * few thousand words is ever cut: news needs 1.3 per token on average (below this budget, so long
 * runs of news never exhaust it) and 3.3 in the densest dev article (about a thousand tokens,
 * well inside the constant). Only pathological text ("he said that she said that ...", a megabyte
 * without a full stop) reaches it.
 */
export const ROLE_BUDGET_PER_TOKEN = 1.5;

/** Sentences before and after the cue's sentence that the role tagger reads. */
export const WINDOW_BEFORE = 0;
export const WINDOW_AFTER = 1;
/** Token caps on each side of the cue, whatever the sentences. */
export const MAX_BEFORE = 80;
export const MAX_AFTER = 120;

/**
 * The token range the role tagger labels for one cue (same in training and inference): the cue's
 * sentence and the next, widened to take in a quotation right before or after the cue whole.
 */
export function roleWindow(doc: PreparedDoc, cue: CueAnchor): [number, number] {
  const k = doc.sentenceOf[cue.from];
  let from = doc.sentences[Math.max(0, k - WINDOW_BEFORE)].from;
  let to = doc.sentences[Math.min(doc.sentences.length - 1, k + WINDOW_AFTER)].to;
  const qb = quoteBefore(doc, cue), qa = quoteAfter(doc, cue);
  if (qb) from = Math.min(from, doc.quoteStart[qb]);
  if (qa) to = Math.max(to, doc.quoteEnd[qa]);
  return [Math.max(from, cue.from - MAX_BEFORE), Math.min(to, cue.to + MAX_AFTER)];
}

/** Reusable buffers sized for the longest window. */
export class TagBuffers {
  feats = new Int32Array(0);
  counts = new Int32Array(0);
  emissions = new Float32Array(0);
  path = new Int32Array(0);
  back = new Int32Array(0);
  score = new Float64Array(0);
  /** Remembered-sum keys of one token (role inference). */
  readonly keys = new Int32Array(4);
  ensure(n: number, tags: number): void {
    if (this.counts.length >= n && this.emissions.length >= n * tags) return;
    const size = Math.max(n, 64);
    this.feats = new Int32Array(size * MAX_FEATURES);
    this.counts = new Int32Array(size);
    this.emissions = new Float32Array(size * 8);
    this.path = new Int32Array(size);
    this.back = new Int32Array(size * 8);
    this.score = new Float64Array(size * 8);
  }
}

/** What scoring needs of a tagger: the shipped Int16 one or a float one being trained. */
export type ScoringTagger = Omit<LinearTagger, 'weights'> & { weights: Int16Array | Int8Array | Float32Array };

/** Sums one tagger's weights over precomputed features into emission scores. */
export function emit(t: ScoringTagger, buf: TagBuffers, n: number): void {
  const mask = (1 << t.bits) - 1, tags = t.tags, w = t.weights, feats = buf.feats, em = buf.emissions, scale = t.scale;
  for (let i = 0; i < n; i++) {
    const base = i * tags, first = i * MAX_FEATURES, last = first + buf.counts[i];
    if (tags === 3) {
      let a = 0, b = 0, c = 0;
      for (let f = first; f < last; f++) {
        const row = (feats[f] & mask) * 3;
        a += w[row]; b += w[row + 1]; c += w[row + 2];
      }
      em[base] = a * scale; em[base + 1] = b * scale; em[base + 2] = c * scale;
    } else if (tags === 5) {
      let a = 0, b = 0, c = 0, d = 0, e = 0;
      for (let f = first; f < last; f++) {
        const row = (feats[f] & mask) * 5;
        a += w[row]; b += w[row + 1]; c += w[row + 2]; d += w[row + 3]; e += w[row + 4];
      }
      em[base] = a * scale; em[base + 1] = b * scale; em[base + 2] = c * scale; em[base + 3] = d * scale; em[base + 4] = e * scale;
    } else {
      for (let g = 0; g < tags; g++) em[base + g] = 0;
      for (let f = first; f < last; f++) {
        const row = (feats[f] & mask) * tags;
        for (let g = 0; g < tags; g++) em[base + g] += w[row + g];
      }
      for (let g = 0; g < tags; g++) em[base + g] *= scale;
    }
  }
}

/** Cue tag per token of one sentence [from, to), into buf.path. */
export function tagCues(doc: PreparedDoc, from: number, to: number, t: ScoringTagger, buf: TagBuffers): void {
  const n = to - from;
  buf.ensure(n, t.tags);
  if (t.tags === 3 && !(t.weights instanceof Float32Array)) {
    // inference: word features summed here, flag features from remembered integer sums, then scaled once
    const memo = cueFlagSumsFor(t), words = cueWordSumsFor(t), mask = (1 << t.bits) - 1, w = t.weights, scale = t.scale, feats = buf.feats, em = buf.emissions;
    // one word record per token, read by the token and its neighbours (offsets stay valid for the sentence)
    words.reserve(n + 2);
    const before = words.at(CUE_BEFORE), after = words.at(CUE_AFTER), slot = buf.counts, ws = words.values, W = doc.word;
    for (let i = 0; i < n; i++) slot[i] = words.at(W[from + i]);
    for (let i = 0; i < n; i++) {
      const k = from + i;
      const count = cueContextFeatures(doc, k, from, to, feats, 0);
      const near = memo.neighbours(cueNeighbourKey(doc, k, from, to)), place = memo.place(cuePlaceKey(doc, k, from, to)), sums = memo.values;
      const s0 = slot[i], s1 = (i > 0 ? slot[i - 1] : before) + 3, s2 = (i + 1 < n ? slot[i + 1] : after) + 6;
      const s3 = (i > 1 ? slot[i - 2] : before) + 9, s4 = (i + 2 < n ? slot[i + 2] : after) + 12;
      let a = sums[near] + sums[place] + ws[s0] + ws[s1] + ws[s2] + ws[s3] + ws[s4];
      let b = sums[near + 1] + sums[place + 1] + ws[s0 + 1] + ws[s1 + 1] + ws[s2 + 1] + ws[s3 + 1] + ws[s4 + 1];
      let c = sums[near + 2] + sums[place + 2] + ws[s0 + 2] + ws[s1 + 2] + ws[s2 + 2] + ws[s3 + 2] + ws[s4 + 2];
      for (let f = 0; f < count; f++) {
        const row = (feats[f] & mask) * 3;
        a += w[row]; b += w[row + 1]; c += w[row + 2];
      }
      em[i * 3] = a * scale; em[i * 3 + 1] = b * scale; em[i * 3 + 2] = c * scale;
    }
  } else {
    for (let i = 0; i < n; i++) buf.counts[i] = cueFeatures(doc, from + i, from, to, buf.feats, i * MAX_FEATURES);
    emit(t, buf, n);
  }
  viterbi(buf.emissions, n, t.tags, t.transitions, CUE_ALLOWED, buf.path, buf.back, buf.score);
}

/**
 * Role tag per token of the cue's window [from, to), into buf.path; cue tokens are forced to O.
 * With `cache`, the cue-independent features come from it (inference); without, every feature
 * is scored afresh (training, where weights change after each sentence).
 */
export function tagRoles(
  doc: PreparedDoc, cue: CueAnchor, cues: Int32Array, t: ScoringTagger, buf: TagBuffers, cache?: StaticRoleScores,
): [number, number] {
  const [from, to] = roleWindow(doc, cue);
  const n = to - from, tags = t.tags;
  buf.ensure(n, tags);
  const ctx = roleContext(doc, cue);
  const feats = buf.feats, counts = buf.counts, em = buf.emissions;
  if (cache && tags === 5 && !(t.weights instanceof Float32Array)) {
    // inference: word features summed here, the rest from remembered integer sums, then scaled once
    const memo = contextSumsFor(t), cueSums = cueRoleSumsFor(t).begin(ctx), flagSums = flagDistanceSumsFor(t);
    const mask = (1 << t.bits) - 1, w = t.weights, scale = t.scale, keys = buf.keys, cs = cueSums.values, fs = flagSums.values;
    for (let i = 0; i < n; i++) {
      const k = from + i, base = i * 5;
      const count = tokenRoleSplit(doc, k, ctx, cues, feats, keys);
      if (count < 0) {
        em[base] = 0; em[base + 1] = -1e9; em[base + 2] = -1e9; em[base + 3] = -1e9; em[base + 4] = -1e9;
        continue;
      }
      const m = memo.at(keys[0]), sums = memo.values, c1 = cueSums.at(keys[1]), f1 = flagSums.at(keys[2]);
      let a = sums[m] + cs[c1] + fs[f1], b = sums[m + 1] + cs[c1 + 1] + fs[f1 + 1], c = sums[m + 2] + cs[c1 + 2] + fs[f1 + 2];
      let d = sums[m + 3] + cs[c1 + 3] + fs[f1 + 3], e = sums[m + 4] + cs[c1 + 4] + fs[f1 + 4];
      for (let f = 0; f < count; f++) {
        const row = (feats[f] & mask) * 5;
        a += w[row]; b += w[row + 1]; c += w[row + 2]; d += w[row + 3]; e += w[row + 4];
      }
      const at = cache.at(k, k < cue.from ? 1 : 2), st = cache.scores;
      if (count === 3) {
        const far = cache.ints;
        a += far[at]; b += far[at + 1]; c += far[at + 2]; d += far[at + 3]; e += far[at + 4];
      }
      // rounded to float32 before the cached part is added, as when the two were summed in place
      em[base] = Math.fround(a * scale) + st[at]; em[base + 1] = Math.fround(b * scale) + st[at + 1];
      em[base + 2] = Math.fround(c * scale) + st[at + 2]; em[base + 3] = Math.fround(d * scale) + st[at + 3];
      em[base + 4] = Math.fround(e * scale) + st[at + 4];
    }
  } else {
    for (let i = 0; i < n; i++) counts[i] = roleFeatures(doc, from + i, ctx, cues, feats, i * MAX_FEATURES);
    emit(t, buf, n);
    for (let i = from; i < to; i++) if (i >= cue.from && i < cue.to) for (let g = 1; g < tags; g++) em[(i - from) * tags + g] = -1e9;
  }
  viterbi(em, n, tags, t.transitions, ROLE_ALLOWED, buf.path, buf.back, buf.score);
  return [from, to];
}
