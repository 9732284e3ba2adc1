/**
 * How much subject matter two claims share, weighted by how rare each shared key is in the
 * store (IDF), measured from both sides: a short denial must be mostly covered by the story it
 * denies, and the story must not be mostly about something else. Keys are interned integers in
 * sorted arrays so one comparison is a single merge, with no allocation.
 */

/** Overlap of two claims' keys: the share of each side's weight found in the other. */
export interface Overlap {
  /** Share of the first claim's weight that the second also has (0..1). */
  coverFirst: number;
  /** Share of the second claim's weight that the first also has (0..1). */
  coverSecond: number;
  /** Number of distinct shared keys. */
  sharedKeys: number;
}

/** A claim's keys as interned ids (ascending) with their weight multipliers. */
export interface KeyVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Measures overlap by merging two sorted key vectors under the given IDF table. */
export function overlapOf(first: KeyVector, second: KeyVector, idf: Float64Array): Overlap {
  const a = first.ids;
  const b = second.ids;
  let i = 0;
  let j = 0;
  let shared = 0;
  let sharedKeys = 0;
  let massFirst = 0;
  let massSecond = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      const w = idf[a[i]];
      const wa = first.weights[i] * w;
      const wb = second.weights[j] * w;
      massFirst += wa;
      massSecond += wb;
      shared += wa < wb ? wa : wb;
      sharedKeys++;
      i++;
      j++;
    } else if (a[i] < b[j]) massFirst += first.weights[i] * idf[a[i++]];
    else massSecond += second.weights[j] * idf[b[j++]];
  }
  while (i < a.length) massFirst += first.weights[i] * idf[a[i++]];
  while (j < b.length) massSecond += second.weights[j] * idf[b[j++]];
  return {
    coverFirst: massFirst > 0 ? Math.min(1, shared / massFirst) : 0,
    coverSecond: massSecond > 0 ? Math.min(1, shared / massSecond) : 0,
    sharedKeys,
  };
}

/** The weaker side of an overlap: two claims are near-duplicates only if both are covered. */
export function mutualCover(o: Overlap): number {
  return Math.min(o.coverFirst, o.coverSecond);
}
