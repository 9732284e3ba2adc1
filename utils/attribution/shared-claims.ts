/**
 * "He told reporters that he still had their backing. “The players are with me,” he said.": the
 * taggers may give the quotation to both cues. A later piece of one reading's claim that is another
 * reading's claim too, and lies nearer that reading's cue, is that reading's alone.
 */
import type { AttributionSpans, Span } from './types';

/** Distance from a cue to a claim piece, in characters (0 when they touch or overlap). */
function gap(cue: Span | null, piece: Span): number {
  if (!cue) return Infinity;
  return cue.end <= piece.start ? piece.start - cue.end : cue.start >= piece.end ? cue.start - piece.end : 0;
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
      if (i === 0) return true;
      const others = holders.get(`${piece.start}:${piece.end}`)!.filter((o) => o !== f);
      return !others.some((o) => gap(o.cue, piece) < gap(f.cue, piece));
    });
    return kept.length === f.content.length ? f : { ...f, content: kept };
  });
}
