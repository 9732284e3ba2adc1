/**
 * Hashed features for the cue and role taggers. Training and the extension call the same code,
 * so a feature means the same thing in both; strings are hashed once per token, and every
 * feature after that is integer mixing (fast, and the model file never holds text).
 */
import { CORE_SPEECH_VERBS, SPEECH_VERBS, STANCE_VERBS, STATEMENT_NOUNS, SUBJECT_PRONOUNS } from './cue-lexicon';
import { quoteRegions, splitSentences, type Sentence } from './sentences';
import { isQuoteMark, tokenize, type Token } from './tokenize';
import { hashString } from './feature-hash';
import { INTERN_SLOTS, internGeneration, TokenSlots } from './token-intern';

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

/** Lexicon and shape flags of a token (PreparedDoc.lex); feature templates combine them. */
export const LEX_SPEECH = 1, LEX_CORE = 2, LEX_NOUN = 4, LEX_PRONOUN = 8, LEX_CAP = 16, LEX_PUNCT = 32, LEX_QUOTE = 64, LEX_ALLCAPS = 128, LEX_STANCE = 256;

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

/** Capitalisation and punctuation flags of a token; ASCII answered by char codes (no regex: cheap on a cold first call). */
function caseFlags(text: string): number {
  let upper = 0, lower = 0, digit = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      return (/^\p{Lu}/u.test(text) ? LEX_CAP : 0) | (/[\p{L}\p{N}]/u.test(text) ? 0 : LEX_PUNCT) |
        (text.length > 1 && text === text.toUpperCase() && /\p{Lu}/u.test(text) ? LEX_ALLCAPS : 0);
    }
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 48 && c <= 57) digit++;
  }
  const first = text.charCodeAt(0);
  return (first >= 65 && first <= 90 ? LEX_CAP : 0) | (upper + lower + digit === 0 ? LEX_PUNCT : 0) |
    (text.length > 1 && lower === 0 && upper > 0 ? LEX_ALLCAPS : 0);
}

/**
 * Token facts are a pure function of the token text, so they are kept per intern slot (see
 * token-intern.ts: one bounded table of token texts serves every document, and pages of one site
 * share most words). A slot's facts are good while the intern table's generation is the one they
 * were computed in; a token without a slot (table full) gets them computed into a scratch record.
 */
const FACT_STRIDE = 8;
/**
 * Per slot: word, suffix, suffix2, shape, lex hashes and flags, then the intern generation they
 * were computed in (0: never; beside them, so a token's check and read touch one cache line), at
 * slot * FACT_STRIDE; the last record is scratch.
 */
const FACTS = new Int32Array((INTERN_SLOTS + 1) * FACT_STRIDE);
const GENERATION_AT = 5;
const SCRATCH_AT = INTERN_SLOTS * FACT_STRIDE;
/** Intern slots of the text being prepared, reused for every text. */
const SLOTS = new TokenSlots();

/** Lexicon flags per word (the union of the lexicon sets): one lookup per token text instead of five. */
const LEXICON_FLAGS = new Map<string, number>();
for (const [words, flag] of [[SPEECH_VERBS, LEX_SPEECH], [CORE_SPEECH_VERBS, LEX_CORE], [STATEMENT_NOUNS, LEX_NOUN], [STANCE_VERBS, LEX_STANCE], [SUBJECT_PRONOUNS, LEX_PRONOUN]] as const) {
  for (const w of words) LEXICON_FLAGS.set(w, (LEXICON_FLAGS.get(w) ?? 0) | flag);
}

/** `hashString(s.slice(from), seed)` without making the slice. */
function hashTail(s: string, from: number, seed: number): number {
  let h = seed ^ 0x811c9dc5;
  for (let i = from < 0 ? 0 : from; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** `hashString(shapeOf(raw), 3)`, streamed over char codes when raw is ASCII (no string built). */
function shapeHash(raw: string): number {
  let h = 3 ^ 0x811c9dc5, last = -1, length = 0;
  for (let i = 0; i < raw.length && length < 5; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 128) return hashString(shapeOf(raw), 3);
    const c = code >= 65 && code <= 90 ? 88 : code >= 97 && code <= 122 ? 120 : code >= 48 && code <= 57 ? 100 : code;
    if (c === last) continue;
    h = Math.imul(h ^ c, 0x01000193);
    last = c;
    length++;
  }
  return h | 0;
}

/** Hashes and lexicon flags of one token text, into FACTS at `at`. */
function tokenFacts(text: string, lower: string, at: number): void {
  const w = lower.length > 24 ? lower.slice(0, 24) : lower;
  const raw = text.length > 12 ? text.slice(0, 12) : text;
  FACTS[at] = hashString(w, 1);
  FACTS[at + 1] = hashTail(w, w.length - 3, 2);
  FACTS[at + 2] = hashTail(w, w.length - 2, 4);
  FACTS[at + 3] = shapeHash(raw);
  FACTS[at + 4] = (LEXICON_FLAGS.get(w) ?? 0) | caseFlags(text) | (text.length === 1 && isQuoteMark(text) ? LEX_QUOTE : 0);
}

/** Offset in FACTS of a token's facts, from its intern slot (computed on first sight in this generation). */
function factsAt(t: Token, slot: number, generation: number): number {
  if (slot < 0) {
    tokenFacts(t.text, t.lower, SCRATCH_AT);
    return SCRATCH_AT;
  }
  const at = slot * FACT_STRIDE;
  if (FACTS[at + GENERATION_AT] !== generation) {
    tokenFacts(t.text, t.lower, at);
    FACTS[at + GENERATION_AT] = generation;
  }
  return at;
}

/** Tokenises and precomputes everything the feature functions read. */
export function prepareDoc(text: string): PreparedDoc {
  const tokens = tokenize(text, SLOTS);
  const slots = SLOTS.values, generation = internGeneration();
  const sentences = splitSentences(text, tokens);
  const n = tokens.length;
  const sentenceOf = new Int32Array(n);
  const sentenceEdge = new Uint8Array(n);
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    sentenceOf.fill(k, s.from, s.to);
    sentenceEdge[s.from] |= 1;
    sentenceEdge[s.to - 1] |= 2;
  }
  const word = new Int32Array(n), shape = new Int32Array(n), suffix = new Int32Array(n), suffix2 = new Int32Array(n), lex = new Int32Array(n);
  const commas = new Int32Array(n + 1), quotes = new Int32Array(n + 1);
  const facts = FACTS;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const at = factsAt(t, slots[i], generation);
    word[i] = facts[at];
    suffix[i] = facts[at + 1];
    suffix2[i] = facts[at + 2];
    shape[i] = facts[at + 3];
    lex[i] = facts[at + 4];
    commas[i + 1] = commas[i] + (t.text === ',' ? 1 : 0);
    quotes[i + 1] = quotes[i] + (facts[at + 4] & LEX_QUOTE ? 1 : 0);
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

/** Largest number of features any token gets: callers size their buffers with it. */
export const MAX_FEATURES = 40;
