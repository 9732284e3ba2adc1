/**
 * "five years, a punishment the judge said was necessary": a relative clause with its "that" left
 * out puts the noun it describes right before its subject, and the taggers read both as the source
 * ("a punishment the judge"). The source is the clause's subject; the noun before it is what the
 * claim is about.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** A noun with its article, then a second noun phrase opening on a determiner: the clause's subject. */
const NOUN_THEN_SUBJECT = /^(?:a|an|the)\s+[\p{Ll}-]+\s+((?:the|his|her|its|their|our)\s+[^,]{2,60})$/u;
/** What the claim of such a clause opens with: its verb. */
const CLAIM_OPENS_ON_VERB = /^(?:was|is|were|are|would|will|could|had|has|have|might|may|should|can|remains?|remained)\b/u;

/** A relative pronoun opening a source, then the clause's subject ("which experts", "that analysts"). */
const RELATIVE_OPENING = /^(?:which|that)\s+(?=\S)/u;

/** The readings whose source holds the noun a that-less relative clause describes, cut to the clause's subject. */
export function withGappedRelativeSource(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, subjectOfGappedClause);
}

/** One reading so mended (a step for reading-passes.ts). */
function subjectOfGappedClause(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  const first = f.content[0];
  if (!source || !cue || !first || cue.start < source.end || first.start < cue.end) return f;
  // "attacks, which experts say are attractive targets": the relative pronoun is the claim's subject, not the source's
  const relative = RELATIVE_OPENING.exec(text.slice(source.start, source.end));
  if (relative && CLAIM_OPENS_ON_VERB.test(text.slice(first.start, first.start + 8))) return { ...f, source: { start: source.start + relative[0].length, end: source.end } };
  const m = NOUN_THEN_SUBJECT.exec(text.slice(source.start, source.end));
  if (m === null || !CLAIM_OPENS_ON_VERB.test(text.slice(first.start, first.start + 8))) return f;
  return { ...f, source: { start: source.end - m[1].length, end: source.end } };
}
