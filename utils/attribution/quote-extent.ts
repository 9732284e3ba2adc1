/**
 * A claim that starts at an opening quotation mark runs to its closing mark, and one that ends at a
 * closing mark starts at its opening one: the taggers read a few words at a time and often stop a
 * multi-sentence quotation after its first sentence, or start it at its second.
 */
import type { Span } from './types';

/** A double-quoted stretch on one run (straight or curly marks): what a writer's-words test sets aside (`.replace(QUOTATIONS, …)`). */
export const QUOTATIONS = /["“][^"“”]*["”]/gu;

/** Quotations longer than this are left as the taggers cut them (and the scan stays bounded). */
const MAX_REACH = 1500;

/** White space within a line (space, tab, no-break space): what may sit between a quotation and its byline or the next one. */
export const isInlineSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\u00a0';

const isDoubleQuote = (ch: string | undefined): boolean => ch === '“' || ch === '”' || ch === '"';
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}'’‘]/u.test(ch);

/** +1 where the mark at i opens a quotation, -1 where it closes one, 0 where that is unclear or it is no mark. */
export function quoteMarkRole(text: string, i: number): number {
  const ch = text[i];
  if (!isDoubleQuote(ch)) return 0;
  const before = text[i - 1], after = text[i + 1];
  const opens = ch === '“' ? !isWordChar(before) : !isWordChar(before) && after !== undefined && !/\s/.test(after);
  const closes = ch === '”' ? after === undefined || !isWordChar(after) : before !== undefined && !/\s/.test(before) && !isWordChar(after);
  if (opens && !closes) return 1;
  if (closes && !opens) return -1;
  return 0;
}

/** Depth of quotation at the end of [start, end): positive when marks opened inside are still open. */
function balance(text: string, start: number, end: number): { open: number; unopened: number } {
  let depth = 0, unopened = 0;
  for (let i = start; i < end; i++) {
    const role = quoteMarkRole(text, i);
    if (role > 0) depth++;
    else if (role < 0) {
      if (depth > 0) depth--;
      else unopened++;
    }
  }
  return { open: depth, unopened };
}

/** How far back a quotation mark is looked for when asking whether a position is quoted (keeps the check bounded). */
const QUOTE_LOOKBACK = 2000;

/** True when a quotation opened between `from` and `at` (at most QUOTE_LOOKBACK before it) is still open at `at`. */
export function quotationOpenAt(text: string, from: number, at: number): boolean {
  return balance(text, Math.max(from, at - QUOTE_LOOKBACK), at).open > 0;
}

/** Where the quotation open at `from` (depth `open`) closes, within one line; -1 if not near. */
function closingAfter(text: string, from: number, open: number): number {
  let depth = open;
  const stop = Math.min(text.length, from + MAX_REACH);
  for (let i = from; i < stop; i++) {
    if (text[i] === '\n') return -1;
    const role = quoteMarkRole(text, i);
    if (role > 0) depth++;
    else if (role < 0 && --depth === 0) return i + 1;
  }
  return -1;
}

/** Where the quotation that closes `unopened` times inside a span opened, within one line; -1 if not near. */
function openingBefore(text: string, from: number, unopened: number): number {
  let depth = unopened;
  const stop = Math.max(0, from - MAX_REACH);
  for (let i = from - 1; i >= stop; i--) {
    if (text[i] === '\n') return -1;
    const role = quoteMarkRole(text, i);
    if (role < 0) depth++;
    else if (role > 0 && --depth === 0) return i;
  }
  return -1;
}

/** The content span widened to the whole quotation it starts or ends with; unchanged otherwise. */
export function fitContentToQuotation(text: string, span: Span): Span {
  const startsQuote = quoteMarkRole(text, span.start) > 0;
  const endsQuote = quoteMarkRole(text, span.end - 1) < 0;
  if ((!startsQuote && !endsQuote) || span.end - span.start > 2 * MAX_REACH) return span;
  const { open, unopened } = balance(text, span.start, span.end);
  if (startsQuote && open > 0 && unopened === 0) {
    const end = closingAfter(text, span.end, open);
    return end > 0 ? { start: span.start, end } : span;
  }
  if (endsQuote && unopened > 0 && open === 0) {
    const start = openingBefore(text, span.start, unopened);
    return start >= 0 ? { start, end: span.end } : span;
  }
  return span;
}

/** A closing quotation mark, with the comma or full stop set inside it, right at a position. */
const CLOSING_MARK_AHEAD = /^[,.!?;:]?["”]/u;

/**
 * A claim that opens a quotation and stops just short of its closing mark ("… is “true" before
 * `,”`) takes in the mark and the punctuation inside it: the quoted words end there.
 */
export function withClosingQuoteMark(text: string, span: Span): Span {
  if (span.end - span.start > 2 * MAX_REACH || balance(text, span.start, span.end).open === 0) return span;
  const mark = CLOSING_MARK_AHEAD.exec(text.slice(span.end, span.end + 2));
  return mark && quoteMarkRole(text, span.end + mark[0].length - 1) < 0 ? { start: span.start, end: span.end + mark[0].length } : span;
}

/** Content never runs over a paragraph break: a span that does becomes one piece per paragraph. */
export function splitAtParagraphs(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (start < span.end) {
    // the next line break inside the span only: a text without one is not scanned to its end per span
    let end = start;
    while (end < span.end && text.charCodeAt(end) !== 10) end++;
    let a = start, b = end;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
    start = end + 1;
  }
  return out;
}

/** A sentence's end, then a quotation opening the next sentence ('… the nurses. "The people …'). */
const QUOTATION_AFTER_SENTENCE = /[.!?]["”’]?\s+(["“])\p{Lu}/gu;

/**
 * An indirect claim that runs into a quotation opening the next sentence ("that he did not blame
 * the nurses. “The people on the ward were wonderful. …”") is two pieces: the claim to its
 * sentence's end, and the quotation, which `fitContentToQuotation` then takes whole. The role
 * tagger's window can end inside such a quotation and cut it at a sentence of its own.
 */
export function splitBeforeQuotation(text: string, span: Span): Span[] {
  if (span.end - span.start > 2 * MAX_REACH || isQuoteMarkAt(text, span.start)) return [span];
  const piece = text.slice(span.start, span.end);
  QUOTATION_AFTER_SENTENCE.lastIndex = 0;
  for (let m = QUOTATION_AFTER_SENTENCE.exec(piece); m !== null; m = QUOTATION_AFTER_SENTENCE.exec(piece)) {
    const mark = m.index + m[0].indexOf(m[1]);
    // the claim before must hold whole quotations only ('had been "run off their feet"')
    if (balance(text, span.start, span.start + m.index + 1).open !== 0) continue;
    return [{ start: span.start, end: span.start + m.index + 1 }, { start: span.start + mark, end: span.end }];
  }
  return [span];
}

/** A double quote mark at a position. */
function isQuoteMarkAt(text: string, i: number): boolean {
  const c = text[i];
  return c === '"' || c === '“' || c === '”';
}
