/**
 * A claim that is the object of a cue other than a verb of saying ends before a clause joined by
 * "but": in "The director chastised Clinton for use of the server but did not recommend
 * prosecution" what the director chastised is the first part; the "but" clause is a second thing
 * the subject did, and marking it as the claim would put words in the wrong place.
 */
import type { AttributionSpans } from './types';

/** Verbs of saying: what follows them is reported speech, "but" clauses included. */
const SAYING = /^(?:said|says|say|told|tells|tell|added|adds|wrote|writes|explained|noted|stated|argued|argues|claimed|claims|insisted|warned|asked|according to)$/iu;
/** A claim that is a clause or a quotation, not an object noun phrase. */
const CLAUSE_OR_QUOTE = /^(?:that\b|["“'‘]|to\b|whether\b|if\b|how\b|why\b|what\b|who\b|when\b|where\b)/iu;
/** "but" opening a clause: followed by a verb or a subject, not an adjective ("a small but vocal group"). */
const BUT_CLAUSE = /,?\s+but\s+(?:did|does|do|has|have|had|is|was|were|are|will|would|could|can|also|then|not|never|he|she|they|it|we|I|the|his|her|their)\b/u;

/** The readings with such a claim cut before its "but" clause. */
export function withoutButClause(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return found.map((f) => {
    if (!f.cue || f.content.length !== 1 || f.content[0].start < f.cue.end) return f;
    if (SAYING.test(text.slice(f.cue.start, f.cue.end))) return f;
    const claim = text.slice(f.content[0].start, f.content[0].end);
    if (CLAUSE_OR_QUOTE.test(claim)) return f;
    const m = BUT_CLAUSE.exec(claim);
    if (!m || m.index < 2) return f;
    return { ...f, content: [{ start: f.content[0].start, end: f.content[0].start + m.index }] };
  });
}
