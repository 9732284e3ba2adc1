/**
 * Merging the recall readings into the span finder's output: a reading is added only where no
 * attribution already accounts for it, so the finder's own precision is kept, and a shared cue
 * lets the reading fix a source the finder cut short or took from the claim.
 */
import { byCueStartOrZero } from './sorted-offsets';
import { headlineLine, isOneShortSentence } from './headline-case';
import type { AttributionSpans, Span } from './types';
import { RELATIVES } from './sourcing-recall-words';

/** Readings whose source is partitive ("two of the aides"): where the part after "of" starts. */
const PARTITIVE_HEAD = new WeakMap<AttributionSpans, number>();

/** Notes that a reading's source is "<quantity> of <head>", so a finder source cut to the head can be widened. */
export function markPartitive(reading: AttributionSpans, headStart: number): void {
  PARTITIVE_HEAD.set(reading, headStart);
}

/** True when two spans share at least `share` of the shorter one. */
function overlaps(a: Span, b: Span, share: number): boolean {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return o > 0 && o >= share * Math.min(a.end - a.start, b.end - b.start);
}

/**
 * Where the span finder and a recall reading share a cue, the reading's source fills one the
 * finder left empty, or replaces one that is only the tail of it ("them" in "several of them") or
 * that sits inside the reading's claim (an inverted "…, said the person" whose source the finder
 * took from the claim).
 */
function betterSource(f: AttributionSpans, x: AttributionSpans, text: string): Span | null {
  if (!x.source || !x.cue) return null;
  // the finder named no one for this cue; the reading does (unless its source runs into the finder's cue)
  if (!f.source) return f.cue && !overlaps(f.cue, x.source, 0.01) ? x.source : null;
  const wider = PARTITIVE_HEAD.get(x) === f.source.start && x.source.end === f.source.end;
  // the finder's source sits in the reading's claim: an inverted "…, said the person" the finder
  // read the other way, or the finder's own inverted reading ("…, said officials had …") whose claim is the reading's speaker
  const inClaim = x.content.some((c) => c.start <= f.source!.start && f.source!.end <= c.end) &&
    (x.cue.end <= x.source.start || f.content.some((c) => overlaps(c, x.source!, 0.5)));
  // the finder put its source after the cue and took the reading's speaker for the claim ("X, told reporters the …")
  const reversed = f.source.start >= x.cue.end && x.source.end <= x.cue.start && f.content.some((c) => overlaps(c, x.source!, 0.5));
  return wider || inClaim || reversed || partOfReadingSource(text, f.source, x.source) ? x.source : null;
}

/**
 * The finder's source is only a piece of the reading's: a relative pronoun ("who" in "An aide,
 * who asked not to be named, said") or the phrase cut mid-way ("A second" of "A second engineer").
 */
function partOfReadingSource(text: string, mine: Span, theirs: Span): boolean {
  if (mine.start < theirs.start || mine.end > theirs.end || (mine.start === theirs.start && mine.end === theirs.end)) return false;
  if (mine.end - mine.start <= 5 && RELATIVES.has(text.slice(mine.start, mine.end).toLowerCase())) return true;
  return mine.start === theirs.start && NOT_A_PHRASE_END.test(text.slice(mine.start, mine.end));
}

/** Words a noun phrase does not end in: a source that does was cut before its noun ("A second engineer"). */
const NOT_A_PHRASE_END = /(?:^|\s)(?:a|an|the|one|two|three|four|five|second|third|another|other|senior|former|top|several|some|many)$/iu;

const firstOf = (a: AttributionSpans): number => Math.min(a.cue?.start ?? Infinity, ...a.content.map((c) => c.start));
const lastOf = (a: AttributionSpans): number => Math.max(a.cue?.end ?? -1, ...a.content.map((c) => c.end));

/** True when `f` already accounts for `x`: the same cue, or the same claim not merely nested in x. */
function covers(f: AttributionSpans, x: AttributionSpans): boolean {
  if (f.cue && x.cue && overlaps(f.cue, x.cue, 0.01)) return true;
  const nested = f.cue !== null && x.content.some((c) => c.start <= f.cue!.start && f.cue!.end <= c.end);
  return !nested && f.content.some((fc) => x.content.some((xc) => overlaps(fc, xc, 0.5)));
}

