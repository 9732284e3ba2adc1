/**
 * "…on their phones. I would urge anyone with footage to come forward."¶ Police said two other men
 * … have been released on bail.": a speaker opening a paragraph with the cue and a clause of their
 * own says that clause; the quotation closing the paragraph before belongs to the quotation it
 * continues (quote-continuation.ts attaches it), not to them. The taggers, used to "“…,” police
 * said", read it back over the paragraph break.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** Only spaces between a line break and the source: it opens its paragraph. */
const OPENS_PARAGRAPH = /\n[ \t]*$/u;
/** The clause after the cue, to its sentence's end: a word (maybe "that") and no quotation mark first. */
const OWN_CLAUSE = /^\s+(?:that\s+)?(\p{L}[^.!?\n"“”]{8,}?)[.!?](?=\s|$)/u;

/** One reading given its own clause in place of a quotation from the paragraph before. */
function withOwnClause(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!source || !cue || source.end > cue.start || f.content.length === 0 || !/^\s*$/u.test(text.slice(source.end, cue.start))) return f;
  if (!OPENS_PARAGRAPH.test(text.slice(Math.max(0, source.start - 8), source.start)) || f.content.some((c) => c.end > source.start)) return f;
  const m = OWN_CLAUSE.exec(text.slice(cue.end, cue.end + 400));
  if (!m) return f;
  const start = cue.end + m[0].indexOf(m[1]);
  return { ...f, content: [{ start, end: start + m[1].length }] };
}

/** The readings whose speaker opens a paragraph with a clause of their own, given that clause. */
export function withParagraphOpeningClaims(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withOwnClause);
}
