/**
 * At inference the taggers read remembered integer weight sums (per word, per cue, per flag key)
 * instead of hashing every feature. The emission scores must be exactly those of summing every
 * feature's integer weights, so the model reads the same; and the remembered-offset table must
 * behave like a Map.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_FEATURES, prepareDoc, type PreparedDoc } from '../../utils/attribution/features';
import { cueFeatures } from '../../utils/attribution/cue-features';
import { findCues } from '../../utils/attribution/learned-spans';
import { cuePrefix, dynamicRoleFeatures, roleContext, staticRoleFeatures } from '../../utils/attribution/role-features';
import { farWordFeature, tokenRoleFeatures, tokenRoleSplit } from '../../utils/attribution/role-features-split';
import { TagBuffers, tagCues, tagRoles, type ScoringTagger } from '../../utils/attribution/tagging';
import { StaticRoleScores } from '../../utils/attribution/static-role-scores';
import { IntOffsets } from '../../utils/attribution/int-offsets';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const model = loadModelFromDisk();
const TEXTS = [
  '“We will rebuild the pier,” said Mara Quell, the mayor of Tolvik. “It will take two years.”',
  'Engineers at the port said on Monday that the cranes, which are thirty years old, must be replaced, according to a report seen by the Harbour Gazette.',
  'The minister denied the claim. Her spokesman, Ivo Brandt, told reporters: “There was no deal.” Critics, however, insisted that talks had taken place.',
  `${'he said that she said that '.repeat(30)}it rained. Officials said the plan, which critics said would fail, "was sound," a source told us.`,
  // more distinct words and places than the remembered tables hold: they are emptied and refilled mid-text
  Array.from({ length: 18000 }, (_, i) => (i % 97 === 5 ? 'Officials said' : i % 89 === 0 ? '"Plan' : `w${(i * 7919).toString(36)}${i % 13 === 0 ? '.' : ''}`)).join(' '),
];

/** Integer weight sums of `count` features in `feats` for one tagger row width. */
function intSums(t: ScoringTagger, feats: Int32Array, count: number): number[] {
  const mask = (1 << t.bits) - 1, sums = new Array<number>(t.tags).fill(0);
  for (let f = 0; f < count; f++) for (let g = 0; g < t.tags; g++) sums[g] += t.weights[(feats[f] & mask) * t.tags + g];
  return sums;
}

function cuesOf(doc: PreparedDoc): { cues: ReturnType<typeof findCues>; prefix: Int32Array } {
  const cues = findCues(doc, model.cue!, new TagBuffers());
  const isCue = new Uint8Array(doc.tokens.length);
  for (const c of cues) isCue.fill(1, c.from, c.to);
  return { cues, prefix: cuePrefix(isCue) };
}

describe('remembered sums give exactly the scores of every feature', () => {
  it.each(TEXTS)('cue tagger, text %#', (text) => {
    const doc = prepareDoc(text), cue = model.cue!, feats = new Int32Array(MAX_FEATURES), buf = new TagBuffers();
    for (const s of doc.sentences) {
      tagCues(doc, s.from, s.to, cue, buf);
      for (let i = s.from; i < s.to; i++) {
        const sums = intSums(cue, feats, cueFeatures(doc, i, s.from, s.to, feats, 0));
        const expected = sums.map((v) => Math.fround(v * cue.scale));
        expect([...buf.emissions.subarray((i - s.from) * 3, (i - s.from) * 3 + 3)]).toEqual(expected);
      }
    }
  });

  it('cue tagger with 16-bit weights (a tagger being trained): none cut to the word records\' 8 bits', () => {
    // weights beyond 8 bits take the feature-by-feature path, so no remembered record truncates them
    const wide = { ...model.cue!, weights: Int16Array.from(model.cue!.weights, (v, i) => (i % 5 === 0 ? v * 300 : v)) };
    const doc = prepareDoc(TEXTS[2]), feats = new Int32Array(MAX_FEATURES), buf = new TagBuffers();
    for (const s of doc.sentences) {
      tagCues(doc, s.from, s.to, wide, buf);
      for (let i = s.from; i < s.to; i++) {
        const expected = intSums(wide, feats, cueFeatures(doc, i, s.from, s.to, feats, 0)).map((v) => Math.fround(v * wide.scale));
        expect([...buf.emissions.subarray((i - s.from) * 3, (i - s.from) * 3 + 3)]).toEqual(expected);
      }
    }
  });

  it.each(TEXTS)('role tagger, text %#', (text) => {
    const doc = prepareDoc(text), role = model.role!, feats = new Int32Array(MAX_FEATURES), buf = new TagBuffers();
    const { cues, prefix } = cuesOf(doc);
    expect(cues.length).toBeGreaterThan(0);
    const cache = new StaticRoleScores(role).reset(doc, role);
    for (const cue of cues) {
      const [from, to] = tagRoles(doc, cue, prefix, role, buf, cache);
      const ctx = roleContext(doc, cue);
      for (let i = from; i < to; i++) {
        if (i >= cue.from && i < cue.to) continue;
        const dir = i < cue.from ? 1 : 2;
        const dynamic = intSums(role, feats, dynamicRoleFeatures(doc, i, ctx, prefix, feats, 0));
        const fixed = intSums(role, feats, staticRoleFeatures(doc, i, dir, feats, 0));
        const expected = dynamic.map((v, g) => Math.fround(Math.fround(v * role.scale) + Math.fround(fixed[g] * role.scale)));
        expect([...buf.emissions.subarray((i - from) * 5, (i - from) * 5 + 5)]).toEqual(expected);
      }
    }
  });

  it('splits the role features into word features and keys without changing a hash', () => {
    const doc = prepareDoc(TEXTS[3]);
    const { cues, prefix } = cuesOf(doc);
    const split = new Int32Array(MAX_FEATURES), coarse = new Int32Array(MAX_FEATURES), keys = new Int32Array(4);
    for (const cue of cues) {
      const ctx = roleContext(doc, cue);
      for (let i = 0; i < doc.tokens.length; i++) {
        const count = tokenRoleSplit(doc, i, ctx, prefix, split, keys);
        const key = tokenRoleFeatures(doc, i, ctx, prefix, coarse, 0);
        if (key < 0) { expect(count).toBe(-1); continue; }
        expect(keys[0]).toBe(key);
        const words = [...split.subarray(0, count)];
        if (count === 3) words.push(farWordFeature(doc, i, i < cue.from ? 1 : 2));
        // the word features of the split are among the coarse split's, the other nine come from keys
        for (const h of words) expect([...coarse.subarray(0, 13)]).toContain(h);
      }
    }
  });
});

describe('IntOffsets', () => {
  it('answers like a Map', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 30 }), { maxLength: 300 }), (keys) => {
      const table = new IntOffsets(10), map = new Map<number, number>();
      keys.forEach((k, i) => {
        expect(table.get(k)).toBe(map.get(k) ?? -1);
        if (!map.has(k)) { map.set(k, i); table.set(k, i); }
      });
      for (const [k, v] of map) expect(table.get(k)).toBe(v);
      expect(table.size).toBe(map.size);
      table.clear();
      for (const k of map.keys()) expect(table.get(k)).toBe(-1);
    }));
  });
});
