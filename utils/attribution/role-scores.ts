/**
 * The role tagger's emission scores at inference over one cue's window: `tokenRoleSplit` and
 * `readTokenFacts` (role-features-split.ts, role-features.ts) written out in one loop, with the
 * values constant over the cue read once. Same hashes, keys and integer sums, so the same scores;
 * tests check it against summing every feature.
 */
import * as featureHash from './feature-hash';
import * as roleFeatureSet from './role-features';
import * as roleContextSums from './role-context-sums';
import * as roleCueSums from './role-cue-sums';
import type { PreparedDoc } from './features';
import type { CueAnchor, RoleContext } from './role-features';
import type { LinearTagger } from './model';
import type { StaticRoleScores } from './static-role-scores';

// read per token: bound here so a CommonJS build (tsx) reads no export getter in the hot loop
const { bucket } = featureHash;
const { ND } = roleFeatureSet;
const { contextSumsFor } = roleContextSums;
const { cueRoleSumsFor, flagDistanceSumsFor } = roleCueSums;

/** `tail3(h, d, 0)` of feature-hash.ts. */
function tail3d(h: number, d: number): number {
  h = Math.imul(h ^ (h >>> 13) ^ d, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * Emission scores (5 tags) of tokens [from, to) for `cue` into `em`, from an integer role tagger:
 * cue tokens get O only. `cues` is the prefix count of cue tokens, `cache` the text's static scores.
 */
export function roleWindowScores(
  doc: PreparedDoc, cue: CueAnchor, ctx: RoleContext, cues: Int32Array, from: number, to: number,
  t: LinearTagger, cache: StaticRoleScores, em: Float32Array,
): void {
  const memo = contextSumsFor(t), cueSums = cueRoleSumsFor(t).begin(ctx), flagSums = flagDistanceSumsFor(t);
  const mask = (1 << t.bits) - 1, w = t.weights, scale = t.scale, cs = cueSums.values, fs = flagSums.values;
  const { word: W, lex: L, inQuote: Q, shape: S, commas: C, quotes: QU, sentenceOf, sentenceEdge, quoteId, quoteStart, quoteEnd } = doc;
  const pre = ctx.pre, qb = ctx.qb, qa = ctx.qa, qc = ctx.qc;
  const cueFrom = cue.from, cueTo = cue.to, cueSentence = sentenceOf[cueFrom], lastCueWord = W[cueTo - 1];
  for (let k = from, base = 0; k < to; k++, base += 5) {
    const dir = k < cueFrom ? 1 : k >= cueTo ? 2 : 0;
    if (dir === 0) {
      em[base] = 0; em[base + 1] = -1e9; em[base + 2] = -1e9; em[base + 3] = -1e9; em[base + 4] = -1e9;
      continue;
    }
    // readTokenFacts
    const dist = dir === 1 ? cueFrom - k : k - cueTo + 1;
    const lo = dir === 1 ? k + 1 : cueTo, hi = dir === 1 ? cueFrom : k;
    const db = bucket(dist);
    const commas = Math.min(C[hi] - C[lo], 3), quotes = Math.min(QU[hi] - QU[lo], 3), others = Math.min(cues[hi] - cues[lo], 2);
    const sd = Math.max(-2, Math.min(2, sentenceOf[k] - cueSentence)) + 2;
    const qi = quoteId[k];
    const inBefore = qi !== 0 && qi === qb ? 1 : 0, inAfter = qi !== 0 && qi === qa ? 1 : 0;
    const edge = qi === 0 ? 0 : (quoteEnd[qi] === k + 1 ? 1 : 0) + (quoteStart[qi] === k ? 2 : 0);
    const q = Q[k], wk = W[k], l = L[k], p = dir * ND;
    // the keys of tokenRoleSplit
    const contextKey = (dir - 1) | (db << 1) | (sd << 5) | (q << 8) | (qc << 9) | (commas << 10) | (quotes << 12) | (others << 14) |
      (sentenceEdge[k] << 16) | ((l & 64 ? 1 : 0) << 18) | (inBefore << 19) | (inAfter << 20) | (edge << 21);
    const cueKey = (dir - 1) | (db << 1) | (q << 5) | (commas << 6) | (sd << 8) | ((wk === lastCueWord ? 1 : 0) << 11);
    // the word features' rows first (124, 129, 135, and 118 within two tokens of the cue): the
    // hashing holds no load, so the weight reads below (mostly cache misses) go out together
    const r124 = (tail3d(pre[p + 14], wk) & mask) * 5, r129 = (tail3d(pre[p + 17], S[k]) & mask) * 5;
    const r135 = (tail3d(pre[p + 22], k > 0 ? W[k - 1] : 11) & mask) * 5;
    // tail2(pre[p + 9], dist, wk, 0)
    const r118 = dist < 3 ? (tail3d(Math.imul(pre[p + 9] ^ (pre[p + 9] >>> 16) ^ dist, 0x85ebca6b), wk) & mask) * 5 : -1;
    const m = memo.at(contextKey), sums = memo.values, c1 = cueSums.at(cueKey), f1 = flagSums.at((dir - 1) + db * 2 + l * 18);
    const at = cache.at(k, dir), st = cache.scores;
    let a = sums[m] + cs[c1] + fs[f1], b = sums[m + 1] + cs[c1 + 1] + fs[f1 + 1], c = sums[m + 2] + cs[c1 + 2] + fs[f1 + 2];
    let d = sums[m + 3] + cs[c1 + 3] + fs[f1 + 3], e = sums[m + 4] + cs[c1 + 4] + fs[f1 + 4];
    a += w[r124] + w[r129] + w[r135]; b += w[r124 + 1] + w[r129 + 1] + w[r135 + 1]; c += w[r124 + 2] + w[r129 + 2] + w[r135 + 2];
    d += w[r124 + 3] + w[r129 + 3] + w[r135 + 3]; e += w[r124 + 4] + w[r129 + 4] + w[r135 + 4];
    if (r118 >= 0) {
      a += w[r118]; b += w[r118 + 1]; c += w[r118 + 2]; d += w[r118 + 3]; e += w[r118 + 4];
    } else {
      const far = cache.ints;
      a += far[at]; b += far[at + 1]; c += far[at + 2]; d += far[at + 3]; e += far[at + 4];
    }
    // rounded to float32 before the cached part is added, as when the two were summed in place
    em[base] = Math.fround(a * scale) + st[at]; em[base + 1] = Math.fround(b * scale) + st[at + 1];
    em[base + 2] = Math.fround(c * scale) + st[at + 2]; em[base + 3] = Math.fround(d * scale) + st[at + 3];
    em[base + 4] = Math.fround(e * scale) + st[at + 4];
  }
}
