/**
 * Interned subject keys with their posting lists and an IDF table, so the index compares
 * integer arrays instead of strings and recomputes IDF only when the store has changed.
 */
import type { KeyVector } from './similarity';

const EMPTY: readonly number[] = [];

/** Key strings to small integers, postings per key, and IDF over the stored claims. */
export class KeyTable {
  private readonly idOf = new Map<string, number>();
  private readonly lists: number[][] = [];
  private idf = new Float64Array(0);
  private idfFor = -1;
  private idfSize = 0;

  /** The claim's keys as ascending ids; unseen keys are interned with an empty posting list. */
  vectorOf(keys: Map<string, number>): KeyVector {
    const pairs: [number, number][] = [];
    for (const [key, weight] of keys) {
      let id = this.idOf.get(key);
      if (id === undefined) {
        id = this.lists.length;
        this.idOf.set(key, id);
        this.lists.push([]);
      }
      pairs.push([id, weight]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    return { ids: Int32Array.from(pairs, (p) => p[0]), weights: Float64Array.from(pairs, (p) => p[1]) };
  }

  /** Records that the claim at `at` has these keys. */
  post(vector: KeyVector, at: number): void {
    for (const id of vector.ids) this.lists[id].push(at);
  }

  /** Stored claims holding key `id`, in insertion order. */
  postings(id: number): readonly number[] {
    return this.lists[id] ?? EMPTY;
  }

  /** IDF per key id for a store of `claims`; recomputed when the store grew by over 1% (IDF barely moves below that). */
  idfTable(claims: number): Float64Array {
    if (this.idf.length < this.lists.length) {
      this.idf = new Float64Array(Math.max(16, this.lists.length * 2));
      this.idfFor = -1;
    }
    if (this.idfFor < 0 || Math.abs(this.idfFor - claims) > Math.max(8, claims / 100)) {
      this.idfFor = claims;
      this.idfSize = 0;
    }
    for (let id = this.idfSize; id < this.lists.length; id++) this.idf[id] = Math.log((claims + 20) / (this.lists[id].length + 1));
    this.idfSize = this.lists.length;
    return this.idf;
  }
}
