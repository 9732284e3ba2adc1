/**
 * Dash bylines: a quotation followed by a dash and a name (“…” ― Jane Doe), as in reader
 * round-ups, pull quotes and epigraphs, and an embedded post signed "— Name (@handle)". No verb
 * says who spoke, so the taggers, which look for reporting words, miss them; the layout does.
 */
import { isInlineSpace, quoteMarkRole } from './quote-extent';
import type { AttributionSpans, Span } from './types';
import { NAME_PARTICLES } from './name-particles';

const DASHES = new Set(['―', '—', '–']);
const CLOSING_QUOTES = new Set(['”', '"']);
const DOUBLE_QUOTES = new Set(['“', '”', '"', '„']);
/** Capitalised words that start a sentence, not a name: "— He said …", "— The aide …". */
const NOT_NAMES = new Set([
  'He', 'She', 'It', 'They', 'We', 'I', 'You', 'The', 'A', 'An', 'This', 'That', 'But', 'And', 'Or', 'So', 'In', 'On', 'At', 'For', 'From', 'With', 'By', 'As', 'If', 'When',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Yesterday', 'Tomorrow',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]);
const MAX_NAME_WORDS = 5;
/** A quotation longer than this is not a pull quote: the scan back for its opening mark stops. */
const MAX_QUOTE_CHARS = 3000;

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();

/** The name that starts at `from` (after the dash and its spaces), or null: capitalised words only. */
export function readBylineName(text: string, from: number): Span | null {
  let i = from, words = 0, end = -1;
  while (words < MAX_NAME_WORDS && i < text.length) {
    let j = i;
    while (j < text.length && (isLetter(text[j]) || text[j] === '.' || text[j] === '-' || text[j] === '’' || text[j] === "'")) j++;
    const word = text.slice(i, j);
    if (word.length === 0) break;
    const particle = NAME_PARTICLES.has(word) && words > 0;
    if (!particle && !isUpper(word[0])) break;
    if (words === 0 && NOT_NAMES.has(word.replace(/\.$/, ''))) return null;
    words++;
    // a trailing period ends the name unless the word is an initial ("Edwin G. Monroy")
    const initial = /^\p{Lu}\.$/u.test(word);
    if (!particle) end = word.endsWith('.') && !initial ? j - 1 : j;
    if (word.endsWith('.') && !initial) break;
    if (text[j] !== ' ' || j + 1 >= text.length) break;
    i = j + 1;
  }
  if (end <= from) return null;
  return { start: from, end };
}

/** What may follow a byline's name: the end of the line or text, punctuation, a date or age, the next quotation. */
function endsByline(text: string, at: number): boolean {
  let i = at;
  while (isInlineSpace(text[i])) i++;
  if (i >= text.length) return true;
  const ch = text[i];
  return ch === '\n' || ch === '\r' || '.,;:(['.includes(ch) || DOUBLE_QUOTES.has(ch) || DASHES.has(ch) || (ch >= '0' && ch <= '9');
}

/**
 * The opening mark of the quotation that closes at `close`, skipping quotations nested inside it;
 * never looks before `floor` (the previous byline), so a text of bylines is read in linear time.
 */
export function openingQuoteBefore(text: string, close: number, floor = 0): number {
  let depth = 0;
  const stop = Math.max(floor, close - MAX_QUOTE_CHARS);
  for (let i = close - 1; i >= stop; i--) {
    const role = quoteMarkRole(text, i);
    if (role > 0) {
      if (depth === 0) return i;
      depth--;
    } else if (role < 0) depth++;
  }
  return -1;
}

/**
 * Whether a quotation opening at `open` stands as a pull quote does: at the start of a line or of
 * the text, after a sentence's end, or right after the previous byline (a run of them). A quoted
 * title mid-sentence ("they sang “Happy Birthday” — Monday, at noon") is none of these.
 */
function startsPullQuote(text: string, open: number, previousByline: number): boolean {
  let i = open - 1;
  while (i >= 0 && isInlineSpace(text[i])) i--;
  if (i < 0 || text[i] === '\n' || text[i] === '\r') return true;
  if (previousByline > 0 && i < previousByline) return true;
  return '.!?'.includes(text[i]) || (CLOSING_QUOTES.has(text[i]) && '.!?'.includes(text[i - 1] ?? ''));
}

/** The text of an embedded post before its signature: from the start of its line, links and final period dropped. */
function postBefore(text: string, dash: number, floor: number): Span | null {
  let start = dash;
  while (start > floor && text[start - 1] !== '\n' && text[start - 1] !== '>') start--;
  let end = dash;
  for (;;) {
    while (end > start && /\s/.test(text[end - 1])) end--;
    const lastWord = text.slice(Math.max(start, text.lastIndexOf(' ', end - 1) + 1), end);
    const link = /(?:https?:\/\/|pic\.twitter\.com\/)\S*$/.exec(lastWord);
    if (!link) break;
    end -= link[0].length;
  }
  while (end > start && (text[end - 1] === '.' || /\s/.test(text[end - 1]))) end--;
  while (start < end && /\s/.test(text[start])) start++;
  return end - start >= 10 ? { start, end } : null;
}

/** Every dash byline in the text, as attributions: the dash is the cue, the name the source. */
export function findDashBylines(text: string): AttributionSpans[] {
  const out: AttributionSpans[] = [];
  const dashes = /[―—–]/g;
  let floor = 0;
  for (let m = dashes.exec(text); m; m = dashes.exec(text)) {
    const d = m.index;
    let n = d + 1;
    while (isInlineSpace(text[n])) n++;
    const name = readBylineName(text, n);
    if (!name) continue;
    let q = d - 1;
    while (q >= 0 && (isInlineSpace(text[q]) || text[q] === '\n') && d - q < 4) q--;
    const cue = { start: d, end: d + 1 };
    if (q >= 0 && CLOSING_QUOTES.has(text[q])) {
      if (!endsByline(text, name.end)) continue;
      const open = openingQuoteBefore(text, q, floor);
      const bylineFloor = floor;
      floor = name.end;
      if (open >= 0 && q - open > 3 && startsPullQuote(text, open, bylineFloor)) out.push({ source: name, cue, content: [{ start: open, end: q + 1 }] });
      continue;
    }
    // an embedded post: "… — Name (@handle) date"
    const after = text.slice(name.end, name.end + 40);
    if (!/^ \(@\w{1,30}\)/.test(after)) continue;
    const post = postBefore(text, d, floor);
    floor = name.end;
    if (post) out.push({ source: name, cue, content: [post] });
  }
  return out;
}
