/**
 * "Separately, police said a 19-year-old man was arrested": the tagger may read the connective
 * opening the sentence as a first piece of the claim. A word that only joins the sentence to the
 * story ("Separately", "Meanwhile", "However") says nothing; a claim piece that is only such a
 * word before the source is dropped when the claim has another piece. A dateline opening a claim
 * ("BRUSSELS — The Commission fined …, it said") is cut off too.
 */
import { mendEach } from './reading-passes';
import { withoutDateline } from './dateline';
import type { AttributionSpans } from './types';

/** A sentence connective alone, maybe with its comma. */
const CONNECTIVE = /^(?:Separately|Meanwhile|However|Still|Also|Elsewhere|Instead|Moreover|Furthermore|Nevertheless|Nonetheless|Yet|But|And|Earlier|Later|Previously|Additionally|Likewise|Similarly|Indeed|Meantime|Overall|Then|In addition|In turn|At the same time|In a separate development|On the other hand)\s*,?$/u;

/** One reading without a claim piece that is only a connective before its source, and no dateline opening its claim. */
function withoutConnectivePiece(text: string, f: AttributionSpans): AttributionSpans {
  // "BRUSSELS — The European Commission fined …, it said": the dateline is the story's label
  const opening = f.content.length > 0 ? withoutDateline(text, f.content[0]) : null;
  if (opening !== null && opening !== f.content[0]) f = { ...f, content: [opening, ...f.content.slice(1)] };
  if (f.content.length < 2 || f.source === null) return f;
  const first = f.content[0];
  if (first.end > f.source.start || !CONNECTIVE.test(text.slice(first.start, first.end))) return f;
  return { ...f, content: f.content.slice(1) };
}

/** Every reading without a connective read as a piece of its claim. */
export function withoutConnectivePieces(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withoutConnectivePiece);
}
