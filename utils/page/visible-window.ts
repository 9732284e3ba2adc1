/**
 * Which part of the article text the reader can see now: read first, so highlights appear where
 * the reader is looking before the whole article is done. Found by binary search over the text
 * map's segments (a handful of layout reads), widened to whole paragraphs.
 */
import type { ArticleTextMap } from '@/utils/article';
import { textOffsetsBetween } from '@/utils/highlight/screen-text';

/** A window of the article text, `[start, end)`, aligned to paragraph breaks. */
export interface TextWindow {
  start: number;
  end: number;
}

/** Bounds for the window: enough text for the engine to see context, small enough to be quick. */
export interface WindowLimits {
  minChars: number;
  maxChars: number;
}

const DEFAULT_LIMITS: WindowLimits = { minChars: 1_200, maxChars: 3_000 };

/**
 * The paragraphs of `text` on screen (within `viewportHeight`), at least `minChars` and at most
 * `maxChars` long, or null when there is nothing to gain: the text is short, or nothing is on screen.
 */
export function visibleTextWindow(text: string, map: ArticleTextMap, viewportHeight: number, limits: WindowLimits = DEFAULT_LIMITS): TextWindow | null {
  if (text.length <= limits.maxChars) return null;
  const onScreen = textOffsetsBetween(map, 0, viewportHeight);
  if (!onScreen) return null;
  let { start, end } = onScreen;
  end = Math.max(end, Math.min(text.length, start + limits.minChars));
  end = Math.min(end, start + limits.maxChars);
  // Whole paragraphs: the engine reads quotes and their speakers within one.
  const before = text.lastIndexOf('\n\n', start);
  start = before === -1 ? 0 : before + 2;
  const after = text.indexOf('\n\n', end);
  end = after === -1 ? text.length : after;
  if (end - start > limits.maxChars * 1.5 || end - start >= text.length * 0.6) return null;
  return { start, end };
}
