/**
 * A reading's source as the span finder hands it on: the taggers' span cleaned, or, when they gave
 * none, a subject the sentence gives the cue; then fitted to the noun phrase and its cue. One
 * ordered list, so each step reads on its own and the order is in one place.
 */
import { withoutDateline } from './dateline';
import { shareBeforeCue } from './share-sources';
import { fitSourceToCue, widenPossessiveName, withoutClaimAfterSource, withoutLeadingJunk } from './source-extent';
import { widenOverPeopleNoun, widenToPeopleBeforeClause } from './people-clause-subject';
import { relativePronounBeforeCue, speakerInsideRelative, subjectBeforeRelative, widenRelativeSource, whoRightBeforeCue, withSubjectBeforeCue } from './source-relative';
import { widenCutBodyName, widenCutName } from './source-name-run';
import { ownerBeforeNounCue } from './noun-cue-owner';
import { widenAnonymityObject } from './anonymity-object';
import { widenToDocumentSubject, withoutDanglingParticiple } from './document-subject';
import { withoutRelativeClaim } from './sourcing-recall-relative';
import type { Span } from './types';
import { subjectAfterDate } from './dated-subject';
import { describedNameBeforeCue } from './apposed-name-subject';
import { pluralSubjectOfJoinedClause } from './joined-clause-subject';
import { sentenceStartBefore } from './sentences';
import { ANONYMOUS_PLURAL_NOUNS, DOCUMENT_NOUNS, GROUP_NOUNS, SPEAKS_AFTER_NAME } from './source-lexicon';
import { isOrganisationNoun } from './source-lexicon-bodies';

/** A short noun phrase between a comma and the cue: "…, council records show," ("…, police said"). */
const POSTPOSED_SUBJECT = /,\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)\s+$/u;
/** Words no such phrase holds: a clause's or a verb's. */
const NOT_IN_POSTPOSED = /\b(?:that|which|who|and|but|or|is|are|was|were|has|have|had|will|would|it|he|she|they|we|i|you|as|if|when|while|because|not|to|even|though|although|after|before|since|until|all|several|both|\p{Ll}+ing|\p{Ll}+ed)\b/iu;

/** For a cue the taggers gave no source, a short noun phrase set between a comma and it ("…, council records show, …"). */
function postposedSubject(text: string, cue: Span | null): Span | null {
  if (!cue) return null;
  const from = Math.max(0, cue.start - 50);
  const m = POSTPOSED_SUBJECT.exec(text.slice(from, cue.start));
  if (!m || NOT_IN_POSTPOSED.test(m[1])) return null;
  // (ending in a noun of documents, bodies or people: "council records", "police", "officials"; never an adverb: "…, even suggesting")
  const head = m[1].slice(m[1].lastIndexOf(' ') + 1).toLowerCase();
  if (!DOCUMENT_NOUNS.has(head) && !ANONYMOUS_PLURAL_NOUNS.has(head) && !GROUP_NOUNS.has(head) && !isOrganisationNoun(head)) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/** A fronted adjunct of where or how it was said, its comma, then the subject right before the cue ("In a post on X, | the country's embassy in Geneva | called"). */
const SUBJECT_AFTER_ADJUNCT = /^[\s"“]*(?:In|On|At|During|Via|Through|Speaking)\s[^,.;:!?"“”\n]{1,60},\s+((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}'’.-]*)(?:\s+[\p{L}'’.-]+){0,7}?)\s+(?:\p{Ll}+ly\s+)?$/u;

/** Cues of saying, whose subject after such an adjunct is its speaker (not "appeared", "is seen"). */
const SAYING_CUE = new RegExp(`^(?:(?:also|later|then)\\s+)?(?:${SPEAKS_AFTER_NAME}|called|calls|described|describes|posted|accused|urged|argued|claimed|dismissed|branded|criticised|criticized)$`, 'u');

