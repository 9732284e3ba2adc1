/**
 * One page's annotation: read the article, run the engine chunk by chunk, paint as results come
 * in. Re-runs are cheap and safe to call often (new paragraphs, single-page navigation): text that
 * has not changed is neither re-read by the engine nor repainted, and stale runs stop early.
 */
import { findArticleRoot, isArticlePage, type ArticleTextMap } from '@/utils/article';
import type { Attribution } from '@/utils/attribution';
import type { HighlightPainter, PaintedSpan } from '@/utils/highlight/highlight-painter';
import type { PaintSpan } from '@/utils/highlight/highlight-kinds';
import { annotateInChunks, AnnotationCache, type WorkScheduler } from './chunked-annotation';
import { extractIncrementally } from './incremental-extract';

/** What is on the page now: the text read, its map, what was found and painted. */
export interface AnnotatedPage {
  root: Element;
  text: string;
  map: ArticleTextMap;
  attributions: Attribution[];
  painted: PaintedSpan[];
  /** Engine runs this update needed (0 when every chunk came from the cache). */
  engineRuns: number;
  /** Where the time went: reading the article, the engine, the longest slice between yields. */
  timings: { rootMs: number; extractMs: number; engineMs: number; longestSliceMs: number; chunks: number };
}

/** Why a run ended: painted new results, nothing changed, not an article, or superseded. */
export type RunOutcome = 'painted' | 'unchanged' | 'not-article' | 'cancelled';

/** Inputs: the document, how to paint, the engine (model already bound) and the scheduler. */
export interface PageAnnotatorOptions {
  document: Document;
  painter: HighlightPainter;
  annotateText: (text: string) => Attribution[];
  scheduler: WorkScheduler;
  isVisible?: (el: Element) => boolean;
  /**
   * Awaited (once per run) before anything is painted, while the engine already works: false
   * cancels the run. The session passes its settings read, so storage's round trip overlaps the work.
   */
  paintGate?: () => Promise<boolean>;
  /** Each painted slice, so the UI can update while a long page is still being read. */
  onProgress?: (page: AnnotatedPage) => void;
  maxChunkChars?: number;
}

/** The spans to paint for one attribution: its content by kind, and its source mention. */
export function paintSpansOf(a: Attribution): PaintSpan[] {
  const kind = a.anonymous ? 'anonymous' : 'named';
  const spans: PaintSpan[] = a.content.map((s) => ({ kind, start: s.start, end: s.end, attributionId: a.id }));
  if (a.source) spans.push({ kind: 'source', start: a.source.start, end: a.source.end, attributionId: a.id });
  return spans;
}

/** Remembers each element's answer for one run; visibility checks ask the browser for style. */
function memoisedVisibility(check: ((el: Element) => boolean) | undefined): ((el: Element) => boolean) | undefined {
  if (!check) return undefined;
  const known = new Map<Element, boolean>();
  return (el) => {
    let visible = known.get(el);
    if (visible === undefined) known.set(el, (visible = check(el)));
    return visible;
  };
}

/** Creates the annotator; `run()` brings the highlights up to date with the page. */
export function createPageAnnotator(options: PageAnnotatorOptions) {
  const cache = new AnnotationCache();
  let current: AnnotatedPage | null = null;
  let generation = 0;

  /** `knownArticle`: the caller has just checked isArticlePage (a second scan of a long page costs). */
  async function run(knownArticle = false): Promise<RunOutcome> {
    const mine = ++generation;
    const doc = options.document;
    if (!doc.body || !(knownArticle || isArticlePage(doc))) {
      if (current) clear();
      return 'not-article';
    }
    const now = () => options.scheduler.now();
    const rootStart = now();
    // Finding the root and reading the text ask about the same elements: ask the browser once per run.
    const isVisible = memoisedVisibility(options.isVisible);
    const root = findArticleRoot(doc, { isVisible });
    const rootMs = now() - rootStart;
    const read = () => extractIncrementally(root, { isVisible }, options.scheduler, 12, () => mine !== generation);
    const extractStart = now();
    let article = await read();
    if (!article) return 'cancelled';
    // String equality is native and stops at the first difference: no hash of the whole text needed.
    if (current && current.text === article.text && current.root === root) return 'unchanged';
    options.painter.clear();
    // Unwrapping fallback <mark>s merges text nodes, so the map must be read again afterwards.
    if (options.painter.mode === 'marks') article = await read();
    if (!article) return 'cancelled';
    const timings = { rootMs, extractMs: now() - extractStart, engineMs: 0, longestSliceMs: 0, chunks: 0 };
    const page: AnnotatedPage = { ...article, root, attributions: [], painted: [], engineRuns: 0, timings };
    current = page;
    const map = article.map;
    const paint = (found: Attribution[]) => {
      page.attributions.push(...found);
      page.painted.push(...options.painter.paint(found.flatMap(paintSpansOf), map));
      options.onProgress?.(page);
    };
    // Until the gate answers, results wait here; then they are painted in one go.
    const answer: { gate: boolean | null } = { gate: options.paintGate ? null : true };
    const waiting: Attribution[] = [];
    const gateAnswered = (options.paintGate?.() ?? Promise.resolve(true)).then((open) => {
      if (mine !== generation) return;
      answer.gate = open;
      if (open && waiting.length > 0) paint(waiting.splice(0));
    });
    const result = await annotateInChunks(article.text, {
      annotateText: options.annotateText,
      cache,
      scheduler: options.scheduler,
      maxChunkChars: options.maxChunkChars,
      isCancelled: () => mine !== generation || answer.gate === false,
      onSlice: (found) => {
        if (answer.gate === true) paint(found);
        else if (answer.gate === null) waiting.push(...found);
      },
    });
    await gateAnswered;
    if (answer.gate === false && mine === generation) current = null; // nothing painted: the next run starts afresh
    page.engineRuns = result.engineRuns;
    page.timings = { ...timings, engineMs: result.engineMs, longestSliceMs: result.longestSliceMs, chunks: result.chunks };
    if (result.cancelled || answer.gate === false || mine !== generation) return 'cancelled';
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
