/**
 * "Firefighters rescued residents, the fire service said early on Friday.": when a source after its
 * claim is followed only by when or where it spoke, the taggers sometimes take that adjunct for the
 * claim. An adjunct of time or medium says nothing (nor a concession the writer adds after it: ", though
 * gaps remain"), nor where after the time: "testified Wednesday at the arson trial"), nor the writer's "with …"
 * phrase after it ("Support … has fallen, a new poll shows, with most voters saying …"); the claim is the clause before the source.
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
  `^(?:(?:early|late|earlier|later)\\s+)?(?:(?:on|in|at|during|last|this|via|over)\\s+(?:(?:a|an|the|its|his|her|their)\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:${MEDIA}|week|weekend|month|year|morning|afternoon|evening|night)\\b(?:\\s+(?:on\\s+)?(?:${DAYS}))?|(?:on\\s+)?(?:${DAYS})\\b(?:\\s+(?:morning|afternoon|evening|night))?)(?:\\s+(?:at|in|before|outside)\\s+(?:a|an|the|his|her|their)\\s+[\\p{L}\\s-]{1,40}?)?[.!?]?$`, 'u');
/** The verbs of saying a source put after its claim speaks by ("…, police said"). */
const SAYING = /^(?:said|says|told|tells|added|adds|reported|reports|wrote|writes|announced|confirmed|stated|noted|explained|warned|testified|testifies|argued|argues|insisted|insists|acknowledged|admitted|conceded|claimed|alleged|shows|showed|found|finds|suggests|suggested)$/u;
/** The writer's "with …" phrase after the source and its comma ("…, a new poll shows, with most voters saying …"). */
const WITH_PHRASE = /^with\s/u;
/** A clause that closes on a comma right before the source: the claim of a source put after it. */
const CLAUSE_BEFORE_SOURCE = /^\s*([\p{Lu}\d][^"“”\n]*?),\s*$/u;
/** A writer's concession after the adjunct ("…, said on Friday, though gaps remain"): no part of what the source said. */
const CONCESSION_AFTER = /,\s+(?:though|although|even though|but|while|whereas|even as)\s[\s\S]*$/u;
/** At least three words: a clause, not a fronted "On Friday,". */
const THREE_WORDS = /\S+\s+\S+\s+\S/u;

/** One reading with its adjunct claim replaced by the clause before its source. */
function withClaimBeforeSource(text: string, f: AttributionSpans): AttributionSpans {
  const { cue, content } = f;
  const source = f.source ?? (cue === null ? null : trailingSubject(text, cue.start));
  if (source === null || cue === null || content.length !== 1 || source.end > cue.start || content[0].start < cue.end) return f;
  const after = text.slice(content[0].start, content[0].end);
  if (!SAYING.test(text.slice(cue.start, cue.end)) || !(ADJUNCT_ONLY.test(after.replace(CONCESSION_AFTER, '')) || (WITH_PHRASE.test(after) && /^,\s+$/u.test(text.slice(cue.end, content[0].start))))) return f;
  const start = sentenceStartBefore(text, source.start);
  if (start < 0) return f;
  const clause = CLAUSE_BEFORE_SOURCE.exec(text.slice(start, source.start));
  if (clause === null || !THREE_WORDS.test(clause[1])) return f;
  const from = start + clause[0].indexOf(clause[1]);
  const claim: Span = withoutDateline(text, { start: from, end: from + clause[1].length });
  return claim.end > claim.start ? { ...f, source, content: [claim] } : f;
}

/** The noun phrase between a clause's comma and the cue ("…, |a state fire investigator| testified"): two to eight words, no comma. */
const SUBJECT_AFTER_COMMA = /,\s+((?:(?:a|an|the|his|her|their|its)\s|\p{Lu})[^,;:"“”\n]*?)\s+$/u;

/** A sourceless reading's subject set after its clause, when the taggers left it out. */
function trailingSubject(text: string, cueStart: number): Span | null {
  const start = sentenceStartBefore(text, cueStart);
  const m = start < 0 ? null : SUBJECT_AFTER_COMMA.exec(text.slice(start, cueStart));
  if (m === null) return null;
  const words = m[1].split(/\s+/u).length;
  if (words < 2 || words > 8) return null;
  const from = start + m.index + m[0].indexOf(m[1]);
  return { start: from, end: from + m[1].length };
}

/** Every reading whose claim is only when or where its source spoke, given the clause before the source. */
export function withClaimBeforeTrailingSource(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withClaimBeforeSource);
}
