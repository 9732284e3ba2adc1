/**
 * "He told reporters that he still had their backing. “The players are with me,” he said.": the
 * taggers may give the quotation to both cues. A later piece of one reading's claim that is another
 * reading's claim too, and lies nearer that reading (its cue or source, in the same paragraph),
 * is that reading's alone.
 */
import type { AttributionSpans, Span } from './types';

/** Distance from a span to a claim piece, in characters (0 when they touch or overlap). */
function gap(span: Span | null, piece: Span): number {
  if (!span) return Infinity;
  return span.end <= piece.start ? piece.start - span.end : span.start >= piece.end ? span.start - piece.end : 0;
}

/** A paragraph's worth of distance: a reading across a paragraph break is farther than any within the piece's paragraph. */
const ACROSS_PARAGRAPH = 100_000;

/**
 * How near a reading is to a claim piece: its cue or its source, whichever is nearer ("…,” Marwood
 * said" holds its quotation from the name on), and farther by a paragraph when a line break lies
 * between (the previous paragraph's "…, the university said." does not reach the next quotation).
 * Exported for lead-claims.ts, which asks the same of a lead and the next paragraph.
 */
export function reach(text: string, reading: AttributionSpans, piece: Span): number {
  let best = Infinity;
  for (const span of [reading.cue, reading.source]) {
    const d = gap(span, piece);
    if (d === Infinity) continue;
    const between = span!.end <= piece.start ? text.slice(span!.end, piece.start) : text.slice(piece.end, span!.start);
    best = Math.min(best, d + (between.includes('\n') ? ACROSS_PARAGRAPH : 0));
  }
  return best;
}

/** The readings with each later claim piece another reading also holds, nearer its cue, left to that reading. */
export function withoutSharedClaims(text: string, found: AttributionSpans[]): AttributionSpans[] {
  // pieces by their offsets: only identical pieces are compared, so one map suffices
  const holders = new Map<string, AttributionSpans[]>();
  for (const f of found) for (const piece of f.content) {
    const key = `${piece.start}:${piece.end}`;
    const list = holders.get(key);
    if (list) list.push(f);
    else holders.set(key, [f]);
  }
  if (holders.size === found.reduce((n, f) => n + f.content.length, 0)) return found;
  return found.map((f) => {
    if (f.content.length < 2) return f;
    const kept = f.content.filter((piece, i) => {
      // (the first piece is the reading's own, unless it lies a paragraph away and another reading holds it:
      // the previous paragraph's quotation closing "…," said Wanda Pierce's turn is not "Pension experts said")
      const own = reach(text, f, piece);
      if (i === 0 && own < ACROSS_PARAGRAPH) return true;
      const others = holders.get(`${piece.start}:${piece.end}`)!.filter((o) => o !== f);
      return !others.some((o) => reach(text, o, piece) < own);
    });
    return kept.length === f.content.length ? f : { ...f, content: kept };
  });
}
