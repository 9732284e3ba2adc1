/**
 * "said in a post on |LinkedIn that the company …|": the taggers' cue ran into the adjunct of where
 * something was said and left the adjunct's object at the head of the claim. The claim is the
 * "that" clause after it; the adjunct's object belongs to neither. So with a bare verb whose claim
 * opens on the adjunct ("said | outside the courthouse that …") or on when it was said ("said | on Monday it …").
 */
import type { AttributionSpans } from './types';
import { mendEach } from './reading-passes';
import { SPEAKS_AFTER_NAME } from './source-lexicon';
import { WEEKDAYS } from './time-words';

/**
 * A verb of saying, then where or to whom it was said, up to the preposition before the adjunct's
 * object: the cue may hold all of it ("said in a post on"), part ("wrote on") or only the verb
 * ("said", with "in a letter to" left between cue and claim); or "told" and its listener.
 */
const CUE_THEN_ADJUNCT = /^(?:(?:said|says|saying|wrote|writes|writing|posted|posts|posting|added|adds|adding|stated|states|argued|argues|claimed|claims|announced|announces)\s+(?:in|on|at|during)|told|tells|telling)\s+(?:(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:on|in|at|for|to)\s+)?$/iu;
/**
 * The adjunct's object: a name (capitalised words, maybe a possessive and its noun: "Radio 4's Today
 * programme") or a determined phrase (a press briefing in the state capital), and then "that".
 */
const OBJECT_THEN_THAT = /^(?:\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}(?:\s+\p{Ll}+)?|(?:the|a|an|his|her|their|its)(?:\s+[\p{L}\p{N}'’-]+){1,3}(?:\s+(?:in|at|on|of|for)\s+(?:the\s+|a\s+)?[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+)?)?)\s(?=that\s)/u;

/**
 * A claim that opens on where or when it was said, then "that": "said | outside the courthouse that
 * his client would appeal", "said | on Tuesday that …" (a preposition and at most five words, no
 * comma; never "in that case": the "that" must follow the phrase).
 */
const ADJUNCT_THEN_THAT = /^(?:outside|inside|after|before|during|at|in|on|from|late|early|earlier|later)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,5}?(?=that\s+\S)/u;
/**
 * A claim that opens on when it was said, then its own subject with no "that": "said | on Monday it
 * would ballot members", "said | last week the talks had stalled". Only a time, so a claim's own
 * "in March the vote …" is not read as one unless the time is the cue's.
 */
const TIME_THEN_SUBJECT = new RegExp(
  String.raw`^(?:on\s+(?:${WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this)\s+(?:${WEEKDAYS}|week|month|year)|earlier\s+(?:today|this\s+(?:week|month|year))|yesterday|today)\s+` +
  String.raw`(?=(?:it|he|she|they|we|I|there|the|a|an|his|her|their|its)\s)`, 'u');
/** A verb of saying alone as the cue (the adjunct then opens the claim). */
const SAYING_VERB = new RegExp(`^(?:${SPEAKS_AFTER_NAME}|argued|claimed)$`, 'iu');

/** The readings with such a claim started at its "that". */
export function withClaimAfterCueAdjunct(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, claimAfterCueAdjunct);
}

/** One reading so mended (a step for reading-passes.ts). */
function claimAfterCueAdjunct(text: string, f: AttributionSpans): AttributionSpans {
  if (!f.cue || f.content.length === 0) return f;
  const first = f.content[0];
  if (first.start >= f.cue.end && /^\s*$/u.test(text.slice(f.cue.end, first.start)) && SAYING_VERB.test(text.slice(f.cue.start, f.cue.end))) {
    const claim = text.slice(first.start, first.end);
    const opening = ADJUNCT_THEN_THAT.exec(claim) ?? TIME_THEN_SUBJECT.exec(claim);
    if (opening) return { ...f, content: [{ start: first.start + opening[0].length, end: first.end }, ...f.content.slice(1)] };
  }
  if (first.start < f.cue.end || first.start - f.cue.end > 40) return f;
  if (!CUE_THEN_ADJUNCT.test(`${text.slice(f.cue.start, first.start).replace(/\s+$/u, '')} `)) return f;
  // the object alone as the claim's first piece, and the "that" clause its next ("Instagram … that she was")
  const second = f.content[1];
  if (second && text.startsWith('that ', second.start) && OBJECT_THEN_THAT.test(`${text.slice(first.start, first.end)} that `)) return { ...f, content: f.content.slice(1) };
  const m = OBJECT_THEN_THAT.exec(text.slice(first.start, first.end));
  if (m === null) return f;
  return { ...f, content: [{ start: first.start + m[0].length, end: first.end }, ...f.content.slice(1)] };
}