/** For a cue of saying the taggers gave no source, the subject after a fronted adjunct, when it holds no clause. */
function subjectAfterFrontedAdjunct(text: string, cue: Span | null): Span | null {
  if (!cue || !SAYING_CUE.test(text.slice(cue.start, cue.end))) return null;
  const start = sentenceStartBefore(text, cue.start);
  if (start < 0) return null;
  const m = SUBJECT_AFTER_ADJUNCT.exec(text.slice(start, cue.start));
  if (!m || NOT_IN_POSTPOSED.test(m[1])) return null;
  // a body's noun or a name as its head ("the country's embassy in Geneva"); a person's description is found by the cue's subject ("the band leader")
  const words = m[1].split(/\s+/u);
  const before = words.findIndex((w, k) => k > 0 && /^(?:in|of|at|for|on|from)$/u.test(w));
  const head = words[(before > 0 ? before : words.length) - 1];
  if (!isOrganisationNoun(head.toLowerCase()) && !(/^\p{Lu}/u.test(head) && words.length > 1)) return null;
  const at = start + m[0].indexOf(m[1], m[0].indexOf(',') + 1);
  return { start: at, end: at + m[1].length };
}

/** Where a cue the taggers gave no source finds one, tried in order. */
const SUBJECT_FINDERS: readonly ((text: string, cue: Span | null) => Span | null)[] = [
  ownerBeforeNounCue, subjectBeforeRelative, shareBeforeCue, relativePronounBeforeCue, whoRightBeforeCue, withSubjectBeforeCue, postposedSubject, subjectAfterFrontedAdjunct, subjectAfterDate, describedNameBeforeCue, pluralSubjectOfJoinedClause,
];

/** A sentence-opening demonstrative the taggers left before a source's noun ("That | person said"). */
const DEMONSTRATIVE_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)((?:That|This|These|Those)\s+)$/u;
/** A pronoun or relative word, which takes no demonstrative ("that he" is a clause's). */
const PRONOUN = /^(?:he|she|it|they|we|i|you|who|which|one)$/u;

/** A source that is one lower-case noun, widened over the demonstrative opening its sentence: "That person" points back to someone the text named. */
function withDemonstrative(text: string, source: Span | null): Span | null {
  if (!source) return source;
  const word = text.slice(source.start, source.end);
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || PRONOUN.test(word)) return source;
  const m = DEMONSTRATIVE_BEFORE.exec(text.slice(Math.max(0, source.start - 12), source.start));
  return m ? { start: source.start - m[1].length, end: source.end } : source;
}

/** A fronted participle of writing or speaking and its preposition right before a source ("Writing in | the London Herald, the paper's critic, …"). */
const FRONTED_MEDIUM_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:Writing|Speaking|Commenting|Posting)\s+(?:in|on|to|for|at)\s+$/u;

/** A source that opens with the medium of a fronted "Writing in …," phrase, cut to the speaker after its comma. */
function withoutFrontedMedium(text: string, source: Span | null): Span | null {
  if (!source || !FRONTED_MEDIUM_BEFORE.test(text.slice(Math.max(0, source.start - 16), source.start))) return source;
  const comma = text.indexOf(', ', source.start);
  if (comma < 0 || comma + 2 >= source.end) return source;
  return { start: comma + 2, end: source.end };
}

/** Adverbs of time or sequence, which the taggers sometimes take alone for a source ("…, and | afterwards | said"). */
const ADVERB_ONLY = /^(?:afterwards|afterward|later|then|also|earlier|yesterday|today|now|subsequently|separately|meanwhile|again|once|still)$/iu;

/** No source that is only an adverb: the speaker is the clause's subject, found as for a cue with no source. */
function withoutAdverbSource(text: string, source: Span | null, claimAfterCue: boolean): Span | null {
  // (a claim read before the cue with the adverb as source, "Gerald Finch, | later | told reporters
  // …", has its roles inverted: inverted-roles.ts mends it, unless the adverb follows "and" or "but")
  if (!source || !ADVERB_ONLY.test(text.slice(source.start, source.end))) return source;
  return claimAfterCue || /\b(?:and|but)\s+$/u.test(text.slice(Math.max(0, source.start - 6), source.start)) ? null : source;
}

