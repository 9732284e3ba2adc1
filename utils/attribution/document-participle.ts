/**
 * "The bank's latest quarterly forecasts, published alongside the decision, show inflation falling":
 * the recall rules read the document's noun ("forecasts") as a verb of forecasting and the taggers
 * the participle ("published") as a cue, both with "…, show inflation falling" as the claim. The
 * noun phrase is the source, the verb after the participle's phrase the cue, and what follows it
 * the claim; the participle's own reading goes.
 */
import { DOCUMENT_CUES, isDocumentWord } from './sourcing-recall-words';
import type { AttributionSpans } from './types';

/** A participle's phrase set off by commas, then the document's verb: ", published alongside the decision, show ". */
const PARTICIPLE_THEN_VERB = /^,\s+(\p{Ll}+ed)\s+[^,;:.!?"“”\n]{1,60},\s+(?:also\s+)?(\p{Ll}+)\s+/u;

/** The readings with such a document read whole, and the participle's reading dropped. */
export function withDocumentBeforeParticiple(text: string, found: AttributionSpans[]): AttributionSpans[] {
  let out: AttributionSpans[] | null = null;
  const participles = new Set<number>();
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const read = f.cue && f.content.length > 0 ? documentReading(text, f) : null;
    if (read === null) continue;
    out ??= found.slice();
    out[i] = read.reading;
    participles.add(read.participle);
  }
  return out === null ? found : out.filter((f) => f.cue === null || !participles.has(f.cue.start));
}

/** The reading set right and where its participle starts, or null when `f` is no such reading. */
function documentReading(text: string, f: AttributionSpans): { reading: AttributionSpans; participle: number } | null {
  const cue = f.cue!;
  const head = text.slice(cue.start, cue.end).split(/\s+/u).pop()!.toLowerCase();
  if (!isDocumentWord(head)) return null;
  const m = PARTICIPLE_THEN_VERB.exec(text.slice(cue.end, cue.end + 120));
  if (m === null || !DOCUMENT_CUES.has(m[2])) return null;
  const verbStart = cue.end + m[0].lastIndexOf(m[2]);
  const verb = { start: verbStart, end: verbStart + m[2].length };
  const last = f.content[f.content.length - 1];
  if (last.end <= cue.end + m[0].length) return null;
  return {
    reading: { source: { start: f.source?.start ?? cue.start, end: cue.end }, cue: verb, content: [{ start: cue.end + m[0].length, end: last.end }] },
    participle: cue.end + m[0].indexOf(m[1]),
  };
}
