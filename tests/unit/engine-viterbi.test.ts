/**
 * The Viterbi decoder has unrolled forward passes for the cue and role tag sets; they must pick
 * exactly the path the general pass picks, ties included (a copy of the constraint table takes
 * the general pass). Scores drawn from a few values so ties are common.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CUE_ALLOWED, ROLE_ALLOWED, viterbi } from '../../utils/attribution/viterbi';

function decode(emissions: number[], transitions: number[], tags: number, allowed: Uint8Array): number[] {
  const n = emissions.length / tags;
  const path = new Int32Array(n), back = new Int32Array(n * tags), score = new Float64Array(n * tags);
  viterbi(Float32Array.from(emissions), n, tags, Float32Array.from(transitions), allowed, path, back, score);
  return [...path];
}

const score = fc.constantFrom(-1e9, -2, -0.5, 0, 0.5, 1, 3);

describe.each([
  ['cue', 3, CUE_ALLOWED],
  ['role', 5, ROLE_ALLOWED],
] as const)('unrolled %s decoding', (_name, tags, allowed) => {
  it('gives the path of the general decoder', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) => fc.array(score, { minLength: n * tags, maxLength: n * tags })),
        fc.array(score, { minLength: (tags + 1) * tags, maxLength: (tags + 1) * tags }),
        (emissions, transitions) => {
          const general = new Uint8Array(allowed);
          expect(decode(emissions, transitions, tags, allowed)).toEqual(decode(emissions, transitions, tags, general));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never puts an inside tag after a tag it cannot follow', () => {
    const path = decode(Array(6 * tags).fill(0).map((_, i) => (i % tags === 2 ? 5 : 0)), Array((tags + 1) * tags).fill(0), tags, allowed);
    path.forEach((tag, i) => {
      if (tag === 2) expect([1, 2]).toContain(i > 0 ? path[i - 1] : -1);
    });
  });
});
