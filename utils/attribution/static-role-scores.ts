/**
 * Per-token role scores that do not depend on the cue, remembered for the text being read.
 */
import { MAX_FEATURES, type PreparedDoc } from './features';
import * as roleFeatureSet from './role-features';
import * as roleFeatureSplit from './role-features-split';
import type { ScoringTagger } from './tagging';

// called per token: bound once, so a CommonJS build (tsx) reads no export getter
const { staticRoleFeatures } = roleFeatureSet;
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
    const k = staticRoleFeatures(this.doc!, i, dir, this.feats, 0);
    const mask = (1 << this.t.bits) - 1, w = this.t.weights, feats = this.feats, scores = this.scores, scale = this.t.scale;
    if (tags === 5 && !(w instanceof Float32Array)) {
      // Integer weights sum exactly in locals, so the stored float32 equals summing into the array
      // (float weights being trained keep the general path, which rounds at each step).
      let a = 0, b = 0, c = 0, d = 0, e = 0;
      for (let f = 0; f < k; f++) {
        const row = (feats[f] & mask) * 5;
        a += w[row]; b += w[row + 1]; c += w[row + 2]; d += w[row + 3]; e += w[row + 4];
      }
      scores[base] = a * scale; scores[base + 1] = b * scale; scores[base + 2] = c * scale; scores[base + 3] = d * scale; scores[base + 4] = e * scale;
      const row = (farWordFeature(this.doc!, i, dir) & mask) * 5, ints = this.ints;
      ints[base] = w[row]; ints[base + 1] = w[row + 1]; ints[base + 2] = w[row + 2]; ints[base + 3] = w[row + 3]; ints[base + 4] = w[row + 4];
      return base;
    }
    for (let g = 0; g < tags; g++) scores[base + g] = 0;
    for (let f = 0; f < k; f++) {
      const row = (feats[f] & mask) * tags;
      for (let g = 0; g < tags; g++) scores[base + g] += w[row + g];
    }
    for (let g = 0; g < tags; g++) scores[base + g] *= scale;
    return base;
  }
}
