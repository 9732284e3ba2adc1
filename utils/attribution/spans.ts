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
    const content = disjointContent(found.content.filter((s) => validSpan(text, s)).flatMap((s) => splitAtParagraphs(text, fitContentToQuotation(text, s))));
    const source = fitSourceToCue(text, widenPossessiveName(text, found.source), found.cue);
    if (content.length === 0 || !validSpan(text, found.cue) || !validSpan(text, source)) continue;
    out.push({ source, cue: found.cue, content });
  }
  return shareSubjects(text, out);
}
