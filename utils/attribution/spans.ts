/**
 * The span finder: who (source), the reporting words (cue) and what was said (content), before
 * sources are typed. Uses the trained taggers when the model has them, the rules otherwise, and
 * checks every span it returns so consumers can slice the text without guarding.
 */
import type { AttributionModel } from './model';
import { prepareDoc } from './features';
import { findLearnedSpans } from './learned-spans';
import { findRuleSpans } from './rule-spans';
import { findSourcingRecall, mergeMissing } from './sourcing-recall';
import { attachQuoteContinuations, attachSentenceContinuations } from './quote-continuation';
import { findDashBylines } from './dash-bylines';
import { findHeadlineColon } from './headline-colon';
import { fitContentToQuotation, splitAtParagraphs } from './quote-extent';
import { shareSubjects } from './shared-subject';
import { fitSourceToCue, widenPossessiveName } from './source-extent';
import type { AttributionSpans, Span } from './types';

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
}

function validSpan(text: string, s: Span | null): boolean {
  if (s === null) return true;
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end &&
    s.end <= text.length && !isLowSurrogate(text, s.start) && !isLowSurrogate(text, s.end);
}

/** Sorts content spans and drops any that overlap an earlier one. */
function disjointContent(content: Span[]): Span[] {
  const sorted = [...content].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) if (out.length === 0 || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

/**
 * Finds every attribution's spans in a text; deterministic, linear time, never throws on text.
 * Stages: the taggers (or the rules), then readings they miss (recall rules, dash bylines, a
 * headline's "Name: claim") where nothing covers them yet, quotations that go on (same paragraph,
 * then whole paragraphs), content fitted to whole quotations, and a joined verb's shared subject.
 */
export function findAttributionSpans(text: string, model: AttributionModel): AttributionSpans[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const doc = model.cue && model.role ? prepareDoc(text) : null;
  const primary = doc && model.cue && model.role ? findLearnedSpans(text, model.cue, model.role, doc) : findRuleSpans(text);
  const recall = doc ? findSourcingRecall(text, doc.tokens, doc.sentences) : findSourcingRecall(text);
  const raw = mergeMissing(primary, [...recall, ...findDashBylines(text), ...findHeadlineColon(text)]);
  const out: AttributionSpans[] = [];
  for (const found of attachQuoteContinuations(text, attachSentenceContinuations(text, raw))) {
    const source = fitSourceToCue(text, widenPossessiveName(text, found.source), found.cue);
    // a piece that lies inside the source is its description, not the claim ("officials, speaking on condition of anonymity because …, said")
    const outsideSource = (s: Span) => source === null || s.start < source.start || s.end > source.end;
    const content = disjointContent(found.content.filter((s) => validSpan(text, s)).flatMap((s) => splitAtParagraphs(text, fitContentToQuotation(text, s))).filter(outsideSource));
    if (content.length === 0 || !validSpan(text, found.cue) || !validSpan(text, source)) continue;
    out.push({ source, cue: found.cue, content });
  }
  return withoutCueInSource(text, shareSubjects(text, out));
}

/**
 * Drops a reading whose source starts or ends with another attribution's cue ("Some doctors said"
 * as the source of "privately"; "said Rep. Ana Ruiz"): a source is who speaks, never the speaking.
 * A cue inside a source ("one of the states suing the agency") is left alone. Stays linear.
 */
function withoutCueInSource(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const cues = found.flatMap((f) => (f.cue ? [f.cue] : [])).sort((a, b) => a.start - b.start);
  const firstEndingAfter = (pos: number): number => {
    let lo = 0, hi = cues.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cues[mid].start < pos) lo = mid + 1; else hi = mid; }
    return lo;
  };
  return found.filter((f) => {
    if (!f.source) return true;
    // cues starting inside the source, or the one just before it reaching into it
    const k = firstEndingAfter(f.source.start);
    const candidates = [cues[k - 1], cues[k]].filter((c) => c !== undefined && c !== f.cue);
    const { start, end } = f.source;
    return !candidates.some((c) => (c.start <= start && start < c.end) || (c.start < end && end <= c.end) || (c.start >= start && c.end <= end && (text.slice(start, c.start).trim() === '' || text.slice(c.end, end).trim() === '')));
  });
}
