import { findAttributionSpans } from './spans';
import type { AttributionModel } from './model';
import { describeSources } from './source-typing';
import { withoutDuplicateReadings } from './duplicate-readings';
import { withoutUnattributedQuestions } from './asked-openers';
import { isRefusalToSpeak } from './non-statements';
import { isAnonymousType, type Attribution, type AttributionSpans, type Span } from './types';

/** One FNV-1a step: the hash so far with one more number mixed in. */
const fnvStep = (hash: number, part: number): number => Math.imul(hash ^ part, 0x01000193) >>> 0;

/**
 * FNV-1a over the spans (each content span's start and end, then the cue's and the source's
 * start, -1 when absent): an id that is the same on every run and every machine for the same
 * result. Hashed straight off the spans, so no array is made per attribution.
 */
function stableId(spans: AttributionSpans): string {
  let hash = 0x811c9dc5;
  for (const s of spans.content) hash = fnvStep(fnvStep(hash, s.start), s.end);
  hash = fnvStep(hash, spans.cue?.start ?? -1);
  hash = fnvStep(hash, spans.source?.start ?? -1);
  return `a${hash.toString(36)}`;
}

/**
 * Finds every attribution in a news text: spans first, then who each source is (and, for a
 * reading with no source span, where in its sentence the speaker is named).
 * The model (weights) is passed in, loaded by whoever runs us: a file in Node, a fetch in the
 * extension. Pure and synchronous, so the content script, CLI, benchmarks and tests share it.
 */
export function annotate(text: string, model: AttributionModel): Attribution[] {
  const found = findAttributionSpans(text, model);
  const described = describeSources(text, found);
  const out: Attribution[] = [];
  // a loop, not a closure made per text: its code stays optimised across full GCs
  for (let i = 0; i < found.length; i++) {
    const reading = found[i];
    // a refusal served to resolve later pronouns; it says nothing itself
    if (isRefusalToSpeak(text, reading)) continue;
    const { sourceType, resolvedSource, subjectSpan, wholeNameSpan } = described[i];
    // a reading with no source span shows the words its speaker was read from, when there are any;
    // a source that kept only a name's last words shows the whole name
    const shown = subjectSpan ?? wholeNameSpan;
    const spans = shown && (reading.source === null || wholeNameSpan) ? { ...reading, source: shown } : reading;
    out.push({
      id: stableId(spans),
      content: spans.content,
      cue: spans.cue,
      source: spans.source,
      sourceType,
      anonymous: isAnonymousType(sourceType),
      resolvedSource,
      claim: claimText(text, spans.content),
    });
  }
  return withoutUnattributedQuestions(text, withoutDuplicateReadings(out));
}

/** The claim's pieces joined by an ellipsis. */
function claimText(text: string, content: readonly Span[]): string {
  let claim = '';
  for (let k = 0; k < content.length; k++) claim += (k > 0 ? ' … ' : '') + text.slice(content[k].start, content[k].end);
  return claim;
}
