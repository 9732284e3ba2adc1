/**
 * Sources around relative clauses: a source the taggers cut to its relative clause ("who followed
 * 4,000 adults") widened over the noun phrase it describes, and for a cue given no source, the
 * subject a relative pronoun, a relative clause or "with" gives it ("Kantar, which showed …",
 * "The draft budget, which …, also proposes", "with critics warning that …").
 */
import { CLAUSE_START } from './clause-start';
import type { Span } from './types';

/** ", which " or ", who " right before a position (or without the comma after a name: "the Chicago Police Department which reported"). */
const RELATIVE_RIGHT_BEFORE = /(?:,|(?:^|\s)\p{Lu}[\p{L}-]*) (which|who) $/u;

/** The relative pronoun of ", which " or ", who " right before `pos`, as a span; null if none. */
function relativePronounBefore(text: string, pos: number): Span | null {
  const m = RELATIVE_RIGHT_BEFORE.exec(text.slice(Math.max(0, pos - 40), pos));
  return m ? { start: pos - m[1].length - 1, end: pos - 1 } : null;
}

/** A relative clause running, without a comma, up to a position (", who worked alongside her … at "). */
const RELATIVE_CLAUSE_BEFORE = /,\s(who|which)\s[^,.;:!?"“”\n]*$/u;

/** The relative pronoun of such a clause, as a span; null if none within reach. */
function relativeClauseBefore(text: string, pos: number): Span | null {
  const from = Math.max(0, pos - 160);
  const m = RELATIVE_CLAUSE_BEFORE.exec(text.slice(from, pos));
  return m ? { start: from + m.index + 2, end: from + m.index + 2 + m[1].length } : null;
}

/** A source that is a relative clause alone ("who followed 4,000 adults", taken from "The researchers, who …, found"). */
const RELATIVE_START = /^(?:who|whom|whose|which)\b/iu;
/** The noun phrase before ", who": from a clause start, opening with a determiner or a capital. */
const ANTECEDENT = new RegExp(String.raw`(?:${CLAUSE_START}|;\s*)((?:[\p{Lu}]|(?:the|a|an|two|three|several|some|many)\s)[^,.;:!?"“”\n]{1,80}),\s*$`, 'u');

/**
 * A source that starts with a relative pronoun is widened over what the pronoun stands for and
 * the rest of its clause: "The researchers, who followed 4,000 adults for ten years," for a
 * source the taggers cut to "who followed 4". Unchanged when no such noun phrase opens the clause.
 */
export function widenRelativeSource(text: string, tagged: Span | null, cue: Span | null): Span | null {
  if (!tagged || !cue || cue.start < tagged.end) return tagged;
  const rest = restOfRestrictiveClause(text, tagged, cue);
  if (rest) return rest;
  // the taggers may leave the pronoun out too ("The trial, which |followed 1,200 patients …,| found"),
  // or keep only the clause's last noun phrase ("Alan Whitcombe, who worked … at |the Portcallan Marine Station,| called")
  const pronoun = RELATIVE_START.test(text.slice(tagged.start, tagged.end)) ? null : relativePronounBefore(text, tagged.start) ?? relativeClauseBefore(text, tagged.start);
  const source = pronoun ? { start: pronoun.start, end: tagged.end } : tagged;
  if (!RELATIVE_START.test(text.slice(source.start, source.end))) return tagged;
  // the clause must close with a comma before the cue ("…for ten years, found"): a cue right
  // after the pronoun is the relative clause's own verb, whose source "who" is right as it is
  // (or the source closes it itself: "who followed 4,000 adults for ten years," right before the cue)
  const gap = text.slice(source.end, cue.start);
  const close = /,\s*$/u.test(text.slice(source.start, source.end)) && /^\s*$/u.test(gap) ? [''] : /^[^.;:!?"“”\n]*?(?=,\s*$)/u.exec(gap);
  if (!close) return tagged;
  const before = text.slice(Math.max(0, source.start - 120), source.start);
  const m = ANTECEDENT.exec(before);
  if (!m) return tagged;
  // the last determiner starts the phrase ("Last year the researchers, who …" -> "the researchers, who …")
  const inner = /.*\s(?=(?:the|a|an)\s)/su.exec(m[1]);
  const phraseStart = m.index + m[0].indexOf(m[1]) + (inner ? inner[0].length : 0);
  return { start: source.start - before.length + phraseStart, end: source.end + close[0].length };
}

/** A source that ends inside its own clause without commas ("A senior diplomat who was", "Scientists who"), and the gap to the cue that finishes it ("not authorized to speak publicly", "were not involved in the study"). */
const ENDS_IN_CLAUSE = /\s(?:(?:who|that)\s+(?:\p{L}+\s+){0,2}\p{L}+|who)$/u;
const CLAUSE_REST = /^\s+(?:not\s+)?\p{Ll}[\p{L}\s'’-]{0,80}?\s*$/u;

/**
 * "A senior European diplomat who was | not authorized to speak publicly | said": a source the
 * taggers cut inside its restrictive relative clause runs on to the cue, when only lower-case words
 * (no comma or clause's end) lie between. Null otherwise.
 */
function restOfRestrictiveClause(text: string, tagged: Span, cue: Span): Span | null {
  const gap = text.slice(tagged.end, cue.start);
  // ("who oversaw the inquiry and | described": the relative clause's own second verb, whose source "who" is right)
  if (!ENDS_IN_CLAUSE.test(text.slice(Math.max(tagged.start, tagged.end - 40), tagged.end)) || !CLAUSE_REST.test(gap) || /\s(?:and|or|but)\s*$/u.test(gap)) return null;
  return { start: tagged.start, end: tagged.end + gap.trimEnd().length };
}

/** "with each side accusing": "with", a short noun phrase, then the cue's -ing verb. */
const WITH_SUBJECT = /\bwith ((?:(?:the|each|both|some|many|several|most|all|other|their|his|her|its) )?[\p{L}'’-]+(?: [\p{L}'’-]+){0,2}) $/u;

/**
 * For an -ing cue the taggers gave no source, the subject "with" gives it ("…, with each side
 * accusing the other of …", "with critics warning that …"); null otherwise.
 */
export function withSubjectBeforeCue(text: string, cue: Span | null): Span | null {
  if (!cue || !/ing$/u.test(text.slice(cue.start, cue.end).split(' ')[0])) return null;
  const from = Math.max(0, cue.start - 60);
  const m = WITH_SUBJECT.exec(text.slice(from, cue.start));
  if (!m || /\b(?:and|or|of|to|in|on|at|by|for)\b/u.test(m[1])) return null;
  const start = cue.start - m[1].length - 1;
  return { start, end: start + m[1].length };
}

/** A relative pronoun, then who speaks inside the clause (a pronoun, or "the" and a noun), right before the cue. */
const SPEAKER_INSIDE_RELATIVE = /(?:^|[\s,])(?:which|that|who|whom)\s+((?:it|he|she|they|we|I)|(?:the|its|their|his|her)\s+\p{Ll}+)\s+(?:(?:had|has|have|also|later)\s+)?$/du;

/**
 * "the advert, which it said was misleading", "a man who the police said was armed": inside a
 * relative clause whose verb is the cue, the speaker is the one right before the cue, whatever
 * the taggers took (the main clause's subject and verb, "The regulator received 300 complaints").
 */
export function speakerInsideRelative(text: string, source: Span | null, cue: Span | null): Span | null {
  if (!cue) return source;
  const from = Math.max(0, cue.start - 40);
  const at = SPEAKER_INSIDE_RELATIVE.exec(text.slice(from, cue.start))?.indices?.[1];
  return at ? { start: from + at[0], end: from + at[1] } : source;
}

/** For a cue the taggers gave no source, the relative pronoun right before it ("Kantar, which showed …"): coreference finds whom it means. */
export function relativePronounBeforeCue(text: string, cue: Span | null): Span | null {
  return cue ? relativePronounBefore(text, cue.start) : null;
}

/** A past participle opening a phrase about the subject ("carried out by", "published in", "newly released under"). */
const PARTICIPLE = String.raw`(?:(?:newly|recently|first|jointly|independently) )?\p{Ll}{3,}(?:ed|en)`;
/** The same participle right after a comma, to test cheaply before the whole pattern. */
const PARTICIPLE_AFTER_COMMA = new RegExp(`, ${PARTICIPLE} `, 'u');

/** A sentence's subject, then a relative clause or participle phrase closed by a comma, right before the cue. */
const SUBJECT_THEN_RELATIVE = new RegExp(String.raw`(?:${CLAUSE_START})((?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}'’-]*)(?: [\p{L}'’-]+){0,5}), (?:which|who|${PARTICIPLE}) [^.;:!?"“”\n]{1,200}, (?:also |then |later |now )?$`, 'u');

/**
 * For a cue the taggers gave no source, the sentence's subject when a relative clause or a
 * participle phrase stands between it and the cue ("The draft budget, which will be put to a
 * council vote in March, also proposes …", "That research, carried out by the museum's curators,
 * found …"): otherwise a noun inside it could be taken for the speaker. Null if none.
 */
export function subjectBeforeRelative(text: string, cue: Span | null): Span | null {
  if (!cue) return null;
  const from = Math.max(0, cue.start - 300);
  const lead = text.slice(from, cue.start);
  // cheap checks first, so the pattern runs only where a clause can close right before the cue
  if (!/, (?:also |then |later |now )?$/u.test(lead) || (!lead.includes(', which ') && !lead.includes(', who ') && !PARTICIPLE_AFTER_COMMA.test(lead))) return null;
  const m = SUBJECT_THEN_RELATIVE.exec(lead);
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/** "who" right before the cue, after a noun ("a food scientist who | said"), maybe with an auxiliary between. */
const WHO_RIGHT_BEFORE = /\p{L}\s+(who)\s+(?:(?:had|has|have|also|later)\s+)?$/u;

/**
 * "They presented evidence from a food scientist who said …": for a cue the taggers gave no source,
 * "who" right before it is the speaker (coreference finds whom it stands for), not the sentence's
 * subject further back; null when no "who" stands there.
 */
export function whoRightBeforeCue(text: string, cue: Span | null): Span | null {
  if (!cue) return null;
  const from = Math.max(0, cue.start - 30);
  const m = WHO_RIGHT_BEFORE.exec(text.slice(from, cue.start));
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1], 1);
  return { start, end: start + m[1].length };
}
