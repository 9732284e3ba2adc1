/**
 * Interview features print the writer's question as a paragraph of its own ("Was she ever
 * frightened by the responsibility?") and the answer as a quotation with no "she said" after it.
 * A reader takes that quotation as the answer of the person being interviewed, so it becomes a
 * claim with no cue and no source span: the source typing carries the speaker who was just quoted.
 */
import { claimCoverage } from './claim-coverage';
import type { AttributionSpans, Span } from './types';

/** A question paragraph: no quote marks, short, ending with its question mark. */
const QUESTION = /^[^"“”«»\n]{8,250}\?$/u;
/** An answer paragraph: opens with a double quote mark. */
const OPENS_QUOTE = /^["“«]/u;
/** Paragraphs, by their non-empty lines. */
const PARAGRAPH = /[^\n]+/gu;

/** The trimmed span of a line. */
function trimmedLine(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Readings for the answers no reading holds: each run of quotation paragraphs right after a
 * question paragraph, one claim with a piece per paragraph (a quotation over several paragraphs
 * opens each with a mark, as one answer).
 */
export function findInterviewAnswers(text: string, found: readonly AttributionSpans[]): AttributionSpans[] {
  if (!text.includes('?')) return [];
  const lines = [...text.matchAll(PARAGRAPH)].map((m) => trimmedLine(text, m.index, m.index + m[0].length)).filter((s) => s.end > s.start);
  const held = claimCoverage(found);
  const out: AttributionSpans[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!QUESTION.test(text.slice(lines[i].start, lines[i].end))) continue;
    const answer: Span[] = [];
    for (let j = i + 1; j < lines.length && OPENS_QUOTE.test(text.slice(lines[j].start, lines[j].end)) && !held(lines[j]); j++) answer.push(lines[j]);
    if (answer.length > 0) out.push({ source: null, cue: null, content: answer });
  }
  return out;
}
