/**
 * The trained weights and their binary form (assets/model/attribution.bin). Each tagger's hashed
 * weight table is stored as it is used, 8-bit integers row by row, so decoding is a header read
 * and a typed-array view over the fetched bytes (no copy, no per-weight work): the content script
 * pays only for the fetch.
 */

/** One linear sequence tagger: hashed feature rows of `tags` weights, plus tag transitions. */
export interface LinearTagger {
  /** log2 of the number of hashed feature rows. */
  bits: number;
  tags: number;
  /** Row-major (row * tags + tag), integer weights; multiply sums by `scale`. */
  weights: Int16Array | Int8Array;
  scale: number;
  /** (tags + 1) x tags: row `tags` is the start state. Already scaled. */
  transitions: Float32Array;
}

/** Everything the span finder needs; taggers absent means the rule-based finder runs alone. */
export interface AttributionModel {
  version: number;
  /** Finds cue words (O/B/I). */
  cue: LinearTagger | null;
  /** Given one cue, labels its source and content (O, B-S, I-S, B-C, I-C). */
  role: LinearTagger | null;
}

const MAGIC = [0x53, 0x4c, 0x41, 0x4d]; // "SLAM"
const FORMAT = 2;
const TAGGER_NAMES = ['cue', 'role'] as const;

/**
 * A tagger header within the ranges the trainer writes. Checked by hand, not with zod: the engine
 * loads as its own module on article pages and a copy of zod there would cost ~20 KB and ~9 ms.
 */
function checkedHeader(bits: number, tags: number, scale: number): { bits: number; tags: number; scale: number } {
  if (bits < 4 || bits > 24) throw new Error(`attribution model: tagger table bits ${bits} out of range (4–24)`);
  if (tags < 2 || tags > 16) throw new Error(`attribution model: tagger tag count ${tags} out of range (2–16)`);
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`attribution model: tagger weight scale ${scale} is not a positive number`);
  return { bits, tags, scale };
}

class Reader {
  private pos = 0;
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(n: number): void {
    if (this.pos + n > this.bytes.length) throw new Error(`attribution model: file truncated at byte ${this.pos}`);
  }
  u8(): number { this.need(1); return this.bytes[this.pos++]; }
  u32(): number { this.need(4); const v = this.view.getUint32(this.pos, true); this.pos += 4; return v; }
  f32(): number { this.need(4); const v = this.view.getFloat32(this.pos, true); this.pos += 4; return v; }
  done(): boolean { return this.pos === this.bytes.length; }
  /** A view of the next `n` bytes as 8-bit weights: shares the file's memory, copies nothing. */
  int8s(n: number): Int8Array {
    this.need(n);
    const out = new Int8Array(this.bytes.buffer, this.bytes.byteOffset + this.pos, n);
    this.pos += n;
    return out;
  }
}

/** Reads one tagger: a small header, the transitions, then the weight table viewed in place. */
function readTagger(r: Reader): LinearTagger {
  const header = checkedHeader(r.u8(), r.u8(), r.f32());
  const { bits, tags, scale } = header;
  const transitions = new Float32Array((tags + 1) * tags);
  for (let i = 0; i < transitions.length; i++) transitions[i] = r.f32();
  const weights = r.int8s((1 << bits) * tags);
  return { bits, tags, scale, weights, transitions };
}

/** Decodes attribution.bin (the weights stay views of `bytes`); throws a clear error on a file that is not one. */
export function decodeModel(bytes: Uint8Array): AttributionModel {
  const r = new Reader(bytes);
  for (const m of MAGIC) if (r.u8() !== m) throw new Error('attribution model: not a Sourcelight model file');
  const format = r.u8();
  if (format !== FORMAT) throw new Error(`attribution model: format ${format} unsupported (expected ${FORMAT})`);
  const version = r.u32();
  const model: AttributionModel = { version, cue: null, role: null };
  const present = r.u8();
  TAGGER_NAMES.forEach((name, i) => {
    if (present & (1 << i)) model[name] = readTagger(r);
  });
  if (!r.done()) throw new Error('attribution model: trailing bytes');
  return model;
}

class Writer {
  readonly parts: number[] = [];
  readonly chunks: Uint8Array[] = [];
  u8(v: number): void { this.parts.push(v & 0xff); }
  u32(v: number): void { for (let i = 0; i < 4; i++) this.u8(Math.floor(v / 2 ** (8 * i))); }
  f32(v: number): void { const b = new Uint8Array(new Float32Array([v]).buffer); for (const x of b) this.u8(x); }
  /** Appends a block of bytes after what was written so far. */
  block(bytes: Uint8Array): void {
    this.chunks.push(Uint8Array.from(this.parts), bytes);
    this.parts.length = 0;
  }
  bytes(): Uint8Array {
    this.block(new Uint8Array(0));
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of this.chunks) { out.set(c, at); at += c.length; }
    return out;
  }
}

/**
 * Weights as 8-bit integers: kept as they are when they fit, else rescaled (rounded) so the
 * largest magnitude is 127, with the scale adjusted to match.
 */
export function toInt8(weights: ArrayLike<number>, scale: number): { weights: Int8Array; scale: number } {
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
  const out = new Int8Array(weights.length);
  if (maxAbs <= 127) {
    for (let i = 0; i < weights.length; i++) out[i] = weights[i];
    return { weights: out, scale };
  }
  const factor = 127 / maxAbs;
  for (let i = 0; i < weights.length; i++) out[i] = Math.round(weights[i] * factor);
  return { weights: out, scale: Math.fround(scale / factor) };
}

/** Encodes a model; the inverse of decodeModel, used by the training script. */
export function encodeModel(model: AttributionModel): Uint8Array {
  const w = new Writer();
  MAGIC.forEach((m) => w.u8(m));
  w.u8(FORMAT);
  w.u32(model.version);
  const taggers = TAGGER_NAMES.map((n) => model[n]);
  w.u8(taggers.reduce((bits, t, i) => (t ? bits | (1 << i) : bits), 0));
  for (const t of taggers) {
    if (!t) continue;
    const { weights, scale } = toInt8(t.weights, t.scale);
    w.u8(t.bits); w.u8(t.tags); w.f32(scale);
    t.transitions.forEach((v) => w.f32(v));
    w.block(new Uint8Array(weights.buffer, weights.byteOffset, weights.length));
  }
  return w.bytes();
}

/** A model with no taggers: the span finder then uses its rules only. */
export function emptyModel(): AttributionModel {
  return { version: 0, cue: null, role: null };
}
