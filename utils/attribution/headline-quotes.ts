/**
 * Headlines that quote: "'I wanted to build something that lasts': Ruth Amankwah on bridges" and
 * "Lund: 'We will not back down'". The colon stands for "says"; the taggers, reading sentences
 * with verbs, find neither. A short paragraph of that shape gives the quotation to the name, with
 * the colon as the cue.
 */
import { claimCoverage } from './claim-coverage';
import type { AttributionSpans } from './types';

/** How soon after "Lund: '…'" the story must name Lund again (it does in its first paragraphs). */
const NAMED_AGAIN_WITHIN = 3000;
/** Longest paragraph read as a headline. */
const MAX_HEADLINE = 200;
/** A quotation, its colon, then a name (capitalised words, a title allowed) and whatever follows. */
const QUOTE_THEN_NAME = /^(["“‘'])([^"“”‘’]{3,}?)(["”’'])\s*(:)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)(?=\s+\p{Ll}|\s*$)/u;
/** A name (one to four capitalised words), its colon, then a quotation to the end of the line. */
const NAME_THEN_QUOTE = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s*(:)\s+(["“‘'][^"“”‘’]{3,}["”’']?)\s*$/u;
/** Marks matched to their openers, so "'…': Name" does not end at an apostrophe. */
const CLOSES: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

/** The headline reading of one short paragraph, or null. */
function readHeadline(text: string, at: number, line: string): AttributionSpans | null {
  const q = QUOTE_THEN_NAME.exec(line);
  if (q && CLOSES[q[1]] === q[3]) {
    const quoteEnd = q[1].length + q[2].length + q[3].length;
    const colon = line.indexOf(':', quoteEnd);
    const nameStart = line.indexOf(q[5], colon);
    return { source: { start: at + nameStart, end: at + nameStart + q[5].length }, cue: { start: at + colon, end: at + colon + 1 }, content: [{ start: at, end: at + quoteEnd }] };
  }
  const n = NAME_THEN_QUOTE.exec(line);
  // the name must be someone the story goes on to name ("Lund: …" then "Mayor Ana Lund said"), not a label ("Update: …")
  if (n && text.slice(at + line.length, at + line.length + NAMED_AGAIN_WITHIN).includes(n[1])) {
    const colon = n[1].length + line.slice(n[1].length).indexOf(':');
    const quoteStart = line.indexOf(n[3], colon);
    return { source: { start: at, end: at + n[1].length }, cue: { start: at + colon, end: at + colon + 1 }, content: [{ start: at + quoteStart, end: at + quoteStart + n[3].length }] };
  }
  return null;
}

/** Readings for headline quotations no reading holds, one per short paragraph of that shape. */
export function findHeadlineQuotes(text: string, found: readonly AttributionSpans[]): AttributionSpans[] {
  const out: AttributionSpans[] = [];
  const held = claimCoverage(found);
  for (const m of text.matchAll(/[^\n]+/gu)) {
    const line = m[0].trimEnd();
    if (line.length > MAX_HEADLINE || !/:/u.test(line)) continue;
    const reading = readHeadline(text, m.index, line);
    if (reading && !held(reading.content[0])) out.push(reading);
  }
  return out;
}
