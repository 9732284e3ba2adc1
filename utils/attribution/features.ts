/**
 * Hashed features for the cue and role taggers. Training and the extension call the same code,
 * so a feature means the same thing in both; strings are hashed once per token, and every
 * feature after that is integer mixing (fast, and the model file never holds text).
 */
import { CORE_SPEECH_VERBS, SPEECH_VERBS, STANCE_VERBS, STATEMENT_NOUNS, SUBJECT_PRONOUNS } from './cue-lexicon';
import { quoteRegions, splitSentences, type Sentence } from './sentences';
import { isQuoteMark, tokenize, type Token } from './tokenize';

/** A text made ready for tagging: tokens, sentences and per-token facts. */
export interface PreparedDoc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  sentenceOf: Int32Array;
  /** Per token: 1 if it starts its sentence, 2 if it ends it (3 both). */
  sentenceEdge: Uint8Array;
  inQuote: Uint8Array;
  /** Number of the quotation each token is in, 0 outside; quoteStart/quoteEnd give its tokens. */
  quoteId: Int32Array;
  quoteStart: Int32Array;
  quoteEnd: Int32Array;
  word: Int32Array;
  shape: Int32Array;
  suffix: Int32Array;
  suffix2: Int32Array;
  /** Bit flags, see LEX_*. */
  lex: Int32Array;
  /** Prefix counts (length n + 1) of commas and of quote marks. */
  commas: Int32Array;
  quotes: Int32Array;
}

const LEX_SPEECH = 1, LEX_CORE = 2, LEX_NOUN = 4, LEX_PRONOUN = 8, LEX_CAP = 16, LEX_PUNCT = 32, LEX_QUOTE = 64, LEX_ALLCAPS = 128, LEX_STANCE = 256;

function hashString(s: string, seed: number): number {
  let h = seed ^ 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Mixes integers into one feature hash (murmur3 finaliser steps). */
export function mix(a: number, b: number, c = 0, d = 0, e = 0): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ d, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ e, 0x85ebca6b);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * `mix` split at its second argument: `head2(a, b)` is the state after (a, b), and
 * `tail2(head2(a, b), c, d, e) === mix(a, b, c, d, e)`. Hot loops hash the part that is constant
 * over a cue once and finish per token, with the same values (the model file is unaffected).
 */
export function head2(a: number, b: number): number {
  const h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  return Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
}

/** Finishes `mix` from the state after its second argument. */
export function tail2(h: number, c: number, d: number, e: number): number {
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ d, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ e, 0x85ebca6b);
  return (h ^ (h >>> 16)) | 0;
}

/** State of `mix` after its third argument, from the state after the second. */
export function head3(h: number, c: number): number {
  return Math.imul(h ^ (h >>> 16) ^ c, 0x85ebca6b);
}

/** Finishes `mix` from the state after its third argument. */
export function tail3(h: number, d: number, e: number): number {
  h = Math.imul(h ^ (h >>> 13) ^ d, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ e, 0x85ebca6b);
  return (h ^ (h >>> 16)) | 0;
}

/** Shape class of one code point; ASCII answered without a regex (the common case by far). */
function shapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd' : ch;
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}

function shapeOf(t: string): string {
  let out = '';
  for (const ch of t) {
    const c = shapeChar(ch);
    if (out[out.length - 1] !== c) out += c;
    if (out.length >= 5) break;
  }
  return out;
}

interface TokenFacts {
  word: number;
  suffix: number;
  suffix2: number;
  shape: number;
  lex: number;
}

/** Hashes and lexicon flags of one token text (cached per distinct text by prepareDoc). */
function tokenFacts(text: string, lower: string): TokenFacts {
  const w = lower.length > 24 ? lower.slice(0, 24) : lower;
  const raw = text.length > 12 ? text.slice(0, 12) : text;
  const quote = isQuoteMark(text);
  const punct = !/[\p{L}\p{N}]/u.test(text);
  const lex = (SPEECH_VERBS.has(w) ? LEX_SPEECH : 0) | (CORE_SPEECH_VERBS.has(w) ? LEX_CORE : 0) |
    (STATEMENT_NOUNS.has(w) ? LEX_NOUN : 0) | (STANCE_VERBS.has(w) ? LEX_STANCE : 0) | (SUBJECT_PRONOUNS.has(w) ? LEX_PRONOUN : 0) |
    (/^\p{Lu}/u.test(text) ? LEX_CAP : 0) | (punct ? LEX_PUNCT : 0) | (quote ? LEX_QUOTE : 0) |
    (text.length > 1 && text === text.toUpperCase() && /\p{Lu}/u.test(text) ? LEX_ALLCAPS : 0);
  return { word: hashString(w, 1), suffix: hashString(w.slice(-3), 2), suffix2: hashString(w.slice(-2), 4), shape: hashString(shapeOf(raw), 3), lex };
}

/**
 * Token facts are a pure function of the token text, so one bounded cache serves every document
 * (pages of one site share most words); cleared when full so memory stays bounded.
 */
const FACTS_CACHE = new Map<string, TokenFacts>();
const FACTS_CACHE_LIMIT = 20000;

