/**
 * "Mountain Wilderness says reservoirs are drying up streams, and it has challenged several
 * projects in court": after the claim, ", and it has …" goes on with what the source did, told by
 * the writer, nothing the source said. (A relative clause telling who a source is, "…, a music
 * critic who has written about …", is acts-and-absences.ts's.)
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** ", and it/they" and a perfect of doing: the source's own act, the writer's narration. */
const SOURCE_ACTS_AFTER = /,\s+and\s+(?:it|they)\s+(?:has|have|had)\s+(?:also\s+)?\p{Ll}+ed\b/u;

/** " and has (not) been …ed" or " and had …ed": a second verb of the subject's, joined with no comma. */
const JOINED_PERFECT = /\s+and\s+(?:has|have|had)\s+(?:not\s+)?(?:also\s+)?(?:been\s+)?\p{Ll}+(?:ed|en)\b/u;

/** A claim of at most four words with no verb of its own: an object ("any wrongdoing"), not a clause ("the company had grown"). */
function isShortObject(words: string): boolean {
  return words.split(/\s+/u).length <= 4 && !/^that\b/u.test(words) && !/\b(?:had|has|have|was|were|is|are|will|would|could|can|did|do|does|\p{Ll}+ed)\b/u.test(words);
}

/** A claim after the cue cut before the source's act told after it ("…, and it has challenged …"). */
function withoutActAfterClaim(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!source || !cue || source.end > cue.start || f.content.length !== 1) return f;
  const claim = f.content[0];
  if (claim.start < cue.end || claim.end - claim.start > 2000) return f;
  const written = text.slice(claim.start, claim.end);
  // (or, after a claim that is only a short object, "denied any wrongdoing | and has not been charged")
  const short = JOINED_PERFECT.exec(written);
  if (short && short.index > 0 && isShortObject(written.slice(0, short.index))) return { ...f, content: [{ start: claim.start, end: claim.start + short.index }] };
  const m = SOURCE_ACTS_AFTER.exec(written);
  // (inside a quotation the words are the source's own)
  if (!m || /["“”]/u.test(text.slice(claim.start, claim.start + m.index))) return f;
  return { ...f, content: [{ start: claim.start, end: claim.start + m.index }] };
}

/** Readings whose claim ran on into the writer's ", and it has …", cut before it. */
export function withoutSourceActsAfterClaims(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withoutActAfterClaim);
}
