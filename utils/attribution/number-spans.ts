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

/** Every reading with no source cut inside a number. */
export function withWholeNumbers(text: string, found: AttributionSpans[]): AttributionSpans[] {
  return mendEach(text, found, withWholeNumberInSource);
}
