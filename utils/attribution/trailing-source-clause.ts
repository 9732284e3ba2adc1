/**
 * "Nearly 11,000 adult patients … will lose access to NHS dental care next month after the last
 * practice still treating them … decided to go private, local health leaders have warned.": the
 * tagger kept only the tail of the clause before a trailing source. A claim that ends right before
 * ", <source> <cue>." at its sentence's end, and starts inside its sentence with no quotation or
 * other reading before it, is the whole clause from the sentence's opening.
 */
import { sentenceOpeningBefore } from './sentences';
import { withoutDateline } from './dateline';
import type { AttributionSpans } from './types';
import { byNumber, firstAtOrAfter } from './sorted-offsets';
import { WEEKDAYS } from './time-words';

/** Only a comma and spaces between a claim and its source. */
const COMMA_GAP = /^,\s+$/u;
/** After the cue, at most a time and the sentence's end. */
const CUE_ENDS_SENTENCE = new RegExp(String.raw`^(?:\s+(?:on\s+)?(?:${WEEKDAYS}|today|yesterday|last\s+\p{Ll}+|this\s+\p{Ll}+))?[.!?]`, 'u');
/** Only spaces between a claim that kept its comma and its source. */
const SPACE_GAP = /^\s+$/u;

/** The readings whose claim before a trailing source was cut inside its clause, given the whole clause: a lede's news is what the source said. */
export function withWholeClauseBeforeTrailingSource(text: string, found: AttributionSpans[]): AttributionSpans[] {
  let changed = false;
  const cueStarts = found.filter((f) => f.cue !== null).map((f) => f.cue!.start).sort(byNumber);
  const out = found.map((f) => {
    const { source, cue } = f;
    if (!source || !cue || f.content.length !== 1 || source.end > cue.start) return f;
    const claim = f.content[0];
    // (the claim may end on its comma, or just before it)
    if (!COMMA_GAP.test(text.slice(claim.end, source.start)) && !SPACE_GAP.test(text.slice(claim.end, source.start))) return f;
    if (!CUE_ENDS_SENTENCE.test(text.slice(cue.end, cue.end + 30))) return f;
    const opening = sentenceOpeningBefore(text, claim.start);
    if (opening < 0 || opening >= claim.start) return f;
    const before = text.slice(opening, claim.start);
    // only a claim cut inside its clause (after a word, or a bare relative after its noun), not one after a fronted phrase and its comma ("However, …")
    if (!/\p{Ll}\s+$/u.test(before) && !/^(?:which|who)\b/u.test(text.slice(claim.start, claim.start + 6))) return f;
    // (nor one after a lone connective, which is no part of the claim: "But …", "Still …")
    if (/^\p{Lu}\p{Ll}*\s+$/u.test(before)) return f;
    // (nothing quoted and no other reading's cue in what would be added)
    const k = firstAtOrAfter(cueStarts, opening);
    if (/["“”:;]|''/u.test(before) || /^['‘"“]/u.test(text.slice(claim.start, claim.start + 1)) || (k < cueStarts.length && cueStarts[k] < claim.start) || before.includes('\n')) return f;
    const whole = withoutDateline(text, { start: opening, end: claim.end });
    const end = whole.start + text.slice(whole.start, whole.end).replace(/[,\s]+$/u, '').length;
    changed = true;
    return { ...f, content: [{ start: whole.start, end }] };
  });
  return changed ? out : found;
}
