/**
 * Remembered cue-tagger weight sums of the five templates that read one word alone (the word, and
 * the word as a neighbour one or two tokens away; `cueUnigramFeatures`). News repeats its common
 * words all the time, so a token reads one small, hot record per word instead of five scattered
 * weight rows; records keep the weights as they are (8 bits), four to a cache line. The same
 * integers, so scores are exactly those of summing every feature.
 */
import { cueUnigramFeatures } from './cue-features';
import type { ScoringTagger } from './tagging';
import { perTagger } from './per-tagger';

/** Word records (a power of two); at most half are used before the table is emptied. */
const CAPACITY = 1 << 13;
const MAX_USED = CAPACITY >> 1;
/** Weights per word record: 5 templates x 3 tags, padded to 16 (a quarter of a cache line). */
const WORD_STRIDE = 16;

/**
 * Word value -> record of weights, by open addressing over typed arrays (no Map, no objects).
 * Int8 weights, and the keys apart: the table is some 170 KB instead of half a megabyte, so it
 * shares the cache with the weight tables instead of crowding them out (a paired run put the cue
 * stage 2-6% faster, with the same scores).
 */
export class CueWordSums {
  /** Records: template k (0–4) of a word at offset + 3k, its three tag weights. */
  readonly values = new Int8Array(CAPACITY * WORD_STRIDE);
  private readonly keys = new Int32Array(CAPACITY);
  private readonly filled = new Uint8Array(CAPACITY);
  private used = 0;
  private readonly feats = new Int32Array(5);
  constructor(private readonly t: ScoringTagger) {}

  /**
   * Makes room for `n` more words: offsets handed out before emptying would go stale, so callers
   * reserve for a whole sentence before reading its offsets.
   */
  reserve(n: number): void {
    if (this.used + n <= MAX_USED) return;
    this.filled.fill(0);
    this.used = 0;
  }

  /** Offset in `values` of the record of a word value, computed on first use. */
  at(value: number): number {
    const mask = CAPACITY - 1, keys = this.keys, filled = this.filled;
    let h = Math.imul(value ^ (value >>> 15), 0x2c1b3c6d) >>> 19;
    while (filled[h] === 1) {
      if (keys[h] === value) return h * WORD_STRIDE;
      h = (h + 1) & mask;
    }
    filled[h] = 1;
    this.used++;
    const base = h * WORD_STRIDE, values = this.values;
    keys[h] = value;
    cueUnigramFeatures(value, this.feats, 0);
    const bits = (1 << this.t.bits) - 1, w = this.t.weights;
    for (let k = 0; k < 5; k++) {
      const row = (this.feats[k] & bits) * 3;
      values[base + 3 * k] = w[row]; values[base + 3 * k + 1] = w[row + 1]; values[base + 3 * k + 2] = w[row + 2];
    }
    return base;
  }
}

/** The remembered word sums of one (integer, 3-tag) cue tagger, kept as long as the tagger lives. */
export const cueWordSumsFor = perTagger((t) => new CueWordSums(t));
