/**
 * "The state news agency quoted the deputy defence minister, Arvan Kelesh, as saying that …": the
 * one quoted is the speaker of what follows "as saying", not the agency that quoted them. The
 * taggers, trained on "X said", find neither; this reads the construction by its shape.
 */
import type { AttributionSpans } from './types';

/** "quoted" or "cited", the one quoted (no sentence end or quotation inside), then "as saying" and maybe "that". */
const QUOTED_AS_SAYING = /\b(?:quoted|cited)\s+((?:the|a|an|his|her|its|their|\p{Lu})[^.;:!?"“”\n]{1,120}?),?\s+(as\s+(?:saying|telling\s+[^,.;:"“”\n]{1,40}?))(?:\s+that)?\s+(?=\S)/gu;
/** A quotation, then whoever quoted, "quoted" or "cited", the one quoted and "as saying" ending the sentence. */
const QUOTATION_THEN_QUOTED = /(["“][^"“”\n]{3,600}?["”])\s*,?\s+(?:the|a|an|its|his|her|their|\p{Lu})[^.;:!?"“”\n]{0,60}?\s(?:quoted|cited)\s+((?:the|a|an|his|her|its|their|\p{Lu})[^.;:!?"“”\n]{1,120}?),?\s+(as\s+saying)\s*(?=[.!?])/dgu;
/** The claim's end: a sentence's last mark (and a closing quotation mark after it), or the paragraph's end. */
const CLAIM_END = /[.!?](?=["”’]?(?:\s|$))|\n/u;

/** Readings of "X quoted Y as saying …", with Y as the source and "as saying" as the cue. */
export function findQuotedAsSaying(text: string): AttributionSpans[] {
  const out: AttributionSpans[] = [];
  if (!text.includes(' as saying') && !text.includes(' as telling')) return out;
  // (the quotation-first form below ends on "as saying" too)
  for (const m of text.matchAll(QUOTED_AS_SAYING)) {
    const sourceStart = m.index + m[0].indexOf(m[1]);
    const source = { start: sourceStart, end: sourceStart + m[1].replace(/[\s,]+$/u, '').length };
    const cueStart = m.index + m[0].indexOf(m[2], source.end - m.index);
    const claimStart = m.index + m[0].length;
    const rest = CLAIM_END.exec(text.slice(claimStart, claimStart + 600));
    if (rest === null || rest.index < 3) continue;
    out.push({ source, cue: { start: cueStart, end: cueStart + m[2].length }, content: [{ start: claimStart, end: claimStart + rest.index }] });
  }
  // "“…,” the release quoted Brisa's president, Elena Sørensen, as saying.": the quotation before is the claim
  for (const m of text.matchAll(QUOTATION_THEN_QUOTED)) {
    const [quote, quoted, cue] = [m.indices![1], m.indices![2], m.indices![3]];
    const source = { start: quoted[0], end: quoted[0] + m[2].replace(/[\s,]+$/u, '').length };
    out.push({ source, cue: { start: cue[0], end: cue[1] }, content: [{ start: quote[0], end: quote[1] }] });
  }
  return out;
}
