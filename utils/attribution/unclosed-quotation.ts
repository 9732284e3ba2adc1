/**
 * A quotation left open at its paragraph's end (news's way of running a quote over paragraphs:
 * "Our members kept this city moving. Today somebody finally said that counts for something.¶
 * "We will be watching."): every word after its opening mark, to the paragraph's end, is the
 * speaker's. The taggers may cut the claim at a sentence inside it that reads like a cue of its own.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans, Span } from './types';

const OPENING_MARKS = new Set(['"', '“']);
const ANY_QUOTE_MARK = /["“”]/u;

/** A content piece that opens a quotation left open to its paragraph's end, run on to that end (trailing spaces aside). */
function toParagraphEnd(text: string, piece: Span, next: Span | undefined, own: Span[]): Span {
  // (an opening mark: after a space or a line's start, before a word; a straight mark closes as often)
  if (!OPENING_MARKS.has(text[piece.start]) || /\s/u.test(text[piece.start + 1] ?? ' ') || (piece.start > 0 && !/\s/u.test(text[piece.start - 1]))) return piece;
  let end = text.indexOf('\n', piece.end);
  if (end < 0) end = text.length;
  if (end <= piece.end || (next !== undefined && next.start < end)) return piece;
  // (the reading's own cue or source after it: the mark that should close the quotation is missing)
  if (own.some((s) => s.start >= piece.end && s.start < end)) return piece;
  // (no mark inside, the piece's own or after it: the quotation is closed, or another begins)
  if (ANY_QUOTE_MARK.test(text.slice(piece.start + 1, end))) return piece;
  while (end > piece.end && /\s/u.test(text[end - 1])) end--;
  return end > piece.end ? { start: piece.start, end } : piece;
}

/** One reading with each of its open quotations whole. */
function withWholeOpenQuotations(text: string, f: AttributionSpans): AttributionSpans {
  let content: Span[] | null = null;
  const own = [f.cue, f.source].filter((s): s is Span => s !== null);
  for (let k = 0; k < f.content.length; k++) {
    const whole = toParagraphEnd(text, f.content[k], f.content[k + 1], own);
    if (whole === f.content[k]) continue;
    content ??= f.content.slice();
    content[k] = whole;
  }
  return content ? { ...f, content } : f;
}

/** Every reading whose claim opens a quotation left open to its paragraph's end, given the whole quotation. */
export function withOpenQuotationsWhole(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withWholeOpenQuotations);
}
