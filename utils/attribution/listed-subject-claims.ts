/**
 * "…, saying rising rents, energy bills and staff costs have made it impossible to break even":
 * the taggers may end a claim at the first comma of a listed subject, keeping only "rising rents".
 * When the words after that comma go on with the list ("energy bills and staff costs") and then
 * its verb ("have made"), the claim runs on to the end of its sentence.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** The rest of a list after its comma, "and" or "or" and its last item, then the list's verb. */
const LIST_THEN_VERB = /^,\s+(?!(?:and|or|but|he|she|they|it|we|i|who|which|that|\p{Ll}+ing)\s)(?:[\p{Ll}'’-]+\s+){1,3}?(?:and|or)\s+(?!(?:he|she|they|it|we|i|his|her|their|its)\s)(?:[\p{Ll}'’-]+\s+){1,3}?(?:have|has|had|are|is|were|was|will|would|could|can|may|might|must|should)\s/u;
/** A verb of the claim's own: then it is a clause already, no list's first item. */
const OWN_VERB = /\b(?:have|has|had|are|is|were|was|will|would|could|can|may|might|must|should|do|does|did)\b/u;
/** A sentence's end: its mark, then space or the text's end. */
const SENTENCE_END = /[.!?]["”’]?(?=\s|$)/u;

/** A claim after its cue that is only the first item of a listed subject, run on to its sentence's end. */
function withWholeList(text: string, f: AttributionSpans): AttributionSpans {
  if (f.cue === null || f.content.length !== 1) return f;
  const claim = f.content[0];
  if (claim.start < f.cue.end || claim.end - claim.start > 60 || OWN_VERB.test(text.slice(claim.start, claim.end))) return f;
  const after = text.slice(claim.end, claim.end + 400);
  if (!LIST_THEN_VERB.test(after)) return f;
  const end = SENTENCE_END.exec(after);
  if (end === null || after.slice(0, end.index).includes('\n')) return f;
  return { ...f, content: [{ start: claim.start, end: claim.end + end.index }] };
}

/** Claims cut at a listed subject's first comma, run on over the list and its verb. */
export function withListedSubjectClaims(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withWholeList);
}
