/**
 * Role-tagger features: where a token stands relative to one cue (side, distance, commas, quotes,
 * other cues between). Split into the part that depends only on the token (cached per token at
 * inference) and the part that depends on the cue.
 */
import { bucket, mix, type PreparedDoc } from './features';

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

/** Role features that depend only on the token and its side of the cue (cacheable per token). */
export function staticRoleFeatures(doc: PreparedDoc, i: number, dir: number, out: Int32Array, at: number): number {
  const { word: W, shape: S, lex: L } = doc;
  const n = doc.tokens.length;
  const wm1 = i > 0 ? W[i - 1] : 11, wp1 = i + 1 < n ? W[i + 1] : 13;
  let k = 0;
  out[at + k++] = mix(104, dir, W[i]);
  out[at + k++] = mix(105, dir, wm1);
  out[at + k++] = mix(106, dir, wp1);
  out[at + k++] = mix(107, dir, S[i]);
  out[at + k++] = mix(108, dir, L[i]);
  out[at + k++] = mix(114, dir, wm1, W[i]);
  out[at + k++] = mix(115, dir, doc.suffix[i]);
  out[at + k++] = mix(121, dir, S[i], i > 0 ? S[i - 1] : 11, i + 1 < n ? S[i + 1] : 13);
  out[at + k++] = mix(125, dir, W[i], wp1);
  return k;
}

/** Role features of token i that depend on where the cue is; returns how many. */
export function dynamicRoleFeatures(
  doc: PreparedDoc, i: number, cue: CueAnchor, cues: Int32Array, out: Int32Array, at: number, qb = quoteBefore(doc, cue), qa = quoteAfter(doc, cue),
): number {
  const { word: W, lex: L, inQuote: Q, sentenceOf: SO } = doc;
  const dir = directionOf(i, cue);
  const dist = dir === 1 ? cue.from - i : dir === 2 ? i - cue.to + 1 : 0;
  const db = bucket(dist);
  const lo = dir === 1 ? i + 1 : cue.to, hi = dir === 1 ? cue.from : i;
  const between = dir === 0 ? 0 : 1;
  const commas = between ? Math.min(doc.commas[hi] - doc.commas[lo], 3) : 0;
  const quotes = between ? Math.min(doc.quotes[hi] - doc.quotes[lo], 3) : 0;
  const others = between ? Math.min(cues[hi] - cues[lo], 2) : 0;
  const sd = Math.max(-2, Math.min(2, SO[i] - SO[cue.from])) + 2;
  const cw = W[cue.from], cwl = W[cue.to - 1];
  const sentence = doc.sentences[SO[i]];
  const sentFirst = sentence.from === i ? 1 : 0, sentLast = sentence.to === i + 1 ? 1 : 0;
  const qc = Q[cue.from];
  let k = 0;
  out[at + k++] = mix(101, dir);
  out[at + k++] = mix(102, dir, db);
  out[at + k++] = mix(103, dir, db, sd);
  out[at + k++] = mix(109, dir, Q[i], qc);
  out[at + k++] = mix(110, dir, cw);
  out[at + k++] = mix(111, dir, cw, db);
  out[at + k++] = mix(112, dir, commas, quotes);
  out[at + k++] = mix(113, dir, others, sd);
  out[at + k++] = mix(116, dir, sentFirst, sentLast, sd);
  out[at + k++] = mix(117, Q[i], sd, dir);
  out[at + k++] = mix(118, dir, dist < 3 ? dist : 3, W[i]);
  out[at + k++] = mix(119, dir, cwl, W[i] === cwl ? 1 : 0);
  out[at + k++] = mix(120, dir, L[i], db);
  out[at + k++] = mix(122, dir, commas, db);
  out[at + k++] = mix(123, dir, quotes, Q[i], L[i] & 64);
  out[at + k++] = mix(124, dir, cw, W[i]);
  out[at + k++] = mix(126, dir * 8 + others, commas, quotes, sd);
  const n = doc.tokens.length;
  out[at + k++] = mix(127, dir, cue.to < n ? W[cue.to] : 13, db);
  out[at + k++] = mix(128, dir, cue.from > 0 ? W[cue.from - 1] : 11, db);
  out[at + k++] = mix(129, dir, cw, doc.shape[i]);
  out[at + k++] = mix(130, dir, cw, Q[i], db);
  const qi = doc.quoteId[i];
  const inBefore = qi !== 0 && qi === qb ? 1 : 0, inAfter = qi !== 0 && qi === qa ? 1 : 0;
  out[at + k++] = mix(131, dir, inBefore, inAfter, Q[i]);
  out[at + k++] = mix(132, dir, inBefore | inAfter, sentFirst, sentLast);
  out[at + k++] = mix(134, dir, cw, commas, sd);
  out[at + k++] = mix(135, dir, cw, i > 0 ? W[i - 1] : 11);
  out[at + k++] = mix(136, dir, cwl, Q[i], db);
  const edge = qi === 0 ? 0 : (doc.quoteEnd[qi] === i + 1 ? 1 : 0) + (doc.quoteStart[qi] === i ? 2 : 0);
  out[at + k++] = mix(133, dir, inBefore | inAfter, edge);
  return k;
}

/** All role features of token i relative to one cue (training scores them all at once). */
export function roleFeatures(
  doc: PreparedDoc, i: number, cue: CueAnchor, cues: Int32Array, out: Int32Array, at: number, qb = quoteBefore(doc, cue), qa = quoteAfter(doc, cue),
): number {
  const k = staticRoleFeatures(doc, i, directionOf(i, cue), out, at);
  return k + dynamicRoleFeatures(doc, i, cue, cues, out, at + k, qb, qa);
}
