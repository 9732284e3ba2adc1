/**
 * First-order Viterbi with chunk constraints (an inside tag only after its own begin or inside
 * tag), so a tagger can never emit a broken span. Shared by training and inference.
 */

/** allowed[(prev) * tags + tag] for prev in 0..tags (tags = the start state). */
export function chunkConstraints(tags: number, insideOf: (tag: number) => number): Uint8Array {
  const allowed = new Uint8Array((tags + 1) * tags);
  for (let prev = 0; prev <= tags; prev++) {
    for (let tag = 0; tag < tags; tag++) {
      const begin = insideOf(tag);
      allowed[prev * tags + tag] = begin < 0 || prev === begin || prev === tag ? 1 : 0;
    }
  }
  return allowed;
}

/** Cue tags: 0 O, 1 B, 2 I. */
export const CUE_ALLOWED = chunkConstraints(3, (t) => (t === 2 ? 1 : -1));
/** Role tags: 0 O, 1 B-source, 2 I-source, 3 B-content, 4 I-content. */
export const ROLE_ALLOWED = chunkConstraints(5, (t) => (t === 2 ? 1 : t === 4 ? 3 : -1));

/**
 * Best tag path for n positions given emission scores (n x tags) and transition scores
 * ((tags + 1) x tags); writes it into `path`. O(n * tags^2) time, buffers reused by the caller.
 */
export function viterbi(
  emissions: Float32Array, n: number, tags: number, transitions: Float32Array, allowed: Uint8Array,
  path: Int32Array, back: Int32Array, score: Float64Array,
): void {
  if (n === 0) return;
  for (let t = 0; t < tags; t++) {
    score[t] = allowed[tags * tags + t] ? transitions[tags * tags + t] + emissions[t] : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < tags; t++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < tags; p++) {
        if (!allowed[p * tags + t]) continue;
        const s = score[(i - 1) * tags + p] + transitions[p * tags + t];
        if (s > best) { best = s; arg = p; }
      }
      score[i * tags + t] = best + emissions[i * tags + t];
      back[i * tags + t] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  for (let t = 0; t < tags; t++) if (score[(n - 1) * tags + t] > best) { best = score[(n - 1) * tags + t]; arg = t; }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * tags + path[i]];
}

/** Chunks [from, to) of one kind in a tag path: `begin` starts one, `inside` continues it. */
export function chunks(path: Int32Array, n: number, begin: number, inside: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    if (path[i] !== begin) continue;
    let j = i + 1;
    while (j < n && path[j] === inside) j++;
    out.push([i, j]);
  }
  return out;
}
