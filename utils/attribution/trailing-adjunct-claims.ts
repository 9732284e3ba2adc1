/**
 * "Firefighters rescued residents, the fire service said early on Friday.": when a source after its
 * claim is followed only by when or where it spoke, the taggers sometimes take that adjunct for the
 * claim. An adjunct of time or medium says nothing (nor a concession the writer adds after it: ", though
 * gaps remain"); the claim is the clause before the source.
 */
import { withoutDateline } from './dateline';
import { mendEach } from './reading-passes';
import { sentenceStartBefore } from './sentences';
import { WEEKDAYS } from './time-words';
import type { AttributionSpans, Span } from './types';

const DAYS = `${WEEKDAYS}|yesterday|today|tonight`;
const MEDIA = 'statement|interview|email|e-mail|letter|post|tweet|briefing|release|conference|call|speech|message|video|broadcast';
/** Nothing but when or in what the source spoke ("early on Friday", "in a statement on Tuesday", "Friday", "last week"). */
const ADJUNCT_ONLY = new RegExp(
  `^(?:(?:early|late|earlier|later)\\s+)?(?:(?:on|in|at|during|last|this|via|over)\\s+(?:(?:a|an|the|its|his|her|their)\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:${MEDIA}|week|weekend|month|year|morning|afternoon|evening|night)\\b(?:\\s+(?:on\\s+)?(?:${DAYS}))?|(?:on\\s+)?(?:${DAYS})\\b(?:\\s+(?:morning|afternoon|evening|night))?)[.!?]?$`, 'u');
/** The verbs of saying a source put after its claim speaks by ("…, police said"). */
const SAYING = /^(?:said|says|told|tells|added|adds|reported|reports|wrote|writes|announced|confirmed|stated|noted|explained|warned)$/u;
/** A clause that closes on a comma right before the source: the claim of a source put after it. */
const CLAUSE_BEFORE_SOURCE = /^\s*([\p{Lu}\d][^"“”\n]*?),\s*$/u;
/** A writer's concession after the adjunct ("…, said on Friday, though gaps remain"): no part of what the source said. */
const CONCESSION_AFTER = /,\s+(?:though|although|even though|but|while|whereas|even as)\s[\s\S]*$/u;
/** At least three words: a clause, not a fronted "On Friday,". */
const THREE_WORDS = /\S+\s+\S+\s+\S/u;

/** One reading with its adjunct claim replaced by the clause before its source. */
function withClaimBeforeSource(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue, content } = f;
  if (source === null || cue === null || content.length !== 1 || source.end > cue.start || content[0].start < cue.end) return f;
  if (!SAYING.test(text.slice(cue.start, cue.end)) || !ADJUNCT_ONLY.test(text.slice(content[0].start, content[0].end).replace(CONCESSION_AFTER, ''))) return f;
  const start = sentenceStartBefore(text, source.start);
  if (start < 0) return f;
  const clause = CLAUSE_BEFORE_SOURCE.exec(text.slice(start, source.start));
  if (clause === null || !THREE_WORDS.test(clause[1])) return f;
  const from = start + clause[0].indexOf(clause[1]);
  const claim: Span = withoutDateline(text, { start: from, end: from + clause[1].length });
  return claim.end > claim.start ? { ...f, content: [claim] } : f;
}

/** Every reading whose claim is only when or where its source spoke, given the clause before the source. */
export function withClaimBeforeTrailingSource(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withClaimBeforeSource);
}
