/**
 * "Human rights groups have warned that the cuts will push refugees to smugglers, and a record
 * number died at sea last year, according to the U.N. refugee agency": a trailing "according to"
 * sources the clause it closes, not a clause before it that another source already said. Its claim
 * starts after the joining "and"; the other reading's claim, if the tagger ran it on over the
 * join, ends before it.
 */
import { byCueStartOrZero, firstAtOrAfter } from './sorted-offsets';
import type { AttributionSpans, Span } from './types';

/**
 * "and" or "but" (after a comma or not) or a semicolon, then a new subject (an article, a number
 * or a capital); not a participle, a relative or a phrase going on with the same clause
 * (", saying …", ", who …", ", with 56 percent …").
 */
const JOIN = /(?:,\s*(?:and|but)|;)\s+(?=(?:a|an|the|some|many|more|most|no|\d)\s|\p{Lu})/gu;

/** Readings with a cue, by cue start, and those starts: the readings inside a piece are found by binary search. */
interface ByCue {
  readings: readonly AttributionSpans[];
  starts: readonly number[];
}

/** The first join after `from` and before `to`: where it starts and where the next clause starts. */
function joinBetween(text: string, from: number, to: number): { at: number; next: number } | null {
  JOIN.lastIndex = 0;
  const m = JOIN.exec(text.slice(from, to));
  return m ? { at: from + m.index, next: from + m.index + m[0].length } : null;
}

/**
 * For a trailing "according to" claim `piece`: the other reading inside it (its source and cue
 * there) whose claim reaches a join, and the join; null when there is none.
 */
function joinedAfterOther(text: string, piece: Span, self: AttributionSpans, byCue: ByCue): { other: AttributionSpans; at: number; next: number } | null {
  let best: { other: AttributionSpans; at: number; next: number } | null = null;
  for (let k = firstAtOrAfter(byCue.starts, piece.start); k < byCue.readings.length && byCue.starts[k] < piece.end; k++) {
    const other = byCue.readings[k];
    if (other === self || other.source === null || other.cue === null || other.content.length === 0) continue;
    if (other.source.start < piece.start || other.cue.end > piece.end) continue;
    const join = joinBetween(text, other.cue.end, piece.end);
    if (join && (best === null || join.next > best.next)) best = { other, ...join };
  }
  return best;
}

const isTrailingAccordingTo = (text: string, f: AttributionSpans): boolean =>
  f.cue !== null && f.content.length === 1 && f.content[0].end <= f.cue.start && /^according\s+to\b/iu.test(text.slice(f.cue.start, f.cue.end));

/** Trailing "according to" readings whose claim ran over a clause another source said, cut to their own clause (and that source's claim cut before the join). */
export function withAccordingToOwnClause(text: string, found: AttributionSpans[]): AttributionSpans[] {
  if (!found.some((f) => isTrailingAccordingTo(text, f))) return found;
  const readings = found.filter((f) => f.cue !== null).sort(byCueStartOrZero);
  const byCue: ByCue = { readings, starts: readings.map((f) => f.cue!.start) };
  const replaced = new Map<AttributionSpans, AttributionSpans>();
  for (const f of found) {
    if (!isTrailingAccordingTo(text, f)) continue;
    const hit = joinedAfterOther(text, f.content[0], f, byCue);
    if (hit === null || hit.next >= f.content[0].end) continue;
    replaced.set(f, { ...f, content: [{ start: hit.next, end: f.content[0].end }] });
    const cut = hit.other.content.map((c) => (c.start < hit.at && c.end > hit.at ? { start: c.start, end: hit.at } : c)).filter((c) => c.start < hit.at);
    if (cut.length > 0) replaced.set(hit.other, { ...hit.other, content: cut });
  }
  return replaced.size === 0 ? found : found.map((f) => replaced.get(f) ?? f);
}
