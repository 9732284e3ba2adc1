/**
 * Remembered weight sums of the role tagger's context features (see `tokenRoleFeatures`): a few
 * thousand distinct keys cover a whole text, so most positions pay one map lookup instead of 14
 * hashes and 70 scattered weight reads. Integer sums, so scores are exactly as before.
 */
import { contextRoleFeatures } from './role-features-split';
import { IntOffsets } from './int-offsets';
import type { ScoringTagger } from './tagging';
import { perTagger } from './per-tagger';

/** Keys remembered per tagger before the memory is cleared (bounded, whatever the text): a text has a few thousand. */
const MAX_KEYS = 1 << 12;

/** Integer weight sums per context key for one 5-tag role tagger. */
export class ContextSums {
  private readonly index = new IntOffsets(13);
  private sums = new Int32Array(5 * 1024);
  private used = 0;
  private readonly feats = new Int32Array(16);
  constructor(private readonly t: ScoringTagger) {}

  /** Offset in `values` of the five sums for `key`, computed on first use. */
  at(key: number): number {
    const known = this.index.get(key);
    if (known >= 0) return known;
    if (this.index.size >= MAX_KEYS) { this.index.clear(); this.used = 0; }
    if (this.used + 5 > this.sums.length) {
      const grown = new Int32Array(this.sums.length * 2);
      grown.set(this.sums);
      this.sums = grown;
    }
    const k = contextRoleFeatures(key, this.feats, 0);
    const mask = (1 << this.t.bits) - 1, w = this.t.weights, base = this.used;
    let a = 0, b = 0, c = 0, d = 0, e = 0;
    for (let f = 0; f < k; f++) {
      const row = (this.feats[f] & mask) * 5;
      a += w[row]; b += w[row + 1]; c += w[row + 2]; d += w[row + 3]; e += w[row + 4];
    }
    this.sums[base] = a; this.sums[base + 1] = b; this.sums[base + 2] = c; this.sums[base + 3] = d; this.sums[base + 4] = e;
    this.used += 5;
    this.index.set(key, base);
    return base;
  }

  /** The sums array (`at` may replace it when it grows, so read it after `at`). */
  get values(): Int32Array {
    return this.sums;
  }
}

/** The remembered sums of one (integer, 5-tag) tagger, kept as long as the tagger lives. */
export const contextSumsFor = perTagger((t) => new ContextSums(t));
