/**
 * The name-word scanner is hand-written; its definition is a regex (see name-word-scan.ts). Both
 * must find the same words on any string: capitalised words with inner marks and a final dot,
 * lone connectors, ampersands, words after marks, digits, astral letters and lone surrogates.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameWordSpans } from '../../utils/attribution/name-word-scan';
import { NAME_CONNECTORS } from '../../utils/attribution/name-particles';

const DEFINITION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}\\p{N}]*(?:[.'’&-][\\p{L}\\p{N}]+)*\\.?|(?:${[...NAME_CONNECTORS].join('|')})(?![\\p{L}\\p{N}]))|&`,
  'gu',
);

const byDefinition = (text: string): number[] => [...text.matchAll(DEFINITION)].flatMap((m) => [m.index, m.index + m[0].length]);

const PIECES = [
  'A', 'Bo', 'x', 'of', 'for', 'de', 'del', 'van', 'al', 'la', 'du', 'da', 'bin', 'der', 'von', 'off', 'della', 'dell', 'y', 'dos', 'di', 'le', 'les', '9', '.', '..', "'", '’', '&', '-', ' ', '\n',
  'É', 'é', '\u0301', 'Σ', 'ß', '𝐀', '𝑎', '😀', '\ud800', '\udc00', '(', ',', '"', '_',
];

describe('name word scanner', () => {
  it.each([
    'Secretary of State Julia Ferrant met U.S. officials at AT&T, the Bank of Lorien and van der Berg’s firm.',
    "O'Neil-Smith Jr. and d'Artagnan of&for de.Del 9A xB É\u0301Ab 𝐀bc x𝐀 &&",
  ])('matches the definition on %s', (text) => {
    expect(nameWordSpans(text)).toEqual(byDefinition(text));
  });

  it('matches the definition on strings built from tricky pieces', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(nameWordSpans(text)).toEqual(byDefinition(text));
    }), { numRuns: 4000 });
  });

  it('matches the definition on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), (a, b) => {
      const text = `${a} ${b}`;
      expect(nameWordSpans(text)).toEqual(byDefinition(text));
    }), { numRuns: 1000 });
  });
});
