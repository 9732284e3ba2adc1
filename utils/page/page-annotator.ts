/**
 * One page's annotation: read the article, run the engine chunk by chunk, paint as results come
 * in. Re-runs are cheap and safe to call often (new paragraphs, single-page navigation): text that
 * has not changed is neither re-read by the engine nor repainted, and stale runs stop early.
 */
import { answersForOneRead, findArticleRootSteps, isArticlePage, runInSlices, type ArticleTextMap } from '@/utils/article';
import type { Attribution } from '@/utils/attribution';
import type { HighlightPainter, PaintedSpan } from '@/utils/highlight/highlight-painter';
import { annotateInChunks, AnnotationCache, WHOLE_TEXT_CHARS, type WorkScheduler } from './chunked-annotation';
import { extractIncrementally } from './incremental-extract';
import { createRunPaint } from './run-paint';
import { adoptedPage, type AlreadyRead } from './prepainted';

export type { AlreadyRead, Prepainted } from './prepainted';

export { paintSpansOf } from './run-paint';

/** What is on the page now: the text read, its map, what was found and painted. */
export interface AnnotatedPage {
  root: Element;
  text: string;
  map: ArticleTextMap;
  attributions: Attribution[];
  painted: PaintedSpan[];
  /** Engine runs this update needed (0 when every chunk came from the cache). */
  engineRuns: number;
  /** Where the time went (see RunTimings). */
  timings: RunTimings;
}

/** Where one run's time went: finding the article, reading it, waiting for the engine, the engine, painting. */
export interface RunTimings {
  rootMs: number;
  extractMs: number;
  /** Time the run waited for the engine (model fetch and decode) after reading the article. */
  modelWaitMs: number;
  engineMs: number;
  /** Time spent turning spans into ranges and adding them to the highlights. */
  paintMs: number;
  /** performance.now() when the first highlights of this run were painted (0 before). */
  firstPaintAt: number;
  /** performance.now() when the run's last highlights were painted: all of the article on screen. */
  lastPaintAt: number;
  longestSliceMs: number;
  chunks: number;
  /** Whether the run painted from the content script's early read (no root finding or reading of its own). */
  earlyRead: boolean;
  /** Whether the run adopted the content script's own paint of that read (early-paint.ts). */
  adopted: boolean;
}

/** Work per slice of finding and reading the article before the page gets its turn. */
const READ_SLICE_MS = 12;

/** Why a run ended: painted new results, nothing changed, not an article, or superseded. */
export type RunOutcome = 'painted' | 'unchanged' | 'not-article' | 'cancelled';

/** Inputs: the document, how to paint, the engine (model already bound) and the scheduler. */
export interface PageAnnotatorOptions {
  document: Document;
  painter: HighlightPainter;
  annotateText: (text: string) => Attribution[] | Promise<Attribution[]>;
  scheduler: WorkScheduler;
  isVisible?: (el: Element) => boolean;
  /**
   * Awaited (once per run) before anything is painted, while the engine already works: false
   * cancels the run. The session passes its settings read, so storage's round trip overlaps the work.
   */
  paintGate?: () => Promise<boolean>;
  /**
   * Resolves when the engine can run (its model loaded), or undefined when it already can. Awaited
   * only after the article is read, so the model's fetch and decode overlap finding and reading it.
   */
  engineReady?: () => Promise<unknown> | undefined;
  /** Each painted slice, so the UI can update while a long page is still being read. */
  onProgress?: (page: AnnotatedPage) => void;
  /** Chunk size for long texts, asked at each run (the engine host takes larger chunks than the page). */
  maxChunkChars?: number | (() => number | undefined);
  /**
   * Least time between two paints of a long page: each change to the highlights makes the browser
   * revisit every range painted so far, so painting every slice would cost more than the slices.
   */
  paintIntervalMs?: number;
}

