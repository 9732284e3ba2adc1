/**
 * A cue's edges as news attribution is annotated: the reporting verb with the adverbs and
 * auxiliaries right before it ("would have described", "repeatedly says", "cynically dismissed"),
 * and, for verbs that take their claim through a fixed preposition, that preposition ("accused …
 * of", "asked about", "apologized for"). The taggers read a few words at a time and often leave
 * such a word out.
 */
import type { AttributionSpans, Span } from './types';
import { mendEach } from './reading-passes';

/** Words ending in -ly that are no adverbs, or not ones that modify a verb ("family", "only", "early"). */
const LY_NOT_VERB_ADVERB = new Set(
  `family only likely unlikely early july italy ally supply reply rally fly belly holy daily weekly monthly yearly
  friendly elderly lonely silly ugly costly deadly lovely assembly anomaly bully jelly wholly hourly orderly timely
  curly burly surly manly homely lively lowly kindly chilly hilly wily oily`.split(/\s+/),
);

/** Adverbs and auxiliaries a cue takes in when they stand right before it. */
const CUE_MODIFIER = /^(?:\p{Ll}{2,}ly|also|still|often|even|further|never|already|now|later|again|just|once|always|first|almost|would|will|could|can|should|may|might|must|did|does|do|has|have|had|not|['’]ve|['’]d)$/u;

/** The word right before a position, with the white space after it (inline only: never over a line break). */
const WORD_BEFORE = /(?:^|[\s(])(['’]?\p{L}+)([ \t]+)$/u;

/** How many words a cue may take in on its left. */
const MAX_MODIFIERS = 4;

/** A relative clause or infinitive a few words before: an adverb after it is that clause's ("who was not cleared to speak publicly | said"). */
const CLAUSE_BEFORE = /\b(?:who|whom|which|that|to)\s+(?:\S+\s+){0,4}$/iu;

/** Where the cue starts once the adverbs and auxiliaries right before it are taken in. */
export function cueStartWithModifiers(text: string, cue: Span): number {
  let start = cue.start;
  for (let k = 0; k < MAX_MODIFIERS; k++) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 25), start));
    if (!m || !CUE_MODIFIER.test(m[1]) || LY_NOT_VERB_ADVERB.has(m[1])) break;
    start -= m[1].length + m[2].length;
  }
  return start < cue.start && CLAUSE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ? cue.start : start;
}

/** An infinitive right before: an adverb after it is that verb's ("not authorized to speak | publicly"). */
const INFINITIVE_BEFORE = /\bto\s+\p{Ll}+\s+$/u;
/** An adverb opening a cue, and the space after it. */
const OPENING_ADVERB = /^\p{Ll}+ly\s+/u;

/**
 * A cue the taggers opened on the adverb of an infinitive before it ("who was not authorized to speak
 * |publicly said|"), cut to start after it, so the source can take in its clause whole; other cues
 * unchanged.
 */
export function withoutClauseAdverb(text: string, cue: Span | null): Span | null {
  if (cue === null) return null;
  const m = OPENING_ADVERB.exec(text.slice(cue.start, cue.end));
  if (m === null || cue.start + m[0].length >= cue.end || !INFINITIVE_BEFORE.test(text.slice(Math.max(0, cue.start - 40), cue.start))) return cue;
  return { start: cue.start + m[0].length, end: cue.end };
}

/** Verb stems and the one preposition (or fixed word) through which each takes what was said ("accused of", "talked about", "put it"). */
const VERB_PREPOSITIONS: readonly [RegExp, RegExp][] = [
  [/\baccus\p{L}*$/iu, /^of$/u],
  [/\bask(?:s|ed|ing)?$/iu, /^about$/u],
  [/\bapologi[sz]\p{L}*$/iu, /^for$/u],
  [/\bwarn(?:s|ed|ing)?$/iu, /^(?:of|about)$/u],
  [/\btalk(?:s|ed|ing)?$/iu, /^about$/u],
  [/\bcomplain(?:s|ed|ing)?$/iu, /^about$/u],
  [/\bpoint(?:s|ed|ing)?$/iu, /^to$/u],
  [/\brefer(?:s|red|ring)?$/iu, /^to$/u],
  [/\brespond(?:s|ed|ing)?$/iu, /^to$/u],
  [/\bcall(?:s|ed|ing)?$/iu, /^for$/u],
  [/\bcredit(?:s|ed|ing)?$/iu, /^for$/u],
  [/\bprais\p{L}*$/iu, /^for$/u],
  // fixed phrases: "as she put it", "made clear"
  [/\bput(?:s|ting)?$/iu, /^it$/u],
  [/\bma(?:de|kes?|king)$/iu, /^clear$/u],
];

/** Every word a verb of VERB_PREPOSITIONS takes: the stems are tested only before one of these. */
const TAKEN_WORDS = new Set(['of', 'about', 'for', 'to', 'it', 'clear']);

/** Where the cue ends once the preposition its verb takes right after it is taken in. */
export function cueEndWithPreposition(text: string, cue: Span): number {
  const next = /^[ \t]+(\p{L}+)\b/u.exec(text.slice(cue.end, cue.end + 16));
  if (!next || !TAKEN_WORDS.has(next[1].toLowerCase())) return cue.end;
  const verb = text.slice(Math.max(cue.start, cue.end - 20), cue.end);
  const taken = VERB_PREPOSITIONS.some(([stem, preposition]) => stem.test(verb) && preposition.test(next[1].toLowerCase()));
  return taken ? cue.end + next[0].length : cue.end;
}

