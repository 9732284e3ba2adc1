/**
 * Quote continuations: a paragraph that is nothing but a quotation, with no cue of its own, right
 * after a paragraph whose attribution quotes someone, goes on with that speaker's words (news
 * writing gives the speaker once and lets the quote run on). Such paragraphs join that
 * attribution's content, so the reader sees them attached to the previous speaker.
 */
import { isInlineSpace, splitAtParagraphs } from './quote-extent';
import type { AttributionSpans, Span } from './types';

const OPENERS = new Set(['“', '"', '«', '„']);
const CLOSERS = new Set(['”', '"', '»', '“']);
const QUOTE_MARK = /["“”«»„]/u;

/** A paragraph that is one quotation: opens with a mark and closes with one, or runs on unclosed. */
function wholeQuote(text: string, p: Span): boolean {
  if (!OPENERS.has(text[p.start]) || p.end - p.start < 3) return false;
  const last = text[p.end - 1];
  const closedAtEnd = CLOSERS.has(last) || (/[.!?]/u.test(last) && CLOSERS.has(text[p.end - 2]));
  if (closedAtEnd) {
    // no mark in between: "“A,” she said. “B.”" is a quote with its own cue, not a continuation
    const inner = text.slice(p.start + 1, CLOSERS.has(last) ? p.end - 1 : p.end - 2);
    return !QUOTE_MARK.test(inner);
  }
  return !QUOTE_MARK.test(text.slice(p.start + 1, p.end));
}

/**
 * Whether no found span covers any character in [from, to) (offsets within the text): the found
 * spans' covered stretches, merged and sorted, then a binary search per question, so the cost
 * follows the number of spans rather than the text length. A span adds one at its start and takes
 * one at its end (offsets outside the text left out), and a character is covered where the running
 * count is above zero.
 */
export function uncoveredTest(text: string, found: AttributionSpans[]): (from: number, to: number) => boolean {
  // events as numbers, offset * 2 + 1 for a start and offset * 2 for an end, sorted natively
  const keys: number[] = [];
  const add = (at: number, start: boolean): void => { if (Number.isInteger(at) && at >= 0 && at <= text.length) keys.push(at * 2 + (start ? 1 : 0)); };
  for (const f of found) for (const s of [f.cue, f.source, ...f.content]) if (s) { add(s.start, true); add(s.end, false); }
  // copied by `set` (from() walks the array through an iterator, a cost per element)
  const events = new Float64Array(keys.length);
  events.set(keys);
  events.sort();
  const starts: number[] = [], ends: number[] = [];
  let depth = 0;
  for (let k = 0; k < events.length;) {
    const at = Math.floor(events[k] / 2);
    for (; k < events.length && Math.floor(events[k] / 2) === at; k++) depth += events[k] % 2 === 1 ? 1 : -1;
    const next = k < events.length ? Math.floor(events[k] / 2) : text.length;
    if (depth <= 0 || next <= at || at >= text.length) continue;
    if (ends.length > 0 && ends[ends.length - 1] === at) ends[ends.length - 1] = next;
    else { starts.push(at); ends.push(next); }
  }
  return (from, to) => {
    const lo = Math.min(from, to), hi = Math.max(from, to);
    if (lo === hi) return true;
    let a = 0, b = ends.length;
    while (a < b) { const mid = (a + b) >> 1; if (ends[mid] <= lo) a = mid + 1; else b = mid; }
    return a === ends.length || starts[a] >= hi;
  };
}

/** Adds cue-less quote paragraphs to the attribution quoting just before them; linear time; returns `found`. */
export function attachQuoteContinuations(text: string, found: AttributionSpans[]): AttributionSpans[] {
  if (found.length === 0 || !QUOTE_MARK.test(text)) return found;
  const paras = splitAtParagraphs(text, { start: 0, end: text.length });
  const uncovered = uncoveredTest(text, found);
  const lastEnd = (f: AttributionSpans): number => f.content[f.content.length - 1]?.end ?? -1;
  const quoting = found.filter((f) => f.content.some((s) => QUOTE_MARK.test(text.slice(s.start, s.end))));
  const byEnd = quoting.sort((a, b) => lastEnd(a) - lastEnd(b));
  let next = 0;
  let speaker: AttributionSpans | null = null;
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    if (speaker && wholeQuote(text, p) && uncovered(p.start, p.end)) {
      speaker.content.push({ start: p.start, end: p.end });
      continue;
    }
    // the quoting attribution whose content ends last inside this paragraph speaks on
    speaker = null;
    while (next < byEnd.length && lastEnd(byEnd[next]) <= p.end) {
      if (lastEnd(byEnd[next]) > p.start) speaker = byEnd[next];
      next++;
    }
  }
  return found;
}

/**
 * The opening mark of the quotation that starts the next sentence after `at` (`first`: after the
 * rest of the speaker's own sentence, which may not hold a quote mark), or only after spaces; -1
 * if there is none. Reads no further than that sentence, so every attribution costs its sentence.
 */
function nextQuotationStart(text: string, at: number, lineEnd: number, first: boolean): number {
  let i = at, ended = !first;
  for (; i < lineEnd && i < at + MAX_SENTENCE_REST; i++) {
    const ch = text[i];
    if (isInlineSpace(ch)) continue;
    if (ch === '\n') return -1;
    if (OPENERS.has(ch)) return ended && i > at ? i : -1;
    if (ended || QUOTE_MARK.test(ch)) return -1;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/u.test(text[i + 1] ?? '')) ended = true;
  }
  return -1;
}

/** How far past an attribution the rest of its sentence may run, and how long a joined quotation may be. */
const MAX_SENTENCE_REST = 600, MAX_QUOTATION = 3000;
/** Most content pieces one attribution gathers this way: a speaker's run of quotations, not a page of them. */
const MAX_PIECES = 12;

/** A quotation's extent from its opening mark at `open`, within [open, limit): its end, or -1. */
export function quotationEnd(text: string, open: number, limit: number): number {
  for (let i = open + 1; i < limit; i++) {
    const ch = text[i];
    if (ch === '”' || ch === '»' || (ch === '"' && text[open] === '"')) return i + 1;
    if (ch === '“' || ch === '«' || ch === '\n') return -1;
  }
  return -1;
}

/**
 * Quotations later in the same paragraph, with no cue of their own, right after a quoting
 * attribution's sentence ("“A,” she said. “B.” “C.”"), go on with that speaker's words too.
 */
export function attachSentenceContinuations(text: string, found: AttributionSpans[]): AttributionSpans[] {
  if (found.length === 0 || !QUOTE_MARK.test(text)) return found;
  const uncovered = uncoveredTest(text, found);
  const lastOf = (f: AttributionSpans): number => Math.max(f.cue?.end ?? -1, f.source?.end ?? -1, ...f.content.map((s) => s.end));
  for (const f of found) {
    if (!f.cue || !f.content.some((s) => OPENERS.has(text[s.start]))) continue;
    let at = lastOf(f);
    const lineEnd = text.length; // both scans stop at a line break themselves
    let first = true;
    for (;;) {
      if (f.content.length >= MAX_PIECES) break;
      const open = nextQuotationStart(text, at, lineEnd, first);
      if (open < 0) break;
      const end = quotationEnd(text, open, Math.min(lineEnd, open + MAX_QUOTATION));
      if (end < 0 || !uncovered(open, end)) break;
      f.content.push({ start: open, end });
      at = end;
      first = false;
    }
  }
  return found;
}
