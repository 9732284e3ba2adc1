/**
 * The role tagger reads the cue tagger's cues at run time, not the annotators': their boundaries
 * differ ("said" for "said in a statement") and so does which other tokens are cues. So it also
 * trains on the cues a cue tagger found in articles it never saw (k-fold), with the gold roles of
 * the relation each overlaps: what it learns is what it will meet.
 */
import type { LinearTagger } from '../../utils/attribution/model';
import { findCues } from '../../utils/attribution/learned-spans';
import type { CueAnchor } from '../../utils/attribution/role-features';
import { roleWindow, TagBuffers } from '../../utils/attribution/tagging';
import { withCueCleared, type RoleInstance, type TrainingDoc } from './training-data';

/** For every article, the cues found by a cue tagger trained on the other folds (`train(part, fold)`). */
export function jackknifedCues(docs: readonly TrainingDoc[], folds: number, train: (part: TrainingDoc[], fold: number) => LinearTagger): Map<TrainingDoc, CueAnchor[]> {
  const found = new Map<TrainingDoc, CueAnchor[]>();
  const buf = new TagBuffers();
  for (let fold = 0; fold < folds; fold++) {
    const tagger = train(docs.filter((_, i) => i % folds !== fold), fold);
    docs.forEach((d, i) => {
      if (i % folds === fold) found.set(d, findCues(d.doc, tagger, buf));
    });
  }
  return found;
}

/** Marks of the found cues' tokens, for the "another cue between" features as the engine computes them. */
export function cueMask(tokens: number, cues: readonly CueAnchor[]): Uint8Array {
  const mask = new Uint8Array(tokens);
  for (const c of cues) mask.fill(1, c.from, c.to);
  return mask;
}

/**
 * Role instances for found cues that overlap a gold relation's cue with other boundaries: that
 * relation's roles, mapped onto the found cue's window. Found cues matching a gold cue exactly
 * are already instances; found cues matching none are left out (the gold negatives suffice).
 */
export function foundCueInstances(d: TrainingDoc, cues: readonly CueAnchor[]): RoleInstance[] {
  const out: RoleInstance[] = [];
  for (const cue of cues) {
    const gold = d.roles.find((r) => r.cue.from < cue.to && cue.from < r.cue.to && r.gold.some((t) => t > 0));
    if (!gold || (gold.cue.from === cue.from && gold.cue.to === cue.to)) continue;
    const [from, to] = roleWindow(d.doc, cue);
    const tags = new Int32Array(to - from);
    for (let i = from; i < to; i++) {
      const j = i - gold.from;
      if (j >= 0 && j < gold.gold.length) tags[i - from] = gold.gold[j];
    }
    out.push({ cue, from, gold: withCueCleared(tags, from, cue) });
  }
  return out;
}
