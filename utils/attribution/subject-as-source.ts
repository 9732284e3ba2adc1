/**
 * A cue with no source whose claim begins with a short piece right before the cue ("the team |
 * had expected | a smaller benefit", read as claim "team … a smaller benefit"): that piece is the
 * cue's subject, mislabelled, so it becomes the source, with the determiner left before it (and the
 * people asked, when the piece is only who asked them: "Economists polled by | Reuters").
 */
import { passiveParticiple } from './passive-cues';
import type { AttributionSpans, Span } from './types';
import { mendEach } from './reading-passes';
import { withPeopleAskedBy } from './source-head-noun';

/** A short noun phrase (at most two words), no quotation marks, no clause punctuation. */
const SHORT_PHRASE = /^[^"“”‘’,;:.!?]{1,40}$/u;
/** A determiner or possessive standing right before the piece ("the", "her"): part of the subject. */
const DETERMINER_BEFORE = /(?:^|\s)((?:the|a|an|his|her|their|its|our|this|that|these|those)\s)$/iu;

/** Raising verbs ("seems", "appears"): their subject is part of the claim, as PolNeAR counts it. */
const RAISING = /\b(?:seem|appear)\p{L}*\b/iu;
/** A past participle's ending: "expected", "taken", "shown" (passiveParticiple also takes "is proposing"). */
const PAST_PARTICIPLE = /(?:ed|en|wn)$/u;

/** Cues whose subject is no speaker: passives ("are expected", "was nominated") and raising verbs. */
function subjectIsNoSpeaker(text: string, cue: Span): boolean {
  const participle = passiveParticiple(text, cue);
  return (participle !== null && PAST_PARTICIPLE.test(participle)) || RAISING.test(text.slice(cue.start, cue.end));
}
/** Relative pronouns: the subject of a clause about something, not a speaker. */
const RELATIVE = /^(?:which|that|who|whom)$/iu;

/** The readings with such a piece made their source. */
export function withSubjectAsSource(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, readingWithSubjectAsSource);
}

/** `withSubjectAsSource` for one reading (a step for reading-passes.ts). */
function readingWithSubjectAsSource(text: string, f: AttributionSpans): AttributionSpans {
  if (f.source || !f.cue || f.content.length < 2) return f;
  const [first, ...rest] = f.content;
  if (first.end > f.cue.start || text.slice(first.end, f.cue.start).trim() !== '' || subjectIsNoSpeaker(text, f.cue)) return f;
  const words = text.slice(first.start, first.end);
  if (!SHORT_PHRASE.test(words) || words.trim().split(/\s+/u).length > 2 || RELATIVE.test(words.trim())) return f;
  const det = DETERMINER_BEFORE.exec(text.slice(Math.max(0, first.start - 8), first.start));
  const source = withPeopleAskedBy(text, { start: det ? first.start - det[1].length : first.start, end: first.end });
  return { ...f, source, content: rest };
}
