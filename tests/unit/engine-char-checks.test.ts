/**
 * Checks written over char codes in place of a regex run on every word must answer as the regex
 * did: the possessive mark cut from names and phrase words (/['’]s?$/), and the lower case
 * that skips making a string for words without capitals.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { possessiveMarkLength } from '../../utils/attribution/source-name-groups';
import { lowerCase } from '../../utils/attribution/tokenize';

describe('possessiveMarkLength', () => {
  it('is the length of the /[\'’]s?$/ match', () => {
    const piece = fc.constantFrom('a', 's', 'S', "'", '’', '‘', 'x', '😀', '\ud800', ' ');
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (parts) => {
      const t = parts.join('');
      expect(possessiveMarkLength(t)).toBe(/['’]s?$/.exec(t)?.[0].length ?? 0);
    }), { numRuns: 3000 });
  });

  it.each([["Ana's", 2], ['Users’', 1], ['Ross', 0], ["it'S", 0]] as const)('%s', (word, length) => {
    expect(possessiveMarkLength(word)).toBe(length);
  });
});

describe('lowerCase', () => {
  it('equals toLowerCase on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
      expect(lowerCase(a)).toBe(a.toLowerCase());
      expect(lowerCase(b)).toBe(b.toLowerCase());
    }), { numRuns: 2000 });
    for (const word of ['said', 'Said', 'ÉCOLE', 'İstanbul', 'ΟΔΟΣ', 'x9-y', '']) expect(lowerCase(word)).toBe(word.toLowerCase());
  });
});