/**
 * Adds the extra readings the span finder has no attribution for, and takes a reading's better
 * source where both share a cue (`text` lets it see a source cut short). A sweep over positions: each reading is compared only with the
 * attributions whose spans reach it, so long texts stay linear.
 */
export function mergeMissing(found: AttributionSpans[], extra: AttributionSpans[], text: string): AttributionSpans[] {
  const merged = found.slice();
  const byStart = merged.map((_, k) => k).sort((a, b) => firstOf(merged[a]) - firstOf(merged[b]));
  const xs = [...extra].sort((a, b) => firstOf(a) - firstOf(b));
  const added: AttributionSpans[] = [];
  let active: number[] = [];
  let next = 0;
  for (const x of xs) {
    const from = firstOf(x), to = lastOf(x);
    while (next < byStart.length && firstOf(merged[byStart[next]]) < to) active.push(byStart[next++]);
    active = active.filter((k) => lastOf(merged[k]) > from);
    const k = active.find((j) => covers(merged[j], x));
    if (k === undefined) { added.push(x); continue; }
    const f = merged[k];
    // the finder's cue is a word inside the reading's source ("a document published alongside …"): the reading is right
    if (f.cue && x.source && x.source.start <= f.cue.start && f.cue.end <= x.source.end) { merged[k] = x; continue; }
    const source = f.cue && x.cue && overlaps(f.cue, x.cue, 0.01) ? betterSource(f, x, text) : null;
    // the finder's claim was the reading's speaker (swapped roles in an inverted sentence): take the reading whole
    const swapped = source !== null && f.source !== null && f.content.some((c) => overlaps(c, source, 0.5));
    if (source) merged[k] = swapped ? { ...f, source, content: x.content } : { ...f, source };
    // the finder's claim stopped short of the sentence's end the reading runs to ("… a similar robbery | in Dayton last month"): the rest is the claim's
    const g = merged[k];
    if (f.cue && x.cue && overlaps(f.cue, x.cue, 0.01)) merged[k] = withClaimRunOn(g, x, text);
  }
  if (added.length === 0) return merged;
  return [...merged, ...added].sort(byCueStartOrZero);
}


/**
 * What a claim may not run on over: a quotation mark (a speaker named after it), the writer's own
 * turn (", but offered no proof", ", while …"), another cue's participle (", arguing that …") or
 * what the speaker did next (", and it extended an amber warning").
 */
const NOT_THE_CLAIMS = /["“”]|(?:^,?|,)\s+(?:but|while|although|though|whereas|yet)\s|,\s+\p{Ll}+ing\s|,\s+and\s+(?:it|he|she|they|we)\s/u;

/**
 * A reading whose one claim piece, after its cue, starts where the extra reading's does but ends
 * before it, given the extra's end when nothing between is NOT_THE_CLAIMS; else unchanged.
 */
function withClaimRunOn(f: AttributionSpans, x: AttributionSpans, text: string): AttributionSpans {
  if (f.content.length !== 1 || x.content.length !== 1 || !f.cue) return f;
  const mine = f.content[0], theirs = x.content[0];
  if (mine.start !== theirs.start || mine.end >= theirs.end || mine.start < f.cue.end) return f;
  // (nor past a headline's comma, which joins the subject's next verb: "Regulators say …, propose $95 million fine")
  const rest = text.slice(mine.end, theirs.end);
  if (NOT_THE_CLAIMS.test(rest) || (/^,\s+\p{Ll}/u.test(rest) && inHeadline(text, mine.end))) return f;
  return { ...f, content: [{ start: mine.start, end: theirs.end }] };
}

/** Whether `at` is in the text's headline: its first line, one short sentence with the story below it. */
function inHeadline(text: string, at: number): boolean {
  const line = headlineLine(text);
  return at <= line.end && line.end < text.length && isOneShortSentence(text.slice(line.start, line.end));
}
