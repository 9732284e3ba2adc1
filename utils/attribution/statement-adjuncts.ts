/**
 * Where something was said is not what was said. "…, the Bureau of Meteorology said in its seasonal
 * climate summary on Tuesday." (or "…, brokers and insurers said on Friday.") left the taggers reading the adjunct after the cue as the claim, and
 * "confirmed the agreement in a statement" ran the claim over it. A claim that is only such an
 * adjunct is the clause before the source instead; one that ends in it stops before it; and a
 * participle's phrase on the statement before its colon ("said in a statement read to reporters
 * outside the police station:") is no piece of the quotation after it.
 */
import { mendEach } from './reading-passes';
import { SPEECH_PARTICIPLES } from './claim-participles';
import { SPEECH_VERBS } from './cue-lexicon';
import { TIME_NOUNS, WEEKDAYS } from './time-words';
import type { AttributionSpans, Span } from './types';

/** The vehicles of a statement. */
const VEHICLE = String.raw`(?:statement|interview|email|e-mail|letter|post|tweet|release|briefing|summary|report|update|filing|note|speech|video|podcast|broadcast|message)`;
/** A time after the adjunct ("on Tuesday", "last week"). */
const TIME = String.raw`(?:\s+(?:on\s+\p{Lu}\p{Ll}+day|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|earlier|later|today|yesterday))?`;
/** A whole claim that is only the adjunct: "in its seasonal climate summary on Tuesday". */
const ONLY_ADJUNCT = new RegExp(String.raw`^(?:in|on|at|during|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,4}${VEHICLE}${TIME}[.]?$`, 'iu');
/** A whole claim that is only when it was said: "on Friday", "late on Tuesday night", "last week". */
const ONLY_TIME = new RegExp(String.raw`^(?:(?:late|early)\s+)?(?:on\s+(?:${WEEKDAYS})(?:\s+(?:night|morning|afternoon|evening))?|(?:last|this)\s+(?:${TIME_NOUNS})|today|yesterday|earlier|later)[.]?$`, 'u');
/** A whole claim that is only the listener of "told" ("…, doctors and nurses told | the inquiry."): a few words and the sentence's end. */
const ONLY_LISTENER = /^(?:(?:the|a|an|his|her|their|its)\s+(?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|reporters|journalists)\.?$/u;
/** A cue whose object is its listener. */
const TOLD = /^(?:told|tells)$/u;
/** After a postposed cue, maybe its day, a comma and a participle: "said on Friday, | threatening to push up …". */
const CONSEQUENCE_AFTER = new RegExp(String.raw`^(?:\s+(?:on\s+)?(?:${WEEKDAYS}|today|yesterday)(?:\s+(?:night|morning|afternoon|evening))?)?,\s+(\p{Ll}+ing)\s`, 'u');
/** Plain verbs of saying whose claim may stand before their postposed source. */
const PLAIN_SAYING = /^(?:said|says|told|tells|reported|announced|confirmed)$/u;

/** Whether the claim after the cue is only its day and the writer's participle of what the news brings about ("threatening to push up prices"), not a verb of saying. */
function consequenceOnly(text: string, cue: Span, piece: Span): boolean {
  if (!PLAIN_SAYING.test(text.slice(cue.start, cue.end))) return false;
  const m = CONSEQUENCE_AFTER.exec(text.slice(cue.end, piece.end));
  return m !== null && piece.start <= cue.end + m[0].length - m[1].length - 1 && !SPEECH_PARTICIPLES.has(m[1]) && !SPEECH_VERBS.has(m[1]);
}

/** A claim that ends in the adjunct: "the agreement | in a statement". */
const ENDS_IN_ADJUNCT = new RegExp(String.raw`\s+in\s+(?:a|an)\s+(?:(?:written|brief|short|joint|separate|new|lengthy|\p{Lu}[\p{L}-]*)\s+){0,2}(?:statement|interview|email|e-mail|tweet|post|release|letter)${TIME}$`, 'u');
/** The clause before a postposed source: from the sentence's start to the comma before the source (or before the words of its phrase the taggers left out: "the Bureau of |Meteorology"). */
const CLAUSE_BEFORE = /(?:^|[.!?]["”’]?\s+|\n)([^.!?\n]{12,}?),\s+(?:[\p{L}'’-]+\s+){0,4}$/u;

/** The cue's object: up to a comma, a joined "but"/"and" clause or the sentence's end. */
const OBJECT_AFTER_CUE = /^\s+((?:(?!\s+(?:but|and|while|although)\s)[^,.;:!?"“”\n])+)/u;

/** The readings whose claim was where it was said, given what was said. */
export function withoutStatementAdjuncts(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, claimNotAdjunct);
}

/** The statement after the cue, then a participle's phrase on it up to a colon: "said in a statement | read to reporters outside the police station |:". */
const VEHICLE_BEFORE = new RegExp(String.raw`^\s+(?:in|on|at|during|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}${VEHICLE}\s*$`, 'iu');
const PARTICIPLE_PHRASE = /^(?:read|released|issued|posted|published|sent|delivered|given|made|shared|emailed|circulated|broadcast|written)\b[^"“”.:;!?]*$/u;

/** One reading so mended (a step for reading-passes.ts). */
function claimNotAdjunct(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!cue) return f;
  // "said in a statement read to reporters outside the police station: “…”": the participle's phrase is on the statement, not in it
  const [first, ...rest] = f.content;
  if (rest.length > 0 && first.start >= cue.end && VEHICLE_BEFORE.test(text.slice(cue.end, first.start)) && PARTICIPLE_PHRASE.test(text.slice(first.start, first.end)) &&
    /^\s*:/u.test(text.slice(first.end, first.end + 3))) return { ...f, content: rest };
  // "…, brokers and insurers said, | threatening to push up prices": the writer's consequence is no piece of the claim before the source
  if (source && f.content.length === 2 && first.end <= source.start && source.end <= cue.start && consequenceOnly(text, cue, rest[0])) return { ...f, content: [first] };
  if (f.content.length !== 1) return f;
  const piece = f.content[0];
  const claim = text.slice(piece.start, piece.end);
  const onlyListener = TOLD.test(text.slice(cue.start, cue.end)) && ONLY_LISTENER.test(claim) && /^\s*(?:[.]|$)/u.test(text.slice(piece.end, piece.end + 2));
  if (source && source.end <= cue.start && piece.start >= cue.end && (ONLY_ADJUNCT.test(claim) || ONLY_TIME.test(claim) || onlyListener || consequenceOnly(text, cue, piece))) {
    const from = Math.max(0, source.start - 400);
    const before = CLAUSE_BEFORE.exec(text.slice(from, source.start));
    if (!before) return f;
    const start = from + before.index + before[0].indexOf(before[1]);
    return { ...f, content: [{ start, end: start + before[1].length }] };
  }
  // "In a brief statement, Strand-Ebuka denied | any wrongdoing | but said …": the fronted adjunct read as the claim; the claim is the cue's object
  if (source && piece.end <= source.start && source.end <= cue.start && ONLY_ADJUNCT.test(claim.replace(/,$/u, ''))) {
    const object = OBJECT_AFTER_CUE.exec(text.slice(cue.end, cue.end + 300));
    return object ? { ...f, content: [{ start: cue.end + object[0].length - object[1].length, end: cue.end + object[0].length }] } : f;
  }
  const tail = piece.start >= cue.end ? ENDS_IN_ADJUNCT.exec(claim) : null;
  return tail && tail.index >= 3 ? { ...f, content: [{ start: piece.start, end: piece.start + tail.index }] } : f;
}

/** A claim that is only the statement and what is said of it, before a colon: "in a statement read to reporters outside the police station". */
const ADJUNCT_BEFORE_COLON = new RegExp(String.raw`^(?:in|on|at|during|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}${VEHICLE}(?:\s+[^"“”.:;!?]*)?$`, 'iu');
/** The colon, then a quotation opening, maybe on the next paragraph. */
const COLON_THEN_QUOTE = /^\s*:\s*(["“])/u;

/**
 * "said in a statement read to reporters:" then "“We believe …" in the paragraph below: a claim
 * the taggers took as only the statement's adjunct is the quotation after its colon, up to its
 * closing mark or its paragraph's end (quote-continuation.ts then runs it over the paragraphs that
 * open with the mark again).
 */
export function withQuotationAfterAdjunct(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, quotationAfterAdjunct);
}

/** One reading so mended (a step for reading-passes.ts). */
function quotationAfterAdjunct(text: string, f: AttributionSpans): AttributionSpans {
  const { cue } = f;
  if (!cue || f.content.length !== 1 || f.content[0].start < cue.end) return f;
  const piece = f.content[0];
  // (or only what is said of the statement, the statement itself left out: "in a statement | read to reporters")
  const words = text.slice(piece.start, piece.end);
  if (!ADJUNCT_BEFORE_COLON.test(words) && !(PARTICIPLE_PHRASE.test(words) && VEHICLE_BEFORE.test(text.slice(cue.end, piece.start)))) return f;
  const m = COLON_THEN_QUOTE.exec(text.slice(piece.end, piece.end + 12));
  if (!m) return f;
  const start = piece.end + m[0].length - 1;
  let end = start + 1;
  while (end < text.length && text[end] !== '\n' && text[end] !== '”' && !(text[end] === '"' && end > start + 1)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return end - start > 2 ? { ...f, content: [{ start, end }] } : f;
}
