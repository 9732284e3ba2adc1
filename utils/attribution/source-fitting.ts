/**
 * A reading's source as the span finder hands it on: the taggers' span cleaned, or, when they gave
 * none, a subject the sentence gives the cue; then fitted to the noun phrase and its cue. One
 * ordered list, so each step reads on its own and the order is in one place.
 */
import { withoutDateline } from './dateline';
import { shareBeforeCue } from './share-sources';
import { fitSourceToCue, widenPossessiveName, withoutClaimAfterSource, withoutLeadingJunk } from './source-extent';
import { relativePronounBeforeCue, speakerInsideRelative, subjectBeforeRelative, widenRelativeSource, withSubjectBeforeCue } from './source-relative';
import { widenCutBodyName, widenCutName } from './source-name-run';
import { ownerBeforeNounCue } from './noun-cue-owner';
import { widenAnonymityObject } from './anonymity-object';
import { widenToDocumentSubject, withoutDanglingParticiple } from './document-subject';
import { withoutRelativeClaim } from './sourcing-recall-relative';
import type { Span } from './types';

/** Where a cue the taggers gave no source finds one, tried in order. */
const SUBJECT_FINDERS: readonly ((text: string, cue: Span | null) => Span | null)[] = [
  ownerBeforeNounCue, subjectBeforeRelative, shareBeforeCue, relativePronounBeforeCue, withSubjectBeforeCue,
];

/** How a source is fitted, in order: dateline out, the speaker inside a relative clause ("which it said"), possessive name, a name cut short (at its end, or at a body's "and"), relative clause and anonymity phrase widened, a name inside a document's subject widened to the document, fitted to the cue, the claim's going-on, a relative clause's own claim and a document's dangling participle ("published" before "on Monday found") cut off. */
const FITTERS: readonly ((text: string, source: Span | null, cue: Span | null) => Span | null)[] = [
  (text, source) => source && withoutDateline(text, source), speakerInsideRelative,
  (text, source) => widenPossessiveName(text, source),
  widenCutName, (text, source) => widenCutBodyName(text, source), widenRelativeSource, widenAnonymityObject, widenToDocumentSubject, fitSourceToCue, withoutClaimAfterSource, withoutRelativeClaim, withoutDanglingParticiple,
];

/** The reading's source: the taggers' (cleaned) or one the sentence gives its cue, fitted; null if none. */
export function fittedSource(text: string, tagged: Span | null, cue: Span | null): Span | null {
  let source = withoutLeadingJunk(text, tagged);
  for (const find of SUBJECT_FINDERS) source ??= find(text, cue);
  return FITTERS.reduce((s, fit) => fit(text, s, cue), source);
}
