/**
 * "The association said … the tower would bring footfall, while several shopkeepers told this
 * newspaper they feared years of disruption", "…, but analysts expect it to cost …", "…, and the interior ministry said …": a second speaker joined by "while", "but" (or "and", with "said" or "told") inside
 * one claim is a reading of its own. The taggers sometimes run the first claim over it, and then
 * no reading is left for the second speaker. The claim is cut before the comma, and the second
 * speaker's reading is added after it (told-clause.ts then starts its claim after the listener).
 */
import { quotationOpenAt } from './quote-extent';
import { CLAUSE_END } from './told-clause';
import type { AttributionSpans, Span } from './types';

/** ", while several shopkeepers told ", ", but opposition leaders said ": a comma, a conjunction, a short subject, a verb of saying. */
const SECOND_SPEAKER = /,["”’]?\s+(?:while|but|whereas|and(?=\s+(?:the|\p{Lu}|(?:\p{Ll}+\s+){0,2}\p{Ll}{3,}s(?=\s))[^,;:"“”]{0,60}?\s(?:said|says|say|told|tells|warned|warn)\s))\s+((?:the|a|an|some|many|several|most|other|two|three|four|\p{Lu}[\p{L}'’-]*|\p{Ll}{3,}s|\p{Ll}{3,}(?=\s+\p{Ll}{3,}s\s))(?:\s+[\p{L}'’-]+){0,4}?)\s+(said|told|say|says|tell|tells|expect|expects|believe|believes|warned|warn|warns|argued|argue|argues|insisted|insist|predicted|predict|estimated|estimate|estimates)\s+/gu;
/** A verb, pronoun or clause word in the subject: no noun phrase ("but it said", "while he was ill he said"). */
const NOT_A_SUBJECT = /\b(?:he|she|it|they|we|i|you|was|were|is|are|had|has|have|would|will|could|did|does|do|not|never|that|which|who|when|if)\b/iu;

/** The readings with each second speaker inside a claim given its own reading after the first (order kept). */
export function withSecondSpeakerSplit(text: string, found: AttributionSpans[]): AttributionSpans[] {
  let out: AttributionSpans[] | null = null;
  let cueStarts: Set<number> | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const last = f.content[f.content.length - 1];
    const split = last && f.cue && last.start >= f.cue.end ? secondSpeaker(text, last) : null;
    if (split === null) {
      out?.push(f);
      continue;
    }
    out ??= found.slice(0, i);
    out.push({ ...f, content: [...f.content.slice(0, -1), { start: last.start, end: split.cut }] });
    // a second speaker a reading already has keeps that reading
    cueStarts ??= new Set(found.flatMap((r) => (r.cue ? [r.cue.start] : [])));
    if (!cueStarts.has(split.reading.cue!.start)) out.push(split.reading);
  }
  return out ?? found;
}

/** Where the claim is cut and the second speaker's reading, when the claim holds one. */
function secondSpeaker(text: string, claim: Span): { cut: number; reading: AttributionSpans } | null {
  SECOND_SPEAKER.lastIndex = 0;
  const body = text.slice(claim.start, claim.end);
  const m = SECOND_SPEAKER.exec(body);
  // never an empty first claim
  if (m === null || m.index === 0 || NOT_A_SUBJECT.test(m[1])) return null;
  // (a quotation closing after its comma, '"responsibly," but analysts expect', ends the first claim with it)
  const closing = /^,["”’]/u.test(m[0]) ? 2 : 1;
  const cut = claim.start + m.index + (closing === 2 ? 2 : 0);
  // not inside a quotation ("We tried, but the council said no")
  if (quotationOpenAt(text, text.lastIndexOf('\n', claim.start - 1) + 1, claim.start + m.index + closing)) return null;
  const sourceStart = claim.start + m.index + m[0].indexOf(m[1], m[0].indexOf(',') + 1);
  const cueStart = claim.start + m.index + m[0].length - m[2].length - (m[0].length - m[0].trimEnd().length);
  const contentStart = claim.start + m.index + m[0].length;
  const rest = text.slice(contentStart, contentStart + 600);
  const end = CLAUSE_END.exec(rest);
  const contentEnd = contentStart + (end ? end.index : rest.trimEnd().length);
  if (contentEnd <= contentStart) return null;
  return {
    cut,
    reading: { source: { start: sourceStart, end: sourceStart + m[1].length }, cue: { start: cueStart, end: cueStart + m[2].length }, content: [{ start: contentStart, end: contentEnd }] },
  };
}
