/**
 * "Geologists estimate the deposit holds 28 million tonnes. Analysts at Berenberg said in a note
 * that the licence reduced the risk": a source that opens its sentence and says its claim after the
 * cue did not say the sentence before it. The tagger sometimes joins it to the claim; a piece of
 * plain narration (no quotation) in an earlier sentence is dropped from such a reading.
 */
import { mendEach } from './reading-passes';
import { SENTENCE_BREAK } from './sentences';
import type { AttributionSpans } from './types';

/** A quotation mark opening or closing a piece: quoted words may run over sentences to their speaker. */
const QUOTE_MARK = /["“”‘’']/u;

/** One reading without the narration pieces of earlier sentences, when its source opens its own sentence and its claim follows the cue. */
function withoutEarlierNarration(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!source || !cue || source.end > cue.start || f.content.length < 2 || !f.content.some((c) => c.start >= cue.end)) return f;
  const kept = f.content.filter((c) => c.end > source.start || QUOTE_MARK.test(text.slice(c.start, c.end)) || !SENTENCE_BREAK.test(text.slice(c.end - 1, source.start)));
  return kept.length === f.content.length ? f : { ...f, content: kept };
}

/** Readings whose source opens a later sentence than some narration piece of their claim, that piece dropped. */
export function withoutEarlierSentenceNarration(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withoutEarlierNarration);
}
