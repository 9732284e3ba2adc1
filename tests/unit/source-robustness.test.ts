import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSources } from '../../utils/attribution/source-typing';
import { SOURCE_TYPES, type AttributionSpans } from '../../utils/attribution/types';

const newsish = fc.array(
  fc.constantFrom('Ana Ruiz', 'said', 'he', 'she', 'they', 'the ministry', 'officials', 'a poll', ',', '.', '“', '”', 'who', 'of', 'The', 'Mr.', '(R-Ore.)', 'é', '😀', '\n'),
  { maxLength: 60 },
).map((words) => words.join(' '));

describe('describeSources on any input', () => {
  it('returns one valid description per attribution and never throws', () => {
    fc.assert(
      fc.property(newsish, fc.array(fc.tuple(fc.nat(400), fc.nat(40), fc.boolean()), { maxLength: 8 }), (text, raw) => {
        const found: AttributionSpans[] = raw.map(([start, length, hasSource]) => {
          const s = Math.min(start, text.length);
          const e = Math.min(s + length, text.length);
          return { source: hasSource ? { start: s, end: e } : null, cue: null, content: [{ start: 0, end: Math.min(5, text.length) }] };
        });
        const out = describeSources(text, found);
        expect(out).toHaveLength(found.length);
        for (const d of out) {
          expect(SOURCE_TYPES).toContain(d.sourceType);
          expect(d.resolvedSource.sourceType).toBe(d.sourceType);
          expect(typeof d.resolvedSource.name).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles an empty text and no attributions', () => {
    expect(describeSources('', [])).toEqual([]);
  });
});
