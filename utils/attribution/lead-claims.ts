/**
 * A news lead that ends on its source ("Jaya Sterling has postponed her tour, her representatives
 * said on Monday.") and a paragraph that opens on another speaker's quotation ("“Jaya is resting
 * …,” her publicist said."): the role tagger reads a sentence past the cue, so it may give the next
 * paragraph's quotation to the lead's cue. A piece after the cue, across a paragraph break, that a
 * reading nearer to it also holds is that reading's; a lead left with nothing says what the
 * sentence says before its source.
 */
import { reach } from './shared-claims';
import { breaksBetween, sentenceStartBefore } from './sentences';
import type { AttributionSpans, Span } from './types';

/** The sentence before a trailing source: at least three words, then a comma and the source. */
const LEAD_BEFORE_SOURCE = /^["“]?(\S+\s+){2,}\S*[^\s,]\s*,\s*$/u;

/** The readings holding a piece, by the piece's start (a quotation's pieces start at its mark). */
type HoldersByStart = Map<number, AttributionSpans[]>;

function holdersByStart(found: AttributionSpans[]): HoldersByStart {
  const holders: HoldersByStart = new Map();
  for (const f of found) for (const piece of f.content) {
    const list = holders.get(piece.start);
    if (list) list.push(f);
    else holders.set(piece.start, [f]);
  }
  return holders;
}

/** Whether another reading holds a piece starting where `piece` does and lies nearer to it than `f`. */
function nearerHolder(text: string, holders: HoldersByStart, f: AttributionSpans, piece: Span): boolean {
  const own = reach(text, f, piece);
  for (const o of holders.get(piece.start)!) if (o !== f && reach(text, o, piece) < own) return true;
  return false;
}

/** The words of the cue's sentence before its source, when the source trails them after a comma. */
function leadBeforeSource(text: string, source: Span): Span | null {
  const start = sentenceStartBefore(text, source.start);
  if (start < 0) return null;
  const before = text.slice(start, source.start);
  if (!LEAD_BEFORE_SOURCE.test(before)) return null;
  let from = start, to = source.start;
  while (from < to && /\s/u.test(text[from])) from++;
  while (to > from && /[\s,]/u.test(text[to - 1])) to--;
  return to > from ? { start: from, end: to } : null;
}

/** A reading's pieces after its cue and across a paragraph break that a nearer reading holds, dropped. */
function withoutNextParagraphQuote(text: string, holders: HoldersByStart, f: AttributionSpans): AttributionSpans | null {
  const cue = f.cue;
  if (!cue) return f;
  const kept: Span[] = [];
  for (const piece of f.content) {
    if (!(piece.start >= cue.end && breaksBetween(text, cue.end, piece.start) > 0) || !nearerHolder(text, holders, f, piece)) kept.push(piece);
  }
  if (kept.length === f.content.length) return f;
  if (kept.length > 0) return { ...f, content: kept };
  // a trailing source ("…, her representatives said on Monday."): the lead is what comes before it
  const lead = f.source && f.source.end <= cue.start ? leadBeforeSource(text, f.source) : null;
  return lead ? { ...f, content: [lead] } : null;
}

/** The readings with the next paragraph's quotation left to its own speaker, and a lead that lost it given its sentence. */
export function withLeadClaims(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const holders = holdersByStart(found);
  const out: AttributionSpans[] = [];
  for (const f of found) {
    const mended = withoutNextParagraphQuote(text, holders, f);
    if (mended) out.push(mended);
  }
  return out;
}
