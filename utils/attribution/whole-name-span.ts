import type { MentionTimeline } from './mention-timeline';
import type { Span } from './types';

/**
 * The span of the name a source span ends: the taggers sometimes keep only a name's last words
 * ("Light" of "Florida Power and Light said"); the name index read the whole name, so the source
 * opens where the name does (never over the reading's own claim).
 */
export function wholeNameSpan(text: string, source: Span, content: readonly Span[], timeline: MentionTimeline): Span | undefined {
  const m = timeline.covering(source.start);
  if (m === null || m.name !== true || m.start >= source.start || m.end !== source.end || text.slice(m.start, source.start).includes('\n')) return undefined;
  return content.some((c) => c.start < source.start && m.start < c.end) ? undefined : { start: m.start, end: source.end };
}
