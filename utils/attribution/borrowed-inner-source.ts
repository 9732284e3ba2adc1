/**
 * "The Writers Guild said the price increase showed that …", "Armitage said the pattern Nwosu
 * described was …": a verb inside a speaker's claim that the taggers gave no source of its own.
 * Left so, its speaker would be looked for in the sentence and found in the outer speaker, putting
 * words in the wrong mouth; its subject is in the claim ("the price increase", "Nwosu"), and what
 * it says is already part of the outer reading's claim. It is dropped, unless a document is its
 * subject ("said the report showed …"): a finding the speaker cites, whose source is found.
 */
import { containmentIndex, someHolding } from './sorted-offsets';
import { isDocumentWord } from './sourcing-recall-words';
import type { AttributionSpans } from './types';

/** The last word before the cue, past its auxiliaries ("the report | has | found"). */
const WORD_BEFORE = /([\p{L}-]+)\s+(?:(?:has|have|had|also|now)\s+)*$/u;

/** Whether a document is the cue's subject ("said the report showed …"): one the speaker cites, found by its own reading, kept. */
function documentBefore(text: string, at: number): boolean {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  return m !== null && isDocumentWord(m[1].toLowerCase());
}

/** The readings less those with no source whose cue lies inside a sourced reading's claim (a document's finding kept). */
export function withoutBorrowedInnerSources(text: string, found: AttributionSpans[]): AttributionSpans[] {
  if (!found.some((f) => f.source === null && f.cue !== null)) return found;
  // the claims of sourced readings (after their cue), indexed to ask "which claim holds this cue" without a scan per reading
  const claims = containmentIndex(found.filter((f) => f.source !== null && f.cue !== null).flatMap((f) => f.content.filter((c) => c.start >= f.cue!.end)));
  return found.filter((f) => {
    const cue = f.cue;
    if (f.source !== null || cue === null || documentBefore(text, cue.start)) return true;
    return !someHolding(claims, cue, (claim) => claim.start < cue.start);
  });
}
