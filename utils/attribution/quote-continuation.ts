/**
 * Quote continuations: a paragraph that is nothing but a quotation, with no cue of its own, right
 * after a paragraph whose attribution quotes someone, goes on with that speaker's words (news
 * writing gives the speaker once and lets the quote run on). Such paragraphs join that
 * attribution's content, so the reader sees them attached to the previous speaker.
 */
import type { AttributionSpans, Span } from './types';

const OPENERS = new Set(['“', '"', '«', '„']);
const CLOSERS = new Set(['”', '"', '»', '“']);
const QUOTE_MARK = /["“”«»„]/u;

/** Paragraphs as [start, end) character ranges, blank edges trimmed, empty ones left out. */
function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  while (start < n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let a = start, b = end;
    while (a < b && /\s/u.test(text[a])) a++;
    while (b > a && /\s/u.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
    start = end + 1;
  }
  return out;
}

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

/** Per character position, how many characters before it some found span covers (prefix counts). */
function coverage(text: string, found: AttributionSpans[]): Int32Array {
  const diff = new Int32Array(text.length + 1);
  for (const f of found) {
    for (const s of [f.cue, f.source, ...f.content]) if (s) { diff[s.start]++; diff[s.end]--; }
  }
  const covered = new Int32Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depth += diff[i];
    covered[i + 1] = covered[i] + (depth > 0 ? 1 : 0);
  }
  return covered;
}

/** Adds cue-less quote paragraphs to the attribution quoting just before them; linear time; returns `found`. */
export function attachQuoteContinuations(text: string, found: AttributionSpans[]): AttributionSpans[] {
  if (found.length === 0 || !QUOTE_MARK.test(text)) return found;
  const paras = paragraphs(text);
  const covered = coverage(text, found);
  const lastEnd = (f: AttributionSpans): number => f.content[f.content.length - 1]?.end ?? -1;
  const quoting = found.filter((f) => f.content.some((s) => QUOTE_MARK.test(text.slice(s.start, s.end))));
  const byEnd = quoting.sort((a, b) => lastEnd(a) - lastEnd(b));
  let next = 0;
  let speaker: AttributionSpans | null = null;
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    if (speaker && wholeQuote(text, p) && covered[p.end] === covered[p.start]) {
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
