/**
 * Role-tagger features: where a token stands relative to one cue (side, distance, commas, quotes,
 * other cues between). Split into the part that depends only on the token (cached per token at
 * inference) and the part that depends on the cue. Hashes equal `mix(id, dir, ...)`; the parts
 * that are constant over a cue are hashed once per cue (RoleContext), the rest per token.
 */
import type { PreparedDoc } from './features';
import * as featureHash from './feature-hash';

// Called per token per cue: bound once here, so a CommonJS build (tsx runs training and the
// benchmarks that way) does not read an export getter on every call; values are the same.
const { bucket, head2, head3, tail2, tail3 } = featureHash;

/** The cue a role tagger run is conditioned on: token range and the cue's words. */
export interface CueAnchor {
  from: number;
  to: number;
}

/** Per-document prefix counts of cue tokens, so "another cue lies between" costs O(1). */
export function cuePrefix(isCue: Uint8Array): Int32Array {
  const p = new Int32Array(isCue.length + 1);
  for (let i = 0; i < isCue.length; i++) p[i + 1] = p[i] + isCue[i];
  return p;
}

/** The quotation just before a cue ("“…,” she said") or 0; looks back over a few tokens. */
export function quoteBefore(doc: PreparedDoc, cue: CueAnchor): number {
  for (let j = cue.from - 1; j >= 0 && j >= cue.from - 5; j--) if (doc.quoteId[j] && doc.quoteId[j] !== doc.quoteId[cue.from]) return doc.quoteId[j];
  return 0;
}

/** The quotation just after a cue ("said: “…”") or 0; looks ahead over a few tokens. */
export function quoteAfter(doc: PreparedDoc, cue: CueAnchor): number {
  const n = doc.tokens.length;
  for (let j = cue.to; j < n && j < cue.to + 5; j++) if (doc.quoteId[j] && doc.quoteId[j] !== doc.quoteId[cue.to - 1]) return doc.quoteId[j];
  return 0;
}

/** Direction of token i from a cue: 1 before it, 2 after it, 0 inside it. */
export function directionOf(i: number, cue: CueAnchor): number {
  return i < cue.from ? 1 : i >= cue.to ? 2 : 0;
}

/** Hash state of `mix(id, dir, ...)` after its first two arguments, for dir 1 and 2. */
function sidePrefixes(ids: readonly number[]): Int32Array {
  const out = new Int32Array(ids.length * 3);
  ids.forEach((id, k) => { for (let dir = 1; dir <= 2; dir++) out[dir * ids.length + k] = head2(id, dir); });
  return out;
}

const STATIC_IDS = [104, 105, 106, 107, 108, 114, 115, 121, 125] as const;
/** Hash states of the static templates per side (index dir * NS + k). */
export const STATIC_PRE = sidePrefixes(STATIC_IDS);
/** Number of static (cue-independent) templates. */
export const NS = STATIC_IDS.length;

/** Role features that depend only on the token and its side of the cue (cacheable per token). */
export function staticRoleFeatures(doc: PreparedDoc, i: number, dir: number, out: Int32Array, at: number): number {
  const { word: W, shape: S, lex: L } = doc;
  const n = doc.tokens.length;
  const w = W[i], wm1 = i > 0 ? W[i - 1] : 11, wp1 = i + 1 < n ? W[i + 1] : 13, p = dir * NS;
  out[at] = tail2(STATIC_PRE[p], w, 0, 0);
  out[at + 1] = tail2(STATIC_PRE[p + 1], wm1, 0, 0);
  out[at + 2] = tail2(STATIC_PRE[p + 2], wp1, 0, 0);
  out[at + 3] = tail2(STATIC_PRE[p + 3], S[i], 0, 0);
  out[at + 4] = tail2(STATIC_PRE[p + 4], L[i], 0, 0);
  out[at + 5] = tail2(STATIC_PRE[p + 5], wm1, w, 0);
  out[at + 6] = tail2(STATIC_PRE[p + 6], doc.suffix[i], 0, 0);
  out[at + 7] = tail2(STATIC_PRE[p + 7], S[i], i > 0 ? S[i - 1] : 11, i + 1 < n ? S[i + 1] : 13);
  out[at + 8] = tail2(STATIC_PRE[p + 8], w, wp1, 0);
  return NS;
}

