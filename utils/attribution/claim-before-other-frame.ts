/**
 * "Chinese officials have insisted that private lenders accept comparable treatment, according
 * to a diplomat involved in the talks": the officials' claim ran on over another reading's frame,
 * its "according to" and its source. A claim piece that ends in another reading's "according to"
 * and its source after a comma ends before that comma: the frame says whose account it is, and
 * the reader sees it as its own reading, not as words of the claim.
 */
import { firstAtOrAfter } from './sorted-offsets';
import type { AttributionSpans, Span } from './types';

/** A comma and spaces at the end of the words before the frame. */
const COMMA_BEFORE = /,\s*$/u;
/** The cue of a frame. */
const ACCORDING_TO = /^according\s+to$/iu;
/** Commas and spaces a cut claim piece must not end with. */
const TRAILING_COMMAS = /[,\s]+$/u;

/** Where a piece must end so that no frame (sorted by cue start) closing it lies inside it; its own end when none does. */
function endBeforeFrames(text: string, piece: Span, own: AttributionSpans, frames: readonly AttributionSpans[], starts: readonly number[]): number {
  let end = piece.end;
  for (let k = firstAtOrAfter(starts, piece.start + 1); k < frames.length && starts[k] < end; k++) {
    const g = frames[k], cue = g.cue!, source = g.source!;
    // (the frame closes the piece: only its source, maybe a full stop, after the cue)
    if (g === own || source.end > piece.end || piece.end - source.end > 1 || source.start < cue.end) continue;
    const before = text.slice(piece.start, cue.start);
    if (COMMA_BEFORE.test(before)) end = piece.start + before.replace(TRAILING_COMMAS, '').length;
  }
  return end;
}

/** The readings whose claim runs over another reading's "according to" frame, cut before it (so a claim never holds another's source). */
export function withClaimsBeforeOtherFrames(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const frames = found.filter((f) => f.cue !== null && f.source !== null && ACCORDING_TO.test(text.slice(f.cue.start, f.cue.end))).sort((a, b) => a.cue!.start - b.cue!.start);
  if (frames.length === 0) return found;
  const starts = frames.map((f) => f.cue!.start);
  let changed = false;
  const out = found.map((f) => {
    if (f.cue === null || f.source === null) return f;
    const content = f.content.map((c) => {
      const end = endBeforeFrames(text, c, f, frames, starts);
      return end === c.end || end - c.start < 3 ? c : { start: c.start, end };
    });
    if (content.every((c, k) => c === f.content[k])) return f;
    changed = true;
    return { ...f, content };
  });
  return changed ? out : found;
}
