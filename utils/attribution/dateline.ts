/**
 * Datelines: wire and newspaper stories open with the place (and often the agency) before the
 * first sentence ("CAIRO (Reuters) - Talks stalled…", "KYIV, Ukraine (AP) — …"). When a claim is
 * that first sentence, the dateline is the story's label, not part of what the source said.
 */
import type { Span } from './types';

/**
 * A dateline at the start of a paragraph: a place in capitals (up to four words), then maybe a
 * region or date after a comma, maybe an agency in brackets, then a dash and a space, and the
 * story's first sentence starting with a capital ("NATO — not Washington — should …" is no dateline).
 */
const DATELINE = /^[\p{Lu}][\p{Lu}'’.-]+(?:[ \t]+[\p{Lu}][\p{Lu}'’.-]*){0,3}(?:,[ \t]*[\p{Lu}][\p{L}.]*(?:[ \t]+[\p{L}\d.]+){0,2})?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:--|[-–—])[ \t]+(?=[\p{Lu}"“‘'])/u;

/** Whether offset i starts a paragraph (text start, or only spaces since a line break). */
function startsParagraph(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = text[j];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/**
 * A span that opens a paragraph, or starts inside its dateline ("Kenya — The ministry" of "NAIROBI,
 * Kenya — The ministry said"), without the dateline (unchanged otherwise).
 */
export function withoutDateline(text: string, s: Span): Span {
  if (!startsParagraph(text, s.start)) {
    const end = datelineEnd(text, s.start);
    return end > s.start && end < s.end ? { start: end, end: s.end } : s;
  }
  const m = DATELINE.exec(text.slice(s.start, Math.min(s.end, s.start + 120)));
  if (!m || s.start + m[0].length >= s.end) return s;
  return { start: s.start + m[0].length, end: s.end };
}

/** How far into its paragraph a dateline may reach. */
const DATELINE_REACH = 80;

/**
 * Whether offset `at` lies inside the dateline that opens its paragraph ("OSLO, May 12 (Reuters) -
 * "): the story's label, so neither the place nor the agency is anyone a later "the company" means.
 */
export function insideDateline(text: string, at: number): boolean {
  return datelineEnd(text, at) > at;
}

/** Whether `at` is where a paragraph's dateline ends: the story's first sentence starts there. */
export const startsAfterDateline = (text: string, at: number): boolean => datelineEnd(text, at) === at;

/** Where the dateline that opens the paragraph of `at` ends (its dash and spaces included); -1 when there is none. */
function datelineEnd(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start <= DATELINE_REACH && text.charCodeAt(start - 1) !== 10) start--;
  if (at - start > DATELINE_REACH) return -1;
  while (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9) start++;
  const m = DATELINE.exec(text.slice(start, start + 120));
  return m === null ? -1 : start + m[0].length;
}
