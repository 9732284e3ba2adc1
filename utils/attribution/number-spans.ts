/**
 * "according to a study of nearly 9,000 children published on Tuesday": the tokenizer splits a
 * number at its thousands comma, and the taggers sometimes end the source there and give the rest
 * of the phrase to the claim. A source never ends inside a number: it takes the piece back.
 */
import { mendEach } from './reading-passes';
import type { AttributionSpans, Span } from './types';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether `at` lies right after a comma that has a digit on each side ("9,|000"). */
function insideNumber(text: string, at: number): boolean {
  return at >= 2 && at < text.length && text.charCodeAt(at - 1) === 44 && isDigit(text.charCodeAt(at - 2)) && isDigit(text.charCodeAt(at));
}

/** Where a number that goes on at `at` ends ("000" of "9,000", "000,000" of "2,000,000"). */
function numberEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length && (isDigit(text.charCodeAt(k)) || (text.charCodeAt(k) === 44 && isDigit(text.charCodeAt(k + 1))))) k++;
  return k;
}

/** One reading with its source's cut number made whole, and the claim piece that held the rest of its phrase taken back into it. */
function withWholeNumberInSource(text: string, f: AttributionSpans): AttributionSpans {
  const source = f.source;
  if (source === null) return f;
  // the source ends on the comma ("nearly 9,") or before it ("nearly 9")
  const at = text.charCodeAt(source.end - 1) === 44 ? source.end : source.end + 1;
  if (!insideNumber(text, at)) return f;
  let rest: Span | null = null;
  const content: Span[] = [];
  for (const c of f.content) if (rest === null && c.start === at) rest = c; else content.push(c);
  const end = rest ? rest.end : numberEnd(text, at);
  if (content.length === 0) return f;
  return { ...f, source: { start: source.start, end }, content };
}

/** A quantity's hedge before a number ("about", "more than"). */
const HEDGE_BEFORE = /(?:(?:[Aa]bout|[Nn]early|[Ss]ome|[Aa]lmost|[Rr]oughly|[Aa]round|[Oo]ver|[Mm]ore than|[Aa]t least|[Ff]ewer than)\s+)?$/u;
/** The body or group the number counts for, opening its clause ("The union representing about |3,000 …"). */
const COUNTED_FOR = /(?:^|[.!?]\s+|[,;]\s+|\n)((?:The|the|A|a|An|an)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:representing|employing|covering|of|for|with)\s+(?:(?:about|nearly|some|almost|roughly|around|over|more than|at least)\s+)?)$/u;

/** Where the number a source opens inside starts, with its hedge and the phrase it counts for ("The union representing about 3,000"). */
function numberOpening(text: string, start: number): number {
  let k = start;
  while (k > 0 && (isDigit(text.charCodeAt(k - 1)) || (text.charCodeAt(k - 1) === 44 && isDigit(text.charCodeAt(k - 2))))) k--;
  const before = text.slice(Math.max(0, k - 80), k);
  const phrase = COUNTED_FOR.exec(before);
  if (phrase) return k - phrase[1].length;
  return k - HEDGE_BEFORE.exec(before)![0].length;
}

/** One reading whose source opens on a number ("000 employees of …", "2,000 employees") given the whole number, its hedge and what it counts for. */
function withSourceOpeningNumber(text: string, f: AttributionSpans): AttributionSpans {
  const source = f.source;
  if (source === null || !isDigit(text.charCodeAt(source.start))) return f;
  const start = numberOpening(text, source.start);
  if (start === source.start) return f;
  if (f.content.some((c) => c.start < source.start && start < c.end)) return f;
  return { ...f, source: { start, end: source.end } };
}

/** A clock time's hour and separator right before its minutes ("14:" of "14:32", "2." of "2.14pm"). */
const HOUR_BEFORE = /(?:^|[^\p{L}\p{N}])\d{1,2}[:.]$/u;
/** The minutes of a clock time, with its "am"/"pm", colon and the space after it. */
const MINUTES = /^\d{2}(?:\s?[ap]\.?m\.?)?(?:\s*[:\-–—]\s*|\s+)/iu;

/**
 * One reading whose source opens on a live blog's time stamp's minutes ("14:32 Downing Street
 * says …" read as "32 Downing Street", a house number): the source starts after the time.
 */
function withoutTimeStamp(text: string, f: AttributionSpans): AttributionSpans {
  const source = f.source;
  if (source === null || !isDigit(text.charCodeAt(source.start)) || !HOUR_BEFORE.test(text.slice(Math.max(0, source.start - 4), source.start))) return f;
  const minutes = MINUTES.exec(text.slice(source.start, source.end));
  if (!minutes || minutes[0].length >= source.end - source.start) return f;
  return { ...f, source: { start: source.start + minutes[0].length, end: source.end } };
}

/** One reading with its source made whole at both ends of a number, and no time stamp opening it. */
const withWholeNumbersInSource = (text: string, f: AttributionSpans): AttributionSpans => withoutTimeStamp(text, withSourceOpeningNumber(text, withWholeNumberInSource(text, f)));

/** Every reading with no source cut inside a number. */
export function withWholeNumbers(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withWholeNumbersInSource);
}
