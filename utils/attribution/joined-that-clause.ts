/**
 * "People close to the firm said its board had received another offer, a private equity firm's,
 * but that those talks did not advance": a second "that" clause joined by "but" or "and" is the
 * same claim going on. The taggers often stop the claim at the comma before it; and they run it
 * over the writer's ", but that was before …", which is no part of it.
 */
import type { AttributionSpans, Span } from './types';

/**
 * After the claim's end: maybe an apposition (no relative clause), then "but that" or "and that"
 * and the start of a clause's subject (a pronoun, a determiner, a name or an adverb: "but that
 * those talks …"), not a demonstrative "that" with its verb or noun ("but that wasn't the case").
 */
const JOINED_THAT = /^(?:,\s(?!(?:which|who|whom|whose|where|when)\b)[^,.;:!?"“”\n]{1,60})?,?\s+(?:but|and)\s+(?:also\s+)?that\s+(?=(?:he|she|it|they|we|I|you|there|those|these|this|his|her|its|their|our|the|a|an|some|many|most|no|any|each|every|all|both|\p{Lu}\p{L}*|\p{Ll}+ly)\s)/u;
/** The end of the sentence the joined clause is in (a full stop, "!" or "?", maybe a closing mark). */
const SENTENCE_END = /[.!?]["”’]?(?=\s|$)/u;
/** How far the joined clause may run, in characters. */
const MAX_CLAUSE = 400;

/** Inside a claim: ", but that was …", a demonstrative "that" and its verb, the writer's own comment on the claim. */
const BUT_THAT_WAS = /,\s+but\s+that\s+(?:was|is|has|had|could|would|may|might|will|did|does|wasn['’]t|isn['’]t|hasn['’]t|hadn['’]t|didn['’]t|doesn['’]t|won['’]t|seems|seemed|changed)\b/u;

/** True when the span starts inside [from, to). */
const startsIn = (s: Span | null, from: number, to: number): boolean => s !== null && s.start >= from && s.start < to;

/** The readings whose claim stopped before a joined "but that …" clause run on to their sentence's end, and those run over a demonstrative ", but that was …" cut before it. */
export function withJoinedThatClause(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return found.map((f) => {
    const last = f.content[f.content.length - 1];
    if (!last || !f.cue || f.cue.start > last.start) return f;
    const piece = text.slice(last.start, last.end);
    const comment = /["“”]/u.test(piece) ? null : BUT_THAT_WAS.exec(piece);
    if (comment !== null) return { ...f, content: [...f.content.slice(0, -1), { start: last.start, end: last.start + comment.index }] };
    const m = JOINED_THAT.exec(text.slice(last.end, last.end + 120));
    if (m === null) return f;
    const rest = text.slice(last.end + m[0].length, last.end + m[0].length + MAX_CLAUSE);
    const stop = SENTENCE_END.exec(rest);
    if (stop === null || rest.slice(0, stop.index).includes('\n') || /["“”]/u.test(rest.slice(0, stop.index))) return f;
    const end = last.end + m[0].length + stop.index;
    // never over another reading's words
    if (found.some((o) => o !== f && (startsIn(o.cue, last.end, end) || startsIn(o.source, last.end, end) || o.content.some((c) => c.start < end && last.end < c.end)))) return f;
    return { ...f, content: [...f.content.slice(0, -1), { start: last.start, end }] };
  });
}
