/**
 * The containment index answers "does a span hold this one" for every reading of a long text: it
 * must give the same answer as asking every span, whatever the spans' nesting and overlap.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containmentIndex, someHolding } from '../../utils/attribution/sorted-offsets';

const span = fc.tuple(fc.nat(200), fc.nat(60)).map(([start, length]) => ({ start, end: start + length }));

describe('someHolding', () => {
  it.each([
    [[{ start: 0, end: 50 }, { start: 10, end: 20 }], { start: 30, end: 40 }, true],
    [[{ start: 0, end: 25 }, { start: 10, end: 20 }], { start: 30, end: 40 }, false],
    [[{ start: 5, end: 60 }, { start: 31, end: 35 }], { start: 30, end: 40 }, true],
    [[{ start: 30, end: 40 }], { start: 30, end: 40 }, true],
    [[{ start: 31, end: 40 }, { start: 0, end: 39 }], { start: 30, end: 40 }, false],
    [[], { start: 0, end: 0 }, false],
  ])('%j holding %j: %s', (spans, inner, expected) => {
    expect(someHolding(containmentIndex(spans), inner, () => true)).toBe(expected);
  });

  it('agrees with asking every span, and passes only holding spans to the test', () => {
    fc.assert(fc.property(fc.array(span, { maxLength: 40 }), span, fc.nat(3), (spans, inner, mod) => {
      const test = (s: { start: number; end: number }) => {
        expect(s.start <= inner.start && inner.end <= s.end).toBe(true);
        return (s.start + s.end) % 4 !== mod;
      };
      const expected = spans.some((s) => s.start <= inner.start && inner.end <= s.end && (s.start + s.end) % 4 !== mod);
      expect(someHolding(containmentIndex(spans), inner, test)).toBe(expected);
    }));
  });
});
