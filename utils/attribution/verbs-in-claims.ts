/**
 * "The RMT union said the accident showed that …", "He said his eldest son had talked about
 * leaving", "The report found that a parent had written … describing Harland's behaviour": a verb
 * inside a claim, read as a second reading with the claim's own source copied onto it. That source
 * said the claim; the verb inside belongs to the claim's words, so the second reading is dropped. So
 * is a sourceless passive of asking inside a claim ("said social workers had been asked to telephone …").
 */
import { agentAhead } from './agentless-passive';
import { containmentIndex, sameSpan, someHolding } from './sorted-offsets';
import { isLexiconNoun } from './source-lexicon';
import type { AttributionSpans, Span } from './types';

/** A claim piece with the source of its reading, for the containment lookup. */
interface ClaimPiece extends Span {
  source: Span;
}


/** A noun phrase with its determiner right before a verb, auxiliaries aside ("the accident | showed", "his eldest son, who is 17, had | talked"): the verb's own subject. */
const NOUN_SUBJECT_BEFORE = /\b(?:the|a|an|his|her|their|its|every|each)\s+(?:[\p{L}-]+\s+){0,2}\p{Ll}[\p{Ll}-]*(?:,\s+(?:who|which)\b[^,]{1,40},)?\s+(?:(?:has|have|had|was|were|is|are|would|could|will|also|never|not|\p{Ll}+ly)\s+)*$/u;
/** A comma, or a preposition taking the subject's own doing ("by saying", "without saying", "while arguing"), right before a participle. */
const SUBJECTS_OWN_PARTICIPLE = /(?:,|\b(?:by|without|while|when|after|in|through))\s*$/u;
/** A relative pronoun right before the verb ("every article that | mentioned"). */
const RELATIVE_BEFORE = /\b(?:that|which|who)\s+(?:(?:has|have|had|also|never|not)\s+)*$/u;

/**
 * Whether the cue is a verb of the claim's own words: a participle neither set off by a comma nor
 * after "by", "without", "while" … ("describing …", "before repeating …"; "…, saying …" and "by
 * saying …" are the source speaking again), or a verb
 * whose own subject, a noun phrase or a relative pronoun, stands right before it.
 */
function claimOwnVerb(text: string, cue: Span): boolean {
  const before = text.slice(Math.max(0, cue.start - 80), cue.start);
  const written = text.slice(cue.start, cue.end);
  if (/^\p{Ll}+ing\b/u.test(written)) return !SUBJECTS_OWN_PARTICIPLE.test(before);
  return NOUN_SUBJECT_BEFORE.test(before) || RELATIVE_BEFORE.test(before);
}

/** A verb of showing right after "the" and a noun no lexicon holds as a speaker or document ("the accident | showed"). */
const NOUN_THEN_SHOWING = /\bthe\s+(\p{Ll}+)\s+$/u;
const SHOWING = /^(?:showed|shows|show|proved|proves|demonstrated|demonstrates)$/u;

/** Whether a sourceless cue is an event's showing ("the collapse showed that …"): no one's statement. */
function eventShowing(text: string, cue: Span): boolean {
  if (!SHOWING.test(text.slice(cue.start, cue.end))) return false;
  const m = NOUN_THEN_SHOWING.exec(text.slice(Math.max(0, cue.start - 30), cue.start));
  return m !== null && !isLexiconNoun(m[1]);
}

/** A passive of asking or telling, its auxiliary in the cue or right before it ("social workers had been | asked | to telephone …"). */
const REQUEST_PASSIVE = /^(?:(?:was|were|is|are|had been|has been|have been|been|being)\s+)?(?:asked|told|ordered|instructed|urged|encouraged|advised|required)$/u;
const AUXILIARY_BEFORE = /\b(?:was|were|is|are|been|being)\s+$/u;

/** Whether a sourceless cue is someone being asked or told to do something inside another's claim ("Gallardo said social workers had been asked to telephone …"). */
function requestInClaim(text: string, cue: Span): boolean {
  const written = text.slice(cue.start, cue.end);
  // (one the sentence names as asking is a source: "was urged … by Mr. Brockman's wife")
  return REQUEST_PASSIVE.test(written) && (/\s/u.test(written) || AUXILIARY_BEFORE.test(text.slice(Math.max(0, cue.start - 12), cue.start))) &&
    !agentAhead(text, cue.end);
}

/** Readings without those whose cue, a verb of the claim's own words, stands inside another reading's claim with that reading's source. */
export function withoutVerbsInClaims(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const pieces: ClaimPiece[] = [];
  for (const f of found) {
    if (f.source === null) continue;
    for (const c of f.content) if (c.start >= (f.cue?.end ?? f.source.end) || c.end <= f.source.start) pieces.push({ start: c.start, end: c.end, source: f.source });
  }
  if (pieces.length === 0) return found;
  const index = containmentIndex(pieces);
  const kept = found.filter((f) => {
    if (f.cue === null) return true;
    const { source, cue } = f;
    // ("said the accident showed that …": an event that shows something, inside the claim, is no source)
    // (nor someone asked or told to act, passive: "said social workers had been asked to telephone …")
    if (source === null) return !((eventShowing(text, cue) || requestInClaim(text, cue)) && someHolding(index, cue, (p) => p.start < cue.start && cue.end < p.end));
    // (strictly inside: a claim piece that is the cue's own reading's holds no cue)
    return !(claimOwnVerb(text, cue) && someHolding(index, cue, (p) => p.start < cue.start && cue.end < p.end && sameSpan(p.source, source) && !(source.start >= p.start && source.end <= p.end)));
  });
  return kept.length === found.length ? found : kept;
}
