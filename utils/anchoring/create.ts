/** Turning a range of page text into selectors that can find it again later. Pure. */
import { CONTEXT_LENGTH, MAX_QUOTE_LENGTH, type TextAnchor } from './selectors';

/**
 * Selectors for `text.slice(start, end)`: the quote, up to CONTEXT_LENGTH characters of context
 * either side, and the position. Throws on an empty, reversed, out-of-range or overlong range,
 * because an anchor that cannot be re-found must not be stored silently.
 */
export function createAnchor(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new Error(`invalid range ${start}..${end} in text of length ${text.length}`);
  }
  if (end - start > MAX_QUOTE_LENGTH) throw new Error(`passage longer than ${MAX_QUOTE_LENGTH} characters`);
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - contextLength), start),
      suffix: text.slice(end, Math.min(text.length, end + contextLength)),
    },
    position: { start, end },
  };
}
