/**
 * "Valdane said Lumora expected to ship …": the cue tagger sometimes runs a "said" on over the
 * claim's subject and its verb. A name after "said" and before a verb is who the claim is about,
 * so the cue is "said" alone and the claim opens at the name.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';
import { MONTHS, WEEKDAYS } from './time-words';

/** "said" and a name of one to three words (no day or month: "said Friday" is when), then one lower-case word. */
const SAID_NAME_VERB = new RegExp(`^(said|says|say)\\s+(?!(?:${WEEKDAYS}|${MONTHS})\\b)\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}\\s+\\p{Ll}+$`, 'u');

/** One reading with its cue cut back to "said" and the claim opened at the name, when the cue ran over them. */
function withSubjectInClaim(text: string, f: AttributionSpans): AttributionSpans {
  const { cue, content } = f;
  if (cue === null || content.length === 0 || content[0].start < cue.end || text.slice(cue.end, content[0].start).trim() !== '') return f;
  const m = SAID_NAME_VERB.exec(text.slice(cue.start, cue.end));
  if (m === null) return f;
  const verbEnd = cue.start + m[1].length;
  let subjectStart = verbEnd;
  while (subjectStart < cue.end && /\s/u.test(text[subjectStart])) subjectStart++;
  return { ...f, cue: { start: cue.start, end: verbEnd }, content: [{ start: subjectStart, end: content[0].end }, ...content.slice(1)] };
}

/** Every reading whose cue ran over its claim's subject and verb, set right. */
export function withClaimSubjectOutOfCue(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withSubjectInClaim);
}
