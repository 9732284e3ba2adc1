/**
 * "We hope the ruling stands," said Ana Ruiz: a first-person source inside someone's quote is
 * that speaker (or the body they speak for), not people in general, so it takes the type and
 * name of the attribution whose quote holds it.
 */
import type { AttributionSpans, ResolvedSource, SourceType } from './types';

const FIRST_PERSON = /^(?:i|we|us|me|our|my)$/iu;
/** How many neighbouring attributions (in text order) may hold the quote. */
const NEIGHBOURS = 8;

interface Typed { sourceType: SourceType; resolvedSource: ResolvedSource }

/** Rewrites, in place, first-person sources quoted inside another attribution's content. */
export function adoptQuoteSpeakers(text: string, found: AttributionSpans[], order: number[], out: Typed[]): void {
  const firstPerson = (k: number): boolean => {
    const s = found[k].source;
    return s !== null && FIRST_PERSON.test(text.slice(s.start, s.end).trim());
  };
  for (let p = 0; p < order.length; p++) {
    const i = order[p];
    if (!firstPerson(i)) continue;
    const src = found[i].source!;
    for (let q = Math.max(0, p - NEIGHBOURS); q < Math.min(order.length, p + NEIGHBOURS + 1); q++) {
      const j = order[q];
      if (j === i || firstPerson(j) || found[j].source === null) continue;
      if (found[j].content.some((c) => c.start <= src.start && src.end <= c.end)) {
        out[i] = { sourceType: out[j].sourceType, resolvedSource: { ...out[j].resolvedSource } };
        break;
      }
    }
  }
}
