/**
 * "Food rations will be cut this year, the World Food Programme said Thursday, blaming a shortfall
 * in funding": a wire lede whose cue the tagger ran on over the comma into the participle, so the
 * reading kept only the participle's claim and lost the news before the source. The reading is
 * split in two: the verb of saying with the claim that opens the sentence, and the participle with
 * its own.
 */
import { sentenceOpeningBefore } from './sentences';
import { withoutDateline } from './dateline';
import type { AttributionSpans } from './types';

/** A verb of saying, maybe a day or time after it, then a comma and a participle ("said Thursday, blaming"). */
const SAID_THEN_PARTICIPLE = /^((?:said|says|told\s+\p{L}+|announced|reported)(?:\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+day|today|yesterday|late|early|in\s+a\s+statement))*),\s+(\p{Ll}+ing)$/u;

/** A claim before the source that ends with a comma, the source right after it. */
const COMMA_BEFORE_SOURCE = /,\s*$/u;

/** The two readings a "said Thursday, blaming" reading stands for, or null when it is no such reading. */
function splitReading(text: string, f: AttributionSpans): AttributionSpans[] | null {
  if (!f.cue || !f.source || f.source.end > f.cue.start || f.content.length === 0 || f.content[0].start < f.cue.end) return null;
  const m = SAID_THEN_PARTICIPLE.exec(text.slice(f.cue.start, f.cue.end));
  if (!m) return null;
  const opening = sentenceOpeningBefore(text, f.source.start);
  const before = opening < 0 ? '' : text.slice(opening, f.source.start);
  if (!COMMA_BEFORE_SOURCE.test(before) || before.trim().length < 12) return null;
  const claimEnd = opening + before.replace(COMMA_BEFORE_SOURCE, '').length;
  return [
    { source: f.source, cue: { start: f.cue.start, end: f.cue.start + m[1].length }, content: [withoutDateline(text, { start: opening, end: claimEnd })] },
    { ...f, cue: { start: f.cue.end - m[2].length, end: f.cue.end } },
  ];
}

/** Splits "said Thursday, blaming" readings into the lede's statement and the participle's. */
export function withSaidBeforeParticipleSplit(text: string, found: AttributionSpans[]): AttributionSpans[] {
  let split = false;
  const out = found.flatMap((f) => {
    if (f.cue === null || text.charCodeAt(f.cue.end - 1) !== 103) return [f]; // (only cues ending in "-ing" are read)
    const two = splitReading(text, f);
    if (two) split = true;
    return two ?? [f];
  });
  return split ? out : found;
}
