/**
 * A cue set inside its claim with commas ("The plan, he said, would cost about $40 million.";
 * "Six children have been admitted to hospital, it said, one of whom is in intensive care."): the
 * taggers often keep only the words before it. The rest of the sentence after the cue's comma is
 * the claim going on, when it goes on in lower case and no other cue is in it.
 */
import { byNumber, firstAtOrAfter } from './sorted-offsets';
import type { AttributionSpans, Span } from './types';

/**
 * The cue's closing comma (maybe after its listener or a time: "he told the jury,", "she said on
 * Monday,"), then the claim going on in lower case up to the sentence's end or a writer's ", but …".
 */
const REST_AFTER_CUE = /^(\s+[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,3}?)?,\s+(\p{Ll}[^.!?;:"“”\n]{0,300}?)(?=[.!?;:]|,\s+(?:but|though|although|while|whereas)\s|$)/u;
/**
 * After words between the cue and its comma, the claim goes on only with its verb ("The increase,
 * he told the jury, had been …"); else the words after the comma are the sentence's own
 * ("…, lawmakers said Friday, as they bristled …").
 */
const PREDICATE_START = /^(?:(?:\p{Ll}+ly|not|also|still)\s+)?(?:would|will|had|has|have|was|were|is|are|could|should|might|may|must|can|did|does|do|remains?|remained|cost|costs)\b|^(?:now|still|also|then|later)\s+\p{Ll}{2,}(?:s|ed)\b/u;
/** A lone time adverb after the cue ("It was, she says now, the hardest decision …"): the claim goes on after it as after a bare cue. */
const TIME_ADVERB = /^\s+(?:now|then|today|again|later|recently|since)$/u;
/** What after the cue's comma is about the source, not the claim: its anonymity, its manner, another verb of its own. */
const ABOUT_THE_SOURCE = /^(?:asking|asked|speaking|spoke|requesting|declining|declined|who|adding|added|saying|according|citing|noting|referring|pointing|in an?|on condition)\b/u;
/**
 * A participle opening the words after the comma ("…, insurers said, | threatening to push up
 * prices"): the writer's consequence, not the claim going on; not a gerund subject with its verb
 * ("…, he said, replacing Clinton would be …") nor a participle that works as a preposition ("including").
 */
const PARTICIPLE_OPENING = /^(?!(?:being|including|involving|relating|concerning|covering|excluding|regarding|following|according)\b)\p{Ll}{2,}ing\b(?![^.!?;:]*\b(?:would|will|is|are|was|were|has|have|had|could|can|may|might|should|must)\b)/u;
/** A claim piece that is a quotation or holds one: a quoted claim's own rules apply. */
const QUOTE_MARK = /["“”]/u;

/** The readings whose claim stops before a cue set inside it with commas, the rest of the sentence added. */
export function withMidCueRest(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const cueStarts: number[] = [];
  for (const f of found) if (f.cue) cueStarts.push(f.cue.start);
  cueStarts.sort(byNumber);
  const out: AttributionSpans[] = [];
  for (const f of found) out.push(withRestOf(text, f, cueStarts));
  return out;
}


/** One reading with the rest of its sentence after its mid-claim cue, when that is where its claim goes on. */
function withRestOf(text: string, f: AttributionSpans, cueStarts: number[]): AttributionSpans {
  const { cue, source } = f;
  if (!cue || !source || f.content.length !== 1 || source.end > cue.start) return f;
  const claim = f.content[0];
  // the claim right before ", he said,": only a comma and spaces between it and the source
  if (claim.end > source.start || !/^,\s*$/u.test(text.slice(claim.end, source.start)) || QUOTE_MARK.test(text.slice(claim.start, claim.end))) return f;
  const m = REST_AFTER_CUE.exec(text.slice(cue.end, cue.end + 320));
  if (!m) return f;
  const going = m[2];
  if (ABOUT_THE_SOURCE.test(going) || PARTICIPLE_OPENING.test(going) || (m[1] !== undefined && !PREDICATE_START.test(going) && !TIME_ADVERB.test(m[1]))) return f;
  const start = cue.end + m[0].length - going.length;
  const rest: Span = { start, end: start + going.replace(/[\s,]+$/u, '').length };
  // never over another reading's cue
  const k = firstAtOrAfter(cueStarts, rest.start);
  if (k < cueStarts.length && cueStarts[k] < rest.end) return f;
  // the rest starts with a letter and lies after the cue, so it is never empty and always after the claim
  return { ...f, content: [claim, rest] };
}
