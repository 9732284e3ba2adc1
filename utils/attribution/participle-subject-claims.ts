/**
 * "A petition calling for Cole's resignation had gathered more than 2,000 signatures by
 * Wednesday": a subject with its participle of saying opens the sentence, and the sentence's own
 * verb follows the participle's object. The claim is that object; what the subject then did is
 * the writer's narration.
 */
import { mendEach } from './reading-passes';
import { sentenceOpeningBefore } from './sentences';
import type { AttributionSpans } from './types';

/** An auxiliary and a verb where the sentence's own predicate starts ("| had gathered", "| has been signed"). */
const MAIN_PREDICATE = /\s(?:had|has|have|was|were|is|are|will|would|could|can|may|might|must|should)\s+(?:(?:not|also|now|already|\p{Ll}+ly)\s+)?\p{Ll}{2,}/u;
/**
 * Participles whose claim is a noun phrase ("calling for | Cole's resignation"), so a verb after it is
 * the sentence's; not "saying" or "claiming", whose claim is a clause with verbs of its own
 * ("62 percent of voters saying race relations are growing worse").
 */
const NOUN_TAKING = /^(?:calling\s+for|demanding|opposing|alleging|urging|seeking|backing|supporting|critici[sz]ing|condemning|protesting|challenging|disputing|rejecting)$/u;
/** A claim that is a clause of its own, whose verbs are the claim's ("calling for | that …", "urging people to …"). */
const CLAUSE_CLAIM = /^(?:that|whether|if|how|why|what|to|["“‘'])/u;

/** A reading whose -ing cue follows its sentence-opening source, its claim cut before the sentence's own predicate. */
function withoutMainPredicate(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!source || !cue || f.content.length !== 1 || source.end > cue.start || !NOUN_TAKING.test(text.slice(cue.start, cue.end))) return f;
  const claim = f.content[0];
  if (claim.start < cue.end || !/^\s*$/u.test(text.slice(source.end, cue.start)) || sentenceOpeningBefore(text, source.start) !== source.start) return f;
  const written = text.slice(claim.start, claim.end);
  if (CLAUSE_CLAIM.test(written)) return f;
  const main = MAIN_PREDICATE.exec(written);
  if (!main || main.index === 0) return f;
  return { ...f, content: [{ start: claim.start, end: claim.start + main.index }] };
}

/** Claims of a participle of saying after its sentence's subject ("A petition calling for …"), ended before the sentence's own verb. */
export function withoutMainPredicateInClaims(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withoutMainPredicate);
}
