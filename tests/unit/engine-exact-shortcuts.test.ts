/**
 * More speed shortcuts checked against the plain code they replaced: token facts hashed without
 * building slices or shape strings, and the span-coverage test of quote continuations that works
 * on merged ranges instead of per-character prefix counts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashString } from '../../utils/attribution/feature-hash';
import { CORE_SPEECH_VERBS, SPEECH_VERBS, STANCE_VERBS, STATEMENT_NOUNS, SUBJECT_PRONOUNS } from '../../utils/attribution/cue-lexicon';
import { LEX_CORE, LEX_NOUN, LEX_PRONOUN, LEX_QUOTE, LEX_SPEECH, LEX_STANCE, prepareDoc } from '../../utils/attribution/features';
import { isQuoteMark } from '../../utils/attribution/tokenize';
import { uncoveredTest } from '../../utils/attribution/quote-continuation';
import type { AttributionSpans } from '../../utils/attribution/types';

/** The shape string as first written: one class letter per code point, runs folded, at most five units. */
function plainShape(t: string): string {
  let out = '';
  for (const ch of t) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (out[out.length - 1] !== c) out += c;
    if (out.length >= 5) break;
  }
  return out;
}

const pieces = ['said', 'Said', 'SAID', 'he', 'told', 'statement', 'U.S.', '3.5', 'Ærø', 'ÉCOLE', 'naïve', '“', '”', '"', '«', ',', '.', '—',
  'x', 'ab', 'AbCdEfGhIjKlMnOp', 'a1b2c3', '😀x', 'iPhone', 'supercalifragilisticexpialidocious-and-more', "don't", 'ﬁne', 'İstanbul'];

describe('token facts', () => {
  it('equal the facts hashed from slices, shape strings and the five lexicon sets', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }), (words) => {
      const doc = prepareDoc(words.join(' '));
      doc.tokens.forEach((t, i) => {
        const w = t.lower.slice(0, 24), raw = t.text.slice(0, 12);
        expect(doc.word[i]).toBe(hashString(w, 1));
        expect(doc.suffix[i]).toBe(hashString(w.slice(-3), 2));
        expect(doc.suffix2[i]).toBe(hashString(w.slice(-2), 4));
        expect(doc.shape[i]).toBe(hashString(plainShape(raw), 3));
        const lexicon = (SPEECH_VERBS.has(w) ? LEX_SPEECH : 0) | (CORE_SPEECH_VERBS.has(w) ? LEX_CORE : 0) | (STATEMENT_NOUNS.has(w) ? LEX_NOUN : 0) |
          (STANCE_VERBS.has(w) ? LEX_STANCE : 0) | (SUBJECT_PRONOUNS.has(w) ? LEX_PRONOUN : 0) | (isQuoteMark(t.text) ? LEX_QUOTE : 0);
        expect(doc.lex[i] & (LEX_SPEECH | LEX_CORE | LEX_NOUN | LEX_STANCE | LEX_PRONOUN | LEX_QUOTE)).toBe(lexicon);
      });
    }), { numRuns: 200 });
  });
});

/** The first test: prefix counts of covered characters, compared at both ends. */
function prefixUncovered(text: string, found: AttributionSpans[]): (from: number, to: number) => boolean {
  const diff = new Int32Array(text.length + 1);
  for (const f of found) for (const s of [f.cue, f.source, ...f.content]) if (s) { diff[s.start]++; diff[s.end]--; }
  const covered = new Int32Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depth += diff[i];
    covered[i + 1] = covered[i] + (depth > 0 ? 1 : 0);
  }
  return (from, to) => covered[from] === covered[to];
}

describe('quote continuation coverage', () => {
  it('answers as the per-character prefix counts did, odd spans included', () => {
    const at = fc.integer({ min: -3, max: 45 });
    const span = fc.record({ start: at, end: at });
    const found = fc.array(fc.record({ cue: fc.option(span), source: fc.option(span), content: fc.array(span, { maxLength: 3 }) }), { maxLength: 8 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 }), found, fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 20 }), (length, spans, questions) => {
      const text = 'x'.repeat(length);
      const fast = uncoveredTest(text, spans), plain = prefixUncovered(text, spans);
      for (const [a, b] of questions) if (a <= length && b <= length) expect(fast(a, b)).toBe(plain(a, b));
    }), { numRuns: 500 });
  });
});
