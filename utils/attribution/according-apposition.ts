/**
 * "According to the finance director, Alan Kim, the bridge …" and "According to Al-Monitor, a
 * news site, the envoy …": the apposition after the source belongs to the source, not the claim.
 * A name after a person's role, or an indefinite noun phrase after any source, moves from the
 * claim's start into the source.
 */
import { SUBJECT_DESCRIBED } from './clause-start';
import { FINITE_WORD, PERSON_ROLE_NOUNS, SPOKES_NOUNS } from './source-lexicon';
import { PERSON_SHAPED } from './source-phrase';
import type { AttributionSpans, Span } from './types';
import { mendEach } from './reading-passes';
import { sentenceStartBefore } from './sentences';
import { withoutDateline } from './dateline';

/** A name of one to four capitalised words, then the comma that closes the apposition. */
const NAME_THEN_COMMA = /^((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}),\s+(?=\S)/u;
/** "a news site", "an analyst at Lindqvist Bank", then the closing comma: no verb, no quotation. */
const INDEFINITE_THEN_COMMA = /^((?:a|an)\s[^,;:"“”.!?]{1,60}?),\s+(?=\S)/u;
/** "the mayor", "the bank's chief economist", then the closing comma: a role after a person's name. */
const DEFINITE_THEN_COMMA = /^(the\s[^,;:"“”.!?]{1,60}?),\s+(?=\S)/u;
/** A person's name as the source: capitalised words, no article. */
const PERSON_NAME = /^(?!The\s)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;

/** A reporting verb: with a finite auxiliary (FINITE_WORD), what shows the piece is the claim's own clause, not an apposition. */
const SAYS = /\b(?:said|says)\b/u;

/** The source's head noun, lower case, without a possessive ("the company's spokesman" -> "spokesman"). */
function headNoun(phrase: string): string {
  const words = phrase.trim().split(/\s+/u);
  return (words[words.length - 1] ?? '').toLowerCase().replace(/[’']s$/u, '');
}

/** "the mayor," after a person's name, unless it is the claim's subject described in turn ("the mayor, 52, resigned"). */
function roleAfterName(claim: string): RegExpExecArray | null {
  const m = DEFINITE_THEN_COMMA.exec(claim);
  if (!m || SUBJECT_DESCRIBED.test(claim.slice(m[1].length))) return null;
  const words = m[1].toLowerCase().replace(/[’']s\b/gu, '').split(/\s+/u);
  // a role the lists know anywhere ("the minister of trade"), or a person-shaped head ("the harbour master")
  return words.some((w) => PERSON_ROLE_NOUNS.has(w) || SPOKES_NOUNS.has(w)) || PERSON_SHAPED.test(words[words.length - 1]) ? m : null;
}

/** ", which represents …" right after the source: what describes it, not what it says. */
const RELATIVE_AFTER_SOURCE = /^(?:which|who|whose)\b/iu;

/** The claim's pieces less a relative clause on the source ("according to the association|, which represents forty firms"). */
function withoutSourceRelative<T extends AttributionSpans>(text: string, f: T, source: Span): T {
  const content = f.content.filter((c) => !(c.start > source.end && /^,\s*$/u.test(text.slice(source.end, c.start)) && RELATIVE_AFTER_SOURCE.test(text.slice(c.start, c.start + 6))));
  return content.length === f.content.length || content.length === 0 ? f : { ...f, content };
}

/**
 * The readings with an "according to" source's apposition moved out of the claim into the source,
 * and a relative clause on the source left out of the claim; a cue that ran on past "according to"
 * gives those words back to its source.
 */
export function withAccordingToApposition(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, readingWithAccordingToApposition);
}

/**
 * "according to" and a determined phrase as the cue, its source after it ("according to | a statement
 * released | at 2 p.m."). (A bare plural, "according to estimates | from Bernstein Research", stays the
 * cue's: the body after it is the source, as the mcae gold has it.)
 */
const ACCORDING_TO_MORE = /^according\s+to\s+(?=(?:a|an|the|its|his|her|their)\s)/iu;

/** The cue's words after "according to" given to the source that follows it: they are the source's start. */
function withSourceOutOfCue(text: string, f: AttributionSpans): AttributionSpans {
  const { cue, source } = f;
  if (!cue || !source || source.start < cue.end || !/^\s*$/u.test(text.slice(cue.end, source.start))) return f;
  const m = ACCORDING_TO_MORE.exec(text.slice(cue.start, cue.end));
  if (m === null || m[0].length >= cue.end - cue.start) return f;
  const start = cue.start + m[0].length;
  return { ...f, cue: { start: cue.start, end: cue.start + m[0].trimEnd().length }, source: { start, end: source.end } };
}

/** The writer's own clause after an "according to" source: a contrast, or what the news is a sign of. */
const WRITERS_CLAUSE = /^[,;\s]*(?:but|although|though|while|whereas|yet|in\s+(?:the\s+latest|a|another|the\s+clearest)\s+sign|the\s+latest\s+sign|a\s+sign|which\s+(?:would|is|was|comes|came))\b/iu;

/**
 * "Sales rose 20 percent, according to the agency, but that was well below forecasts": a claim
 * before the source ends there; a last piece after the source that opens the writer's own clause
 * is dropped ("The economy, according to the IMF, will shrink" keeps its second piece).
 */
function withoutWriterAfterSource(text: string, f: AttributionSpans): AttributionSpans {
  const { cue, source, content } = f;
  if (!cue || !source || content.length < 2 || !/^according\s+to$/iu.test(text.slice(cue.start, cue.end))) return f;
  const last = content[content.length - 1];
  if (last.start < source.end || content[0].end > cue.start || !WRITERS_CLAUSE.test(text.slice(last.start, last.start + 40))) return f;
  return { ...f, content: content.slice(0, -1) };
}

/** How an apposition or a relative clause on a name opens. */
const APPOSITION_OPENING = /^(?:the|a|an|who|which|whose)\s/u;
/** A name of up to four capitalised words and its comma: a subject whose apposition opens the claim. */
const NAME_AND_COMMA = /^\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3},\s+$/u;

/**
 * "Orbitra, | the cloud software company, plans to cut 1,800 jobs, according to a memo": a claim
 * before its "according to" that starts on the apposition of the sentence's subject takes the subject in.
 */
function withClaimSubjectBack(text: string, f: AttributionSpans): AttributionSpans {
  const { cue, content } = f;
  if (!cue || content.length === 0 || content[0].end > cue.start || !/^according\s+to$/iu.test(text.slice(cue.start, cue.end))) return f;
  const first = content[0];
  const start = sentenceStartBefore(text, first.start);
  if (start < 0) return f;
  const opening = withoutDateline(text, { start: start + (/^\s*/u.exec(text.slice(start, first.start))?.[0].length ?? 0), end: first.start });
  if (!NAME_AND_COMMA.test(text.slice(opening.start, first.start)) || !APPOSITION_OPENING.test(text.slice(first.start, first.start + 8))) return f;
  return { ...f, content: [{ start: opening.start, end: first.end }, ...content.slice(1)] };
}

/** A clause after a comma inside an "according to" source: a subject, then a verb in the past or a finite one ("the match drew a crowd"). */
const CLAUSE_IN_SOURCE = /,\s+((?:the|a|an|its|his|her|their|\p{Lu}[\p{L}'’-]*)\s+(?:(?!(?:who|which|that|whose)\s)[\p{L}'’-]+\s+){0,3}?(?:\p{Ll}+ed|drew|was|were|is|are|had|has|rose|fell|grew|won|lost|made|took|gave|saw|came|went|sold|paid|spent|left|hit|cut)\s.*)$/u;

/**
 * "According to figures from the league, the match drew a crowd of 41,200, the largest …": a
 * source after "according to" that runs over its comma into a clause gives that clause back to the claim.
 */
function withClaimOutOfSource(text: string, f: AttributionSpans): AttributionSpans {
  const { cue, source, content } = f;
  if (!cue || !source || source.start < cue.end || !/^according\s+to$/iu.test(text.slice(cue.start, cue.end))) return f;
  const m = CLAUSE_IN_SOURCE.exec(text.slice(source.start, source.end));
  if (!m) return f;
  const claimStart = source.end - m[1].length;
  const cut = source.start + m.index;
  // the claim after the source, if it follows on, joins the clause given back
  const next = content.find((c) => c.start >= source.end);
  const joined = next && /^[,\s]*$/u.test(text.slice(source.end, next.start)) ? next : null;
  const piece = { start: claimStart, end: joined ? joined.end : source.end };
  return { ...f, source: { start: source.start, end: cut }, content: [...content.filter((c) => c.end <= source.start), piece, ...content.filter((c) => c.start >= source.end && c !== joined)] };
}

/** "…," said Dr Brandt. "It is not a cure."¶According to the paper, …: a claim piece before "according to" in an earlier paragraph is someone else's. */
function withoutPiecesFromParagraphBefore(text: string, f: AttributionSpans): AttributionSpans {
  const { cue, content } = f;
  if (!cue || content.length < 2 || !/^according\s+to$/iu.test(text.slice(cue.start, cue.end))) return f;
  const kept = content.filter((c) => c.end > cue.start || !text.slice(c.end, cue.start).includes('\n'));
  return kept.length === content.length || kept.length === 0 ? f : { ...f, content: kept };
}

/** `withAccordingToApposition` for one reading (a step for reading-passes.ts). */
function readingWithAccordingToApposition(text: string, original: AttributionSpans): AttributionSpans {
  const reading = withClaimSubjectBack(text, withoutWriterAfterSource(text, withClaimOutOfSource(text, withSourceOutOfCue(text, withoutPiecesFromParagraphBefore(text, original)))));
  if (!reading.cue || !reading.source || reading.content.length === 0 || !/^according to$/iu.test(text.slice(reading.cue.start, reading.cue.end))) return reading;
  const source = reading.source;
  const f = withoutSourceRelative(text, reading, source);
  const [first, ...rest] = f.content;
  if (source.end > first.start || !/^,\s+$/u.test(text.slice(source.end, first.start))) return f;
  const claim = text.slice(first.start, first.end);
  const phrase = text.slice(source.start, source.end);
  const head = headNoun(phrase);
  const personRole = /^(?:the|his|her|their|its)\s/iu.test(phrase) && (PERSON_ROLE_NOUNS.has(head) || SPOKES_NOUNS.has(head));
  const m = (personRole ? NAME_THEN_COMMA.exec(claim) : null) ?? (PERSON_NAME.test(phrase) ? roleAfterName(claim) : null) ?? INDEFINITE_THEN_COMMA.exec(claim);
  if (!m || FINITE_WORD.test(m[1]) || SAYS.test(m[1]) || m[0].length >= claim.length) return f;
  return { ...f, source: { start: source.start, end: first.start + m[1].length }, content: [{ start: first.start + m[0].length, end: first.end }, ...rest] };
}
