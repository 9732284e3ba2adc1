import { findAttributionSpans } from './spans';
import type { AttributionModel } from './model';
import { describeSources } from './source-typing';
import { isAnonymousType, type Attribution } from './types';

/** FNV-1a over the spans: an id that is the same on every run and every machine for the same result. */
function stableId(parts: number[]): string {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    hash ^= part;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `a${hash.toString(36)}`;
}

/**
 * Finds every attribution in a news text: spans first, then who each source is.
 * The model (weights) is passed in, loaded by whoever runs us: a file in Node, a fetch in the
 * extension. Pure and synchronous, so the content script, CLI, benchmarks and tests share it.
 */
export function annotate(text: string, model: AttributionModel): Attribution[] {
  const found = findAttributionSpans(text, model);
  const described = describeSources(text, found);
  return found.map((spans, i) => {
    const { sourceType, resolvedSource } = described[i];
    const numbers = [
      ...spans.content.flatMap((s) => [s.start, s.end]),
      spans.cue?.start ?? -1,
      spans.source?.start ?? -1,
    ];
    return {
      id: stableId(numbers),
      content: spans.content,
      cue: spans.cue,
      source: spans.source,
      sourceType,
      anonymous: isAnonymousType(sourceType),
      resolvedSource,
      claim: spans.content.map((s) => text.slice(s.start, s.end)).join(' … '),
    };
  });
}
