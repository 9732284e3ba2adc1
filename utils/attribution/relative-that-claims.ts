/**
 * "Pop singer Nadia Voss has cancelled her appearance, her publicist said on Wednesday, days after
 * the release of an album that critics have called her best work.": the taggers sometimes take
 * the "that" of a relative clause after the cue for the claim's "that". When a noun stands right
 * before that "that", far from the cue, and the sentence opens with a clause before the source,
 * the claim is that opening clause, as a reader takes it.
 */
import { mendEach } from './reading-passes';
import { sentenceStartBefore } from './sentences';
import type { AttributionSpans, Span } from './types';

/** Between the cue and the claim: a comma, then words ending on a lower-case noun ("…, days after the release of an album "). */
const NOUN_BEFORE_THAT = /,\s[^.!?"“”]*\b\p{Ll}{3,}\s$/u;
/** Words a "that" clause may follow as the cue's own (a listener or a time): "told reporters that", "said on Monday that". */
const CUE_COMPLEMENT_GAP = /^\s*(?:,\s*)?(?:(?:on|in|at|last|this|to|during)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*$/u;
/** The opening clause before a source set after a comma: at least four words, no quotation mark. */
const OPENING_CLAUSE = /^(?=[^"“”]*$)\S+(?:\s+\S+){3,}$/u;

/** Whether a claim piece after the cue opens with the "that" of a relative clause on a noun far from the cue. */
function isRelativeThat(text: string, cue: Span, piece: Span): boolean {
  if (piece.start <= cue.end || !text.startsWith('that ', piece.start)) return false;
  const gap = text.slice(cue.end, piece.start);
  // (the gap's last words only: a hostile gap of commas stays cheap)
  return gap.length >= 16 && !CUE_COMPLEMENT_GAP.test(gap) && NOUN_BEFORE_THAT.test(gap.slice(-120));
}

/** The sentence's opening clause before a source set after a comma, or null. */
function openingClause(text: string, source: Span): Span | null {
  const start = sentenceStartBefore(text, source.start);
  if (start < 0) return null;
  const before = text.slice(start, source.start);
  const comma = before.lastIndexOf(',');
  if (comma < 0 || before.slice(comma + 1).trim() !== '') return null;
  const lead = before.slice(0, comma);
  const trimmed = lead.trimStart();
  return OPENING_CLAUSE.test(trimmed) ? { start: start + (lead.length - trimmed.length), end: start + comma } : null;
}

/** One reading without a relative clause's "that" as its last piece: the opening clause instead when that piece was all of it. */
function withOpeningClaim(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  const last = f.content[f.content.length - 1];
  if (source === null || cue === null || last === undefined || source.end > cue.start || !isRelativeThat(text, cue, last)) return f;
  if (f.content.length > 1) return { ...f, content: f.content.slice(0, -1) };
  const opening = openingClause(text, source);
  return opening ? { ...f, content: [opening] } : f;
}

/** Every reading with a relative clause's "that" after its cue given back its opening clause. */
export function withOpeningClauseForRelativeThat(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withOpeningClaim);
}
