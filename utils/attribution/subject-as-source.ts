/**
 * A cue with no source whose claim begins with a short piece right before the cue ("the team |
 * had expected | a smaller benefit", read as claim "team … a smaller benefit"): that piece is the
 * cue's subject, mislabelled, so it becomes the source, with the determiner left before it.
 */
import type { AttributionSpans, Span } from './types';

/** A short noun phrase (at most two words), no quotation marks, no clause punctuation. */
const SHORT_PHRASE = /^[^"“”‘’,;:.!?]{1,40}$/u;
/** A determiner or possessive standing right before the piece ("the", "her"): part of the subject. */
const DETERMINER_BEFORE = /(?:^|\s)((?:the|a|an|his|her|their|its|our|this|that|these|those)\s)$/iu;

/**
 * Cues whose subject is no speaker: passives ("are expected", "was nominated") and raising verbs
 * ("seems", "appears"), where PolNeAR counts the subject as part of the claim.
 */
const SUBJECT_NOT_SPEAKER = /\b(?:(?:is|are|was|were|be|been|being)\s+\p{L}+(?:ed|en|wn)|seem\p{L}*|appear\p{L}*)\b/iu;
/** Relative pronouns: the subject of a clause about something, not a speaker. */
const RELATIVE = /^(?:which|that|who|whom)$/iu;

/** The readings with such a piece made their source. */
export function withSubjectAsSource(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return found.map((f) => {
    if (f.source || !f.cue || f.content.length < 2) return f;
    const [first, ...rest] = f.content;
    if (first.end > f.cue.start || text.slice(first.end, f.cue.start).trim() !== '' || SUBJECT_NOT_SPEAKER.test(text.slice(f.cue.start, f.cue.end))) return f;
    const words = text.slice(first.start, first.end);
    if (!SHORT_PHRASE.test(words) || words.trim().split(/\s+/u).length > 2 || RELATIVE.test(words.trim())) return f;
    const det = DETERMINER_BEFORE.exec(text.slice(Math.max(0, first.start - 8), first.start));
    const source: Span = { start: det ? first.start - det[1].length : first.start, end: first.end };
    return { ...f, source, content: rest };
  });
}
