/**
 * One subject, several reporting verbs: "the mayor said …, adding that …", "Ruiz denied the report
 * and called it …". The second verb has no subject of its own, so the role tagger finds no source
 * for it; it is the first verb's source, which a reader would name without thinking.
 */
import type { AttributionSpans, Span } from './types';

/** Beyond this many characters between the two verbs the link is too loose to trust. */
const MAX_GAP = 400;
/**
 * The second verb joins the first: after a comma ("…, adding"), also one inside the first verb's
 * closing quote mark ("said: “…,” adding"), "and" or "but" ("… and called").
 */
const JOINED = /(?:,["”’']?|[,;]?\s(?:and|but)(?:\s(?:also|then|later))?)\s*$/;
/**
 * A preposition before a second verb in -ing: "defended the budget by saying …", "sang to her
 * before asking …". Such a clause has no subject of its own: it is the sentence's subject.
 */
const BEFORE_GERUND = /\s(?:by|while|before|after|when|without)\s*$/;
const GERUND = /^\p{Ll}+ing$/u;
/** Verbs that report a whole clause: a gerund or participle inside that clause belongs to it (claim-participles.ts reads the same list). */
export const REPORTS_CLAUSE = /^(?:said|says|say|told|tells|tell)$/iu;

/** A participle after the first verb's comma, the cue its object ("…, the group said on Monday, renewing | its call for …"). */
const PARTICIPLE_BEFORE = /,\s+\p{Ll}+ing\s+$/u;

/** Verbs of writing or appealing to someone, whose addressee the taggers may read as the next cue's source. */
const WRITTEN_TO = /^(?:(?:has|have|had)\s+)?(?:wrote|written|writes|write|appealed|appeals|turned|complained|petitioned)$/u;
/** "to", maybe "the", between that verb and its addressee. */
const ADDRESSEE_GAP = /^\s+to\s+(?:the\s+)?$/u;

/** A sentence ends between the two verbs: the second belongs to someone else. */
const SENTENCE_END = /[.!?]["”’']?\s+["“‘']?\p{Lu}/u;

/**
 * Gives each source-less attribution (or one whose source is the start of that one's) the source of
 * the attribution just before it in the same sentence when its cue is joined to that one's
 * ("…, adding", "and said"). Order is kept.
 */
export function shareSubjects(text: string, found: AttributionSpans[]): AttributionSpans[] {
  const out = found.slice();
  const byCue = found.map((_, i) => i).filter((i) => found[i].cue).sort((i, j) => found[i].cue!.start - found[j].cue!.start);
  let previous: { after: number; source: Span; content: Span[]; cue: string } | null = null;
  for (const i of byCue) {
    const a = found[i], cue = a.cue!;
    // no source, or the first verb's cut short ("the Civic Party candidate thanked … and said", read "the Civic Party")
    const cutShort = a.source !== null && previous !== null && a.source.start === previous.source.start && a.source.end < previous.source.end;
    // or a piece of the first verb's source ("Maria Castell, an analyst at Fenwick Research, said … but warned", read "Fenwick Research,")
    // (not the name apposed to close it: "Rachel Yoon" of "A county spokeswoman, Rachel Yoon," is that speaker already)
    const piece = a.source !== null && previous !== null && a.source.start > previous.source.start && a.source.end <= previous.source.end &&
      !(/,\s+$/u.test(text.slice(a.source.start - 2, a.source.start)) && /^\p{Lu}/u.test(text[a.source.start]) && /^,?\s*$/u.test(text.slice(a.source.end, previous.source.end)));
    // or the one written to, read as the source of the participle after it ("wrote to | Congress in June | asking for …")
    const addressee = a.source !== null && previous !== null && previous.after <= a.source.start && WRITTEN_TO.test(previous.cue) &&
      ADDRESSEE_GAP.test(text.slice(previous.after, a.source.start)) && GERUND.test(text.slice(cue.start, cue.end).split(/\s/u)[0]) && text.slice(a.source.end, cue.start).trim() === '';
    if ((!a.source || cutShort || piece || addressee) && previous && previous.after <= cue.start) {
      // the gap runs from the end of the first verb's reading: its quotation's sentences are no break
      const after = previous.content.reduce((end, s) => (s.end <= cue.start ? Math.max(end, s.end) : end), previous.after);
      const gap = text.slice(after, cue.start);
      const lead = text.slice(Math.max(previous.after, after - 2), cue.start);
      // a gerund inside the clause a speech verb reports is that clause's subject's ("Officials said
      // the suspect fled after telling …"); after other verbs it is the sentence's ("responded … by saying")
      const insideClaim = REPORTS_CLAUSE.test(previous.cue) && previous.content.some((s) => s.start <= cue.start && cue.start < s.end);
      const joined = JOINED.test(lead) || (BEFORE_GERUND.test(lead) && GERUND.test(text.slice(cue.start, cue.end)) && !insideClaim) || (PARTICIPLE_BEFORE.test(lead) && !insideClaim);
      if (cue.start - after <= MAX_GAP && (joined || addressee) && !SENTENCE_END.test(gap) && !gap.includes('\n')) out[i] = { ...a, source: previous.source };
    }
    const source = out[i].source;
    if (source) previous = { after: Math.max(cue.end, source.end), source, content: out[i].content, cue: text.slice(cue.start, cue.end) };
  }
  return out;
}
