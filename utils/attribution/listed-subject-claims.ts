/**
 * "…, saying rising rents, energy bills and staff costs have made it impossible to break even":
 * the taggers may end a claim at the first comma of a listed subject, keeping only "rising rents".
 * When the words after that comma go on with the list ("energy bills and staff costs") and then
 * its verb ("have made"), the claim runs on to the end of its sentence; so it does over the rest of a
 * listed object ("described late-night parties, blocked driveways and noise") and over an adverb set
 * off by commas ("his client had believed, wrongly, that …").
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** The rest of a list after its comma, "and" or "or" and its last item, then the list's verb. */
const LIST_THEN_VERB = /^,\s+(?!(?:and|or|but|he|she|they|it|we|i|who|which|that|\p{Ll}+ing)\s)(?:[\p{Ll}'’-]+\s+){1,3}?(?:and|or)\s+(?!(?:he|she|they|it|we|i|his|her|their|its)\s)(?:[\p{Ll}'’-]+\s+){1,3}?(?:have|has|had|are|is|were|was|will|would|could|can|may|might|must|should)\s/u;
/** A verb of the claim's own: then it is a clause already, no list's first item. */
const OWN_VERB = /\b(?:have|has|had|are|is|were|was|will|would|could|can|may|might|must|should|do|does|did)\b/u;
/** A sentence's end: its mark, then space or the text's end. */
const SENTENCE_END = /[.!?]["”’]?(?=\s|$)/u;

/** The rest of a list of things up to the sentence's end, no verb in it (", blocked driveways and noise."). */
const LIST_TO_END = /^(?:,\s+(?!(?:\p{Ll}+ing|whether|which|who|whom|while|when|where|as|because|including|is|are|was|were|has|have|had|will|would|this|that|he|she|they|it|we)\s)(?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}'’-]+)+,?\s+(?:and|or)\s+(?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}'’-]+[.!?](?:\s|$)/u;
/** An adverb set off by commas inside a claim (", wrongly, that …"): the claim goes on after it. */
const ADVERB_ASIDE = /^,\s+\p{Ll}+ly,\s+\p{Ll}/u;

/** A claim after its cue that is only the first item of a listed subject or object, run on to its sentence's end. */
function withWholeList(text: string, f: AttributionSpans): AttributionSpans {
  if (f.cue === null || f.content.length !== 1) return f;
  const claim = f.content[0];
  if (claim.start >= f.cue.end && ADVERB_ASIDE.test(text.slice(claim.end, claim.end + 40))) return withAside(text, f, claim);
  if (claim.start < f.cue.end || claim.end - claim.start > 60 || OWN_VERB.test(text.slice(claim.start, claim.end))) return f;
  const after = text.slice(claim.end, claim.end + 400);
  if (!LIST_THEN_VERB.test(after) && !LIST_TO_END.test(after)) return f;
  const end = SENTENCE_END.exec(after);
  if (end === null || after.slice(0, end.index).includes('\n')) return f;
  return { ...f, content: [{ start: claim.start, end: claim.end + end.index }] };
}

/** Claims cut at a listed subject's first comma, run on over the list and its verb. */
export function withListedSubjectClaims(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withWholeList);
}

/** The claim run on over its adverb aside to its sentence's end ("had believed, wrongly, that the tree was dead"). */
function withAside(text: string, f: AttributionSpans, claim: { start: number; end: number }): AttributionSpans {
  const after = text.slice(claim.end, claim.end + 400);
  const end = SENTENCE_END.exec(after);
  if (end === null || /[\n"“”]/u.test(after.slice(0, end.index))) return f;
  return { ...f, content: [{ start: claim.start, end: claim.end + end.index }] };
}