const DYNAMIC_IDS = [101, 102, 103, 109, 110, 111, 112, 113, 116, 118, 119, 120, 122, 123, 124, 127, 128, 129, 130, 131, 132, 134, 135, 136, 133] as const;
/** Hash states of the cue-dependent templates per side (index dir * ND + k). */
export const DYNAMIC_PRE = sidePrefixes(DYNAMIC_IDS);
/** Number of cue-dependent templates. */
export const ND = DYNAMIC_IDS.length;

/** The parts of the role features that are the same for every token on one side of one cue. */
export interface RoleContext {
  cue: CueAnchor;
  qb: number;
  qa: number;
  /** Whether the cue's first token is inside a quotation. */
  qc: number;
  /** Per side (index dir * ND + k): hash states, cue words already mixed in where a template has them. */
  pre: Int32Array;
}

/**
 * Hashes the cue-constant parts of every role feature template once for one cue. `pre`, when
 * given, is overwritten and becomes the context's states: the tagger reuses one buffer for every
 * cue (a typed-array copy per cue cost more than the hashing).
 */
export function roleContext(doc: PreparedDoc, cue: CueAnchor, pre: Int32Array = new Int32Array(DYNAMIC_PRE.length)): RoleContext {
  const W = doc.word, n = doc.tokens.length;
  const cw = W[cue.from], cwl = W[cue.to - 1];
  const next = cue.to < n ? W[cue.to] : 13, prev = cue.from > 0 ? W[cue.from - 1] : 11;
  for (let k = 0; k < DYNAMIC_PRE.length; k++) pre[k] = DYNAMIC_PRE[k];
  for (let dir = 1; dir <= 2; dir++) {
    const p = dir * ND;
    pre[p] = tail2(pre[p], 0, 0, 0); // 101: (dir)
    pre[p + 4] = tail2(pre[p + 4], cw, 0, 0); // 110: (dir, cw)
    pre[p + 5] = head3(pre[p + 5], cw); // 111
    const c119 = head3(pre[p + 10], cwl);
    pre[p + 10] = tail3(c119, 0, 0); // 119 with W[i] !== cwl ...
    pre[p + 14] = head3(pre[p + 14], cw); // 124
    pre[p + 15] = head3(pre[p + 15], next); // 127
    pre[p + 16] = head3(pre[p + 16], prev); // 128
    pre[p + 17] = head3(pre[p + 17], cw); // 129
    pre[p + 18] = head3(pre[p + 18], cw); // 130
    pre[p + 21] = head3(pre[p + 21], cw); // 134
    pre[p + 22] = head3(pre[p + 22], cw); // 135
    pre[p + 23] = head3(pre[p + 23], cwl); // 136
    pre[dir] = tail3(c119, 1, 0); // ... and with W[i] === cwl (slots 1, 2 are free: side 0 has no features)
  }
  return { cue, qb: quoteBefore(doc, cue), qa: quoteAfter(doc, cue), qc: doc.inQuote[cue.from], pre };
}

/** Scratch record of `readTokenFacts`, reused for every token (the hot loops allocate nothing). */
export const TOKEN_FACTS = new Int32Array(10);

/**
 * What a token's cue-relative features read of its place, written into `f`: [0] distance to the
 * cue, [1] its bucket, [2] commas and [3] quote marks between token and cue (capped at 3), [4] other
 * cues between (capped at 2), [5] sentence offset + 2, [6] sentence-edge flags, [7] inside the
 * quotation before the cue, [8] inside the one after, [9] quotation edge flags. One reading shared
 * by training's features and both inference splits, so they can never drift apart.
 */
export function readTokenFacts(doc: PreparedDoc, i: number, ctx: RoleContext, cues: Int32Array, dir: number, f: Int32Array = TOKEN_FACTS): void {
  const cue = ctx.cue;
  const dist = dir === 1 ? cue.from - i : i - cue.to + 1;
  const lo = dir === 1 ? i + 1 : cue.to, hi = dir === 1 ? cue.from : i;
  f[0] = dist;
  f[1] = bucket(dist);
  f[2] = Math.min(doc.commas[hi] - doc.commas[lo], 3);
  f[3] = Math.min(doc.quotes[hi] - doc.quotes[lo], 3);
  f[4] = Math.min(cues[hi] - cues[lo], 2);
  f[5] = Math.max(-2, Math.min(2, doc.sentenceOf[i] - doc.sentenceOf[cue.from])) + 2;
  f[6] = doc.sentenceEdge[i];
  const qi = doc.quoteId[i];
  f[7] = qi !== 0 && qi === ctx.qb ? 1 : 0;
  f[8] = qi !== 0 && qi === ctx.qa ? 1 : 0;
  f[9] = qi === 0 ? 0 : (doc.quoteEnd[qi] === i + 1 ? 1 : 0) + (doc.quoteStart[qi] === i ? 2 : 0);
}

