/**
 * The engine's attributions packed into three flat arrays for the trip from the engine host to a
 * page: a content script parses (zod) and rebuilds a few arrays of numbers and strings several
 * times faster than a hundred small objects, and that parse lies on the path to the paint.
 * Claims are not sent: the page rebuilds them from its own copy of the text, as the engine does.
 */
import { isAnonymousType, type Attribution, type SourceType, type Span } from '@/utils/attribution/types';

/**
 * Per attribution: `spans` holds [n, start1, end1, …, startN, endN, cueStart, cueEnd, sourceStart,
 * sourceEnd] (-1 pairs for no cue / no source), `strings` [id, name, description], `types`
 * [sourceType, resolved sourceType].
 */
export interface PackedAttributions {
  spans: number[];
  strings: string[];
  types: SourceType[];
}

/** The claim text of content spans, exactly as the engine writes `Attribution.claim`. */
export function claimText(text: string, content: readonly Span[]): string {
  return content.map((s) => text.slice(s.start, s.end)).join(' … ');
}

/** Packs attributions (engine output) for sending. */
export function packAttributions(list: readonly Attribution[]): PackedAttributions {
  const spans: number[] = [], strings: string[] = [], types: SourceType[] = [];
  for (const a of list) {
    spans.push(a.content.length);
    for (const s of a.content) spans.push(s.start, s.end);
    spans.push(a.cue?.start ?? -1, a.cue?.end ?? -1, a.source?.start ?? -1, a.source?.end ?? -1);
    strings.push(a.id, a.resolvedSource.name, a.resolvedSource.description);
    types.push(a.sourceType, a.resolvedSource.sourceType);
  }
  return { spans, strings, types };
}

const fits = (start: number, end: number, length: number) => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length;

/** Rebuilds the attributions of `text`; throws on any inconsistency (counts, or a span outside the text). */
export function unpackAttributions(packed: PackedAttributions, text: string): Attribution[] {
  const { spans, strings, types } = packed;
  const count = types.length / 2;
  if (!Number.isInteger(count) || strings.length !== count * 3) throw new Error('packed attributions: counts do not match');
  const out: Attribution[] = [];
  let at = 0;
  const span = (required: boolean): Span | null => {
    const start = spans[at++], end = spans[at++];
    if (!required && start === -1 && end === -1) return null;
    if (start === undefined || end === undefined || !fits(start, end, text.length)) throw new Error('packed attributions: a span lies outside the text');
    return { start, end };
  };
  for (let i = 0; i < count; i++) {
    const n = spans[at++];
    if (!Number.isInteger(n) || n < 1 || at + 2 * n + 4 > spans.length) throw new Error('packed attributions: spans do not match');
    const content: Span[] = [];
    for (let k = 0; k < n; k++) content.push(span(true)!);
    const cue = span(false), source = span(false);
    const sourceType = types[2 * i];
    out.push({
      id: strings[3 * i], content, cue, source, sourceType, anonymous: isAnonymousType(sourceType),
      resolvedSource: { name: strings[3 * i + 1], description: strings[3 * i + 2], sourceType: types[2 * i + 1] },
      claim: claimText(text, content),
    });
  }
  if (at !== spans.length) throw new Error('packed attributions: spans do not match');
  return out;
}
