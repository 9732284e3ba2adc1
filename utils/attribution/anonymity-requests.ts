/**
 * "…, who asked not to be named, said …": the clause says how a source is described (why it is
 * anonymous), it is not a claim of theirs. The taggers often read "asked" as a cue with "not to
 * be named" as its claim, and that reading can hide the sentence's real one.
 */
import type { AttributionSpans } from './types';

/** Claims that are only a request for anonymity (or a refusal to be named), with the reason for it if given ("… because his firm holds shares"). */
const ANONYMITY_REQUEST = /^(?:not\s+)?(?:to\s+be\s+(?:named|identified|quoted|cited)|to\s+remain\s+anonymous|anonymity|to\s+speak\s+on\s+the\s+record|to\s+give\s+(?:his|her|their)\s+names?)\b(?:[\s,]+(?:because|as|since|so)\b[^"“”]*)?[\s,.;]*$/iu;

/**
 * Whether a reading's whole claim is a request not to be named ("asked not to be named"); a claim
 * the role tagger split into pieces ("to be" + "identified") is read as its pieces joined.
 */
export function isAnonymityRequest(text: string, found: AttributionSpans): boolean {
  return found.content.length > 0 && ANONYMITY_REQUEST.test(found.content.map((c) => text.slice(c.start, c.end)).join(' '));
}
