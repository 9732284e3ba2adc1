import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../utils/attribution';
import { attributionProblems, checkEngineOn } from '../../scripts/lib/engine-invariants';
import { loadModelFromDisk } from '../../scripts/lib/model-file';
import { binaryText, graphemeText, newsLikeText, rawUtf16Text } from '../../scripts/lib/news-arbitrary';

const model = loadModelFromDisk();
const RUNS = 300;

describe('engine properties on arbitrary text', () => {
  it.each([
    ['grapheme strings', graphemeText],
    ['any code point', binaryText],
    ['raw UTF-16 with lone surrogates', rawUtf16Text],
    ['news-like sentences', newsLikeText],
  ] as const)('never throws, keeps spans valid and disjoint, and is deterministic on %s', (_label, arbitrary) => {
    fc.assert(fc.property(arbitrary, (text) => void checkEngineOn(text, model)), { numRuns: RUNS });
  });

  it('finds attributions in the generated news (so the properties exercise real results)', () => {
    const samples = fc.sample(newsLikeText, { numRuns: 200, seed: 42 });
    const found = samples.reduce((n, text) => n + annotate(text, model).length, 0);
    expect(found).toBeGreaterThan(100);
  });
});

describe('attributionProblems (the invariant checker itself)', () => {
  const text = 'a😀b said';
  const base = { id: 'x', cue: null, source: null, sourceType: 'named-person' as const, anonymous: false, claim: '', resolvedSource: { name: '', description: '', sourceType: 'named-person' as const } };

  it('accepts a valid result', () => {
    expect(attributionProblems(text, [{ ...base, content: [{ start: 0, end: 1 }, { start: 1, end: 3 }] }])).toEqual([]);
  });

  it.each([
    ['a split surrogate pair', [{ start: 0, end: 2 }], 'splits a surrogate pair'],
    ['a span past the end', [{ start: 3, end: 99 }], 'outside text'],
    ['overlapping content', [{ start: 0, end: 3 }, { start: 1, end: 4 }], 'overlap'],
    ['no content', [], 'no content span'],
  ])('reports %s', (_label, content, message) => {
    expect(attributionProblems(text, [{ ...base, content }]).join('\n')).toContain(message);
  });

  it('reports a wrong anonymous flag', () => {
    expect(attributionProblems(text, [{ ...base, content: [{ start: 0, end: 1 }], anonymous: true }])[0]).toContain('anonymous flag');
  });
});
