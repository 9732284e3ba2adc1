/**
 * The cue tagger at inference sums word features per token and remembers the sums of its flag
 * features by key; training scores all 32 features afresh. Both must give the same hashes, and so
 * the same tags; and the char-code token flags must agree with their Unicode-regex definition.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEX_ALLCAPS, LEX_CAP, LEX_PUNCT, MAX_FEATURES, prepareDoc } from '../../utils/attribution/features';
import {
  cueFeatures, cueNeighbourFeatures, cueNeighbourKey, cuePlaceFeatures, cuePlaceKey, cueWordFeatures, reportingWordsIn,
} from '../../utils/attribution/cue-features';
import { TagBuffers, tagCues, type ScoringTagger } from '../../utils/attribution/tagging';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const model = loadModelFromDisk();
const TEXTS = [
  '“We will rebuild the pier,” said Mara Quell, the mayor of Tolvik. “It will take two years.”',
  'NATO officials, who declined to be named, told the Brevik Courier that the U.S. plan — "a bad deal" — had stalled.',
  'Él dijo: «Ça va». ÉCOLE Øresund 3.5 km... -- he added, according to the ÅLAND REVIEW.',
];

function splitFeatures(text: string): { whole: number[][]; split: number[][] } {
  const doc = prepareDoc(text);
  const whole: number[][] = [], split: number[][] = [];
  const buf = new Int32Array(MAX_FEATURES);
  for (const s of doc.sentences) {
    for (let i = s.from; i < s.to; i++) {
      const n = cueFeatures(doc, i, s.from, s.to, buf, 0);
      whole.push([...buf.subarray(0, n)].sort((a, b) => a - b));
      let k = cueWordFeatures(doc, i, s.from, s.to, buf, 0);
      k += cueNeighbourFeatures(cueNeighbourKey(doc, i, s.from, s.to), buf, k);
      k += cuePlaceFeatures(cuePlaceKey(doc, i, s.from, s.to), buf, k);
      split.push([...buf.subarray(0, k)].sort((a, b) => a - b));
    }
  }
  return { whole, split };
}

describe('cue features split for inference', () => {
  it.each(TEXTS)('hash exactly as the whole set: %s', (text) => {
    const { whole, split } = splitFeatures(text);
    expect(whole.length).toBeGreaterThan(5);
    expect(split).toEqual(whole);
  });

  it('hash exactly as the whole set on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
      const { whole, split } = splitFeatures(text);
      expect(split).toEqual(whole);
    }), { numRuns: 200 });
  });

  it.each(TEXTS)('tag the same as scoring every feature with float weights: %s', (text) => {
    const doc = prepareDoc(text);
    const cue = model.cue!;
    const float: ScoringTagger = { ...cue, weights: Float32Array.from(cue.weights) };
    for (const s of doc.sentences) {
      const remembered = new TagBuffers(), fresh = new TagBuffers();
      tagCues(doc, s.from, s.to, cue, remembered);
      tagCues(doc, s.from, s.to, float, fresh);
      expect([...remembered.path.subarray(0, s.to - s.from)]).toEqual([...fresh.path.subarray(0, s.to - s.from)]);
    }
  });
});

describe('reporting words in a sentence (a sentence with one seldom has a second cue)', () => {
  it.each([
    ['Mara Quell said the pier would reopen, officials told reporters.', 2],
    ['The pier reopened on Tuesday.', 0],
    ['Residents believe the mayor, who said nothing, will resign.', 2],
  ])('%s -> %i', (text, count) => {
    const doc = prepareDoc(text);
    expect(reportingWordsIn(doc.lex, 0, doc.tokens.length)).toBe(count);
  });
});

describe('token case flags', () => {
  const reference = (t: string): number =>
    (/^\p{Lu}/u.test(t) ? LEX_CAP : 0) | (/[\p{L}\p{N}]/u.test(t) ? 0 : LEX_PUNCT) |
    (t.length > 1 && t === t.toUpperCase() && /\p{Lu}/u.test(t) ? LEX_ALLCAPS : 0);
  const MASK = LEX_CAP | LEX_PUNCT | LEX_ALLCAPS;

  it('agree with the Unicode definition on every token', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 40 }), (a, b) => {
      const doc = prepareDoc(`${a} ${b} NATO U.S. iPhone ÉCOLE Ærø 42 -- …`);
      doc.tokens.forEach((t, i) => expect(doc.lex[i] & MASK).toBe(reference(t.text)));
    }), { numRuns: 200 });
  });
});
