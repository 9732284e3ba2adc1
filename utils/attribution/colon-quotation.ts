/**
 * "Marchetti thanked them in a post on Instagram: \"You are the reason I still do this.\"": a cue
 * whose object or adjunct runs up to a colon and a quotation says the quotation. The taggers took
 * the words before the colon ("them in a post on Instagram") for the claim.
 */
import { mendEach } from './reading-passes';
import { FINITE_WORD } from './source-lexicon';
import type { AttributionSpans } from './types';

/** A clause's opening or a past tense: the words before the colon say something themselves. */
const CLAUSE = /^(?:that|whether|how|why|what|when|if)\b|\b\p{Ll}+ed\b/u;
/** A cue of quoting or citing another. */
const QUOTING = /\b(?:quotes|quoted|quoting|cites|cited|citing)$/u;
/** A colon, then a quotation that closes within its paragraph. */
const COLON_THEN_QUOTATION = /^\s*:\s*(["“][^"“”\n]{2,600}["”])/u;

/** The readings whose claim stopped at such a colon, given the quotation after it. */
export function withQuotationAfterColon(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, quotationAfterColon);
}

/** One reading so mended (a step for reading-passes.ts). */
function quotationAfterColon(text: string, f: AttributionSpans): AttributionSpans {
  // (one who "quotes" or "cites" someone before the colon gives that one's words, not their own)
  if (f.cue === null || f.content.length !== 1 || f.content[0].start < f.cue.end || QUOTING.test(text.slice(f.cue.start, f.cue.end))) return f;
  const claim = f.content[0];
  // the words before the colon are an object or adjunct, no quotation or clause of their own
  // ("asserted that France had lost its identity: \"…\"" keeps its claim)
  const before = text.slice(claim.start, claim.end);
  if (/["“”]/u.test(before) || CLAUSE.test(before) || FINITE_WORD.test(before)) return f;
  const m = COLON_THEN_QUOTATION.exec(text.slice(claim.end, claim.end + 620));
  if (m === null) return f;
  const start = claim.end + m[0].length - m[1].length;
  return { ...f, content: [{ start, end: start + m[1].length }] };
}
