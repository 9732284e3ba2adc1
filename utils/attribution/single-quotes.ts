/**
 * Quotation marks the taggers do not read: single quotes ('…,' she said), the house style of
 * most British and some Commonwealth papers, and two apostrophes (''…,'' he said), an old wire
 * and newspaper convention. The taggers and quotation stages read double quotes only, so a text
 * is first seen through a view where those marks become curly double ones. The view has the same
 * length (one code unit for one, a space beside a mark that took two), so every offset found in it
 * is an offset in the text.
 */
import { byNumber } from './sorted-offsets';

const OPENERS = new Set(["'", '‘']);
const CLOSERS = new Set(["'", '’']);
/** Characters after which a mark can open a quotation: line start, space, bracket or dash. */
const BEFORE_OPENING = /[\s([{—–\-/“"]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A mark right after one of these closes a quotation (the quotation ends with its punctuation). */
const CLOSING_PUNCTUATION = new Set([',', '.', '!', '?', ';', ':', '…', '—', '–']);
/** How many double marks (" “ ” « » „) the text has, counted by char code (no array of matches). */
function doubleMarkCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e) count++;
  }
  return count;
}
/** Words written with a leading apostrophe ("'til", "'em", "rock 'n' roll"): no quotation opens there. */
const ELISION = /^(?:n'|em\b|tis\b|til\b|cause\b|bout\b|round\b|cos\b|twas\b)/iu;

/** An apostrophe beside another: half of a two-apostrophe mark, never a single quote. */
const isDoubled = (text: string, i: number): boolean => text[i - 1] === "'" || text[i + 1] === "'";

/** Whether the mark at i can open a quotation: after a boundary, before a word ("'90s" is an elision). */
function canOpen(text: string, i: number): boolean {
  if (!OPENERS.has(text[i]) || isDoubled(text, i)) return false;
  const before = i === 0 ? '\n' : text[i - 1];
  const after = text[i + 1];
  if (!BEFORE_OPENING.test(before) || after === undefined || /\s/u.test(after)) return false;
  return !/^\d\ds?\b/u.test(text.slice(i + 1, i + 5)) && !ELISION.test(text.slice(i + 1, i + 7));
}

/**
 * Whether the mark at i can close a quotation: after a word or its punctuation, before a space,
 * punctuation or the end; not inside a word ("BBC's") nor a plural possessive ("ministers' plan").
 */
function canClose(text: string, i: number): boolean {
  if (!CLOSERS.has(text[i]) || isDoubled(text, i)) return false;
  const before = text[i - 1], after = text[i + 1];
  if (before === undefined || /\s/u.test(before) || (before === 'n' && OPENERS.has(text[i - 2]))) return false; // "rock 'n' roll"
  if (CLOSING_PUNCTUATION.has(before)) return true;
  if (after !== undefined && LETTER_OR_DIGIT.test(after)) return false;
  const possessive = (before === 's' || before === 'S') && after !== undefined && /\s/u.test(after) && LETTER_OR_DIGIT.test(text[i + 2] ?? '');
  return !possessive;
}

/** The units `singleQuotePairs` acts on: a line break (no pair spans paragraphs) and the marks that can open or close. */
const PAIRING_UNITS = /['‘’\n]/g;

/** Offsets of paired single-quote marks, [open, close, open, close, …]; pairs stay inside a paragraph. */
export function singleQuotePairs(text: string): number[] {
  const pairs: number[] = [];
  let open = -1;
  // only a line break or a mark changes anything: the regex engine skips every other unit
  PAIRING_UNITS.lastIndex = 0;
  for (let m = PAIRING_UNITS.exec(text); m !== null; m = PAIRING_UNITS.exec(text)) {
    const i = m.index;
    if (text.charCodeAt(i) === 10) { open = -1; continue; }
    if (open < 0) { if (canOpen(text, i)) open = i; continue; }
    if (canClose(text, i)) { pairs.push(open, i); open = -1; }
    // another opening mark while one is open: single quotes nest in double ones, so the first was an apostrophe
    else if (canOpen(text, i)) open = i;
  }
  return pairs;
}

/**
 * Two apostrophes used as a double quote: opening after a boundary and before a word, closing
 * after a word or its punctuation (three or more in a row are left alone).
 */
const TWO_APOSTROPHES = /(?<!')''(?!')/gu;

/** Edits for two-apostrophe marks into `edits`: “ after a space when opening, ” before one when closing; returns how many marks. */
function doubledApostropheEdits(text: string, edits: Map<number, string>): number {
  let count = 0;
  for (const m of text.matchAll(TWO_APOSTROPHES)) {
    const i = m.index, before = i === 0 ? '\n' : text[i - 1], after = text[i + 2];
    if (BEFORE_OPENING.test(before) && after !== undefined && !/\s/u.test(after)) { edits.set(i, ' '); edits.set(i + 1, '“'); count++; }
    else if (!/\s/u.test(before) && (after === undefined || !LETTER_OR_DIGIT.test(after))) { edits.set(i, '”'); edits.set(i + 1, ' '); count++; }
  }
  return count;
}

/**
 * The text as the taggers should read it: two-apostrophe marks become double quotes, and single
 * quotes do too when single-quote quotations outnumber double-quoted ones (a double-quote text's
 * nested ‘…’ stays as it is). Same length, same offsets; the text itself when nothing changes.
 */
export function doubleQuotedView(text: string): string {
  if (!text.includes("'") && !text.includes('‘')) return text;
  const edits = new Map<number, string>();
  const doubled = text.includes("''") ? doubledApostropheEdits(text, edits) : 0;
  const pairs = singleQuotePairs(text);
  // double marks counted only when there are pairs to weigh them against
  if (pairs.length / 2 >= 2 && pairs.length / 2 > (doubleMarkCount(text) + doubled) / 2) {
    for (let k = 0; k < pairs.length; k += 2) {
      edits.set(pairs[k], '“');
      edits.set(pairs[k + 1], '”');
    }
  }
  if (edits.size === 0) return text;
  // built from slices between the edited units: no array of every character
  let out = '', from = 0;
  for (const at of [...edits.keys()].sort(byNumber)) {
    out += text.slice(from, at) + edits.get(at)!;
    from = at + 1;
  }
  return out + text.slice(from);
}

/**
 * A content span found in the view, widened to take in the whole of a two-apostrophe mark at
 * either end (the view kept one of its two units for the mark), so the claim reads ''…'' whole.
 */
export function withWholeApostropheMarks(text: string, s: { start: number; end: number }): { start: number; end: number } {
  const start = s.start > 0 && text[s.start] === "'" && text[s.start - 1] === "'" ? s.start - 1 : s.start;
  const end = s.end < text.length && text[s.end - 1] === "'" && text[s.end] === "'" ? s.end + 1 : s.end;
  return start === s.start && end === s.end ? s : { start, end };
}
