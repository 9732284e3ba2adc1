/**
 * A paint the session did not make: the small content script painted an ordinary article from its
 * early read (early-paint.ts) before the session's module loaded, and the session's first run
 * takes that paint over as its own page state instead of asking the engine and painting again.
 */
import type { ArticleText } from '@/utils/article';
import type { Attribution } from '@/utils/attribution';
import type { PaintedSpan } from '@/utils/highlight/highlight-painter';
import type { AnnotatedPage, RunTimings } from './page-annotator';

/** What the content script painted from its early read, and where its time went. */
export interface Prepainted {
  attributions: Attribution[];
  painted: PaintedSpan[];
  /** performance.now() of that paint. */
  paintedAt: number;
  /** Time from sending the text to the answer's arrival, and spent painting it. */
  waitMs: number;
  paintMs: number;
  /** Whether the page was found dark (and its palette mark set) for that paint: not asked of the page again. */
  dark: boolean;
}

/** An article read moments ago with nothing changed since (with its reading times), possibly already painted. */
export type AlreadyRead = ArticleText & { root: Element; rootMs?: number; extractMs?: number; prepainted?: Prepainted };

/** The page state of a run that adopts the early paint: no engine call, no second paint, the early timings carried over. */
export function adoptedPage(article: ArticleText, root: Element, prepainted: Prepainted, timings: RunTimings): AnnotatedPage {
  const { attributions, painted, paintedAt, waitMs, paintMs } = prepainted;
  Object.assign(timings, { firstPaintAt: paintedAt, lastPaintAt: paintedAt, chunks: 1, adopted: true, engineMs: waitMs, paintMs });
  return { ...article, root, attributions, painted, engineRuns: 1, timings };
}
