import { byStart, firstAtOrAfter, spanInside } from './sorted-offsets';
import type { AttributionSpans, Span } from './types';

/**
 * A source that starts or ends with another attribution's cue is set right: a source is who
 * speaks, never the speaking. Starting with one ("said Rep. Ana Ruiz" as a source), or ending with
 * one right before the reading's own cue ("Some doctors said" as the source of "privately": one
 * cue split in two), the reading is dropped; ending with one further back ("Ana Ruiz, and Bo Lund
 * agreed"), the source is cut before it, and before the relative pronoun that opened the other cue's clause. A cue inside a source ("one of the states suing the
 * agency") is left alone. Sorted cue starts, so it stays linear.
 */
export function withoutCueInSource(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const cues = found.flatMap((f) => (f.cue ? [f.cue] : [])).sort(byStart);
  const cueStarts = cues.map((c) => c.start);
  /** Nothing but white space between two offsets. */
  const blank = (from: number, to: number): boolean => text.slice(from, to).trim() === '';
  const out: AttributionSpans[] = [];
  for (const f of found) {
    const source = f.source;
    if (!source) { out.push(f); continue; }
    const { start, end } = source;
    const k = firstAtOrAfter(cueStarts, start);
    const others = [cues[k - 1], cues[k], cues[k + 1]].filter((c): c is Span => c !== undefined && c !== f.cue);
    const startsWithCue = others.some((c) => (c.start <= start && start < c.end) || (c.start >= start && c.start < end && blank(start, c.start)));
    if (startsWithCue) continue;
    const atEnd = others.find((c) => c.start > start && c.start < end && (c.end >= end || blank(c.end, end)));
    if (!atEnd) { out.push(f); continue; }
    if (f.cue && f.cue.start >= atEnd.end && blank(atEnd.end, f.cue.start)) continue; // one cue split in two
    // the other cue has its own subject after a joining word ("…, and Bo Lund agreed"): cut there
    const before = text.slice(start, atEnd.start);
    const joins = [...before.matchAll(/[\s,;]+(?:and|but)\s+/gu)];
    // (and a relative pronoun left at the cut goes with the clause it opened: "Lorraine Dube, who | organised …")
    const cutEnd = start + (joins.length > 0 ? joins[joins.length - 1].index : /(?:[\s,;]+(?:who|which|whose))?[\s,;]*$/u.exec(before)!.index);
    out.push({ ...f, source: cutEnd > start ? { start, end: cutEnd } : null });
  }
  return out;
}

/** A source that is a personal pronoun. */
const PERSONAL_PRONOUN = /^(?:he|she|they|I|we)$/iu;


/**
 * A reading whose cue and pronoun source lie inside another's source ("A teacher, who declined to
 * give her name because she feared | repercussions at work, told the board …"): a clause of that
 * source's description, no one's claim (its claim often runs on into the other's words). Dropped.
 */
export function withoutPronounReadingsInSources(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const sources = found.flatMap((f) => (f.source ? [f.source] : [])).sort(byStart);
  if (sources.length < 2) return found;
  const starts = sources.map((s) => s.start);
  return found.filter((f) => {
    // (a pronoun's: a name or "who" inside a source may be a speaker of its own, "Ervin, who thinks …")
    if (!f.cue || !f.source || f.content.length === 0 || !PERSONAL_PRONOUN.test(text.slice(f.source.start, f.source.end))) return true;
    // the sources opening before the cue, nearest first, a few back (sources seldom nest deeper)
    for (let k = firstAtOrAfter(starts, f.cue.start + 1) - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
      const s = sources[k];
      if (s !== f.source && spanInside(f.cue, s) && spanInside(f.source, s)) return false;
    }
    return true;
  });
}
