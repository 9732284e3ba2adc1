/**
 * Which stretch of the article text is on screen (or near it): a binary search over the text map's
 * segments, reading one element box per step, so it costs a handful of layout reads on any page.
 * Used to read the visible text first and, on very long pages, to register only nearby highlights.
 */
import type { ArticleTextMap } from '@/utils/article';

/** Text offsets `[start, end)` of what lies between `top` and `bottom` (viewport pixels); null if nothing mapped. */
export function textOffsetsBetween(map: ArticleTextMap, top: number, bottom: number): { start: number; end: number } | null {
  const count = map.segments.length;
  if (count === 0) return null;
  const box = (i: number) => map.segments[i].node.parentElement?.getBoundingClientRect() ?? { top: 0, bottom: 0 };
  const firstWhere = (past: (i: number) => boolean) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (past(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const first = firstWhere((i) => box(i).bottom > top);
  if (first >= count) return null;
  const last = firstWhere((i) => box(i).top >= bottom);
  const start = map.segments[first].start;
  return { start, end: last > first ? map.segments[last - 1].end : start };
}
