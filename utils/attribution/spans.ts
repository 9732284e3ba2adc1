/**
 * The span finder: who (source), the reporting words (cue) and what was said (content), before
 * sources are typed. Uses the trained taggers when the model has them, the rules otherwise, and
 * checks every span it returns so consumers can slice the text without guarding.
 */
import { withoutSourceActsAfterClaims } from './source-acts-after';
import { withoutEarlierSentenceNarration } from './earlier-sentence-claims';
import { withAccordingToOwnClause } from './according-to-joined';
import { withRelativeObjectClaims } from './relative-object-claims';
import { withoutVerbsInClaims } from './verbs-in-claims';
import { withoutMainPredicateInClaims } from './participle-subject-claims';
import { withListedSubjectClaims } from './listed-subject-claims';
import { withInsertedAttributionsCut } from './inserted-attribution-cut';
import { withWholeTimeAbbreviation } from './claim-edges';
import { withSaidBeforeParticipleSplit } from './cue-participle-split';
import { withoutListenerSources } from './listener-sources';
import { withListedBodySource } from './listed-body-source';
import type { AttributionModel } from './model';
import { prepareDoc } from './features';
import { findLearnedSpans } from './learned-spans';
import { findRuleSpans } from './rule-spans';
import { findSourcingRecall, mergeMissing } from './sourcing-recall';
import { attachQuoteContinuations, attachSentenceContinuations } from './quote-continuation';
import { findDashBylines } from './dash-bylines';
import { findQuotedAsSaying } from './quoted-as-saying';
import { fitContentToQuotation, splitAtParagraphs, splitBeforeQuotation, withClosingQuoteMark } from './quote-extent';
import { shareSubjects } from './shared-subject';
import { withoutAdverbCues } from './adverb-cues';
import { withSubjectAsSource } from './subject-as-source';
import { withToldClause } from './told-clause';
import { withInvertedRolesRestored } from './inverted-roles';
import { findHeadlineQuotes } from './headline-quotes';
import { withHeadlineSubject } from './headline-subject';
import { withAccordingToApposition } from './according-apposition';
import { withoutDocumentsSeenBy, withPassiveAgent, withoutPassiveSubjects, withoutRelativePronounClaims, withQuotedSubject } from './passive-cues';
import { fittedSource } from './source-fitting';
import { doubleQuotedView, withWholeApostropheMarks } from './single-quotes';
import { withoutAnonymityReasons, withoutAnonymityRequests } from './anonymity-requests';
import { withoutClaimsInSources } from './claims-in-sources';
import { withoutNestedActs } from './nested-acts';
import { withFittedClaimOpenings } from './claim-openings';
import { withoutNonStatements } from './non-statements';
import { withAnswerAfterQuestion } from './asked-answer';
import { withQuotationAfterColon } from './colon-quotation';
import { withSpeakerAfterTurnLabel, withoutFirstPersonInAnswers } from './transcript-turns';
import { withDocumentBeforeParticiple } from './document-participle';
import { withParticipleSubjects } from './participle-subject';
import { findPostedQuotes } from './posted-quotes';
import { withoutDanglingPrepositions } from './dangling-preposition';
import { withSourceComplement } from './source-complement';
import { withGappedRelativeSource } from './gapped-relative-source';
import { withoutCueInSource, withoutPronounReadingsInSources } from './cue-in-source';
import { withOpenQuotationsWhole } from './unclosed-quotation';
import { withAddedActsInClaims } from './added-act';
import { withListedPlaceInSubject } from './listed-place-source';
import { withNestedFindingsWhole } from './nested-finding';
import { withAbsoluteSubjects } from './absolute-subject';
import { withoutSummingUpInClaims } from './summing-up';
import { withArticleAgentsWhole, withNounsOutOfCues } from './noun-in-cue';
import { withoutStatementAdjuncts, withQuotationAfterAdjunct } from './statement-adjuncts';
import { ClaimEdgeFitter } from './content-completion';
import { withSourceHeadNoun } from './source-head-noun';
import { withoutClauseAdverb, withWholeCues } from './cue-extent';
import { withClaimAfterCueAdjunct } from './cue-adjunct-claims';
import { withJoinedThatClause } from './joined-that-clause';
import { withoutWriterGloss } from './writer-gloss';
import { withJoinedReportingSplit, withoutJoinedCues } from './joined-cues';
import { withoutSharedClaims } from './shared-claims';
import { withApposedRoleInSource } from './quote-tail';
import { withLeadClaims } from './lead-claims';
import { withWholeNumbers } from './number-spans';
import { withOpeningClauseForRelativeThat } from './relative-that-claims';
import { withMidCueRest } from './mid-cue-claims';
import { withoutColonLabels } from './colon-labels';
import { withRelativeClauseInSource, withRelativeOpeningAfterCue, withSourceBeforeAnonymityClause } from './relative-clause-source';
import { withParagraphOpeningClaims } from './paragraph-opening-speaker';
import { withCoordinatedParticiples } from './coordinated-participles';
import { withoutButClause } from './but-clause';
import { withoutIdiomCues } from './idiom-cues';
import { withDeclinedReports } from './declined-reports';
import { withNestedSourcesCut } from './nested-source';
import { findSetupQuotes } from './setup-quotes';
import { withoutUnsourcedInner } from './unsourced-inner';
import { withClaimBeforeTrailingSource } from './trailing-adjunct-claims';
import { withClaimSubjectOutOfCue } from './cue-claim-subject';
import { withClaimParticiples } from './claim-participles';
import { withSecondSpeakerSplit } from './second-speaker-split';
import { withSubjectBeforeRelative } from './relative-subject';
import { withClaimsInOneSentence } from './one-sentence-claims';
import { withAgentBeforeAs } from './passive-agent-as';
import { withoutBorrowedInnerSources } from './borrowed-inner-source';
import { withSubordinateClauseSubjects } from './subordinate-subject';
import { isAnswerCue } from './unlabelled-interview';
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

