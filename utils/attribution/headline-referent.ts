/**
 * A headline names its speaker by role and the story names them after: "…, publicist confirms"
 * then "publicist Dominic Ashgrove said". A source on the text's first line that no earlier mention
 * resolves is looked for ahead, as the first named mention the story describes with its head noun.
 */
import type { Entity } from './source-entity';
import type { MentionTimeline } from './mention-timeline';
import { headPattern, mentionsWord } from './head-patterns';
import { headlineLine, MAX_HEADLINE } from './headline-case';
import { titledWith } from './role-person';
import { isPlaceName } from './coreference-bodies';

/** How far into the story the headline's speaker must be named. */
const NAMED_WITHIN = 2000;

/** The named person or body a headline source [start, end) with head noun `head` turns out to be, or null. */
export function headlineReferent(text: string, start: number, end: number, head: string, timeline: MentionTimeline): Entity | null {
  const line = headlineLine(text);
  if (line.end >= text.length || start < line.start || end > line.end || line.end - line.start > MAX_HEADLINE || head === '') return null;
  const described = mentionsWord(headPattern(head), timeline.wordAnswers);
  const m = timeline.findForward(line.end, NAMED_WITHIN, (x) => x.name === true && (x.entity.type === 'named-person' || (x.entity.type === 'named-organization' && !isPlaceName(x.entity.name))) &&
    (described(x) || titledWith(head, text, x)));
  return m?.entity ?? null;
}
