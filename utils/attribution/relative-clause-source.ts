/**
 * "A senior doctor, who did not want to be identified for fear of losing her job, said …": a
 * relative clause between a source and its cue describes the source; the role tagger sometimes
 * reads it as the first piece of the claim. It goes back into the source.
 */
import type { AttributionSpans } from './types';
import { mendEach } from './reading-passes';
import { sentenceStartBefore } from './sentences';

const RELATIVE_OPENING = /^(?:who|whom|whose)\b/iu;
const ONLY_COMMA = /^[\s,]*$/u;
/** The source's own words, then ", who …" up to a claim piece, with no sentence's end or quotation between. */
const RELATIVE_BEFORE_PIECE = /^[^.!?"“”,]*,\s+(?:who|whom|whose)\s[^.!?"“”]*$/iu;

/** Readings whose claim began with a relative clause on the source (or with its end), that clause moved into the source. */
export function withRelativeClauseInSource(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, readingWithRelativeClauseInSource);
}

/** A noun phrase, a comma, then a clause that asks for anonymity (maybe a second one, after "and"), up to a source inside it: "Two former members of the lab, speaking on condition of anonymity because ", "One developer who attended the event, and who asked not to be named because ". */
const ANONYMITY_CLAUSE_BEFORE = /^\s*([^,.;:!?"“”]{3,80}),\s+(?:and\s+)?(?:speaking on condition of anonymity|who (?:asked|spoke|declined|requested) (?:not to be|on condition|to remain)|on condition of anonymity)[^.;:!?"“”,]*$/iu;

/**
 * "Two former members of the professor's lab, speaking on condition of anonymity because they
 * feared for their careers, said": a source read inside the anonymity clause ("they feared for their
 * careers,") is the phrase that clause describes, with the clause.
 */
function sourceBeforeAnonymityClause(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!source || !cue || source.end > cue.start) return f;
  const start = sentenceStartBefore(text, source.start);
  if (start < 0 || start === source.start) return f;
  const m = ANONYMITY_CLAUSE_BEFORE.exec(text.slice(start, source.start));
  if (!m) return f;
  return { ...f, source: { start: start + m[0].length - m[0].trimStart().length, end: source.end } };
}

/** Readings whose source was read inside an anonymity clause given the phrase it describes as their source. */
export function withSourceBeforeAnonymityClause(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, sourceBeforeAnonymityClause);
}

/** A source cut right after its relative pronoun ("A shopper, who", "a staff nurse who"), then the clause's rest and its comma up to the cue. */
const DANGLING_RELATIVE = /(?:,\s+|\s)(?:who|whom|whose)$/iu;
const CLAUSE_REST = /^\s[^.!?"“”,;:]{1,160},\s*$/u;

/** A relative clause on the source opening the claim, up to its comma, then the claim's own clause of three words or more. */
const RELATIVE_THEN_CLAIM = /^(?:who|whom|whose)\s[^,.;:!?"“”]{3,200},\s+(?=\S+\s+\S+\s+\S)/u;

/**
 * "According to two people familiar with the investigation, who spoke on condition of anonymity
 * because they were not authorised to discuss it, the attackers demanded …": the claim after a cue
 * opening the sentence began with the relative clause on its source, which goes back into the source.
 */
function relativeOpeningAfterCue(text: string, f: AttributionSpans): AttributionSpans | null {
  const { source, cue } = f;
  if (!source || !cue || cue.end > source.start) return null;
  // (the piece right after the source; pieces before the cue, taken from the text before, go: "“It's slower | who spoke …")
  const at = f.content.findIndex((c) => c.start >= source.end && ONLY_COMMA.test(text.slice(source.end, c.start)));
  if (at < 0 || f.content.slice(0, at).some((c) => c.end > cue.start)) return null;
  const piece = f.content[at];
  const m = RELATIVE_THEN_CLAIM.exec(text.slice(piece.start, piece.end));
  if (!m) return null;
  const clauseEnd = piece.start + m[0].replace(/[,\s]+$/u, '').length;
  const end = text[piece.end - 1] === '.' ? piece.end - 1 : piece.end;
  return { ...f, source: { start: source.start, end: clauseEnd }, content: [{ start: piece.start + m[0].length, end }, ...f.content.slice(at + 1)] };
}

/** The readings whose claim after an opening cue began with the relative clause on their source, that clause moved into the source (run on the taggers' readings, before fitting). */
export function withRelativeOpeningAfterCue(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, (t, f) => relativeOpeningAfterCue(t, f) ?? f);
}

/** `withRelativeClauseInSource` for one reading (a step for reading-passes.ts). */
function readingWithRelativeClauseInSource(text: string, f: AttributionSpans): AttributionSpans {
  // "A shopper, who | gave only his first name, said", "a staff nurse who | asked not to be named, said":
  // the clause the source was cut inside goes back into it
  const { source, cue } = f;
  if (source && cue && source.end < cue.start && DANGLING_RELATIVE.test(text.slice(source.start, source.end))) {
    const gap = text.slice(source.end, cue.start);
    if (CLAUSE_REST.test(gap) && !f.content.some((c) => c.start < cue.start && c.end > source.end)) return { ...f, source: { start: source.start, end: source.end + gap.trimEnd().length } };
  }
  const [first, ...rest] = f.content;
  if (!f.source || !f.cue || rest.length === 0 || first.end > f.cue.start || first.start < f.source.end) return f;
  const gap = text.slice(f.source.end, first.start);
  // "The city's finance director, who | asked not to be named because | she was not authorized …, | said":
  // the source cut after its pronoun, and the clause's end read as the claim's first piece
  const cutAfterPronoun = DANGLING_RELATIVE.test(text.slice(f.source.start, f.source.end)) && !/[.!?"“”]/u.test(gap) && ONLY_COMMA.test(text.slice(first.end, f.cue.start));
  if (cutAfterPronoun) return { ...f, source: { start: f.source.start, end: first.end }, content: rest };
  const opensClause = ONLY_COMMA.test(gap) && RELATIVE_OPENING.test(text.slice(first.start, first.end));
  // or the piece is the end of that clause, its reason ("…, who asked not to be named because | the discussions are private, said")
  const endsClause = RELATIVE_BEFORE_PIECE.test(gap) && ONLY_COMMA.test(text.slice(first.end, f.cue.start));
  if (!opensClause && !endsClause) return f;
  return { ...f, source: { start: f.source.start, end: first.end }, content: rest };
}