/** A preposition ending a source: the taggers cut its phrase there ("Newspapers at | the time reported"). */
const TRAILING_PREPOSITION = /\s+(?:at|in|on|of|for|from|with|by|to)$/u;
/** A floating quantifier after the subject ("The European Union and the United States | both condemned"): no part of who speaks. */
const TRAILING_QUANTIFIER = /(?<!\b(?:it|them|this|that|us|you|of))\s+(?:both|all|each)$/u;

/** A noun of what was done, then a contact clause's subject ("in a move | unions warned would …", "a decision | critics called …"). */
const DEED_BEFORE_SUBJECT = /^(?:[Ii]n\s+)?(?:[Aa]|[Aa]n|[Tt]he|[Tt]his|[Tt]hat)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:move|decision|step|plan|measure|change|deal|cut|rise|increase|shift|proposal)\s+(?=(?!(?:of|by|to|for|in|on|at|with|from|that|which)\s)\p{Ll}{2,}s(?:\s|$))/u;

/** A source without the deed its contact clause describes: "in a move unions warned would …" is the unions'. */
function withoutDeedBeforeSubject(text: string, source: Span | null): Span | null {
  if (!source) return source;
  const m = DEED_BEFORE_SUBJECT.exec(text.slice(source.start, source.end));
  return m && source.start + m[0].length < source.end ? { start: source.start + m[0].length, end: source.end } : source;
}

/** A source without the preposition it was cut after, or a floating "both" (never one that is the word alone). */
function withoutTrailingPreposition(text: string, source: Span | null): Span | null {
  if (!source) return source;
  const written = text.slice(source.start, source.end);
  const m = TRAILING_PREPOSITION.exec(written) ?? TRAILING_QUANTIFIER.exec(written);
  return m && m.index > 0 ? { start: source.start, end: source.start + m.index } : source;
}

/** How a source is fitted, in order: dateline out, a fronted "Writing in …," medium out, the speaker inside a relative clause ("which it said"), a demonstrative left before it ("That | person"), possessive name, a name cut short (at its end, or at a body's "and"), relative clause and anonymity phrase widened, a name inside a document's subject widened to the document, fitted to the cue, the claim's going-on, a relative clause's own claim and a document's dangling participle ("published" before "on Monday found") and a preposition it was cut after ("Newspapers at") cut off. */
const FITTERS: readonly ((text: string, source: Span | null, cue: Span | null) => Span | null)[] = [
  (text, source) => source && withoutDateline(text, source), withoutFrontedMedium, speakerInsideRelative, withDemonstrative,
  (text, source) => widenPossessiveName(text, source),
  widenCutName, (text, source) => widenCutBodyName(text, source), widenRelativeSource, widenToPeopleBeforeClause, (text, source) => widenOverPeopleNoun(text, source), widenAnonymityObject, widenToDocumentSubject, fitSourceToCue, withoutClaimAfterSource, withoutRelativeClaim, withoutDanglingParticiple, withoutTrailingPreposition,
  (text, source) => withoutDeedBeforeSubject(text, source),
];

/** The reading's source: the taggers' (cleaned) or one the sentence gives its cue, fitted; null if none (`claimAfterCue`: whether the reading's claim follows its cue). */
export function fittedSource(text: string, tagged: Span | null, cue: Span | null, claimAfterCue = true): Span | null {
  let source = withoutAdverbSource(text, withoutLeadingJunk(text, tagged), claimAfterCue);
  for (const find of SUBJECT_FINDERS) source ??= find(text, cue);
  return FITTERS.reduce((s, fit) => fit(text, s, cue), source);
}
