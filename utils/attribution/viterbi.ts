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
  if (tags === 5 && allowed === ROLE_ALLOWED) forwardRole(emissions, n, transitions, back, score);
  else if (tags === 3 && allowed === CUE_ALLOWED) forwardCue(emissions, n, transitions, back, score);
  else forward(emissions, n, tags, transitions, allowed, back, score);
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

/** The forward pass for any tag set: best previous tag per tag, first best on ties. */
function forward(
  emissions: Float32Array, n: number, tags: number, transitions: Float32Array, allowed: Uint8Array, back: Int32Array, score: Float64Array,
): void {
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
}

/** Score and back pointer of tag t at offset o when any of five previous tags may precede it (first best wins). */
function fromAnyOfFive(
  p0: number, p1: number, p2: number, p3: number, p4: number, tr: Float32Array, t: number, em: Float32Array, o: number, score: Float64Array, back: Int32Array,
): void {
  let best = -Infinity, arg = 0, s = p0 + tr[t];
  if (s > best) { best = s; arg = 0; }
  s = p1 + tr[5 + t]; if (s > best) { best = s; arg = 1; }
  s = p2 + tr[10 + t]; if (s > best) { best = s; arg = 2; }
  s = p3 + tr[15 + t]; if (s > best) { best = s; arg = 3; }
  s = p4 + tr[20 + t]; if (s > best) { best = s; arg = 4; }
  score[o + t] = best + em[o + t];
  back[o + t] = arg;
}

/** Score and back pointer of tag t when only tags `a` and `a + 1` may precede it (an inside tag). */
function fromPair(
  pa: number, pb: number, a: number, tags: number, tr: Float32Array, t: number, em: Float32Array, o: number, score: Float64Array, back: Int32Array,
): void {
  let best = -Infinity, arg = 0, s = pa + tr[a * tags + t];
  if (s > best) { best = s; arg = a; }
  s = pb + tr[(a + 1) * tags + t]; if (s > best) { best = s; arg = a + 1; }
  score[o + t] = best + em[o + t];
  back[o + t] = arg;
}

/**
 * `forward` for the role tags, unrolled: O and the begin tags may follow any tag, an inside tag
 * only its own begin or inside tag. Same comparisons in the same order, so the same path; the
 * role tagger runs this over every cue's window.
 */
function forwardRole(em: Float32Array, n: number, tr: Float32Array, back: Int32Array, score: Float64Array): void {
  for (let i = 1; i < n; i++) {
    const q = (i - 1) * 5, o = i * 5;
    const p0 = score[q], p1 = score[q + 1], p2 = score[q + 2], p3 = score[q + 3], p4 = score[q + 4];
    fromAnyOfFive(p0, p1, p2, p3, p4, tr, 0, em, o, score, back);
    fromAnyOfFive(p0, p1, p2, p3, p4, tr, 1, em, o, score, back);
    fromPair(p1, p2, 1, 5, tr, 2, em, o, score, back);
    fromAnyOfFive(p0, p1, p2, p3, p4, tr, 3, em, o, score, back);
    fromPair(p3, p4, 3, 5, tr, 4, em, o, score, back);
  }
}

/** `forward` for the cue tags, unrolled: O and B may follow any tag, I only B or I. */
function forwardCue(em: Float32Array, n: number, tr: Float32Array, back: Int32Array, score: Float64Array): void {
  for (let i = 1; i < n; i++) {
    const q = (i - 1) * 3, o = i * 3;
    const p0 = score[q], p1 = score[q + 1], p2 = score[q + 2];
    for (let t = 0; t < 2; t++) {
      let best = -Infinity, arg = 0, s = p0 + tr[t];
      if (s > best) { best = s; arg = 0; }
      s = p1 + tr[3 + t]; if (s > best) { best = s; arg = 1; }
      s = p2 + tr[6 + t]; if (s > best) { best = s; arg = 2; }
      score[o + t] = best + em[o + t];
      back[o + t] = arg;
    }
    fromPair(p1, p2, 1, 3, tr, 2, em, o, score, back);
  }
}