/** Tokenises and precomputes everything the feature functions read. */
export function prepareDoc(text: string): PreparedDoc {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const n = tokens.length;
  const sentenceOf = new Int32Array(n);
  const sentenceEdge = new Uint8Array(n);
  sentences.forEach((s, k) => {
    sentenceOf.fill(k, s.from, s.to);
    sentenceEdge[s.from] |= 1;
    sentenceEdge[s.to - 1] |= 2;
  });
  const word = new Int32Array(n), shape = new Int32Array(n), suffix = new Int32Array(n), suffix2 = new Int32Array(n), lex = new Int32Array(n);
  const commas = new Int32Array(n + 1), quotes = new Int32Array(n + 1);
  const cache = FACTS_CACHE;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    let facts = cache.get(t.text);
    if (facts === undefined) {
      facts = tokenFacts(t.text, t.lower);
      if (cache.size >= FACTS_CACHE_LIMIT) cache.clear();
      cache.set(t.text, facts);
    }
    word[i] = facts.word;
    suffix[i] = facts.suffix;
    suffix2[i] = facts.suffix2;
    shape[i] = facts.shape;
    lex[i] = facts.lex;
    commas[i + 1] = commas[i] + (t.text === ',' ? 1 : 0);
    quotes[i + 1] = quotes[i] + (facts.lex & LEX_QUOTE ? 1 : 0);
  }
  const quoteId = quoteRegions(text, tokens);
  let regions = 0;
  for (let i = 0; i < n; i++) if (quoteId[i] > regions) regions = quoteId[i];
  const quoteStart = new Int32Array(regions + 1).fill(-1), quoteEnd = new Int32Array(regions + 1);
  const inQuote = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const id = quoteId[i];
    if (id === 0) continue;
    inQuote[i] = 1;
    if (quoteStart[id] < 0) quoteStart[id] = i;
    quoteEnd[id] = i + 1;
  }
  return { text, tokens, sentences, sentenceOf, sentenceEdge, inQuote, quoteId, quoteStart, quoteEnd, word, shape, suffix, suffix2, lex, commas, quotes };
}

/** Distance buckets: exact up to 3, then coarser. */
export const bucket = (d: number): number => (d < 4 ? d : d < 6 ? 4 : d < 9 ? 5 : d < 16 ? 6 : d < 32 ? 7 : 8);

/** Features of token i for the cue tagger, within sentence [from, to); returns how many. */
export function cueFeatures(doc: PreparedDoc, i: number, from: number, to: number, out: Int32Array, at: number): number {
  const { word: W, shape: S, lex: L, inQuote: Q } = doc;
  const w0 = W[i];
  const wm1 = i > from ? W[i - 1] : 11, wm2 = i > from + 1 ? W[i - 2] : 11;
  const wp1 = i + 1 < to ? W[i + 1] : 13, wp2 = i + 2 < to ? W[i + 2] : 13;
  const sm1 = i > from ? S[i - 1] : 11, sp1 = i + 1 < to ? S[i + 1] : 13;
  const lm1 = i > from ? L[i - 1] : -1, lp1 = i + 1 < to ? L[i + 1] : -1;
  const pos = Math.min(i - from, 4), rpos = Math.min(to - 1 - i, 4);
  const paraFirst = from === 0 || doc.sentences[doc.sentenceOf[from] - 1]?.paragraph !== doc.sentences[doc.sentenceOf[from]].paragraph ? 1 : 0;
  let k = 0;
  out[at + k++] = mix(1, 0);
  out[at + k++] = mix(2, w0);
  out[at + k++] = mix(3, wm1);
  out[at + k++] = mix(4, wp1);
  out[at + k++] = mix(5, wm2);
  out[at + k++] = mix(6, wp2);
  out[at + k++] = mix(7, wm1, w0);
  out[at + k++] = mix(8, w0, wp1);
  out[at + k++] = mix(9, doc.suffix[i]);
  out[at + k++] = mix(10, S[i]);
  out[at + k++] = mix(11, L[i]);
  out[at + k++] = mix(12, lm1, w0);
  out[at + k++] = mix(13, Q[i], w0);
  out[at + k++] = mix(14, pos, rpos, L[i]);
  out[at + k++] = mix(15, paraFirst, pos, w0);
  out[at + k++] = mix(16, sm1, S[i], sp1);
  out[at + k++] = mix(17, L[i], lp1, lm1);
  out[at + k++] = mix(18, Q[i], i > from ? Q[i - 1] : 2, i + 1 < to ? Q[i + 1] : 2);
  out[at + k++] = mix(19, wm2, wm1, w0);
  out[at + k++] = mix(20, w0, wp1, wp2);
  out[at + k++] = mix(21, doc.quotes[to] - doc.quotes[from] > 0 ? 1 : 0, L[i], Q[i]);
  out[at + k++] = mix(22, sm1, w0);
  out[at + k++] = mix(23, w0, sp1);
  out[at + k++] = mix(24, doc.suffix2[i], Q[i]);
  out[at + k++] = mix(25, lm1 & (LEX_PRONOUN | LEX_CAP), doc.suffix[i]);
  out[at + k++] = mix(26, w0, doc.quotes[to] - doc.quotes[from] > 0 ? 1 : 0, paraFirst);
  out[at + k++] = mix(27, wm1, wp1);
  out[at + k++] = mix(28, doc.suffix[i], wp1);
  out[at + k++] = mix(29, w0, lm1 & LEX_ALLCAPS, pos, paraFirst);
  let subject = 0;
  for (let j = i - 1; j >= from && j >= i - 3; j--) if (L[j] & (LEX_CAP | LEX_PRONOUN)) { subject = 1; break; }
  out[at + k++] = mix(30, w0, subject);
  out[at + k++] = mix(31, L[i] & (LEX_SPEECH | LEX_STANCE | LEX_CORE), lp1 & (LEX_QUOTE | LEX_PUNCT), subject);
  return k;
}

/** Largest number of features any token gets: callers size their buffers with it. */
export const MAX_FEATURES = 40;
