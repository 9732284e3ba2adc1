/**
 * The trained weights and their compact binary form (assets/model/attribution.bin). Sparse,
 * quantised to 16-bit integers and delta/varint coded, so the extension ships a small file and
 * the content script decodes it in milliseconds.
 */
import { z } from '../zod-mini';

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
const FORMAT = 1;
const TAGGER_NAMES = ['cue', 'role'] as const;

const headerSchema = z.object({
  bits: z.number().check(z.int(), z.gte(4), z.lte(24)),
  tags: z.number().check(z.int(), z.gte(2), z.lte(16)),
  scale: z.number().check(z.positive()), // a zod number already refuses Infinity
});

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
  /**
   * Reads `count` (index gap, zigzag value) varint pairs in one tight loop (the bulk of the file)
   * into `weights` (times `factor` and rounded, unless it is 1); values wrap to 16 bits as the
   * format stores them. Returns the
   * largest magnitude seen. Reading only the non-zero entries (no pass over the whole table) keeps
   * content-script start-up short.
   */
  sparse(count: number, weights: Int8Array, factor: number): number {
    const b = this.bytes, len = b.length, size = weights.length;
    let p = this.pos, index = -1, maxAbs = 0;
    for (let k = 0; k < count; k++) {
      if (p >= len) throw new Error(`attribution model: file truncated at byte ${p}`);
      let x = b[p++], gap = x;
      if (x & 0x80) {
        let shift = 7;
        gap = x & 0x7f;
        do {
          if (p >= len) throw new Error(`attribution model: file truncated at byte ${p}`);
          x = b[p++]; gap += (x & 0x7f) * 2 ** shift; shift += 7;
        } while (x & 0x80 && shift < 35);
      }
      if (p >= len) throw new Error(`attribution model: file truncated at byte ${p}`);
      x = b[p++];
      let z = x;
      if (x & 0x80) {
        let shift = 7;
        z = x & 0x7f;
        do {
          if (p >= len) throw new Error(`attribution model: file truncated at byte ${p}`);
          x = b[p++]; z += (x & 0x7f) * 2 ** shift; shift += 7;
        } while (x & 0x80 && shift < 35);
      }
      index += gap + 1;
      if (index >= size) throw new Error('attribution model: weight index out of range');
      const value = ((z < 0x80000000 ? (z >>> 1) ^ -(z & 1) : z & 1 ? -((z + 1) / 2) : z / 2) << 16) >> 16;
      if (value > maxAbs) maxAbs = value; else if (-value > maxAbs) maxAbs = -value;
      weights[index] = factor === 1 ? value : Math.round(value * factor);
    }
    this.pos = p;
    return maxAbs;
  }
  /** Current byte offset, so the weights can be read a second time. */
  get offset(): number { return this.pos; }
  set offset(p: number) { this.pos = p; }
}

/**
 * Reads one tagger. Weights are re-quantised to 8 bits when the file's precision is not needed:
 * half the memory, so more of the table stays in cache while tagging (the tagger is bound by
 * weight lookups). One pass writes the non-zero entries straight into the 8-bit table; only a
 * file with larger weights is read a second time to rescale them.
 */
function readTagger(r: Reader): LinearTagger {
  const header = headerSchema.parse({ bits: r.u8(), tags: r.u8(), scale: r.f32() });
  const { bits, tags, scale } = header;
  const transitions = new Float32Array((tags + 1) * tags);
  for (let i = 0; i < transitions.length; i++) transitions[i] = r.f32();
  const size = (1 << bits) * tags;
  const count = r.u32();
  const start = r.offset;
  const weights = new Int8Array(size);
  const maxAbs = r.sparse(count, weights, 1);
  if (maxAbs <= 127) return { bits, tags, scale, weights, transitions };
  const factor = 127 / maxAbs;
  const end = r.offset;
  r.offset = start;
  r.sparse(count, weights, factor);
  r.offset = end;
  return { bits, tags, scale: scale / factor, weights, transitions };
}

/** Decodes attribution.bin; throws a clear error on a file that is not one. */
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
  u8(v: number): void { this.parts.push(v & 0xff); }
  u32(v: number): void { for (let i = 0; i < 4; i++) this.u8(Math.floor(v / 2 ** (8 * i))); }
  f32(v: number): void { const b = new Uint8Array(new Float32Array([v]).buffer); for (const x of b) this.u8(x); }
  varint(v: number): void {
    while (v >= 0x80) { this.u8((v & 0x7f) | 0x80); v = Math.floor(v / 128); }
    this.u8(v);
  }
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
    w.u8(t.bits); w.u8(t.tags); w.f32(t.scale);
    t.transitions.forEach((v) => w.f32(v));
    let nonZero = 0;
    t.weights.forEach((v) => { if (v !== 0) nonZero++; });
    w.u32(nonZero);
    let last = -1;
    t.weights.forEach((v, i) => {
      if (v === 0) return;
      w.varint(i - last - 1);
      w.varint(v < 0 ? -2 * v - 1 : 2 * v);
      last = i;
    });
  }
  return Uint8Array.from(w.parts);
}

/** A model with no taggers: the span finder then uses its rules only. */
export function emptyModel(): AttributionModel {
  return { version: 0, cue: null, role: null };
}
