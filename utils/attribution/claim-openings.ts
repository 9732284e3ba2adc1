/**
 * The claim edge fitter (content-completion.ts) cuts a dateline and a sentence connective from a
 * claim's opening, but the repairs after it build new claims and new pieces: "BRUSSELS — The
 * Commission fined …, it said" gets its claim from the sentence before its source, and the tagger
 * may read "Separately," of "Separately, police said …" as a first piece of the claim. After the
 * repairs, a claim's first piece loses its dateline, and a piece that is only a connective before
 * the source is dropped when the claim has another.
 */
import { mendEach } from './reading-passes';
import { withoutDateline } from './dateline';
import { isOnlyConnective } from './claim-edges';
import type { AttributionSpans } from './types';

/** One reading with no dateline opening its claim and no connective as a piece of it. */
function withFittedOpening(text: string, f: AttributionSpans): AttributionSpans {
  const opening = f.content.length > 0 ? withoutDateline(text, f.content[0]) : null;
  if (opening !== null && opening !== f.content[0]) f = { ...f, content: [opening, ...f.content.slice(1)] };
  if (f.content.length < 2 || f.source === null) return f;
  const first = f.content[0];
  if (first.end > f.source.start || !isOnlyConnective(text, first)) return f;
  return { ...f, content: f.content.slice(1) };
}

/** Every reading with its claim's opening fitted again after the repairs. */
export function withFittedClaimOpenings(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withFittedOpening);
}
