/**
 * Remembered weight sums of the cue tagger's flag features (see cue-features.ts): a text has a
 * few thousand distinct flag keys, so most tokens pay two map lookups instead of 7 hashes and 21
 * scattered weight reads. Integer sums, so scores are exactly those of summing every feature.
 */
import { cueNeighbourFeatures, cuePlaceFeatures } from './cue-features';
import { IntOffsets } from './int-offsets';
import type { ScoringTagger } from './tagging';
import { perTagger } from './per-tagger';

/** Keys remembered per tagger before the memory is cleared (bounded, whatever the text): a text has a few thousand. */
const MAX_KEYS = 1 << 12;

/** Integer weight sums of a 3-tag cue tagger, per neighbour key and per place key. */
export class CueFlagSums {
  private readonly byNeighbours = new IntOffsets(13);
  private readonly byPlace = new IntOffsets(13);
  private sums = new Int32Array(3 * 1024);
  private used = 0;
  private readonly feats = new Int32Array(8);
  constructor(private readonly t: ScoringTagger) {}

  /** Offset in `values` of the three sums for a neighbour key. */
  neighbours(key: number): number {
    const known = this.byNeighbours.get(key);
    return known >= 0 ? known : this.remember(this.byNeighbours, key, cueNeighbourFeatures(key, this.feats, 0));
  }

  /** Offset in `values` of the three sums for a place key. */
  place(key: number): number {
    const known = this.byPlace.get(key);
    return known >= 0 ? known : this.remember(this.byPlace, key, cuePlaceFeatures(key, this.feats, 0));
  }

  /** The sums array (the lookups may replace it when it grows, so read it after them). */
  get values(): Int32Array {
    return this.sums;
  }

  private remember(index: IntOffsets, key: number, count: number): number {
    if (this.byNeighbours.size + this.byPlace.size >= MAX_KEYS) {
      this.byNeighbours.clear();
      this.byPlace.clear();
      this.used = 0;
    }
    if (this.used + 3 > this.sums.length) {
      const grown = new Int32Array(this.sums.length * 2);
      grown.set(this.sums);
      this.sums = grown;
    }
    const mask = (1 << this.t.bits) - 1, w = this.t.weights, base = this.used;
    let a = 0, b = 0, c = 0;
    for (let f = 0; f < count; f++) {
      const row = (this.feats[f] & mask) * 3;
      a += w[row]; b += w[row + 1]; c += w[row + 2];
    }
    this.sums[base] = a; this.sums[base + 1] = b; this.sums[base + 2] = c;
    this.used += 3;
    index.set(key, base);
    return base;
  }
}

/** The remembered sums of one (integer, 3-tag) cue tagger, kept as long as the tagger lives. */
export const cueFlagSumsFor = perTagger((t) => new CueFlagSums(t));
