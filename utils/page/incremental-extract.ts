/**
 * Reads a very long article's text a block at a time, yielding between slices, so extraction on
 * a 100,000-word page does not become one long task. Produces exactly what extractArticleText
 * gives for the whole root when the root is a plain run of block elements; otherwise (inline
 * content directly under the root) it reads the root in one go.
 */
import { ArticleTextMap, extractArticleText, isExcluded, type ArticleText, type ExtractOptions, type TextSegment } from '@/utils/article';
import type { WorkScheduler } from './chunked-annotation';

/** Block-level tags whose edges extractArticleText turns into blank lines (not <pre>: it changes white space inside). */
const BLOCKS = /^(p|div|section|figure|figcaption|blockquote|h[1-6]|ul|ol|dl|table|header|hgroup|hr|address|details|center|main|article)$/;

/** Roots with fewer children than this are read in one piece: splitting would gain nothing. */
const MIN_CHILDREN = 64;

/** True when the root's children are all blocks (and white space), so each can be read alone. */
function isPlainBlockRun(root: Element, opts: ExtractOptions): boolean {
  if (root.children.length < MIN_CHILDREN) return false;
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && /\S/.test((node as Text).data)) return false;
    if (node.nodeType === 1 && !BLOCKS.test((node as Element).localName) && !isExcluded(node as Element, opts.isVisible)) return false;
  }
  return true;
}

/** The article text of `root`, identical to extractArticleText(root), read in slices of `budgetMs`. */
export async function extractIncrementally(
  root: Element,
  opts: ExtractOptions,
  scheduler: WorkScheduler,
  budgetMs = 20,
  isCancelled: () => boolean = () => false,
): Promise<ArticleText | null> {
  if (!isPlainBlockRun(root, opts)) return extractArticleText(root, opts);
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let sliceStart = scheduler.now();
  for (const child of Array.from(root.children)) {
    if (!isExcluded(child, opts.isVisible)) {
      // A block child's own edges are the blank line between parts, exactly as in a whole walk.
      const { text, map } = extractArticleText(child, opts);
      if (text.length > 0) {
        if (length > 0) {
          parts.push('\n\n');
          length += 2;
        }
        for (const s of map.segments) segments.push({ ...s, start: s.start + length, end: s.end + length });
        parts.push(text);
        length += text.length;
      }
    }
    if (scheduler.now() - sliceStart >= budgetMs) {
      await scheduler.yieldToPage();
      if (isCancelled()) return null;
      sliceStart = scheduler.now();
    }
  }
  return { text: parts.join(''), map: new ArticleTextMap(segments) };
}
