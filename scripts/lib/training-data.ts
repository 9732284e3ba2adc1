/**
 * Turns gold PolNeAR articles into tagger training instances: one per sentence for the cue
 * tagger, one per cue (plus unmarked speech verbs as negatives) for the role tagger.
 */
import { prepareDoc, type PreparedDoc } from '../../utils/attribution/features';
import type { CueAnchor } from '../../utils/attribution/role-features';
import { roleWindow } from '../../utils/attribution/tagging';
import type { Span } from '../../utils/attribution/types';
import type { GoldDoc } from './polnear';

/** One article ready for training. */
export interface TrainingDoc {
  doc: PreparedDoc;
  /** Gold cue tags per token (0 O, 1 B, 2 I). */
  cueTags: Int32Array;
  /** Gold cue tokens, for the "another cue between" features. */
  isCue: Uint8Array;
  roles: RoleInstance[];
}

/** One cue and the gold role tags of its window. */
export interface RoleInstance {
  cue: CueAnchor;
  from: number;
  gold: Int32Array;
}

/** Lexicon flags (speech, core speech, stance verbs) whose unmarked uses become negative examples. */
const NEGATIVE_LEX = 1 | 2 | 256;

/** Token range [from, to) of the tokens overlapping a character span; null when none. */
export function tokenRange(doc: PreparedDoc, s: Span): [number, number] | null {
  const t = doc.tokens;
  let lo = 0, hi = t.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (t[m].end <= s.start) lo = m + 1; else hi = m; }
  let end = lo;
  while (end < t.length && t[end].start < s.end) end++;
  return end > lo ? [lo, end] : null;
}

function mark(tags: Int32Array, offset: number, range: [number, number] | null, begin: number, inside: number): void {
  if (!range) return;
  for (let i = Math.max(range[0], offset); i < Math.min(range[1], offset + tags.length); i++) {
    tags[i - offset] = i === range[0] ? begin : inside;
  }
}

/**
 * Role tags of a window with the cue's own tokens set to O, and an inside tag cut from its begin
 * (by the window's edge or the cue) made a begin, as the decoder allows no I- without its B-.
 */
export function withCueCleared(tags: Int32Array, from: number, cue: CueAnchor): Int32Array {
  tags.fill(0, Math.max(0, cue.from - from), Math.max(0, cue.to - from));
  for (let i = 0; i < tags.length; i++) {
    const prev = i === 0 ? 0 : tags[i - 1];
    if (tags[i] === 2 && prev !== 1 && prev !== 2) tags[i] = 1;
    if (tags[i] === 4 && prev !== 3 && prev !== 4) tags[i] = 3;
  }
  return tags;
}

/** Prepares one article: features' inputs and all gold tag sequences. */
export function toTrainingDoc(gold: GoldDoc): TrainingDoc {
  const doc = prepareDoc(gold.text);
  const n = doc.tokens.length;
  const cueTags = new Int32Array(n);
  const isCue = new Uint8Array(n);
  const roles: RoleInstance[] = [];
  for (const r of gold.relations) for (const c of r.cue) mark(cueTags, 0, tokenRange(doc, c), 1, 2);
  for (let i = 0; i < n; i++) isCue[i] = cueTags[i] ? 1 : 0;
  for (const r of gold.relations) {
    if (r.cue.length === 0) continue;
    const range = tokenRange(doc, r.cue[0]);
    if (!range) continue;
    const cue = { from: range[0], to: range[1] };
    const [from, to] = roleWindow(doc, cue);
    const tags = new Int32Array(to - from);
    for (const c of r.content) mark(tags, from, tokenRange(doc, c), 3, 4);
    if (r.source[0]) mark(tags, from, tokenRange(doc, r.source[0]), 1, 2);
    roles.push({ cue, from, gold: withCueCleared(tags, from, cue) });
  }
  // speech and stance verbs the annotators did not mark: the role tagger learns to return nothing
  for (let i = 0; i < n; i++) {
    if (!(doc.lex[i] & NEGATIVE_LEX) || isCue[i]) continue;
    const cue = { from: i, to: i + 1 };
    const [from, to] = roleWindow(doc, cue);
    roles.push({ cue, from, gold: new Int32Array(to - from) });
  }
  return { doc, cueTags, isCue, roles };
}
