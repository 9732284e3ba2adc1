/**
 * The writer's gloss on a claim is no part of it: "…would “return the war to where it came from,”
 * a phrase he has used before …", "…moved into “excess supply,” language that economists read as
 * …", "…bar most migrants, the administration's toughest move yet". The taggers run the claim on
 * over such an apposition; it ends before it.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** After a closing quotation mark and a comma: a noun phrase about the words themselves ("a phrase he has used"). */
const GLOSS_ON_QUOTED = /(?:,[”"]|[”"],)\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2})?(?:phrase|term|reference|remark|line|slogan|words?|echo|nod|language|characteri[sz]ation|description|label|allusion)\b/u;
/** After a comma: a noun phrase that sizes up what was done ("the administration's toughest move yet"). */
const GLOSS_ON_ACT = /,\s+(?:the|a|an|its|his|her|their|[\p{Lu}][\p{L}.&-]*['’]s?)\s+(?:[\p{L}'’-]+\s+){0,3}(?:move|step|escalation|attempt|effort|sign|signal|blow|setback|victory|rebuke|reversal|departure|shift|turnaround|concession)\s+(?:yet|so far|to date|in (?:years|decades|a decade|a generation)|since)\b/u;

/** After a comma: what the claimed figure or act did next ("a result that sent its shares up 30 per cent"). */
const GLOSS_ON_RESULT = /,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:result|figure|move|decision|outcome|rise|fall|drop|increase|jump|decline|gain|loss|number)\s+that\s+(?:sent|pushed|drove|left|lifted|knocked|wiped|sparked|prompted|triggered|surprised|rattled|disappointed|beat|exceeded|fell|came)\b/u;
/** A participle clause opening a claim's piece after an "according to" source: the writer's comment ("…, setting up a tense finish"). */
const PARTICIPLE_AFTER_SOURCE = /^(?:setting|taking|marking|making|raising|leaving|bringing|putting|signall?ing|underscoring|highlighting|capping|extending|continuing|fuelling|fueling|deepening|adding\s+to)\b/u;

/** The readings with a gloss cut off the end of their claim. */
export function withoutWriterGloss(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, glossCut);
}

/** One reading so mended (a step for reading-passes.ts). */
function glossCut(text: string, f: AttributionSpans): AttributionSpans {
  // "…, according to figures from the commission, setting up a tense finish": the participle is the writer's
  if (f.content.length > 1 && f.source && f.cue && /^according/iu.test(text.slice(f.cue.start, f.cue.end))) {
    const kept = f.content.filter((c) => c.start < f.source!.end || !PARTICIPLE_AFTER_SOURCE.test(text.slice(c.start, c.start + 20)));
    if (kept.length > 0 && kept.length < f.content.length) return glossCut(text, { ...f, content: kept });
  }
  const last = f.content[f.content.length - 1];
  if (!last || !f.cue || f.cue.start > last.start) return f;
  const piece = text.slice(last.start, last.end);
  const quoted = GLOSS_ON_QUOTED.exec(piece);
  // (a quotation mark after the gloss: the gloss may be inside the speaker's own words)
  const act = quoted ? null : GLOSS_ON_ACT.exec(piece) ?? GLOSS_ON_RESULT.exec(piece);
  const m = quoted ?? act;
  if (m === null || /["“”]/u.test(piece.slice(m.index + m[0].length))) return f;
  const end = last.start + m.index + (quoted ? 2 : 0);
  if (end - last.start < 8) return f;
  return { ...f, content: [...f.content.slice(0, -1), { start: last.start, end }] };
}
