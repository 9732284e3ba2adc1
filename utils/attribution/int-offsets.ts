/**
 * A small hash map from non-negative integer keys to integer offsets, over one typed array (key
 * and offset side by side, so a lookup touches one cache line): the taggers' remembered sums are
 * looked up several times per token, and a typed probe costs a fraction of a Map lookup while
 * making no garbage.
 */

/** Integer key -> offset (open addressing, linear probing, high bits of a multiplicative hash); `size` tells when to start over. */
export class IntOffsets {
  /** Per slot: key (-1 when empty), then its offset. */
  private readonly pairs: Int32Array;
  private readonly shift: number;
  size = 0;
  /** `bits`: log2 of the slot count; keep `size` under half of it. */
  constructor(bits: number) {
    this.pairs = new Int32Array(2 << bits).fill(-1);
    this.shift = 32 - bits;
  }

  /** The offset stored for `key` (a non-negative integer), or -1. */
  get(key: number): number {
    const pairs = this.pairs, mask = (pairs.length >> 1) - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const known = pairs[slot * 2];
      if (known === key) return pairs[slot * 2 + 1];
      if (known === -1) return -1;
    }
  }

  /** Stores `offset` for a key not yet present. */
  set(key: number, offset: number): void {
    const pairs = this.pairs, mask = (pairs.length >> 1) - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (pairs[slot * 2] !== -1) slot = (slot + 1) & mask;
    pairs[slot * 2] = key;
    pairs[slot * 2 + 1] = offset;
    this.size++;
  }

  /** Forgets every key. */
  clear(): void {
    this.pairs.fill(-1);
    this.size = 0;
  }
}