/** A repair of the readings of a whole text: each takes them all and gives them back mended. */
type Repair = (text: string, found: AttributionSpans[]) => AttributionSpans[];

/**
 * The repairs after the spans are fitted, in order: a source cut inside a number made whole ("a study of nearly 9,000 children"), a subordinate clause's own subject as its cue's source ("resigned after |an independent review| found"), a source and claim read the wrong way round
 * swapped back ("X, 34, of …, denies causing …"), a role read into a quotation's claim given back to its source ("“…,” the trustees' chair, Alan Bright,"), a source cut before its head noun (or its adjective's complement: "a person familiar | with the talks") widened, a source that holds the noun a that-less relative clause describes cut to its subject ("a punishment | the judge said was …"), a
 * mislabelled subject made the source, an according-to apposition moved into its source, a joined verb's shared subject, no source for a
 * passive's subject (and a passive's agent after a time: "was announced on Sunday by her daughter", and one before its verdict: "was described by the hospital | as stable"; but the one "quoted by the Herald as saying" is the speaker), no bare "which" claim, no paper that "saw" a document as its speaker, no cue inside another's source, no adverb cue, no
 * claim run over the same source's next verb ("… and warned"; when no reading has that verb, it is split off as one: "… but admitted …"), and each cue widened over its
 * adverbs, auxiliaries and its verb's preposition, and a claim after a cue run into its adjunct started at its "that" ("said in a post on |LinkedIn| that …"); a claim that is only where it was said ("said in its summary on Tuesday") given the clause before its source, and one ending there cut before it; a claim stopped before its joined "but that …" run on over it; the writer's gloss after a claim ("…,” a phrase he has used before") cut off; a relative clause's "that" far after the cue read as the claim given back the sentence's opening clause ("…, her publicist said on Wednesday, days after the release of an album that …"); a quotation two readings hold left to the nearer cue, and the next paragraph's quotation left to its own speaker (a lead that lost its claim to it keeps its sentence); a claim cut before a cue set inside it with commas given the rest of its sentence ("The plan, he said, would cost …");
 * no page label ("Pictured:") as a speaker; no cue inside the reason a source gives for anonymity ("because she feared"); a relative clause on the source read as the claim's
 * first piece moved back into the source, and a source read inside an anonymity clause given the phrase the clause describes; the clause after "told" and its listener as the claim,
 * not an opening participle phrase; a claim declined "on reports that …" given to the reports; a nested source cut after the outer cue; no agentless passive inside a sourced claim; a headline's
 * first-clause subject as the speaker of its "…, says …" (headline-subject.ts); no dateline opening a claim the repairs built, nor a sentence connective ("Separately,") as a piece of it; no legal step, citation count or reading of signs as a statement; a participle of saying's subject as its source; a claim in the writer's words ended with its sentence; a participle's claim ended before its sentence's own verb ("A petition calling for X | had gathered"), one cut at a listed subject's first comma run on over the list, and one ended before another speaker set off by commas or joined with "but"; and no verb inside a claim given that claim's own speaker ("said the price increase |showed| that …").
 */
const REPAIRS: readonly Repair[] = [
  withWholeNumbers, withSubordinateClauseSubjects, withNounsOutOfCues, withArticleAgentsWhole, withDocumentBeforeParticiple, withClaimBeforeTrailingSource, withClaimSubjectOutOfCue, withoutDocumentsSeenBy, withInvertedRolesRestored, withApposedRoleInSource, withSubjectBeforeRelative, withSourceHeadNoun, withSourceComplement, withGappedRelativeSource, withListedBodySource, withListedPlaceInSubject, withSubjectAsSource, withAccordingToApposition, withClaimParticiples, shareSubjects, withoutPassiveSubjects, withPassiveAgent, withAgentBeforeAs, withQuotedSubject,
  withoutRelativePronounClaims, withoutCueInSource, withoutAdverbCues, withJoinedReportingSplit, withoutJoinedCues, withWholeCues, withClaimAfterCueAdjunct, withoutStatementAdjuncts, withJoinedThatClause, withoutWriterGloss, withOpeningClauseForRelativeThat,
  withoutSharedClaims, withLeadClaims, withMidCueRest, withoutColonLabels, withRelativeClauseInSource, withSourceBeforeAnonymityClause, withSecondSpeakerSplit, withToldClause, withoutButClause, withoutIdiomCues, withoutAnonymityReasons, withDeclinedReports, withNestedSourcesCut, withoutUnsourcedInner, withHeadlineSubject, withoutNestedActs, withoutDanglingPrepositions, withFittedClaimOpenings, withoutNonStatements, withAnswerAfterQuestion, withQuotationAfterColon, withSpeakerAfterTurnLabel, withParticipleSubjects, withCoordinatedParticiples, withClaimsInOneSentence, withoutPronounReadingsInSources, withOpenQuotationsWhole, withAddedActsInClaims, withNestedFindingsWhole, withoutFirstPersonInAnswers, withAbsoluteSubjects, withoutSummingUpInClaims, withoutListenerSources, withSaidBeforeParticipleSplit, withoutVerbsInClaims, withRelativeObjectClaims, withAccordingToOwnClause, withoutEarlierSentenceNarration, withoutSourceActsAfterClaims, withoutMainPredicateInClaims, withListedSubjectClaims, withInsertedAttributionsCut, withoutBorrowedInnerSources,
];

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
  const repaired = REPAIRS.reduce((found, repair) => repair(text, found), out);
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

