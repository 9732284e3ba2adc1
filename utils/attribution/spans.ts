/**
 * The span finder: who (source), the reporting words (cue) and what was said (content), before
 * sources are typed. Uses the trained taggers when the model has them, the rules otherwise, and
 * checks every span it returns so consumers can slice the text without guarding.
 */
import { withWholeTimeAbbreviation } from './claim-edges';
import { withoutListenerSources } from './listener-sources';
import type { AttributionModel } from './model';
import { prepareDoc } from './features';
import { findLearnedSpans } from './learned-spans';
import { findRuleSpans } from './rule-spans';
import { findSourcingRecall, mergeMissing } from './sourcing-recall';
import { attachQuoteContinuations, attachSentenceContinuations } from './quote-continuation';
import { findDashBylines } from './dash-bylines';
import { findQuotedAsSaying } from './quoted-as-saying';
import { fitContentToQuotation, splitAtParagraphs, splitBeforeQuotation, withClosingQuoteMark } from './quote-extent';
import { findHeadlineQuotes } from './headline-quotes';
import { fittedSource } from './source-fitting';
import { doubleQuotedView, withWholeApostropheMarks } from './single-quotes';
import { withoutAnonymityRequests } from './anonymity-requests';
import { withoutClaimsInSources } from './claims-in-sources';
import { findPostedQuotes } from './posted-quotes';
import { withQuotationAfterAdjunct } from './statement-adjuncts';
import { ClaimEdgeFitter } from './content-completion';
import { withoutClauseAdverb } from './cue-extent';
import { withRelativeOpeningAfterCue } from './relative-clause-source';
import { withParagraphOpeningClaims } from './paragraph-opening-speaker';
import { findSetupQuotes } from './setup-quotes';
import { isAnswerCue } from './unlabelled-interview';
import type { AttributionSpans, Span } from './types';
import { repairAll } from './repairs';

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
}

function validSpan(text: string, s: Span | null): boolean {
  if (s === null) return true;
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end &&
    s.end <= text.length && !isLowSurrogate(text, s.start) && !isLowSurrogate(text, s.end);
}

const byStartThenEnd = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** Sorts content spans and drops any that overlap an earlier one. */
function disjointContent(content: Span[]): Span[] {
  const sorted = [...content].sort(byStartThenEnd);
  const out: Span[] = [];
  for (const s of sorted) if (out.length === 0 || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

/**
 * A reading's claim spans fitted: valid ones only, split before a quotation that opens the next
 * sentence, each fitted to its quotation and split at paragraphs, edges fitted (the last piece's end run on), whole apostrophe quotation marks when the
 * text was read through its double-quoted view, and none that lies inside the source (there it is
 * the source's description: "officials, speaking on condition of anonymity because …, said").
 * Loops, not closures made per reading, so the code stays optimised across full GCs.
 */
function fittedContent(text: string, original: string, found: AttributionSpans, source: Span | null, edges: ClaimEdgeFitter): Span[] {
  const pieces: Span[] = [];
  for (const s of found.content) {
    if (!validSpan(text, s)) continue;
    for (const part of splitBeforeQuotation(text, s)) for (const piece of splitAtParagraphs(text, fitContentToQuotation(text, part))) pieces.push(piece);
  }
  const kept: Span[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const fitted = withWholeTimeAbbreviation(text, withClosingQuoteMark(text, edges.fit(found.cue, pieces[i], i === pieces.length - 1)));
    const piece = text === original ? fitted : withWholeApostropheMarks(original, fitted);
    if (source === null || piece.start < source.start || piece.end > source.end) kept.push(piece);
  }
  return disjointContent(kept);
}


/**
 * Finds every attribution's spans in a text; deterministic, linear time, never throws on text.
 * Stages: the taggers (or the rules), then readings they miss (recall rules, dash bylines)
 * where nothing covers them yet, quotations that go on (same paragraph,
 * then whole paragraphs, and a quotation set up by a short sentence about its speaker), content
 * fitted to whole quotations, and a joined verb's shared subject;
 * the subject of a passive "was blamed" or "was told" is no source, and a bare "which" no claim.
 * A claim cut on a dangling word runs on to its clause's end. A text quoted in single quotes is
 * read through its double-quoted view (same offsets).
 */
export function findAttributionSpans(original: string, model: AttributionModel): AttributionSpans[] {
  if (typeof original !== 'string' || original.length === 0) return [];
  const text = doubleQuotedView(original);
  const doc = model.cue && model.role ? prepareDoc(text) : null;
  const primary = doc && model.cue && model.role ? findLearnedSpans(text, model.cue, model.role, doc) : findRuleSpans(text);
  const recall = doc ? findSourcingRecall(text, doc.tokens, doc.sentences) : findSourcingRecall(text);
  const raw = withQuotationAfterAdjunct(text, withParagraphOpeningClaims(text, mergeMissing(withoutAnonymityRequests(text, withRelativeOpeningAfterCue(text, withoutClaimsInSources(primary))), [...recall, ...findDashBylines(text), ...findQuotedAsSaying(text), ...findPostedQuotes(text)], text)));
  const out: AttributionSpans[] = [];
  // an unlabelled interview's answers are whole paragraphs, read by rule: nothing to fit or repair
  const answers = primary.filter((f) => isAnswerCue(text, f.cue));
  const edges = new ClaimEdgeFitter(text, doc, raw);
  const attached = attachQuoteContinuations(text, attachSentenceContinuations(text, raw));
  for (const taken of inTextOrder(attached, findSetupQuotes(text, attached))) {
    if (answers.length > 0 && isAnswerCue(text, taken.cue)) continue;
    const cue = withoutClauseAdverb(text, taken.cue);
    const found = cue === taken.cue ? taken : { ...taken, cue };
    const source = fittedSource(text, found.source, cue, cue === null || found.content.some((c) => c.start >= cue.end));
    const content = fittedContent(text, original, found, source, edges);
    if (content.length === 0 || !validSpan(text, cue) || !validSpan(text, source)) continue;
    out.push({ source, cue, content });
  }
  const repaired = repairAll(text, out);
  const all = inTextOrder(repaired, withoutListenerSources(text, findHeadlineQuotes(text, repaired)));
  return answers.length > 0 ? inTextOrder(all, answers) : all;
}

/** Where a reading stands in the text: its cue, else its claim's start. */
const anchorOf = (f: AttributionSpans): number => f.cue?.start ?? f.content[0]?.start ?? 0;

/** The readings with the extra ones put in place by their anchors (the readings' own order kept). */
function inTextOrder(readings: AttributionSpans[], extra: AttributionSpans[]): AttributionSpans[] {
  if (extra.length === 0) return readings;
  const out: AttributionSpans[] = [];
  let k = 0;
  for (const r of readings) {
    while (k < extra.length && anchorOf(extra[k]) < anchorOf(r)) out.push(extra[k++]);
    out.push(r);
  }
  return out.concat(extra.slice(k));
}

