/**
 * "Her campaign manager, Felix Braun, later tells reporters that …": a sentence that opens on a
 * description and the name set beside it in commas, then the cue. When the taggers gave the cue no
 * source, that whole opening is the speaker (the name apposed), not the bare description.
 */
import { ADVERB_BEFORE_VERB, NAME_IN_COMMAS } from './source-extent';
import { sentenceOpeningBefore } from './sentences';
import type { Span } from './types';

/** A description of up to five words, the name in commas, maybe an adverb, up to the cue. */
const DESCRIPTION_THEN_NAME = new RegExp(String.raw`^((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+${NAME_IN_COMMAS})\s+(?:${ADVERB_BEFORE_VERB}\s+)?$`, 'u');

/** For a cue the taggers gave no source, a sentence-opening "description, Name," right before it, or null. */
export function describedNameBeforeCue(text: string, cue: Span | null): Span | null {
  if (!cue) return null;
  const opening = sentenceOpeningBefore(text, cue.start);
  if (opening < 0 || cue.start - opening > 120) return null;
  const m = DESCRIPTION_THEN_NAME.exec(text.slice(opening, cue.start));
  return m ? { start: opening, end: opening + m[1].length } : null;
}
