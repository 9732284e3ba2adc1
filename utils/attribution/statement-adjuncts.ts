/**
 * Where something was said is not what was said. "…, the Bureau of Meteorology said in its seasonal
 * climate summary on Tuesday." left the taggers reading the adjunct after the cue as the claim, and
 * "confirmed the agreement in a statement" ran the claim over it. A claim that is only such an
 * adjunct is the clause before the source instead; one that ends in it stops before it.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans } from './types';

/** The vehicles of a statement. */
const VEHICLE = String.raw`(?:statement|interview|email|e-mail|letter|post|tweet|release|briefing|summary|report|update|filing|note|speech|video|podcast|broadcast|message)`;
/** A time after the adjunct ("on Tuesday", "last week"). */
const TIME = String.raw`(?:\s+(?:on\s+\p{Lu}\p{Ll}+day|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|earlier|later|today|yesterday))?`;
/** A whole claim that is only the adjunct: "in its seasonal climate summary on Tuesday". */
const ONLY_ADJUNCT = new RegExp(String.raw`^(?:in|on|at|during|via|through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,4}${VEHICLE}${TIME}[.]?$`, 'iu');
/** A claim that ends in the adjunct: "the agreement | in a statement". */
const ENDS_IN_ADJUNCT = new RegExp(String.raw`\s+in\s+(?:a|an)\s+(?:(?:written|brief|short|joint|separate|new|lengthy|\p{Lu}[\p{L}-]*)\s+){0,2}(?:statement|interview|email|e-mail|tweet|post|release|letter)${TIME}$`, 'u');
/** The clause before a postposed source: from the sentence's start to the comma before the source (or before the words of its phrase the taggers left out: "the Bureau of |Meteorology"). */
const CLAUSE_BEFORE = /(?:^|[.!?]["”’]?\s+|\n)([^.!?\n]{12,}?),\s+(?:[\p{L}'’-]+\s+){0,4}$/u;

/** The readings whose claim was where it was said, given what was said. */
export function withoutStatementAdjuncts(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, claimNotAdjunct);
}

/** One reading so mended (a step for reading-passes.ts). */
function claimNotAdjunct(text: string, f: AttributionSpans): AttributionSpans {
  const { source, cue } = f;
  if (!cue || f.content.length !== 1) return f;
  const piece = f.content[0];
  const claim = text.slice(piece.start, piece.end);
  if (source && source.end <= cue.start && piece.start >= cue.end && ONLY_ADJUNCT.test(claim)) {
    const from = Math.max(0, source.start - 400);
    const before = CLAUSE_BEFORE.exec(text.slice(from, source.start));
    if (!before) return f;
    const start = from + before.index + before[0].indexOf(before[1]);
    return { ...f, content: [{ start, end: start + before[1].length }] };
  }
  const tail = piece.start >= cue.end ? ENDS_IN_ADJUNCT.exec(claim) : null;
  return tail && tail.index >= 3 ? { ...f, content: [{ start: piece.start, end: piece.start + tail.index }] } : f;
}
