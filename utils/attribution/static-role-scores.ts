/**
 * Per-token role scores that do not depend on the cue, remembered for the text being read.
 */
import { MAX_FEATURES, type PreparedDoc } from './features';
import * as roleFeatureSet from './role-features';
import * as roleFeatureSplit from './role-features-split';
import type { ScoringTagger } from './tagging';

// called per token: bound once, so a CommonJS build (tsx) reads no export getter
const { NS, STATIC_PRE, staticRoleFeatures } = roleFeatureSet;
/** Arguments (after the side) of the static templates for the token being scored, three each; unused ones stay 0. */
const STATIC_ARGS = new Int32Array(27);
/** Weight rows of the static templates for the token being scored. */
const ROWS = new Int32Array(NS);
const { farWordFeature } = roleFeatureSplit;

/**
 * Per-token emission scores of the cue-independent role features, for each side of a cue:
 * computed once per token and reused by every cue whose window covers it. `reset` readies it for
 * another text, so one long-lived instance serves every call (no per-text allocation).
 */
export class StaticRoleScores {
  scores = new Float32Array(0);
  /**
   * Integer weight sums (same offsets as `scores`, integer taggers only) of role template 118 as
   * it reads three or more tokens from the cue (`farWordFeature`): kept apart, as integers, so the
   * caller adds them to its own integer sum and the scores stay exactly those of summing every feature.
   */
  ints = new Int32Array(0);
  private done = new Uint8Array(0);
  private readonly feats = new Int32Array(MAX_FEATURES);
  private doc: PreparedDoc | null = null;
  constructor(private t: ScoringTagger) {}
  /** Starts on a new text (and tagger); returns this. */
  reset(doc: PreparedDoc, t: ScoringTagger): this {
    const slots = doc.tokens.length * 2;
    if (this.done.length < slots || this.t.tags !== t.tags) {
      this.scores = new Float32Array(slots * t.tags);
      this.ints = new Int32Array(slots * t.tags);
      this.done = new Uint8Array(slots);
    } else {
      this.done.fill(0, 0, slots);
    }
    this.doc = doc;
    this.t = t;
    return this;
  }
  /** Offset of token i's scores on side dir (1 before, 2 after) in `scores`. */
  at(i: number, dir: number): number {
    const slot = i * 2 + dir - 1, tags = this.t.tags, base = slot * tags;
    if (this.done[slot]) return base;
    this.done[slot] = 1;
    const mask = (1 << this.t.bits) - 1, w = this.t.weights, feats = this.feats, scores = this.scores, scale = this.t.scale;
    if (tags === 5 && !(w instanceof Float32Array)) {
      // Integer weights sum exactly in locals, so the stored float32 equals summing into the array
      // (float weights being trained keep the general path, which rounds at each step). The hashes
      // of staticRoleFeatures, written out (no call per feature).
      const doc = this.doc!, W = doc.word, S = doc.shape, n = W.length, p = dir * NS;
      const wi = W[i], wm1 = i > 0 ? W[i - 1] : 11, wp1 = i + 1 < n ? W[i + 1] : 13, si = S[i];
      const A = STATIC_ARGS;
      A[0] = wi; A[3] = wm1; A[6] = wp1; A[9] = si; A[12] = doc.lex[i]; A[15] = wm1; A[16] = wi;
      A[18] = doc.suffix[i]; A[21] = si; A[22] = i > 0 ? S[i - 1] : 11; A[23] = i + 1 < n ? S[i + 1] : 13; A[24] = wi; A[25] = wp1;
      // every row first, then the weights: the hashing holds no load, so the weight reads (mostly
      // cache misses) go out back to back and overlap
      const R = ROWS;
      for (let f = 0, o = 0; f < NS; f++, o += 3) {
        // tail2(STATIC_PRE[p + f], A[o], A[o + 1], A[o + 2])
        let h = STATIC_PRE[p + f];
        h = Math.imul(h ^ (h >>> 16) ^ A[o], 0x85ebca6b);
        h = Math.imul(h ^ (h >>> 13) ^ A[o + 1], 0xc2b2ae35);
        h = Math.imul(h ^ (h >>> 16) ^ A[o + 2], 0x85ebca6b);
        R[f] = ((h ^ (h >>> 16)) & mask) * 5;
      }
      const row = (farWordFeature(doc, i, dir) & mask) * 5, ints = this.ints;
      let a = 0, b = 0, c = 0, d = 0, e = 0;
      for (let f = 0; f < NS; f++) {
        const r = R[f];
        a += w[r]; b += w[r + 1]; c += w[r + 2]; d += w[r + 3]; e += w[r + 4];
      }
      scores[base] = a * scale; scores[base + 1] = b * scale; scores[base + 2] = c * scale; scores[base + 3] = d * scale; scores[base + 4] = e * scale;
      ints[base] = w[row]; ints[base + 1] = w[row + 1]; ints[base + 2] = w[row + 2]; ints[base + 3] = w[row + 3]; ints[base + 4] = w[row + 4];
      return base;
    }
    const k = staticRoleFeatures(this.doc!, i, dir, feats, 0);
    for (let g = 0; g < tags; g++) scores[base + g] = 0;
    for (let f = 0; f < k; f++) {
      const row = (feats[f] & mask) * tags;
      for (let g = 0; g < tags; g++) scores[base + g] += w[row + g];
    }
    for (let g = 0; g < tags; g++) scores[base + g] *= scale;
    return base;
  }
}
