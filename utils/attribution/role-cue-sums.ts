/**
 * Remembered weight sums for the role tagger's features that read no word of the token: eight
 * depend only on the cue and a few small counts (side, distance bucket, quote state, commas,
 * sentence offset), so a cue's window of some sixty tokens has about sixteen distinct ones; one
 * more (token flags by distance) is the same for every cue. Integer sums, so scores are exactly
 * those of summing every feature (see `tokenRoleSplit` in role-features-split.ts).
 */
import * as featureHash from './feature-hash';
import * as roleFeatureSet from './role-features';
import type { RoleContext } from './role-features';
import type { ScoringTagger } from './tagging';
import { perTagger } from './per-tagger';

// called per token per cue: bound once, so a CommonJS build (tsx) reads no export getter
const { tail2, tail3 } = featureHash;
const { DYNAMIC_PRE, ND } = roleFeatureSet;

/** Number of cue keys (12 bits: side 1, distance bucket 4, quote 1, commas 2, sentence offset 3, last-cue-word 1). */
const CUE_KEYS = 1 << 12;

/** Adds the five weights of each feature's row into `sums` at `base`. */
function sumRows(t: ScoringTagger, feats: Int32Array, count: number, sums: Int32Array, base: number): void {
  const mask = (1 << t.bits) - 1, w = t.weights;
  let a = 0, b = 0, c = 0, d = 0, e = 0;
  for (let f = 0; f < count; f++) {
    const row = (feats[f] & mask) * 5;
    a += w[row]; b += w[row + 1]; c += w[row + 2]; d += w[row + 3]; e += w[row + 4];
  }
  sums[base] = a; sums[base + 1] = b; sums[base + 2] = c; sums[base + 3] = d; sums[base + 4] = e;
}

/**
 * Sums of templates 110, 111, 119, 127, 128, 130, 134, 136 for one cue, by cue key. `begin`
 * starts a cue (a generation stamp, so nothing is cleared between cues).
 */
export class CueRoleSums {
  /** Five sums per key, at key * 5. */
  readonly values = new Int32Array(CUE_KEYS * 5);
  private readonly stamp = new Int32Array(CUE_KEYS);
  private generation = 0;
  private pre: Int32Array = DYNAMIC_PRE;
  private readonly feats = new Int32Array(8);
  constructor(private readonly t: ScoringTagger) {}

  /** Starts on a new cue; returns this. */
  begin(ctx: RoleContext): this {
    this.pre = ctx.pre;
    if (++this.generation > 0x3fffffff) { this.generation = 1; this.stamp.fill(0); }
    return this;
  }

  /** Offset in `values` of the five sums for a cue key, computed on first use for this cue. */
  at(key: number): number {
    const base = key * 5;
    if (this.stamp[key] === this.generation) return base;
    this.stamp[key] = this.generation;
    const dir = (key & 1) + 1, db = (key >> 1) & 15, q = (key >> 5) & 1, commas = (key >> 6) & 3, sd = (key >> 8) & 7;
    const p = dir * ND, pre = this.pre, f = this.feats;
    f[0] = pre[p + 4]; // 110
    f[1] = tail3(pre[p + 5], db, 0); // 111
    f[2] = (key >> 11) & 1 ? pre[dir] : pre[p + 10]; // 119
    f[3] = tail3(pre[p + 15], db, 0); // 127
    f[4] = tail3(pre[p + 16], db, 0); // 128
    f[5] = tail3(pre[p + 18], q, db); // 130
    f[6] = tail3(pre[p + 21], commas, sd); // 134
    f[7] = tail3(pre[p + 23], q, db); // 136
    sumRows(this.t, f, 8, this.values, base);
    return base;
  }
}

/** Number of flag keys: side 2 x distance bucket 9 x token flags 512. */
const FLAG_KEYS = 2 * 9 * 512;

/**
 * Sums of template 120 (side, token flags, distance bucket), the same for every cue, by flag key
 * (side - 1) + bucket * 2 + flags * 18 (see `tokenRoleSplit`).
 */
export class FlagDistanceSums {
  /** Five sums per key, at key * 5. */
  readonly values = new Int32Array(FLAG_KEYS * 5);
  private readonly done = new Uint8Array(FLAG_KEYS);
  private readonly feats = new Int32Array(1);
  constructor(private readonly t: ScoringTagger) {}

  /** Offset in `values` of the five sums for a flag key. */
  at(key: number): number {
    const base = key * 5;
    if (this.done[key]) return base;
    this.done[key] = 1;
    const dir = (key & 1) + 1, db = (key >> 1) % 9, l = Math.floor(key / 18);
    this.feats[0] = tail2(DYNAMIC_PRE[dir * ND + 11], l, db, 0);
    sumRows(this.t, this.feats, 1, this.values, base);
    return base;
  }
}

/** The per-cue sums of one (integer, 5-tag) role tagger, kept as long as the tagger lives. */
export const cueRoleSumsFor = perTagger((t) => new CueRoleSums(t));

/** The flag-by-distance sums of one (integer, 5-tag) role tagger, kept as long as the tagger lives. */
export const flagDistanceSumsFor = perTagger((t) => new FlagDistanceSums(t));
