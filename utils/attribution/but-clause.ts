/**
 * A claim that is the object of a cue other than a verb of saying ends before a clause joined by
 * "but": in "The director chastised Clinton for use of the server but did not recommend
 * prosecution" what the director chastised is the first part; the "but" clause is a second thing
 * the subject did, and marking it as the claim would put words in the wrong place.
 */
import { FINITE_WORD } from './source-lexicon';
import { quotationOpenAt } from './quote-extent';
import type { AttributionSpans } from './types';
import { mendEach } from './reading-passes';

/** Verbs of saying: what follows them is reported speech, "but" clauses included. */
const SAYING = /^(?:said|says|say|told|tells|tell|added|adds|wrote|writes|explained|noted|stated|argued|argues|claimed|claims|insisted|warned|asked|according to)$/iu;
/** A claim that is a clause or a quotation, not an object noun phrase. */
const CLAUSE_OR_QUOTE = /^(?:that\b|["“'‘]|to\b|whether\b|if\b|how\b|why\b|what\b|who\b|when\b|where\b)/iu;
/**
 * Words after "but" that open a clause: an auxiliary, a subject, or a present tense, not an
 * adjective ("a small but vocal group", "painful but necessary"), "also" ("not only … but also")
 * or "not" ("disappointing but not surprising").
 */
const CLAUSE_WORD = /^(?:did|does|do|has|have|had|is|was|were|are|will|would|could|can|then|he|she|they|it|we|I|the|his|her|their|its)$|^\p{Ll}+(?<!ou|s|i|u)s$/u;
/** What follows a past tense that has an object ("but admitted his team …"), unlike an adjective ("but dedicated crew"). */
const OBJECT_START = /^(?:his|her|their|its|the|a|an|that|he|she|they|it|to|this|these|those)$/iu;

/** Whether the words after "but" open a clause of its own ("but has not said", "but wants exemptions", "but admitted his …"). */
export function opensButClause(next: string, after = ''): boolean {
  return CLAUSE_WORD.test(next) || (/^\p{Ll}+ed$/u.test(next) && OBJECT_START.test(after));
}

/** ", but " or " but " and the two words after it. */
const BUT_THEN_WORD = /,?\s+but\s+(\p{L}+)(?:\s+(\p{L}+))?/gu;

/**
 * The readings with such a claim cut before its "but" clause. Not "not only … but also", and not
 * a claim that is itself a clause ("she had underestimated the cost but the project would go ahead").
 */
export function withoutButClause(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, readingWithoutButClause);
}

/** `withoutButClause` for one reading (a step for reading-passes.ts). */
function readingWithoutButClause(text: string, f: AttributionSpans): AttributionSpans {
  if (!f.cue || f.content.length !== 1 || f.content[0].start < f.cue.end) return f;
  if (SAYING.test(text.slice(f.cue.start, f.cue.end))) return f;
  const claim = text.slice(f.content[0].start, f.content[0].end);
  if (CLAUSE_OR_QUOTE.test(claim)) return f;
  for (const m of claim.matchAll(BUT_THEN_WORD)) {
    const before = claim.slice(0, m.index);
    if (m.index < 2 || /\bnot only\b/iu.test(before) || FINITE_WORD.test(before) || quotationOpenAt(text, f.content[0].start, f.content[0].start + m.index)) return f;
    if (opensButClause(m[1], m[2])) return { ...f, content: [{ start: f.content[0].start, end: f.content[0].start + m.index }] };
  }
  return f;
}
