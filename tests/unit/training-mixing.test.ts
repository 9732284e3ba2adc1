/**
 * The shipped taggers may be the mean of several trained in different shuffle orders: mixing one
 * must give exactly what `finish` gives (so a single-order model reproduces byte for byte), and
 * mixing several their averaged weights' mean.
 */
import { describe, expect, it } from 'vitest';
import { AveragedPerceptron, finishMixed } from '../../scripts/lib/perceptron';
import { TagBuffers } from '../../utils/attribution/tagging';

/** A perceptron after one update: token 0 has feature `feature`, gold tag 1, predicted tag 0. */
function trained(feature: number): AveragedPerceptron {
  const p = new AveragedPerceptron(4, 3);
  const buf = new TagBuffers();
  buf.ensure(1, 3);
  buf.feats[0] = feature;
  buf.counts[0] = 1;
  buf.path[0] = 0;
  p.learn(buf, 1, Int32Array.of(1));
  return p;
}

describe('parameter mixing of averaged perceptrons', () => {
  it('of one tagger is its own finish', () => {
    const p = trained(5);
    expect(finishMixed([p], 0)).toEqual(p.finish(0));
  });

  it.each([
    ['the same row learnt twice', 5, 5, 1],
    ['two different rows', 5, 9, 0.5],
  ])('of two taggers averages their weights: %s', (_, a, b, share) => {
    const mixed = finishMixed([trained(a), trained(b)], 0);
    const row = (f: number) => Array.from(mixed.weights.subarray(f * 3, f * 3 + 3), (w) => w * mixed.scale);
    const single = trained(a).averaged().weights;
    expect(row(a)[1]).toBeCloseTo(single[a * 3 + 1] * share, 4);
    expect(row(a)[0]).toBeCloseTo(single[a * 3] * share, 4);
  });
});
