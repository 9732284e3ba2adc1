/**
 * "Most of the people who come in, says Ruth Hale, are carrying something old": a speaker named
 * after her cue in the middle of a sentence, set off by commas. The taggers read the sentence's
 * subject as the source and the name with the rest as the claim; the name is the source and the
 * claim is the sentence around it.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** Present or past cues a speaker's name follows in such an aside. */
const ASIDE_CUE = /^(?:says|said|adds|added|explains|explained|recalls|recalled)$/u;
/** A name of two or three capitalised words, its closing comma, then the sentence's own verb going on (not an apposition: "said Tom Baker, a director"). */
const NAME_THEN_REST = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+(?=(?:(?:always|never|often|still|also|now)\s+)?(?:was|were|is|are|has|have|had|will|would|can|could|may|might|must|should|\p{Ll}{2,}ed)\b)/u;

/** One reading whose aside names its speaker, turned the right way round. */
function withAsideSpeaker(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (source === null || cue === null || f.content.length !== 1 || !ASIDE_CUE.test(text.slice(cue.start, cue.end))) return f;
  // (or read with the sentence's rest in the source: "The best customers, said | Tom Baker, were always the quiet ones |")
  if (source.start > cue.end) return withRestInSource(text, f);
  // the source, its comma, then the cue; the claim right after the cue
  if (!/^,?\s+$/u.test(text.slice(source.end, cue.start))) return f;
  const sourceText = text.slice(source.start, source.end).replace(/,\s*$/u, '');
  if (!/^\p{Lu}/u.test(sourceText) || /[.!?"“”]/u.test(sourceText)) return f;
  const claim = f.content[0];
  if (claim.start < cue.end || text.slice(cue.end, claim.start).trim() !== '') return f;
  const m = NAME_THEN_REST.exec(text.slice(claim.start, claim.end));
  if (m === null) return f;
  const nameEnd = claim.start + m[1].length, restStart = claim.start + m[0].length;
  return { ...f, source: { start: claim.start, end: nameEnd }, content: [{ start: source.start, end: source.start + sourceText.length }, { start: restStart, end: claim.end }] };
}

/** The aside read as claim, cue, then the name with the sentence's rest as source: the rest goes to the claim. */
function withRestInSource(text: string, f: AttributionSpans): AttributionSpans {
  const source = f.source!, cue = f.cue!, claim = f.content[0];
  if (claim.end > cue.start || !/^,\s+$/u.test(text.slice(claim.end, cue.start)) || text.slice(cue.end, source.start).trim() !== '' || !/^\p{Lu}/u.test(text.slice(claim.start, claim.start + 1))) return f;
  const m = NAME_THEN_REST.exec(text.slice(source.start, source.end));
  if (m === null) return f;
  return { ...f, source: { start: source.start, end: source.start + m[1].length }, content: [claim, { start: source.start + m[0].length, end: source.end }] };
}

/** Readings whose speaker is named in an aside after the cue, mid-sentence, given that speaker. */
export function withAsideSpeakers(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withAsideSpeaker);
}
