/**
 * One subject, several reporting verbs: "the mayor said …, adding that …", "Ruiz denied the report
 * and called it …". The second verb has no subject of its own, so the role tagger finds no source
 * for it; it is the first verb's source, which a reader would name without thinking.
 */
import type { AttributionSpans, Span } from './types';

/** Beyond this many characters between the two verbs the link is too loose to trust. */
const MAX_GAP = 400;
/** The second verb joins the first: after a comma ("…, adding"), "and" or "but" ("… and called"). */
const JOINED = /(?:,|[,;]?\s(?:and|but)(?:\s(?:also|then|later))?)\s*$/;
/** A sentence ends between the two verbs: the second belongs to someone else. */
const SENTENCE_END = /[.!?]["”’']?\s+["“‘']?\p{Lu}/u;

/**
 * Gives each source-less attribution the source of the attribution just before it in the same
 * sentence when its cue is joined to that one's ("…, adding", "and said"). Order is kept.
 */
export function shareSubjects(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const out = found.slice();
  const byCue = found.map((_, i) => i).filter((i) => found[i].cue).sort((i, j) => found[i].cue!.start - found[j].cue!.start);
  let previous: { after: number; source: Span } | null = null;
  for (const i of byCue) {
    const a = found[i], cue = a.cue!;
    if (!a.source && previous && previous.after <= cue.start && cue.start - previous.after <= MAX_GAP) {
      const gap = text.slice(previous.after, cue.start);
      if (JOINED.test(gap) && !SENTENCE_END.test(gap) && !gap.includes('\n')) out[i] = { ...a, source: previous.source };
    }
    const source = out[i].source;
    if (source) previous = { after: Math.max(cue.end, source.end), source };
  }
  return out;
}
