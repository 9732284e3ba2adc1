/**
 * The performance marks a session leaves on the page's timeline: the benchmarks and browser tests
 * read them (start, painted with where the time went, skipped and why), so they live in one place.
 */
import type { AnnotatedPage } from './page-annotator';

/** Names of the performance marks benchmarks and tests read (shared with the page's timeline). */
export const MARKS = {
  start: 'sourcelight:start',
  painted: 'sourcelight:painted',
  skipped: 'sourcelight:skipped',
  /** The page changed but the article text did not: nothing re-run, nothing repainted. */
  unchanged: 'sourcelight:unchanged',
} as const;

/** What the session knows about its engine when it marks a paint. */
export interface EngineFacts {
  where: 'host' | 'page';
  hostEngineMs: number;
  timings: { fetchMs: number; decodeMs: number; engineLoadMs: number };
}

/** Marks one painted run with its counts and timings (`startedAt`: the session's start mark). */
export function markPainted(win: Window, page: AnnotatedPage, facts: { startedAt: number; runMs: number; settingsMs: number; mode: string; engine: EngineFacts }): void {
  const { firstPaintAt, lastPaintAt, ...timings } = page.timings;
  const { engine } = facts;
  win.performance.mark(MARKS.painted, {
    detail: {
      claims: page.attributions.length,
      spans: page.painted.length,
      engineRuns: page.engineRuns,
      runMs: facts.runMs,
      settingsMs: facts.settingsMs,
      modelFetchMs: engine.timings.fetchMs,
      modelDecodeMs: engine.timings.decodeMs,
      engineLoadMs: engine.timings.engineLoadMs,
      engineWhere: engine.where,
      hostEngineMs: engine.hostEngineMs,
      firstPaintMs: firstPaintAt > 0 ? firstPaintAt - facts.startedAt : 0,
      lastPaintMs: lastPaintAt > 0 ? lastPaintAt - facts.startedAt : 0,
      mode: facts.mode,
      ...timings,
    },
  });
}
