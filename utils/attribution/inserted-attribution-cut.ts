/**
 * "A recount … confirmed on Tuesday that Villalobos won by 41 votes, state election officials
 * said, one of the narrowest margins …": a source and its cue set off by commas inside another
 * reading's claim are an attribution of their own, and so are a source and cue joined with "but"
 * ("a move officials said was needed but commuters called a tax"). The outer claim ends before
 * them, so it does not carry another speaker's words and verb.
 */
import { SUBJECT_PRONOUNS } from './cue-lexicon';
import { firstAtOrAfter } from './sorted-offsets';
import type { AttributionSpans, Span } from './types';

/** "but" or "while" right before a source with no comma after its cue: a second speaker joined to the claim. */
const CONTRAST_BEFORE = /,?\s+(?:but|while|whereas)\s+$/u;
/** A comma and space right before the inserted source. */
const COMMA_BEFORE = /,\s+$/u;
/** After the inserted cue: a short adjunct at most, then its closing comma ("said on Tuesday,"). */
const COMMA_AFTER = /^(?:\s+(?:on|in|late|early)?\s*(?:\p{Lu}\p{Ll}+day|today|yesterday|[\p{Ll}]+ly))?\s*,/u;

/** Where each reading set off by commas as "…, its source its cue, …" starts (its source's start), sorted, with its comma before. */
function insertedStarts(text: string, found: readonly AttributionSpans[]): { starts: number[]; commas: number[] } {
  const pairs: [number, number][] = [];
  for (const f of found) {
    const { source, cue } = f;
    if (!source || !cue || source.end > cue.start || cue.start - source.end > 2) continue;
    // (or joined with "but": "… was needed to pay for repairs but commuters called a tax on working people")
    const contrast = CONTRAST_BEFORE.exec(text.slice(Math.max(0, source.start - 12), source.start));
    const before = contrast ?? COMMA_BEFORE.exec(text.slice(Math.max(0, source.start - 4), source.start));
    if (before === null || (contrast === null && !COMMA_AFTER.test(text.slice(cue.end, cue.end + 30)))) continue;
    // (a pronoun's aside is the speaker going on: "because, she said, the comment …", "all of which, she said, …")
    if (SUBJECT_PRONOUNS.has(text.slice(source.start, source.end).toLowerCase())) continue;
    pairs.push([source.start, source.start - before[0].length]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { starts: pairs.map((p) => p[0]), commas: pairs.map((p) => p[1]) };
}

/** The claim piece cut before the first inserted attribution inside it; the piece itself when there is none. */
function cutBefore(piece: Span, starts: readonly number[], commas: readonly number[]): Span {
  const i = firstAtOrAfter(starts, piece.start + 1);
  return i < starts.length && starts[i] < piece.end && commas[i] > piece.start ? { start: piece.start, end: commas[i] } : piece;
}

/** Whether the inserted attribution after `at` names the outer source again (its first word a word of the outer source). */
function sameSpeaker(text: string, outer: Span, at: number, end: number): boolean {
  const name = /^,\s+(\p{L}[\p{L}'’.-]*)/u.exec(text.slice(at, end))?.[1];
  return name !== undefined && text.slice(outer.start, outer.end).split(/[^\p{L}'’.-]+/u).includes(name);
}

/** The readings with each claim after its cue ended before a "…, X said, …" another reading holds inside it. */
export function withInsertedAttributionsCut(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const { starts, commas } = insertedStarts(text, found);
  if (starts.length === 0) return found;
  let changed = false;
  const out = found.map((f) => {
    if (f.cue === null || f.content.length !== 1 || f.content[0].start < f.cue.end) return f;
    const piece = cutBefore(f.content[0], starts, commas);
    // (nor the outer speaker named again: "attacks that, Sweet noted, …" inside Chad Sweet's claim)
    if (piece !== f.content[0] && f.source !== null && sameSpeaker(text, f.source, piece.end, f.content[0].end)) return f;
    if (piece === f.content[0]) return f;
    changed = true;
    return { ...f, content: [piece] };
  });
  return changed ? out : found;
}
