/**
 * Source boundaries the tagger gets wrong in regular ways, set right by rules: a body's name with
 * a plural possessive inside ("the Harbour Pilots' Guild") tagged as its last word only; an
 * apposition or party tag between the source and its cue ("Rep. Ana Ruiz (D), who chairs the
 * panel, said") left out; an adverb or auxiliary after the subject ("Ruiz also said") taken in.
 */
import { ORG_HEADS } from './source-lexicon-bodies';
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
/** A name set in commas between a description and its cue, maybe an adverb after ("Her campaign manager|, Felix Braun,| later tells"). */
/** A name set off by commas, maybe with its honorific (", Ms Dana Frey,"); apposed-name-subject.ts reads it too. */
export const NAME_IN_COMMAS = String.raw`,\s+(?:(?:Mr|Ms|Mrs|Dr|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},`;
/** An adverb between such a name and its verb ("…, later", "…, also", "…, reportedly"). */
export const ADVERB_BEFORE_VERB = String.raw`(?:later|also|then|again|\p{Ll}+ly)`;
const NAME_APPOSITION_GAP = new RegExp(String.raw`^(${NAME_IN_COMMAS})(?:\s+${ADVERB_BEFORE_VERB})?$`, 'u');
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
/** A relative clause not yet closed by a comma: ", who spoke", "a violinist who … spoke". */
const OPEN_RELATIVE = /(?:,\s|\s)(?:who|which)\s[^,]*$/u;
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
  const named = gapEnd > end ? NAME_APPOSITION_GAP.exec(gap) : null;
  if (named) end += named[1].length;
  else if (gapEnd > end && (APPOSITION_GAP.test(gap) || (gap === ',' && text.slice(start, end).includes(',')))) end = gapEnd;
  // an adverb that ends the source's relative clause ("an official who was not authorised to speak publicly said")
  else if (gapEnd > end && RELATIVE_CLAUSE.test(text.slice(start, end)) && CLAUSE_ADVERB_GAP.test(gap)) end = gapEnd;
  // a source cut on a possessive: its head noun follows ("…, the bill's| lead sponsor, called")
  else if (gapEnd > end && POSSESSIVE_END.test(text.slice(start, end)) && HEAD_GAP.test(gap)) end = gapEnd;
  // the rest of an open relative clause, up to its closing comma ("who spoke| on condition of anonymity because …, said")
  else if (gapEnd > end && OPEN_RELATIVE.test(text.slice(start, end)) && CLAUSE_REST_GAP.test(gap)) end = gapEnd;
  return end === source.end ? source : { start, end };
}

/**
 * Punctuation or white space that can open a tagged span but never a source ("." of the sentence
 * before), a sentence adverb before a determiner ("Afterwards the referee", "Later, the judge"),
 * a sentence adverb with its comma ("Instead, the Vermont senator"), and a joining word before a name
 * or determiner ("But Megan Hester", "Yet some voters", a relative "where Judge Harriet Cole", a subordinate
 * "Now that Ilse Varga", a complementiser "that the mayor"): the source is the noun phrase after it (not
 * "Now TV" or "Indeed Hiring Lab", names that start with such a word).
 */
const LEADING_JUNK = new RegExp(
  '^(?:[\\s.,;:!?)\\]}–—-]+' +
  '|(?:Afterwards|Afterward|Later|Earlier|Then|Now|Meanwhile|Separately|Still|Yesterday|Today|Tonight|Previously|Subsequently|Eventually|Finally|Instead|However|Similarly|Likewise|Moreover|Indeed|Also)' +
  '(?:,\\s+|\\s+(?=(?:the|a|an|his|her|their|its|our|some|many|most|several|other|others|two|three|four|five|one|both|few)\\s))' +
  '|(?:But|And|Yet|where|when|(?:Now\\s+|Given\\s+|Seeing\\s+)?[Tt]hat)\\s+(?=\\p{Lu}|(?:the|a|an|his|her|their|its|our|some|many|most|several|other|others|two|three|four|five|one|both|few)\\s))+',
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