/** Creates the annotator; `run()` brings the highlights up to date with the page. */
export function createPageAnnotator(options: PageAnnotatorOptions) {
  const cache = new AnnotationCache();
  let current: AnnotatedPage | null = null;
  let generation = 0;

  /**
   * `knownArticle`: the caller has just checked isArticlePage (a second scan of a long page costs);
   * `alreadyRead`: the article as read moments ago with nothing changed since (the content script's
   * early read), taken instead of reading it again, and adopted as painted if the content script
   * painted it (only where painting leaves the DOM alone, so the read's map still fits).
   */
  async function run(knownArticle = false, alreadyRead: AlreadyRead | null = null): Promise<RunOutcome> {
    const mine = ++generation;
    const doc = options.document;
    if (!doc.body || !(knownArticle || alreadyRead || isArticlePage(doc))) {
      if (current) clear();
      return 'not-article';
    }
    const now = () => options.scheduler.now();
    const rootStart = now();
    const stale = () => mine !== generation;
    // Finding the root and reading the text ask about the same elements: ask the browser once per run.
    // A long page is read in slices, so an answer can go stale within the run; a change to the page
    // starts another run, with answers of its own, which reads it afresh.
    const ask = answersForOneRead(options.isVisible);
    const root = alreadyRead?.root ?? (await runInSlices(findArticleRootSteps(doc, ask), options.scheduler, READ_SLICE_MS, stale));
    if (!root) return 'cancelled';
    const rootMs = now() - rootStart;
    // after <mark>s are unwrapped the blocks hold other nodes: that read asks afresh
    const read = (fresh = false) => extractIncrementally(root, fresh ? { isVisible: ask.isVisible } : ask, options.scheduler, READ_SLICE_MS, stale);
    const extractStart = now();
    let article = alreadyRead ?? (await read());
    if (!article) return 'cancelled';
    // String equality is native and stops at the first difference: no hash of the whole text needed.
    if (current && current.text === article.text && current.root === root) return 'unchanged';
    // The last run's highlights stay up until this run's first paint replaces them (no blank spell
    // on a page that keeps changing, one highlight change instead of two). Fallback <mark>s go
    // first: unwrapping them merges text nodes, so the map must be read again afterwards.
    const marks = options.painter.mode === 'marks';
    if (marks) {
      options.painter.clear();
      article = await read(true);
    }
    if (!article) return 'cancelled';
    const timings: RunTimings = {
      rootMs: alreadyRead?.rootMs ?? rootMs, extractMs: alreadyRead?.extractMs ?? now() - extractStart, modelWaitMs: 0, engineMs: 0, paintMs: 0, firstPaintAt: 0, lastPaintAt: 0, longestSliceMs: 0, chunks: 0,
      earlyRead: alreadyRead !== null && !marks, adopted: false,
    };
    const prepainted = marks ? undefined : alreadyRead?.prepainted;
    if (prepainted) {
      // An early read is at most one request long, so it is one chunk: cached under its own text.
      cache.set(article.text, prepainted.attributions);
      current = adoptedPage(article, root, prepainted, timings);
      return 'painted';
    }
    // An engine that had to load starts in a task of its own: not after the last slice of reading,
    // nor in the task that decoded the model. A ready one (the host's) is asked at once for an
    // article read whole (a yield would let the page's first rendering go before the text goes
    // out), in a task of its own for a long page (splitting and sending follow a full slice).
    const waitStart = now();
    const loading = options.engineReady?.();
    if (loading) await loading;
    if (loading || article.text.length > WHOLE_TEXT_CHARS) await options.scheduler.yieldToPage();
    timings.modelWaitMs = now() - waitStart;
    if (stale()) return 'cancelled';
    const page: AnnotatedPage = { ...article, root, attributions: [], painted: [], engineRuns: 0, timings };
    current = page;
    const map = article.map;
    const paints = createRunPaint({
      painter: options.painter, map, now, intervalMs: options.paintIntervalMs ?? 150, target: page, open: !options.paintGate,
      onProgress: () => options.onProgress?.(page),
      beforeFirstPaint: marks ? undefined : () => options.painter.clear(),
    });
    const gateAnswered = (options.paintGate?.() ?? Promise.resolve(true)).then((open) => {
      if (mine === generation) paints.answer(open);
    });
    // Only where painting leaves the DOM alone: clearing fallback marks would invalidate the map.
    const result = await annotateInChunks(article.text, {
      annotateText: options.annotateText,
      cache,
      scheduler: options.scheduler,
      maxChunkChars: typeof options.maxChunkChars === 'function' ? options.maxChunkChars() : options.maxChunkChars,
      isCancelled: () => mine !== generation || paints.gate === false,
      onSlice: (found) => paints.add(found),
    });
    await gateAnswered;
    if (mine === generation && !result.cancelled) paints.finish();
    if (mine === generation) paints.replaceNow(); // a run that painted nothing still takes the last run's highlights down
    if (paints.gate === false && mine === generation) current = null; // nothing painted: the next run starts afresh
    page.engineRuns = result.engineRuns;
    Object.assign(timings, { engineMs: result.engineMs, longestSliceMs: result.longestSliceMs, chunks: result.chunks });
    if (result.cancelled || paints.gate === false || mine !== generation) return 'cancelled';
    return 'painted';
  }

  function clear(): void {
    generation++;
    current = null;
    options.painter.clear();
  }

  return {
    run,
    clear,
    /** The latest page state, or null before the first run / on non-article pages. */
    get page(): AnnotatedPage | null {
      return current;
    },
    /** Chunks remembered, for diagnostics and tests. */
    get cachedChunks(): number {
      return cache.size;
    },
  };
}

/** The annotator's public face, for code that receives one. */
export type PageAnnotator = ReturnType<typeof createPageAnnotator>;
