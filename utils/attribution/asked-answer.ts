/**
 * "Asked whether she would resign, Ocampo said no.": the taggers, finding nothing they know as a
 * claim after "said", took the fronted question for it. The question is the reporter's; the answer
 * after the cue, however short ("no", "not yet", "that it was too early"), is the claim.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** A fronted participle of asking, at the claim's start. */
const ASKED_OPENING = /^(?:(?:when|after\s+being|once|if)\s+)?(?:asked|pressed|questioned|quizzed)\b/iu;
/** The answer after the cue: words up to the sentence's end (its full stop left out). */
const ANSWER = /^\s+([^.!?\n]{1,200}?)\s*[.!?]/u;

/** The readings whose claim was the fronted question, given the answer after their cue. */
export function withAnswerAfterQuestion(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, answerAfterQuestion);
}

/** One reading so mended (a step for reading-passes.ts). */
function answerAfterQuestion(text: string, f: AttributionSpans): AttributionSpans {
  const cue = f.cue;
  if (cue === null || f.content.length !== 1) return f;
  const claim = f.content[0];
  if (claim.end > cue.start || !ASKED_OPENING.test(text.slice(claim.start, claim.start + 24))) return f;
  const answer = ANSWER.exec(text.slice(cue.end, cue.end + 220));
  if (answer === null) return f;
  const start = cue.end + answer[0].indexOf(answer[1]);
  return { ...f, content: [{ start, end: start + answer[1].length }] };
}
