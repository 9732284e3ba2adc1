/**
 * Runs the learned taggers over a prepared text: which tokens are cues, and for one cue which
 * tokens are its source and content. Windows are bounded so time stays linear in the text.
 */
import * as features from './features';
import * as cueFeatureSet from './cue-features';
import * as roleFeatureSet from './role-features';
import * as roleScores from './role-scores';
import type { CueAnchor } from './role-features';
import type { PreparedDoc } from './features';
import * as cueScores from './cue-scores';
import type { StaticRoleScores } from './static-role-scores';
import type { LinearTagger } from './model';
import * as viterbiModule from './viterbi';

// Per-token calls bound once, so a CommonJS build (tsx: training, benchmarks) reads no export
// getter in the hot loops; in the extension's ES bundle this is a plain alias.
const { MAX_FEATURES } = features;
const { cueFeatures } = cueFeatureSet;
const { cueSentenceScores } = cueScores;
const { DYNAMIC_PRE, quoteAfter, quoteBefore, roleContext, roleFeatures } = roleFeatureSet;
const { roleWindowScores } = roleScores;
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
  /** Hash states of the cue being tagged (`roleContext`), reused for every cue. */
  readonly pre = new Int32Array(DYNAMIC_PRE.length);
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
  if (t.tags === 3 && t.weights instanceof Int8Array) {
    // inference (int8 weights, as shipped: the word records hold 8 bits): word features summed here,
    // flag features from remembered integer sums, then scaled once; wider weights go feature by feature
    cueSentenceScores(doc, from, to, t as LinearTagger, buf.counts, buf.emissions);
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
  const ctx = roleContext(doc, cue, buf.pre);
  const feats = buf.feats, counts = buf.counts, em = buf.emissions;
  if (cache && tags === 5 && !(t.weights instanceof Float32Array)) {
    // inference: word features summed here, the rest from remembered integer sums, then scaled once
    roleWindowScores(doc, cue, ctx, cues, from, to, t as LinearTagger, cache, em);
  } else {
    for (let i = 0; i < n; i++) counts[i] = roleFeatures(doc, from + i, ctx, cues, feats, i * MAX_FEATURES);
    emit(t, buf, n);
    for (let i = from; i < to; i++) if (i >= cue.from && i < cue.to) for (let g = 1; g < tags; g++) em[(i - from) * tags + g] = -1e9;
  }
  viterbi(em, n, tags, t.transitions, ROLE_ALLOWED, buf.path, buf.back, buf.score);
  return [from, to];
}
