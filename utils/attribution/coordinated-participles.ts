/**
 * "…, with supporters saying the town needs homes and opponents warning it will overwhelm the
 * neighbourhood": two reports joined as participles, each with its own subject right before it.
 * The second participle's source is the noun phrase after "and" (not the sentence's subject), and
 * the first claim stops before that "and".
 */
import type { AttributionSpans, Span } from './types';
import { PARTICIPLE_CUE } from './participle-subject';
import { withSubjectBeforeCue } from './source-relative';

/** "and", then a short noun phrase, right before a participle of saying ("… and opponents warning"). */
const AND_SUBJECT = /\band\s+((?:[\p{Ll}\p{Lu}][\p{L}'’-]*\s+){0,2}[\p{L}'’-]+)\s+$/u;
/** Words no such subject holds. */
const NOT_SUBJECT = /\b(?:that|which|who|is|are|was|were|has|have|had|will|would|it|he|she|they|not|to|the|before|after|by|of|in|on|for|from|at|about|while|when|without)\b/iu;

/**
 * The subject right before a participle cue, and where its "and" starts: after "with", the one
 * source-relative.ts reads for a cue the taggers gave no source; after "and", the phrase there.
 * Null when none.
 */
function coordinatedSubject(text: string, cue: Span): { subject: Span; and: number | null } | null {
  const afterWith = withSubjectBeforeCue(text, cue);
  if (afterWith) return { subject: afterWith, and: null };
  const from = Math.max(0, cue.start - 60);
  const m = AND_SUBJECT.exec(text.slice(from, cue.start));
  if (!m || NOT_SUBJECT.test(m[1])) return null;
  const start = from + m.index + m[0].indexOf(m[1], 3);
  return { subject: { start, end: start + m[1].length }, and: from + m.index };
}

/** The readings of coordinated participles of saying, each given its own subject, the claim before the "and" cut there. */
export function withCoordinatedParticiples(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const ands: { at: number; subject: Span }[] = [];
  const out = found.map((f) => {
    if (!f.cue || !PARTICIPLE_CUE.test(text.slice(f.cue.start, f.cue.end))) return f;
    const read = coordinatedSubject(text, f.cue);
    if (!read || f.content.some((c) => c.start < read.subject.end && read.subject.start < c.end)) return f;
    if (read.and !== null) ands.push({ at: read.and, subject: read.subject });
    return f.source !== null && f.source.start === read.subject.start && f.source.end === read.subject.end ? f : { ...f, source: read.subject };
  });
  if (ands.length === 0) return out;
  // a claim running on over the "and" of the next report stops before it
  return out.map((f) => {
    const cut = ands.find((a) => f.content.some((c) => c.start < a.at && c.end > a.subject.end));
    if (!cut) return f;
    const end = text.slice(0, cut.at).trimEnd().length;
    return { ...f, content: f.content.filter((c) => c.start < end).map((c) => (c.end > end ? { start: c.start, end } : c)) };
  });
}
