/**
 * "Asked whether the fee was too high, the manager said …": the fronted participle is the
 * reporter's question, which sets up the answer; it is no one's claim. The taggers often read
 * "Asked" as a cue with the question as its claim; when no one the text names put the question
 * (source-typing.ts gives it to a questioner the story has just had: "Senator Moss pressed the
 * director … Asked whether …"), that reading is dropped and the answer is what the reader sees; so
 * is a question set off after the one asked ("Moss, asked about his goal, was modest") and one put
 * in the passive with no asker ("Whitfield was asked whether …").
 */
import { UNATTRIBUTED } from './source-loose';
import type { Attribution } from './types';

/** A question put to the speaker in a fronted participle. */
/** The verbs of putting a question to someone, each pattern below built on them. */
const ASKING_VERBS = 'asked|pressed|questioned|quizzed';
/** What may come before the verb in a participle set off after the one asked ("when asked"). */
const BEFORE_ASKING = String.raw`(?:(?:when|after\s+being|once|if)\s+)?`;
const ASKED_CUE = new RegExp(String.raw`^(?:${ASKING_VERBS.replace(/\b\w/gu, (c) => c.toUpperCase())})\b`, 'u');
/** A sentence's start before the cue. */
const SENTENCE_START = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u;

/** Whether an attribution is a fronted question no one the text names put. */
function isUnattributedQuestion(text: string, a: Attribution): boolean {
  if (a.source || !a.cue || a.resolvedSource.name !== UNATTRIBUTED) return false;
  const cue = text.slice(a.cue.start, a.cue.end);
  if (ASKED_CUE.test(cue)) return SENTENCE_START.test(text.slice(Math.max(0, a.cue.start - 4), a.cue.start));
  // "When asked whether …, Ocampo said no."
  return ASKING.test(cue) && WHEN_AT_SENTENCE_START.test(text.slice(Math.max(0, a.cue.start - 20), a.cue.start));
}

/** "When" or "After being" opening the sentence right before a cue of asking. */
const WHEN_AT_SENTENCE_START = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:When|After\s+being|Once|If)\s+$/u;

/** A question put in a participle set off right after the one it was put to ("Salgado, asked whether"). */
const ASKED_INSERTED = new RegExp(String.raw`^,\s*${BEFORE_ASKING}(?:${ASKING_VERBS})\b`, 'iu');

/**
 * Whether an attribution is a question put to its own source, set off right after it ("Salgado,
 * asked whether he would resign, said …", "Costache, asked what she would do next, laughed."):
 * Salgado asked nothing, whatever follows.
 */
function isQuestionPutToSource(text: string, a: Attribution): boolean {
  const { source, cue } = a;
  if (cue === null || !ASKING.test(text.slice(cue.start, cue.end))) return false;
  // (with no source read: the participle set off by its comma after a word, "Costache, asked what …";
  // a source read with its comma: "Moss, | asked about")
  if (source === null) return SET_OFF_ASKED.test(text.slice(Math.max(0, cue.start - 3), cue.end));
  // (not the comma closing an apposition: "Neera Tanden, a Clinton supporter, asked whether …" is her question)
  const words = text.slice(source.start, source.end);
  const setOff = words.endsWith(',') && words.indexOf(',') === words.length - 1;
  return ASKED_INSERTED.test((setOff ? ',' : '') + text.slice(source.end, cue.end));
}

/** A cue of asking, maybe after "when" ("asked about", "when asked"). */
const ASKING = new RegExp(String.raw`^${BEFORE_ASKING}(?:${ASKING_VERBS})\b`, 'iu');

/** "asked" in lower case right after a word's comma: a participle set off after the one asked. */
const SET_OFF_ASKED = new RegExp(String.raw`[\p{L}\p{N}],\s*(?:${ASKING_VERBS})$`, 'u');

/** A passive of asking ("was asked whether", "is asked to call"), maybe with an adverb. */
const ASKED_PASSIVE = new RegExp(String.raw`^(?:is|are|was|were|been|being|be|has been|have been|had been)\s+(?:also\s+|\p{Ll}+ly\s+)?(?:${ASKING_VERBS})(?:\s+(?:about|whether|if|on))?$`, 'u');
/** The asker named after the passive ("was asked by reporters"). */
const ASKER_AFTER = /^\s+by\b/u;

/**
 * Whether an attribution is a question put to someone in the passive, with no asker named
 * ("Whitfield was asked whether his side could challenge", "Anyone with information is asked to
 * call"): the one asked said nothing by it, and the question is no one's claim.
 */
function isPassiveQuestion(text: string, a: Attribution): boolean {
  const { cue } = a;
  return cue !== null && ASKED_PASSIVE.test(text.slice(cue.start, cue.end)) && !ASKER_AFTER.test(text.slice(cue.end, cue.end + 4));
}

/** The attributions without questions put to the speaker that read as the speaker's own. */
export function withoutUnattributedQuestions(text: string, found: Attribution[]): Attribution[] {
  const dropped = (a: Attribution) => isUnattributedQuestion(text, a) || isQuestionPutToSource(text, a) || isPassiveQuestion(text, a);
  return found.some(dropped) ? found.filter((a) => !dropped(a)) : found;
}
