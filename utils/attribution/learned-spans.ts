/**
 * The learned span finder: the cue tagger marks reporting words, then for each cue the role
 * tagger labels that cue's source and content, so spans come out already linked.
 */
import { byCueStartOrZero } from './sorted-offsets';
import { LEX_CORE, prepareDoc, type PreparedDoc } from './features';
import { cuePrefix, type CueAnchor } from './role-features';
import type { LinearTagger } from './model';
import { MAX_CUES_PER_SENTENCE, ROLE_BUDGET_PER_TOKEN, TagBuffers, tagCues, tagRoles } from './tagging';
import { StaticRoleScores } from './static-role-scores';
import type { AttributionSpans, Span } from './types';
import { ruleSpansForSentence } from './rule-spans';
import { findTranscriptTurns } from './transcript-turns';
import { findUnlabelledAnswers } from './unlabelled-interview';
import { chunks } from './viterbi';
import { isAbbreviation } from './sentences';
import { withoutSceneAfterQuote } from './quote-tail';
import { nearestSource, restOfClause } from './clause-complement';

/** Every cue chunk the cue tagger finds, at most MAX_CUES_PER_SENTENCE per sentence. */
export function findCues(doc: PreparedDoc, cue: LinearTagger, buf: TagBuffers): CueAnchor[] {
  const out: CueAnchor[] = [];
  for (const s of doc.sentences) {
    tagCues(doc, s.from, s.to, cue, buf);
    // the chunks of B (1) then I (2) tags, read straight off the path (no array per sentence)
    const path = buf.path, n = s.to - s.from;
    for (let i = 0, kept = 0; i < n && kept < MAX_CUES_PER_SENTENCE; i++) {
      if (path[i] !== 1) continue;
      let j = i + 1;
      while (j < n && path[j] === 2) j++;
      out.push({ from: s.from + i, to: s.from + j });
      kept++;
    }
  }
  return out;
}

/**
 * Content chunks joined where the tagger broke one at an abbreviation's dot ("since Oct. 1", "at
 * 11 a.m. on"): the dot ends no sentence, so the claim runs on (the tagger reads most dots as ends).
 */
function acrossAbbreviations(doc: PreparedDoc, from: number, found: Array<[number, number]>): Array<[number, number]> {
  if (found.length < 2) return found;
  const tok = doc.tokens;
  const out: Array<[number, number]> = [found[0]];
  for (let k = 1; k < found.length; k++) {
    const last = out[out.length - 1], [a, b] = found[k];
    // the gap (at most the dot itself) ends on a dot right after an abbreviation
    const dot = a - last[1] === 1 ? from + last[1] : a === last[1] ? from + a - 1 : -1;
    const joins = dot > from && tok[dot].text === '.' && isAbbreviation(tok[dot - 1].lower) && tok[dot].start === tok[dot - 1].end;
    if (joins) last[1] = b;
    else out.push([a, b]);
  }
  return out;
}

/** Source and content spans of one cue from the role tagger's path over [from, to). */
export function readRoles(doc: PreparedDoc, cue: CueAnchor, path: Int32Array, from: number, to: number): AttributionSpans | null {
  const n = to - from;
  const tok = doc.tokens;
  const cueSpan = { start: tok[cue.from].start, end: tok[cue.to - 1].end };
  const pieces: Span[] = [];
  for (const [a, b] of acrossAbbreviations(doc, from, chunks(path, n, 3, 4))) pieces.push({ start: tok[from + a].start, end: tok[from + b - 1].end });
  const content = withoutSceneAfterQuote(doc.text, pieces, cueSpan);
  if (content.length === 0) return null;
  return { cue: cueSpan, source: nearestSource(doc, cue, path, from, to), content };
}

/**
 * One set of tagging buffers for every call (annotate is synchronous, so calls never overlap):
 * no per-text allocation, and optimised code keeps seeing the same long-lived objects.
 */
const SHARED_BUFFERS = new TagBuffers();
const LARGE_TEXT_TOKENS = 50_000;
const SHARED_SCORES = new StaticRoleScores({ bits: 1, tags: 1, scale: 1, weights: new Int8Array(2), transitions: new Float32Array(2) });

/**
 * For a core reporting verb ("said", "told") the role tagger gave nothing to, the rules' reading
 * of its sentence, when the rules pick the same verb: plain constructions the model can miss.
 */
function ruleFallback(doc: PreparedDoc, c: CueAnchor): AttributionSpans | null {
  if (!(doc.lex[c.from] & LEX_CORE)) return null;
  const found = ruleSpansForSentence(doc.text, doc.tokens, doc.sentences, doc.sentenceOf[c.from]);
  const cue = doc.tokens[c.from];
  return found?.cue && found.cue.start <= cue.start && found.cue.end >= cue.end ? found : null;
}

/** Runs the trained cue tagger, then the role tagger for each cue (`doc` if the caller has it). */
export function findLearnedSpans(text: string, cue: LinearTagger, role: LinearTagger, doc: PreparedDoc = prepareDoc(text)): AttributionSpans[] {
  const buf = SHARED_BUFFERS;
  const turns = findTranscriptTurns(doc);
  const turnColons = new Set(turns.map((t) => t.colon));
  const cues = findCues(doc, cue, buf).filter((c) => !turnColons.has(c.from));
  const isCue = new Uint8Array(doc.tokens.length);
  for (const c of cues) isCue.fill(1, c.from, c.to);
  const prefix = cuePrefix(isCue);
  // very long texts get their own score table, so the shared one never holds megabytes for good
  const cache = (doc.tokens.length > LARGE_TEXT_TOKENS ? new StaticRoleScores(role) : SHARED_SCORES).reset(doc, role);
  const out: AttributionSpans[] = [];
  let budget = ROLE_BUDGET_PER_TOKEN * doc.tokens.length + 5000;
  for (const c of cues) {
    if (budget <= 0) break;
    const [from, to] = tagRoles(doc, c, prefix, role, buf, cache);
    budget -= to - from;
    const found = readRoles(doc, c, buf.path, from, to);
    // a cue the role tagger gave no claim: the rules' reading of a plain "said", else its complement
    const fallback = found ? null : ruleFallback(doc, c) ?? restOfClause(doc, c, buf.path, from, to, isCue);
    if (found ?? fallback) out.push((found ?? fallback)!);
  }
  for (const { source, cue: colon, content } of turns) out.push({ source, cue: colon, content });
  // an interview printed without labels: its answers, each cued by the question it answers
  if (turns.length === 0) for (const answer of findUnlabelledAnswers(doc)) out.push(answer);
  return out.sort(byCueStartOrZero);
}
