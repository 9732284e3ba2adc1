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

/** A question put in a participle set off right after the one it was put to ("Salgado, asked whether"). */
const ASKED_INSERTED = /^,\s*(?:when\s+|after\s+being\s+|once\s+|if\s+)?(?:asked|pressed|questioned|quizzed)\b/iu;

/**
 * Whether an attribution is a question put to its own source, set off between the source and that
 * source's answer ("Salgado, asked whether he would resign, said …"): Salgado asked nothing.
 */
function isQuestionPutToSource(text: string, a: Attribution, found: readonly Attribution[]): boolean {
  const { source, cue } = a;
  if (!source || !cue || !ASKED_INSERTED.test(text.slice(source.end, cue.end))) return false;
  const asked = a.content.length > 0 ? a.content[a.content.length - 1].end : cue.end;
  return found.some((b) => b !== a && b.cue !== null && b.cue.start >= asked && b.source !== null &&
    b.source.start === source.start && b.source.end === source.end);
}

/** The attributions without questions put to the speaker that read as the speaker's own. */
export function withoutUnattributedQuestions(text: string, found: Attribution[]): Attribution[] {
  const dropped = (a: Attribution) => isUnattributedQuestion(text, a) || isQuestionPutToSource(text, a, found);
  return found.some(dropped) ? found.filter((a) => !dropped(a)) : found;
}
