/**
 * Picking the best few candidates without sorting them all: the index keeps its cost per page
 * bounded by the number of candidates it compares, not the number it touches.
 */

/** The `k` items with the highest score, without sorting them all: a cut-off from a selection. */
export function topByScore(items: number[], score: Float64Array, k: number): number[] {
  const values = new Float64Array(items.length);
  for (let n = 0; n < items.length; n++) values[n] = score[items[n]];
  const cut = kthLargest(values, k);
  const out: number[] = [];
  for (const i of items) if (score[i] > cut && out.length < k) out.push(i);
  for (const i of items) if (score[i] === cut && out.length < k) out.push(i);
  return out;
}

/** Quickselect (in place): the k-th largest value. */
export function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target];
}
