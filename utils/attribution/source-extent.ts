/**
 * Source boundaries the tagger gets wrong in regular ways, set right by rules: a body's name with
 * a plural possessive inside ("the Harbour Pilots' Guild") tagged as its last word only; an
 * apposition or party tag between the source and its cue ("Rep. Ana Ruiz (D), who chairs the
 * panel, said") left out; an adverb or auxiliary after the subject ("Ruiz also said") taken in.
 */
import { CLAUSE_START } from './clause-start';
import { ORG_HEADS } from './source-lexicon';
import type { Span } from './types';

const FIRST_WORD = /^\p{Lu}[\p{L}-]*/u;
/** Capitalised words ending in a plural possessive right before the span, with an optional "the". */
const POSSESSIVE_NAME_BEFORE = /(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*s['’]\s+$/u;

/** The source span widened over "Harbour Pilots' " before an organisation head; else unchanged. */
export function widenPossessiveName(text: string, source: Span | null): Span | null {
  if (source === null || source.start === 0) return source;
  const c = text.charCodeAt(source.start - 1);
  if (c !== 32 && c !== 0xa0) return source;
  const first = FIRST_WORD.exec(text.slice(source.start, Math.min(source.end, source.start + 40)));
  if (!first || !ORG_HEADS.has(first[0].toLowerCase())) return source;
  const from = Math.max(0, source.start - 80);
  const m = POSSESSIVE_NAME_BEFORE.exec(text.slice(from, source.start));
  return m ? { start: from + m.index, end: source.end } : source;
}

/** Longest source span and source-to-cue gap the rules read. */
const MAX_SOURCE_CHARS = 400;
const MAX_GAP_CHARS = 220;

/** Words that open an apposition or a relative clause describing a source. */
const DESCRIBER = String.raw`(?:a|an|the|who|whose|one of|now|then|formerly|former|speaking (?:on condition|on the condition|anonymously)|requesting anonymity)\b`;
/** Between a source and its cue: a party tag and/or one apposition, closed by a comma. */
const APPOSITION_GAP = new RegExp(String.raw`^(?:\s*\((?:[DRI]|[DRI]-[A-Z][A-Za-z.]{1,10})\))?(?:,\s+${DESCRIBER}[^"“”\n;:,]{1,160},)?$`, 'u');
/** Words that end a subject before its verb but are no part of it ("also", "would", "cynically"). */
const TRAILING_NON_SOURCE = /\s+(?:also|so|would|could|will|may|might|has|have|had|did|does|do|then|now|\p{Ll}{2,}ly)$/u;
/** Nouns and adjectives ending in -ly, never adverbs cut from a source. */
const LY_WORDS = new Set('family ally rally assembly supply reply anomaly monopoly bully belly daily weekly monthly quarterly yearly elderly early only italy july'.split(' '));
/** An adjunct after the name, not a description of it: ", speaking in Ohio", ", which ...". */
const ADJUNCT = /,\s+(?:which|(?!including\b)\p{Ll}+ing)\b/u;

/** A source that holds a relative clause, and a gap of one adverb, which then belongs to that clause. */
const RELATIVE_CLAUSE = /\s(?:who|which|that)\s/u;
const CLAUSE_ADVERB_GAP = /^\s+\p{L}+ly$/u;
/** A source ending in a possessive ("the bill's"), and the words of its head up to the comma closing the apposition. */
const POSSESSIVE_END = /\p{L}['’]s$/u;
const HEAD_GAP = /^\s[\p{L}\s-]{1,40},$/u;
/** A relative clause after a comma not yet closed by one: ", who spoke". */
const OPEN_RELATIVE = /,\s(?:who|which)\s[^,]*$/u;
/** The rest of a clause up to its closing comma: words only, no quotation and no sentence break. */
const CLAUSE_REST_GAP = /^\s[^"“”\n;:.!?,]{1,200},$/u;

/**
 * Source span before its cue adjusted against it: widened over a party tag or apposition that
 * sits between source and cue (the source is the whole noun phrase up to the cue), and cut before
 * an adjunct (", speaking ...") or an adverb or auxiliary at its end. Others are left as they are.
 */
export function fitSourceToCue(text: string, source: Span | null, cue: Span | null): Span | null {
  if (source === null || cue === null) return source;
  let { start, end } = source;
  // bounded work per source, whatever the text: no rule applies to a long span or a long gap
  if (source.end > cue.start || source.end - source.start > MAX_SOURCE_CHARS || cue.start - source.end > MAX_GAP_CHARS) return source;
  const phrase = text.slice(start, end);
  const adjunct = ADJUNCT.exec(phrase);
  if (adjunct && adjunct.index > 0) {
    // an apposition before the adjunct keeps its closing comma ("Ana Ruiz, the mayor, which ...")
    const keepComma = phrase.slice(0, adjunct.index).includes(',') ? 1 : 0;
    return { start, end: start + adjunct.index + keepComma };
  }
  const trailing = TRAILING_NON_SOURCE.exec(phrase);
  if (trailing && trailing.index > 0 && !LY_WORDS.has(trailing[0].trim())) end = start + trailing.index;
  let gapEnd = cue.start;
  while (gapEnd > end && /\s/u.test(text[gapEnd - 1])) gapEnd--;
  const gap = text.slice(end, gapEnd);
  // the closing comma of an apposition the span already holds ("Ana Ruiz, the mayor,") belongs to it
  if (gapEnd > end && (APPOSITION_GAP.test(gap) || (gap === ',' && text.slice(start, end).includes(',')))) end = gapEnd;
  // an adverb that ends the source's relative clause ("an official who was not authorised to speak publicly said")
  else if (gapEnd > end && RELATIVE_CLAUSE.test(text.slice(start, end)) && CLAUSE_ADVERB_GAP.test(gap)) end = gapEnd;
  // a source cut on a possessive: its head noun follows ("…, the bill's| lead sponsor, called")
  else if (gapEnd > end && POSSESSIVE_END.test(text.slice(start, end)) && HEAD_GAP.test(gap)) end = gapEnd;
  // the rest of an open relative clause, up to its closing comma ("who spoke| on condition of anonymity because …, said")
  else if (gapEnd > end && OPEN_RELATIVE.test(text.slice(start, end)) && CLAUSE_REST_GAP.test(gap)) end = gapEnd;
  return end === source.end ? source : { start, end };
}

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

/**
 * Punctuation or white space that can open a tagged span but never a source ("." of the sentence
 * before), a sentence adverb before a determiner ("Afterwards the referee", "Later, the judge"),
 * a sentence adverb with its comma ("Instead, the Vermont senator"), and a joining word before a name
 * or determiner ("But Megan Hester", "Yet some voters"): the source is the noun phrase after it (not
 * "Now TV" or "Indeed Hiring Lab", names that start with such a word).
 */
const LEADING_JUNK = new RegExp(
  '^(?:[\\s.,;:!?)\\]}–—-]+' +
  '|(?:Afterwards|Afterward|Later|Earlier|Then|Now|Meanwhile|Separately|Still|Yesterday|Today|Tonight|Previously|Subsequently|Eventually|Finally|Instead|However|Similarly|Likewise|Moreover|Indeed|Also)' +
  '(?:,\\s+|\\s+(?=(?:the|a|an|his|her|their|its|our|some|many|most|several|other|others|two|three|four|five|one|both|few)\\s))' +
  '|(?:But|And|Yet)\\s+(?=\\p{Lu}|(?:the|a|an|his|her|their|its|our|some|many|most|several|other|others|two|three|four|five|one|both|few)\\s))+',
  'u',
);

/**
 * A tagged source without what cannot begin one: the last sentence's full stop and the paragraph
 * break after it (".\n\nGovernor Philip Arden"); a source that still spans a line break keeps its
 * last line, the one next to its cue. Null if nothing is left.
 */
export function withoutLeadingJunk(text: string, source: Span | null): Span | null {
  if (!source) return source;
  const phrase = text.slice(source.start, source.end);
  const junk = LEADING_JUNK.exec(phrase)?.[0].length ?? 0;
  const lastBreak = phrase.lastIndexOf('\n');
  const start = source.start + Math.max(junk, lastBreak + 1);
  if (start === source.start) return source;
  return start < source.end ? { start, end: source.end } : null;
}

/** ", but the pace was": a clause of the claim going on after a source named after its cue. */
const CLAIM_GOES_ON = /,\s+(?:but|although|though|while|whereas)\s/u;

/**
 * A source after its cue ends before the claim goes on: "…, said Marco Bellini, a glaciologist …,
 * but the pace was “alarming”" keeps "but the pace was" out of the source.
 */
export function withoutClaimAfterSource(text: string, source: Span | null, cue: Span | null): Span | null {
  if (!source || !cue || source.start < cue.end) return source;
  const m = CLAIM_GOES_ON.exec(text.slice(source.start, source.end));
  return m && m.index > 0 ? { start: source.start, end: source.start + m.index } : source;
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

/** For a cue the taggers gave no source, the relative pronoun right before it ("Kantar, which showed …"): coreference finds whom it means. */
export function relativePronounBeforeCue(text: string, cue: Span | null): Span | null {
  return cue ? relativePronounBefore(text, cue.start) : null;
}

/** A sentence's subject, then a relative clause closed by a comma, right before the cue. */
const SUBJECT_THEN_RELATIVE = new RegExp(String.raw`(?:${CLAUSE_START})((?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}'’-]*)(?: [\p{L}'’-]+){0,5}), (?:which|who) [^.;:!?"“”\n]{1,200}, (?:also |then |later |now )?$`, 'u');

/**
 * For a cue the taggers gave no source, the sentence's subject when a relative clause stands
 * between it and the cue ("The draft budget, which will be put to a council vote in March, also
 * proposes …"): otherwise a noun inside the clause could be taken for the speaker. Null if none.
 */
export function subjectBeforeRelative(text: string, cue: Span | null): Span | null {
  if (!cue) return null;
  const from = Math.max(0, cue.start - 300);
  const lead = text.slice(from, cue.start);
  // cheap checks first, so the pattern runs only where a clause can close right before the cue
  if (!/, (?:also |then |later |now )?$/u.test(lead) || (!lead.includes(', which ') && !lead.includes(', who '))) return null;
  const m = SUBJECT_THEN_RELATIVE.exec(lead);
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}
