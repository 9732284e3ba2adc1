/**
 * "…, clearing a hurdle for a project that local residents have opposed for six years", "…, a step
 * that aid groups have long urged": the source's verb takes as its object the noun the relative
 * clause hangs on ("a project", "a step"); what comes after the verb is an adjunct ("for six
 * years"), and the words before the noun are another's claim. The claim is that noun phrase.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** A noun phrase with its article, then "that" or "which" and spaces, right before the source. */
const ANTECEDENT_THEN_RELATIVE = /(?:^|[\s,(])((?:a|an|the|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:that|which)\s+$/u;
/** A claim piece that is only an adjunct of time or place ("for six years", "since 2019"). */
const ADJUNCT = /^(?:for|since|during|over|in|at|on|until|throughout|from)\s+[^,;:"“”]*$/u;
/** Prepositions, which end no antecedent ("an election year in | which"). */
const PREPOSITION = /^(?:in|on|at|of|for|by|with|from|to|under|over|during|through|about)$/u;

/** One reading whose source opens a relative clause with an object gap: its claim made the antecedent. */
function withAntecedentClaim(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!source || !cue || source.end > cue.start || f.content.length === 0) return f;
  const base = Math.max(0, source.start - 80);
  const m = ANTECEDENT_THEN_RELATIVE.exec(text.slice(base, source.start));
  if (!m) return f;
  // only a claim that is no object of its own: an adjunct after the verb ("for six years"), or words
  // before the source ("no plans to allow …, a step that aid groups have long urged")
  const after = f.content.filter((c) => c.start >= cue.end);
  if (after.some((c) => !ADJUNCT.test(text.slice(c.start, c.end)))) return f;
  if (PREPOSITION.test(m[1].split(/\s+/u).pop()!)) return f;
  const antecedentStart = base + m.index + m[0].indexOf(m[1]);
  return { ...f, content: [{ start: antecedentStart, end: antecedentStart + m[1].length }] };
}

/** Readings whose source opens an object relative clause, their claims made the noun it hangs on. */
export function withRelativeObjectClaims(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withAntecedentClaim);
}
