/**
 * "a person familiar with its deliberations said": the taggers may end the source on the adjective
 * and leave its complement between source and cue. Words of a complement (a preposition and its
 * object, no punctuation) between a source that ends on such an adjective and its cue are the
 * source's own.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** Adjectives whose complement says who the source is ("familiar with", "close to", "briefed on"). */
const ENDS_ON_ADJECTIVE = /\b(?:familiar|close|closest|briefed|knowledgeable|involved|connected|loyal|allied|aligned|opposed|sympathetic|linked|tied|privy)$/iu;
/** A complement up to the cue: a preposition, then words only. */
const COMPLEMENT = /^\s+(?:with|to|on|in|about|of)\s+[\p{L}\p{N}'’\s-]{1,80}?\s+$/u;

/** The readings whose source stopped before its adjective's complement, given it back. */
export function withSourceComplement(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, complementInSource);
}

/** One reading so mended (a step for reading-passes.ts). */
function complementInSource(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!source || !cue || cue.start <= source.end) return f;
  if (!ENDS_ON_ADJECTIVE.test(text.slice(Math.max(source.start, source.end - 20), source.end))) return f;
  const gap = text.slice(source.end, cue.start);
  if (!COMPLEMENT.test(gap) || f.content.some((c) => c.start < cue.start && source.end < c.end)) return f;
  return { ...f, source: { start: source.start, end: cue.start - (gap.length - gap.trimEnd().length) } };
}
