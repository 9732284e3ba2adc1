/**
 * The tokenizer is a hand-written scanner; its definition is a regex (see tokenize.ts). Both must
 * give the same tokens on any string: words with inner dots, hyphens, ampersands and apostrophes,
 * possessives, runs of dots and hyphens, marks, astral letters, emoji and lone surrogates.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../utils/attribution/tokenize';

const DEFINITION =
  /[\p{L}\p{M}\p{N}]+(?:[.\-&][\p{L}\p{M}\p{N}]+)*(?:['’](?![sS]\b)[\p{L}\p{M}\p{N}]+)*|['’][sS]\b|\.{2,}|-{2,}|[^\s\p{L}\p{M}\p{N}]/gu;

function byDefinition(text: string): Array<[number, number]> {
  return [...text.matchAll(DEFINITION)].map((m) => [m.index, m.index + m[0].length]);
}

const scanned = (text: string): Array<[number, number]> =>
  tokenize(text).map((t) => {
    expect(t.text).toBe(text.slice(t.start, t.end));
    expect(t.lower).toBe(t.text.toLowerCase());
    return [t.start, t.end];
  });

const PIECES = [
  'a', 'Z', 's', 'S', 'x9', '3', '_', "'", '’', '‘', '.', '..', '-', '--', '&', ',', ' ', '  ', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff',
  'é', 'e\u0301', '\u0301', 'ß', 'İ', 'Σ', '中文', '٣', '𝒜', '😀', '\ud800', '\udc00', '\ud83d', '"', '“', '”', '«', '»', '(', '—', '…', '$', '%',
];

describe('tokenize scanner', () => {
  it.each([
    "The union’s leader didn’t sign: U.S.-led, AT&T's 3.5% rock'n'roll... --- o'clock 's s' ’S’s",
    "x's_ x'sa x’s\u00e9 Ana's. it's8 ''s'' -.- .-. &&a a&&b a&b-c'd'e.f",
    '😀𝒜b \ud800a \udc00 e\u0301\u0301 \u0301x',
  ])('matches the definition on %s', (text) => {
    expect(scanned(text)).toEqual(byDefinition(text));
  });

  it('matches the definition on strings built from tricky pieces', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(scanned(text)).toEqual(byDefinition(text));
    }), { numRuns: 3000 });
  });

  it('matches the definition on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), (a, b) => {
      const text = `${a} ${b}`;
      expect(scanned(text)).toEqual(byDefinition(text));
    }), { numRuns: 1000 });
  });
});
