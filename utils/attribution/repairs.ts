/**
 * The repairs of the readings, in the order they run: one list, so the span finder stays a
 * short pipeline and each repair stays a file of its own with its table tests.
 */
import { withoutSourceActsAfterClaims } from './source-acts-after';
import { withoutEarlierSentenceNarration } from './earlier-sentence-claims';
import { withAccordingToOwnClause } from './according-to-joined';
import { withRelativeObjectClaims } from './relative-object-claims';
import { withoutVerbsInClaims } from './verbs-in-claims';
import { withoutMainPredicateInClaims } from './participle-subject-claims';
import { withListedSubjectClaims } from './listed-subject-claims';
import { withInsertedAttributionsCut } from './inserted-attribution-cut';
import { withSaidBeforeParticipleSplit } from './cue-participle-split';
import { withoutListenerSources } from './listener-sources';
import { withListedBodySource } from './listed-body-source';
import { shareSubjects } from './shared-subject';
import { withoutAdverbCues } from './adverb-cues';
import { withSubjectAsSource } from './subject-as-source';
import { withToldClause } from './told-clause';
import { withInvertedRolesRestored } from './inverted-roles';
import { withHeadlineSubject } from './headline-subject';
import { withAccordingToApposition } from './according-apposition';
import { withoutDocumentsSeenBy, withPassiveAgent, withoutPassiveSubjects, withoutRelativePronounClaims, withQuotedSubject } from './passive-cues';
import { withoutAnonymityReasons } from './anonymity-requests';
import { withoutNestedActs } from './nested-acts';
import { withFittedClaimOpenings } from './claim-openings';
import { withoutNonStatements } from './non-statements';
import { withAnswerAfterQuestion } from './asked-answer';
import { withQuotationAfterColon } from './colon-quotation';
import { withSpeakerAfterTurnLabel, withoutFirstPersonInAnswers } from './transcript-turns';
import { withDocumentBeforeParticiple } from './document-participle';
import { withParticipleSubjects } from './participle-subject';
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
import { withoutStatementAdjuncts } from './statement-adjuncts';
import { withSourceHeadNoun } from './source-head-noun';
import { withWholeOfPhrases } from './of-phrase-source';
import { withAsideSpeakers } from './mid-sentence-speaker';
import { withoutNarrationInClaims } from './claim-narration-cut';
import { withWholeCues } from './cue-extent';
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
import { withRelativeClauseInSource, withSourceBeforeAnonymityClause } from './relative-clause-source';
import { withCoordinatedParticiples } from './coordinated-participles';
import { withoutButClause } from './but-clause';
import { withoutIdiomCues } from './idiom-cues';
import { withDeclinedReports } from './declined-reports';
import { withNestedSourcesCut } from './nested-source';
import { withoutUnsourcedInner } from './unsourced-inner';
import { withClaimBeforeTrailingSource } from './trailing-adjunct-claims';
import { withClaimSubjectOutOfCue } from './cue-claim-subject';
import { withClaimParticiples } from './claim-participles';
import { withSecondSpeakerSplit } from './second-speaker-split';
import { withSubjectBeforeRelative } from './relative-subject';
import { withClaimsInOneSentence } from './one-sentence-claims';
import { withAgentBeforeAs } from './passive-agent-as';
import { withoutBorrowedInnerSources } from './borrowed-inner-source';
import { withClaimsBeforeOtherFrames } from './claim-before-other-frame';
import { withWholeClauseBeforeTrailingSource } from './trailing-source-clause';
import { withSubordinateClauseSubjects } from './subordinate-subject';
import type { AttributionSpans } from './types';

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
 * first-clause subject as the speaker of its "…, says …" (headline-subject.ts); no dateline opening a claim the repairs built, nor a sentence connective ("Separately,") as a piece of it; no legal step, citation count or reading of signs as a statement; a participle of saying's subject as its source; a claim in the writer's words ended with its sentence; a participle's claim ended before its sentence's own verb ("A petition calling for X | had gathered"), one cut at a listed subject's first comma run on over the list, and one ended before another speaker set off by commas or joined with "but"; no verb inside a claim given that claim's own speaker ("said the price increase |showed| that …"), no claim run over another reading's frame after a comma ("…, according to a diplomat"), and a claim cut inside its clause before a trailing source given the whole clause.
 */
const REPAIRS: readonly Repair[] = [
  withWholeNumbers, withSubordinateClauseSubjects, withNounsOutOfCues, withArticleAgentsWhole, withDocumentBeforeParticiple, withClaimBeforeTrailingSource, withClaimSubjectOutOfCue, withoutDocumentsSeenBy, withInvertedRolesRestored, withApposedRoleInSource, withSubjectBeforeRelative, withSourceHeadNoun, withWholeOfPhrases, withAsideSpeakers, withSourceComplement, withGappedRelativeSource, withListedBodySource, withListedPlaceInSubject, withSubjectAsSource, withAccordingToApposition, withClaimParticiples, shareSubjects, withoutPassiveSubjects, withPassiveAgent, withAgentBeforeAs, withQuotedSubject,
  withoutRelativePronounClaims, withoutCueInSource, withoutAdverbCues, withJoinedReportingSplit, withoutJoinedCues, withWholeCues, withClaimAfterCueAdjunct, withoutStatementAdjuncts, withJoinedThatClause, withoutWriterGloss, withOpeningClauseForRelativeThat,
  withoutSharedClaims, withLeadClaims, withMidCueRest, withoutColonLabels, withRelativeClauseInSource, withSourceBeforeAnonymityClause, withSecondSpeakerSplit, withToldClause, withoutButClause, withoutIdiomCues, withoutAnonymityReasons, withDeclinedReports, withNestedSourcesCut, withoutUnsourcedInner, withHeadlineSubject, withoutNestedActs, withoutDanglingPrepositions, withFittedClaimOpenings, withoutNonStatements, withAnswerAfterQuestion, withQuotationAfterColon, withSpeakerAfterTurnLabel, withParticipleSubjects, withCoordinatedParticiples, withClaimsInOneSentence, withoutPronounReadingsInSources, withOpenQuotationsWhole, withAddedActsInClaims, withNestedFindingsWhole, withoutFirstPersonInAnswers, withAbsoluteSubjects, withoutSummingUpInClaims, withoutListenerSources, withSaidBeforeParticipleSplit, withoutVerbsInClaims, withRelativeObjectClaims, withAccordingToOwnClause, withoutEarlierSentenceNarration, withoutSourceActsAfterClaims, withoutMainPredicateInClaims, withListedSubjectClaims, withInsertedAttributionsCut, withoutBorrowedInnerSources, withClaimsBeforeOtherFrames, withWholeClauseBeforeTrailingSource, withoutNarrationInClaims,
];

/** Runs every repair in order, so the span finder makes one call and the order lives in one list. */
export function repairAll(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return REPAIRS.reduce((readings, repair) => repair(text, readings), found);
}
