/**
 * The role tagger scores a cue's window two ways: every feature afresh (training) and, at
 * inference, cached per-token scores plus remembered context sums. Both must pick the same tags,
 * and the context features rebuilt from a key must hash exactly as the training features do.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FEATURES, prepareDoc } from '../../utils/attribution/features';
import { findCues } from '../../utils/attribution/learned-spans';
import { cuePrefix, dynamicRoleFeatures, roleContext } from '../../utils/attribution/role-features';
import { contextRoleFeatures, tokenRoleFeatures } from '../../utils/attribution/role-features-split';
import { TagBuffers, tagRoles } from '../../utils/attribution/tagging';
import { StaticRoleScores } from '../../utils/attribution/static-role-scores';
import { loadModelFromDisk } from '../../scripts/lib/model-file';

const model = loadModelFromDisk();
const TEXTS = [
  '“We will rebuild the pier,” said Mara Quell, the mayor of Tolvik. “It will take two years.”',
  'Engineers at the port said on Monday that the cranes, which are thirty years old, must be replaced, according to a report seen by the Harbour Gazette.',
  'The minister denied the claim. Her spokesman, Ivo Brandt, told reporters: “There was no deal.” Critics, however, insisted that talks had taken place.',
];

describe('role scoring at inference equals scoring every feature', () => {
  it.each(TEXTS)('%s', (text) => {
    const doc = prepareDoc(text);
    const cues = findCues(doc, model.cue!, new TagBuffers());
    expect(cues.length).toBeGreaterThan(0);
    const isCue = new Uint8Array(doc.tokens.length);
    for (const c of cues) isCue.fill(1, c.from, c.to);
    const prefix = cuePrefix(isCue);
    const cache = new StaticRoleScores(model.role!).reset(doc, model.role!);
    for (const cue of cues) {
      const fresh = new TagBuffers(), cached = new TagBuffers();
      const [from, to] = tagRoles(doc, cue, prefix, model.role!, fresh);
      tagRoles(doc, cue, prefix, model.role!, cached, cache);
      expect([...cached.path.subarray(0, to - from)]).toEqual([...fresh.path.subarray(0, to - from)]);
    }
  });

  it('splits the dynamic features into word features and a context key without changing a hash', () => {
    const doc = prepareDoc(TEXTS[1]);
    const cue = findCues(doc, model.cue!, new TagBuffers())[0];
    const ctx = roleContext(doc, cue);
    const prefix = cuePrefix(new Uint8Array(doc.tokens.length));
    const all = new Int32Array(MAX_FEATURES), split = new Int32Array(MAX_FEATURES);
    for (let i = 0; i < doc.tokens.length; i++) {
      const n = dynamicRoleFeatures(doc, i, ctx, prefix, all, 0);
      const key = tokenRoleFeatures(doc, i, ctx, prefix, split, 0);
      if (n === 0) { expect(key).toBe(-1); continue; }
      const k = contextRoleFeatures(key, split, 13);
      expect([...split.subarray(0, 13 + k)].sort()).toEqual([...all.subarray(0, n)].sort());
    }
  });
});
