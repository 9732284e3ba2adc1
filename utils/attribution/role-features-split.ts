/**
 * The role features split for inference (see `tokenRoleFeatures`): same hashes as
 * `dynamicRoleFeatures`, so the same model, with the flag-only part packed into a key whose weight
 * sums role-context-sums.ts remembers.
 */
import * as featureHash from './feature-hash';
import * as roleFeatureSet from './role-features';
import type { PreparedDoc } from './features';
import type { RoleContext } from './role-features';

// called per token per cue: bound once, so a CommonJS build (tsx) reads no export getter
const { head2, tail2, tail3 } = featureHash;
const { DYNAMIC_PRE, ND, readTokenFacts, TOKEN_FACTS } = roleFeatureSet;

/**
 * The context key of one token: its 14 flag-only features packed into 23 bits (dir 1, distance
 * bucket 4, sentence offset 3, in quote 1, cue in quote 1, commas 2, quotes 2, other cues 2, sentence
 * edges 2, lexicon flag 1, inside the quotes before/after 2, quote edge 2), from `readTokenFacts`.
 */
function contextKey(dir: number, q: number, qc: number, l: number, F: Int32Array): number {
  return (dir - 1) | (F[1] << 1) | (F[5] << 5) | (q << 8) | (qc << 9) | (F[2] << 10) | (F[3] << 12) | (F[4] << 14) |
    (F[6] << 16) | ((l & 64 ? 1 : 0) << 18) | (F[7] << 19) | (F[8] << 20) | (F[9] << 21);
}

/**
 * Inference split of `dynamicRoleFeatures` (same hashes, so the same model): the 13 features
 * that read words go to `out`, and the 14 that read only small counts and flags (side, distance
 * bucket, sentence offset, commas, quotes, quote state) are packed into one integer key, whose
 * weight sums the caller can remember (`contextRoleFeatures` rebuilds them from the key). Returns
 * the key, or -1 inside the cue (no features).
 */
export function tokenRoleFeatures(doc: PreparedDoc, i: number, ctx: RoleContext, cues: Int32Array, out: Int32Array, at: number): number {
  const { cue, pre } = ctx;
  const dir = i < cue.from ? 1 : i >= cue.to ? 2 : 0;
  if (dir === 0) return -1;
  const { word: W, lex: L, inQuote: Q } = doc;
  const F = TOKEN_FACTS;
  readTokenFacts(doc, i, ctx, cues, dir, F);
  const dist = F[0], db = F[1], commas = F[2], sd = F[5];
  const q = Q[i], w = W[i], l = L[i];
  const p = dir * ND;
  out[at] = pre[p + 4]; // 110
  out[at + 1] = tail3(pre[p + 5], db, 0); // 111
  out[at + 2] = tail2(pre[p + 9], dist < 3 ? dist : 3, w, 0); // 118
  out[at + 3] = w === W[cue.to - 1] ? pre[dir] : pre[p + 10]; // 119
  out[at + 4] = tail2(pre[p + 11], l, db, 0); // 120
  out[at + 5] = tail3(pre[p + 14], w, 0); // 124
  out[at + 6] = tail3(pre[p + 15], db, 0); // 127
  out[at + 7] = tail3(pre[p + 16], db, 0); // 128
  out[at + 8] = tail3(pre[p + 17], doc.shape[i], 0); // 129
  out[at + 9] = tail3(pre[p + 18], q, db); // 130
  out[at + 10] = tail3(pre[p + 21], commas, sd); // 134
  out[at + 11] = tail3(pre[p + 22], i > 0 ? W[i - 1] : 11, 0); // 135
  out[at + 12] = tail3(pre[p + 23], q, db); // 136
  // 23 bits: dir 1, db 4, sd 3, q 1, qc 1, commas 2, quotes 2, others 2, edges 2, l&64 1, in 2, edge 2
  return contextKey(dir, q, ctx.qc, l, TOKEN_FACTS);
}

