/** Shared by the engine's table tests: fixtures name spans by their words, never by counted offsets. */
import type { Span } from '../../utils/attribution/types';

/** The span of the first occurrence of `part` in `text`; throws if the fixture lacks it, so a typo cannot pass unseen. */
export function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`fixture has no "${part}"`);
  return { start, end: start + part.length };
}
