/**
 * "The firm cut its forecast, blaming higher costs, and its shares fell 18%": a claim the taggers
 * run on into the writer's next clause. A cause cited ("blaming", "citing") is a noun phrase, so a
 * new clause after its comma and "and" is narration; an urging's claim ends before the finding that
 * prompted it ("urged people not to charge bikes overnight | after figures showed …").
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';
import { FINDING_NOUNS } from './subordinate-subject';

/** Cues whose claim is the cause cited, a noun phrase. */
const CITING = /^(?:blaming|citing|blamed|cited)$/u;
/** A comma, "and" or "but", then a new clause's subject and its verb. */
const NEW_CLAUSE = /,\s+(?:and|but)\s+(?:(?:its|their|his|her|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+|it|they|he|she)\s+(?:\p{Ll}+ed|fell|rose|lost|won|went|came|made|had|has|have|was|were|is|are|will|would)\b/u;
/** Cues of urging or appealing. */
const URGING = /^(?:(?:has|have|had)\s+)?(?:urged|urges|urging|called\s+on|appealed\s+to|asked)$/u;
/** The finding that prompted an appeal, after its claim ("after figures showed …"). */
const AFTER_FINDING = new RegExp(String.raw`\s+after\s+${FINDING_NOUNS}\s+(?:showed|found|revealed|suggested)\b`, 'u');

/** One reading's claim cut before the narration it ran into. */
function withoutNarration(text: string, f: AttributionSpans): AttributionSpans {
  if (f.cue === null || f.content.length !== 1) return f;
  const cue = text.slice(f.cue.start, f.cue.end), claim = f.content[0];
  const pattern = CITING.test(cue) ? NEW_CLAUSE : URGING.test(cue) ? AFTER_FINDING : null;
  if (pattern === null || claim.start < f.cue.end) return f;
  const m = pattern.exec(text.slice(claim.start, claim.end));
  if (m === null || m.index < 3) return f;
  return { ...f, content: [{ start: claim.start, end: claim.start + m.index }] };
}

/** Claims of a cause cited or an urging, cut before the narration they ran into. */
export function withoutNarrationInClaims(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withoutNarration);
}