/** True when a span of the reading shares a character with [start, end). */
const touches = (spans: readonly (Span | null)[], start: number, end: number): boolean =>
  spans.some((s) => s !== null && s.start < end && start < s.end);

/** The source less the adverbs and auxiliaries it ends with right before its cue ("Mook further | asserted"); null if nothing else is left. */
function sourceBefore(text: string, source: Span, modifiersStart: number, cueStart: number): Span | null {
  if (source.end > cueStart || source.end <= modifiersStart || source.start >= modifiersStart) return source;
  let end = modifiersStart;
  while (end > source.start && /\s/u.test(text[end - 1])) end--;
  return end > source.start ? { start: source.start, end } : null;
}

/** The claim's pieces less the preposition that opens the first one, when that piece goes on after it; null when some piece would overlap it otherwise. */
function contentAfter(text: string, content: readonly Span[], cueEnd: number, end: number): Span[] | null {
  if (!touches(content, cueEnd, end)) return [...content];
  const [first, ...rest] = content;
  if (first.start < cueEnd || first.start >= end || touches(rest, cueEnd, end)) return null;
  let start = end;
  while (start < first.end && /[\s,]/u.test(text[start])) start++;
  return start < first.end ? [{ start, end: first.end }, ...rest] : null;
}

/**
 * Each reading's cue widened over its adverbs and auxiliaries (taken from the end of the source
 * when the taggers put them there) and its verb's preposition (taken from the start of the claim
 * when they put it there), where the widening takes nothing else from the reading's claim.
 */
export function withWholeCues(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, readingWithWholeCue);
}

/** A source's last word, a past tense after a noun ("documents raised"), and the one space before the cue. */
const VERB_ENDING_SOURCE = /(?<=\p{L}\s)(\p{Ll}{3,}ed)\s$/u;
/** A cue's first word that is no verb of its own: "new" of "new questions about". */
const NO_VERB_OPENING = /^(?:new|fresh|further|more|serious|questions|doubts|concerns)\b/u;

/**
 * "The documents raised new questions about whether …": the tagger may end the source on the verb
 * and open the cue on its object. The verb belongs to the cue.
 */
function withVerbOutOfSource(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!source || !cue || source.end + 1 !== cue.start || !NO_VERB_OPENING.test(text.slice(cue.start, cue.end))) return f;
  const verb = VERB_ENDING_SOURCE.exec(text.slice(Math.max(source.start, source.end - 40), source.end + 1));
  if (!verb) return f;
  const verbStart = source.end - verb[1].length;
  return { ...f, source: { start: source.start, end: verbStart - 1 }, cue: { start: verbStart, end: cue.end } };
}

/**
 * "said" or "suggest", which take a clause, then a noun and its preposition the taggers read into
 * the cue ("said | questions about", "suggest | public support for"); not a time or an amount
 * ("said four years ago about", "said little about"), and not the stance idioms of other verbs
 * ("showed no sign of", "found no fault with", "claimed credit for"), whose noun is the cue's.
 */
const CLAUSE_VERB_THEN_NOUN = /^((?:said|says|say|suggest|suggests|suggested))\s+(?!(?:\p{Ll}+\s+){0,2}(?:ago|years?|months?|weeks?|days?|little|nothing|much|more|anything|something|again|often|publicly|privately)\b)(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:about|for|of|on|over|in|with)$/u;

/**
 * "The club said questions about Okafor would not be taken": a verb of saying takes the clause
 * after it, whose subject ("questions about Okafor") the taggers, used to "raised questions about",
 * read into the cue. The cue is the verb; the claim starts after it.
 */
function withClauseAfterVerb(text: string, f: AttributionSpans): AttributionSpans {
  const { cue } = f;
  const m = cue ? CLAUSE_VERB_THEN_NOUN.exec(text.slice(cue.start, cue.end)) : null;
  if (!cue || !m || f.content.length === 0 || f.content[0].start < cue.end || /\S/u.test(text.slice(cue.end, f.content[0].start))) return f;
  const verbEnd = cue.start + m[1].length;
  const rest = text.slice(verbEnd).search(/\S/u);
  return { ...f, cue: { start: cue.start, end: verbEnd }, content: [{ start: verbEnd + rest, end: f.content[0].end }, ...f.content.slice(1)] };
}

/** `withWholeCues` for one reading (a step for reading-passes.ts). */
function readingWithWholeCue(text: string, read: AttributionSpans): AttributionSpans {
  if (!read.cue) return read;
  const f = withVerbOutOfSource(text, withClauseAfterVerb(text, read));
  const cue: Span = f.cue ?? read.cue;
  let start = cueStartWithModifiers(text, cue);
  let end = cueEndWithPreposition(text, cue);
  let source = f.source;
  if (source && start < cue.start) {
    const trimmed = sourceBefore(text, source, start, cue.start);
    if (trimmed === null || touches([trimmed], start, cue.start)) start = cue.start;
    else source = trimmed;
  }
  if (touches(f.content, start, cue.start)) { start = cue.start; source = f.source; }
  let content = touches([source], cue.end, end) ? null : contentAfter(text, f.content, cue.end, end);
  if (content === null) { end = cue.end; content = f.content; }
  if (start === cue.start && end === cue.end) return f;
  return { ...f, source, cue: { start, end }, content };
}