/** Role features of token i that depend on where the cue is; returns how many (none inside the cue). */
export function dynamicRoleFeatures(doc: PreparedDoc, i: number, ctx: RoleContext, cues: Int32Array, out: Int32Array, at: number): number {
  const { cue, pre } = ctx;
  const dir = i < cue.from ? 1 : i >= cue.to ? 2 : 0;
  if (dir === 0) return 0;
  const { word: W, lex: L, inQuote: Q } = doc;
  const F = TOKEN_FACTS;
  readTokenFacts(doc, i, ctx, cues, dir, F);
  const dist = F[0], db = F[1], commas = F[2], quotes = F[3], others = F[4], sd = F[5], edges = F[6];
  const sentFirst = edges & 1, sentLast = edges >> 1;
  const q = Q[i], w = W[i], l = L[i];
  const inBefore = F[7], inAfter = F[8], edge = F[9];
  const inEither = inBefore | inAfter;
  const p = dir * ND;
  out[at] = pre[p]; // 101
  out[at + 1] = tail2(pre[p + 1], db, 0, 0); // 102
  out[at + 2] = tail2(pre[p + 2], db, sd, 0); // 103
  out[at + 3] = tail2(pre[p + 3], q, ctx.qc, 0); // 109
  out[at + 4] = pre[p + 4]; // 110
  out[at + 5] = tail3(pre[p + 5], db, 0); // 111
  out[at + 6] = tail2(pre[p + 6], commas, quotes, 0); // 112
  out[at + 7] = tail2(pre[p + 7], others, sd, 0); // 113
  out[at + 8] = tail2(pre[p + 8], sentFirst, sentLast, sd); // 116
  out[at + 9] = tail2(head2(117, q), sd, dir, 0); // 117
  out[at + 10] = tail2(pre[p + 9], dist < 3 ? dist : 3, w, 0); // 118
  out[at + 11] = w === W[cue.to - 1] ? pre[dir] : pre[p + 10]; // 119
  out[at + 12] = tail2(pre[p + 11], l, db, 0); // 120
  out[at + 13] = tail2(pre[p + 12], commas, db, 0); // 122
  out[at + 14] = tail2(pre[p + 13], quotes, q, l & 64); // 123
  out[at + 15] = tail3(pre[p + 14], w, 0); // 124
  out[at + 16] = tail2(head2(126, dir * 8 + others), commas, quotes, sd); // 126
  out[at + 17] = tail3(pre[p + 15], db, 0); // 127
  out[at + 18] = tail3(pre[p + 16], db, 0); // 128
  out[at + 19] = tail3(pre[p + 17], doc.shape[i], 0); // 129
  out[at + 20] = tail3(pre[p + 18], q, db); // 130
  out[at + 21] = tail2(pre[p + 19], inBefore, inAfter, q); // 131
  out[at + 22] = tail2(pre[p + 20], inEither, sentFirst, sentLast); // 132
  out[at + 23] = tail3(pre[p + 21], commas, sd); // 134
  out[at + 24] = tail3(pre[p + 22], i > 0 ? W[i - 1] : 11, 0); // 135
  out[at + 25] = tail3(pre[p + 23], q, db); // 136
  out[at + 26] = tail2(pre[p + 24], inEither, edge, 0); // 133
  return 27;
}

/** All role features of token i relative to one cue (training scores them all at once). */
export function roleFeatures(doc: PreparedDoc, i: number, ctx: RoleContext, cues: Int32Array, out: Int32Array, at: number): number {
  const dir = directionOf(i, ctx.cue);
  if (dir === 0) return 0;
  const k = staticRoleFeatures(doc, i, dir, out, at);
  return k + dynamicRoleFeatures(doc, i, ctx, cues, out, at + k);
}
