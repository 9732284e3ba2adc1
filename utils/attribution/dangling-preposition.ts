/**
 * "The talks collapsed on Tuesday, officials said.": the taggers often end a claim before the
 * time phrase at its end, as if it dated the saying, and leave it on a bare preposition ("The talks
 * collapsed on"). A claim never ends on a preposition: it runs on over the words up to its comma.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** A preposition or time word a claim cannot end on. */
const DANGLING_END = /\s(?:on|in|at|by|since|until|from|to|of|for|with|during|before|after|last|this|next|early|late)$/iu;
/** The words after it up to a comma (at most four), and the comma. */
const WORDS_TO_COMMA = /^\s+[\p{L}\p{N}'’.-]+(?:\s+[\p{L}\p{N}'’.-]+){0,3}(?=[,;]\s)/u;

/** The readings whose claim ended on a preposition, run on to its comma. */
export function withoutDanglingPrepositions(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, claimPastPreposition);
}

/** One reading so mended (a step for reading-passes.ts). */
function claimPastPreposition(text: string, f: AttributionSpans): AttributionSpans {
  for (let k = 0; k < f.content.length; k++) {
    const piece = f.content[k];
    if (!DANGLING_END.test(text.slice(Math.max(piece.start, piece.end - 8), piece.end))) continue;
    const more = WORDS_TO_COMMA.exec(text.slice(piece.end, piece.end + 60));
    if (more === null) continue;
    const end = piece.end + more[0].length;
    // never over the reading's own source or cue, or its next piece
    const next = f.content[k + 1];
    if ([f.source, f.cue, next].some((s) => s && s.start < end && piece.end < s.end)) continue;
    const content = f.content.slice();
    content[k] = { start: piece.start, end };
    return { ...f, content };
  }
  return f;
}
