/**
 * Averaged structured perceptron over hashed features: training for the cue and role taggers.
 * Deterministic (no randomness here; callers fix the order), and ends in the shipped format.
 */
import { MAX_FEATURES } from '../../utils/attribution/features';
import type { LinearTagger } from '../../utils/attribution/model';
import type { ScoringTagger, TagBuffers } from '../../utils/attribution/tagging';

/** One tagger being trained; `view` scores with the current (not averaged) weights. */
export class AveragedPerceptron {
  readonly weights: Float32Array;
  private readonly sums: Float64Array;
  readonly transitions: Float32Array;
  private readonly transitionSums: Float64Array;
  private clock = 1;
  readonly view: ScoringTagger;

  constructor(readonly bits: number, readonly tags: number) {
    this.weights = new Float32Array((1 << bits) * tags);
    this.sums = new Float64Array(this.weights.length);
    this.transitions = new Float32Array((tags + 1) * tags);
    this.transitionSums = new Float64Array(this.transitions.length);
    this.view = { bits, tags, scale: 1, weights: this.weights, transitions: this.transitions };
  }

  private bump(index: number, delta: number): void {
    this.weights[index] += delta;
    this.sums[index] += this.clock * delta;
  }

  /** Learns from one decoded sequence: gold tags vs the path the decoder chose (in buf.path). */
  learn(buf: TagBuffers, n: number, gold: Int32Array): boolean {
    const mask = (1 << this.bits) - 1, tags = this.tags, pred = buf.path;
    let wrong = false;
    for (let i = 0; i < n; i++) {
      const prevG = i === 0 ? tags : gold[i - 1], prevP = i === 0 ? tags : pred[i - 1];
      if (gold[i] !== pred[i]) {
        wrong = true;
        for (let f = 0; f < buf.counts[i]; f++) {
          const row = (buf.feats[i * MAX_FEATURES + f] & mask) * tags;
          this.bump(row + gold[i], 1);
          this.bump(row + pred[i], -1);
        }
      }
      if (gold[i] !== pred[i] || prevG !== prevP) {
        this.transitions[prevG * tags + gold[i]] += 1;
        this.transitionSums[prevG * tags + gold[i]] += this.clock;
        this.transitions[prevP * tags + pred[i]] -= 1;
        this.transitionSums[prevP * tags + pred[i]] -= this.clock;
      }
    }
    this.clock++;
    return wrong;
  }

  /** The averaged weights and transitions (what the shipped tagger holds, before quantising). */
  averaged(): { weights: Float32Array; transitions: Float32Array } {
    const weights = new Float32Array(this.weights.length);
    for (let i = 0; i < weights.length; i++) weights[i] = this.weights[i] - this.sums[i] / this.clock;
    const transitions = new Float32Array(this.transitions.length);
    for (let i = 0; i < transitions.length; i++) transitions[i] = this.transitions[i] - this.transitionSums[i] / this.clock;
    return { weights, transitions };
  }

  /**
   * Averages, prunes weights below `minWeight`, and quantises to integers in ±levels (1023 keeps
   * dev scores intact and most values to one or two varint bytes).
   */
  finish(minWeight: number, levels = 1023): LinearTagger {
    return finishMixed([this], minWeight, levels);
  }
}

/**
 * One tagger from several trained on the same data in different orders: the mean of their
 * averaged weights (parameter mixing), which cancels much of what one shuffle order happens to
 * favour; then pruned and quantised as `finish` does.
 */
export function finishMixed(taggers: readonly AveragedPerceptron[], minWeight: number, levels = 1023): LinearTagger {
  const { bits, tags } = taggers[0];
  const avg = new Float32Array(taggers[0].weights.length);
  const transitions = new Float32Array(taggers[0].transitions.length);
  for (const tagger of taggers) {
    const one = tagger.averaged();
    for (let i = 0; i < avg.length; i++) avg[i] += one.weights[i] / taggers.length;
    for (let i = 0; i < transitions.length; i++) transitions[i] += one.transitions[i] / taggers.length;
  }
  let maxAbs = 1e-9;
  for (let i = 0; i < avg.length; i++) {
    if (Math.abs(avg[i]) < minWeight) avg[i] = 0;
    maxAbs = Math.max(maxAbs, Math.abs(avg[i]));
  }
  const scale = maxAbs / levels;
  const weights = new Int16Array(avg.length);
  for (let i = 0; i < avg.length; i++) weights[i] = Math.round(avg[i] / scale);
  return { bits, tags, scale: Math.fround(scale), weights, transitions };
}

/** Fisher-Yates with a seeded generator. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Shifts every score of one tag by `delta` (through the transitions into it, so the model format
 * is unchanged): trades precision for recall after training, tuned on the dev set.
 */
export function biasTag<T extends { tags: number; transitions: Float32Array }>(tagger: T, tag: number, delta: number): T {
  const transitions = Float32Array.from(tagger.transitions);
  for (let prev = 0; prev <= tagger.tags; prev++) transitions[prev * tagger.tags + tag] += delta;
  return { ...tagger, transitions };
}