/**
 * Finer inference split of `tokenRoleFeatures` (same hashes): only the features that read the
 * token's words are hashed here (124, 129, 135, and 118 within two tokens of the cue), into `out`;
 * the rest become keys into remembered integer sums, written to `keys`: [0] the context key of
 * `tokenRoleFeatures`, [1] a cue key (`CueRoleSums`), [2] a flag key (`FlagDistanceSums`). Farther
 * out, 118 reads only the token and its side, so `StaticRoleScores.ints` holds it. Returns how
 * many features went to `out` (3 or 4), or -1 inside the cue.
 */
export function tokenRoleSplit(doc: PreparedDoc, i: number, ctx: RoleContext, cues: Int32Array, out: Int32Array, keys: Int32Array): number {
  const { cue, pre } = ctx;
  const dir = i < cue.from ? 1 : i >= cue.to ? 2 : 0;
  if (dir === 0) return -1;
  const { word: W, lex: L, inQuote: Q } = doc;
  const F = TOKEN_FACTS;
  readTokenFacts(doc, i, ctx, cues, dir, F);
  const dist = F[0], db = F[1], commas = F[2], sd = F[5];
  const q = Q[i], w = W[i], l = L[i];
  const p = dir * ND;
  out[0] = tail3(pre[p + 14], w, 0); // 124
  out[1] = tail3(pre[p + 17], doc.shape[i], 0); // 129
  out[2] = tail3(pre[p + 22], i > 0 ? W[i - 1] : 11, 0); // 135
  keys[0] = contextKey(dir, q, ctx.qc, l, TOKEN_FACTS);
  keys[1] = (dir - 1) | (db << 1) | (q << 5) | (commas << 6) | (sd << 8) | ((w === W[cue.to - 1] ? 1 : 0) << 11);
  keys[2] = (dir - 1) + db * 2 + l * 18;
  if (dist >= 3) return 3;
  out[3] = tail2(pre[p + 9], dist, w, 0); // 118 (pre[p + 9] is the same for every cue)
  return 4;
}

/** Template 118 of a token three or more tokens from the cue: reads only the token and its side. */
export function farWordFeature(doc: PreparedDoc, i: number, dir: number): number {
  return tail2(DYNAMIC_PRE[dir * ND + 9], 3, doc.word[i], 0);
}

/** The 14 context features of a key from `tokenRoleFeatures`; returns how many. */
export function contextRoleFeatures(key: number, out: Int32Array, at: number): number {
  const dir = (key & 1) + 1, db = (key >> 1) & 15, sd = (key >> 5) & 7, q = (key >> 8) & 1, qc = (key >> 9) & 1;
  const commas = (key >> 10) & 3, quotes = (key >> 12) & 3, others = (key >> 14) & 3;
  const sentFirst = (key >> 16) & 1, sentLast = (key >> 17) & 1, l64 = (key >> 18) & 1 ? 64 : 0;
  const inBefore = (key >> 19) & 1, inAfter = (key >> 20) & 1, edge = (key >> 21) & 3, inEither = inBefore | inAfter;
  const p = dir * ND, pre = DYNAMIC_PRE;
  out[at] = tail2(pre[p], 0, 0, 0); // 101
  out[at + 1] = tail2(pre[p + 1], db, 0, 0); // 102
  out[at + 2] = tail2(pre[p + 2], db, sd, 0); // 103
  out[at + 3] = tail2(pre[p + 3], q, qc, 0); // 109
  out[at + 4] = tail2(pre[p + 6], commas, quotes, 0); // 112
  out[at + 5] = tail2(pre[p + 7], others, sd, 0); // 113
  out[at + 6] = tail2(pre[p + 8], sentFirst, sentLast, sd); // 116
  out[at + 7] = tail2(head2(117, q), sd, dir, 0); // 117
  out[at + 8] = tail2(pre[p + 12], commas, db, 0); // 122
  out[at + 9] = tail2(pre[p + 13], quotes, q, l64); // 123
  out[at + 10] = tail2(head2(126, dir * 8 + others), commas, quotes, sd); // 126
  out[at + 11] = tail2(pre[p + 19], inBefore, inAfter, q); // 131
  out[at + 12] = tail2(pre[p + 20], inEither, sentFirst, sentLast); // 132
  out[at + 13] = tail2(pre[p + 24], inEither, edge, 0); // 133
  return 14;
}
