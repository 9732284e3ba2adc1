/**
 * "Asked whether the fee was too high, the manager said …": the fronted participle is the
 * reporter's question, which sets up the answer; it is no one's claim. The taggers often read
 * "Asked" as a cue with the question as its claim; when no one the text names put the question
 * (source-typing.ts gives it to a questioner the story has just had: "Senator Moss pressed the
 * director … Asked whether …"), that reading is dropped and the answer is what the reader sees.
 */
import { UNATTRIBUTED } from './source-loose';
import type { Attribution } from './types';

/** A question put to the speaker in a fronted participle. */
const ASKED_CUE = /^(?:Asked|Pressed|Questioned|Quizzed)\b/u;
/** A sentence's start before the cue. */
const SENTENCE_START = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;

/** Whether an attribution is a fronted question no one the text names put. */
function isUnattributedQuestion(text: string, a: Attribution): boolean {
  if (a.source || !a.cue || a.resolvedSource.name !== UNATTRIBUTED || !ASKED_CUE.test(text.slice(a.cue.start, a.cue.end))) return false;
  return SENTENCE_START.test(text.slice(Math.max(0, a.cue.start - 4), a.cue.start));
}

/** The attributions without fronted questions no one the text names put. */
export function withoutUnattributedQuestions(text: string, found: Attribution[]): Attribution[] {
  return found.some((a) => isUnattributedQuestion(text, a)) ? found.filter((a) => !isUnattributedQuestion(text, a)) : found;
}
