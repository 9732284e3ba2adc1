/**
 * "Chinese officials have insisted that private lenders accept comparable treatment, according
 * to a diplomat involved in the talks": the officials' claim ran on over another reading's frame,
 * its "according to" and its source. A claim piece that ends in another reading's "according to"
 * and its source after a comma ends before that comma: the frame is whose account it is, not what was claimed.
 */
import type { AttributionSpans, Span } from './types';

/** The comma, spaces and the other reading's frame: what is cut from the claim. */
const COMMA_BEFORE = /,\s*$/u;

/** Where a piece must end so that no other reading's cue and source after a comma lie inside it; its own end when none does. */
function endBeforeFrames(text: string, piece: Span, own: AttributionSpans, found: readonly AttributionSpans[]): number {
  let end = piece.end;
  for (const g of found) {
    if (g === own || g.cue === null || g.source === null || !/^according\s+to$/iu.test(text.slice(g.cue.start, g.cue.end))) continue;
    const from = g.cue.start;
    // (the frame closes the piece: only its source, maybe a full stop, after the cue)
    if (from <= piece.start || from >= end || g.source.end > piece.end || piece.end - g.source.end > 1 || g.source.start < g.cue.end) continue;
    const before = text.slice(piece.start, from);
    if (!COMMA_BEFORE.test(before)) continue;
    end = piece.start + before.replace(/[,\s]+$/u, '').length;
  }
  return end;
}

/** The readings whose claim runs over another reading's frame, cut before it. */
export function withClaimsBeforeOtherFrames(text: string, found: AttributionSpans[]): AttributionSpans[] {
  let changed = false;
  const out = found.map((f) => {
    if (f.cue === null || f.source === null) return f;
    const content = f.content.map((c) => {
      const end = endBeforeFrames(text, c, f, found);
      return end === c.end || end - c.start < 3 ? c : { start: c.start, end };
    });
    if (content.every((c, k) => c === f.content[k])) return f;
    changed = true;
    return { ...f, content };
  });
  return changed ? out : found;
}
