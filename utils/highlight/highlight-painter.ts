/**
 * Paints spans of the article text: CSS Custom Highlight API where the browser has it (no DOM
 * change at all, the page's own styles and highlights untouched), our own <mark> elements where
 * it does not. One interface, so the content script never checks which one it got.
 */
import type { ArticleTextMap } from '@/utils/article';
import { FLASH_HIGHLIGHT, HIGHLIGHT_NAMES, MARK_ATTRIBUTE, type HighlightKind, type PaintSpan } from './highlight-kinds';
import { unwrapMarks, wrapInMarks } from './mark-fallback';
import { textOffsetsBetween } from './screen-text';

/**
 * Beyond this many painted ranges only those near the screen are registered: every change to a
 * highlight makes Chrome re-add all registered ranges (a frame of 50-130 ms on a 100,000-word
 * page), so a very long page keeps a window of them, moved as the reader scrolls.
 */
export const NEARBY_ONLY_ABOVE = 2_000;
/**
 * A text this long keeps only nearby ranges from its first paint, without waiting for
 * NEARBY_ONLY_ABOVE ranges: it would pass that count anyway (a news text has a claim every few
 * hundred characters), and until then each paint changed highlights holding up to 2,000 ranges,
 * each change a rendering update of 30 ms or more on a 100,000-word page (Chrome traces, mostly
 * pre-paint and paint of the highlighted text). Chunks painted far below the
 * screen then change no highlight at all, so the page renders nothing for them.
 */
export const NEARBY_ONLY_TEXT_CHARS = 100_000;
/** How far beyond the screen, in screen heights above and below, ranges stay registered then. */
const NEARBY_SCREENS = 2;

/** A painted span: its live Range is what hit-testing and scrolling use. */
export interface PaintedSpan extends PaintSpan {
  range: Range;
}

/** Paints, flashes and clears; `dispose` leaves the page exactly as it found it. */
export interface HighlightPainter {
  readonly mode: 'css-highlights' | 'marks';
  paint(spans: PaintSpan[], map: ArticleTextMap): PaintedSpan[];
  /** Briefly emphasises a range (after a jump from the sidebar); ends after `ms`. */
  flash(range: Range, ms: number, schedule: (fn: () => void, ms: number) => void): void;
  clear(): void;
  dispose(): void;
}

/** The parts of `window` the painter needs: passed in so tests and other frames can supply theirs. */
export interface PainterEnvironment {
  document: Document;
  /** `CSS.highlights` and the Highlight constructor, or undefined where the API is missing. */
  highlights?: HighlightRegistry;
  Highlight?: typeof Highlight;
}

/** Reads the Highlight API from a window; undefined pieces select the <mark> fallback. */
export function painterEnvironment(win: Window & typeof globalThis = window): PainterEnvironment {
  const css = win.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  return { document: win.document, highlights: css?.highlights, Highlight: win.Highlight };
}

/** Chooses the painter the environment supports. */
export function createHighlightPainter(env: PainterEnvironment = painterEnvironment()): HighlightPainter {
  if (env.highlights && env.Highlight) return cssHighlightPainter(env.document, env.highlights, env.Highlight);
  return markPainter(env.document);
}

function cssHighlightPainter(doc: Document, registry: HighlightRegistry, HighlightClass: typeof Highlight): HighlightPainter {
  const kinds = Object.keys(HIGHLIGHT_NAMES) as HighlightKind[];
  const highlights = new Map<HighlightKind, Highlight>();
  for (const kind of kinds) {
    const highlight = new HighlightClass();
    // Claims sit above source mentions if they ever overlap; the page's own highlights keep priority 0.
    highlight.priority = kind === 'source' ? 1 : 2;
    highlights.set(kind, highlight);
  }
  // Registered on paint only: a page that is never annotated never sees our names.
  // After dispose nothing paints again, even if an annotation run was still under way.
  let disposed = false;
  const flash = new HighlightClass();
  flash.priority = 3;
  // Every span painted since the last clear; on a very long page only those near the screen are registered.
  let all: PaintedSpan[] = [];
  let nearbyOnly = false;
  let lastMap: ArticleTextMap | null = null;
  const registered = new Set<Range>();
  const win = doc.defaultView;
  /** Registers the spans near the screen and unregisters the rest; `spans` limits the check to new ones. */
  const refreshNearby = (spans: readonly PaintedSpan[] = all) => {
    const height = win?.innerHeight ?? 0;
    const near = lastMap && textOffsetsBetween(lastMap, -NEARBY_SCREENS * height, (NEARBY_SCREENS + 1) * height);
    for (const span of spans) {
      const wanted = near !== null && span.end > near.start && span.start < near.end;
      if (wanted === registered.has(span.range)) continue;
      const highlight = highlights.get(span.kind)!;
      if (wanted) {
        registered.add(span.range);
        highlight.add(span.range);
      } else {
        registered.delete(span.range);
        highlight.delete(span.range);
      }
    }
  };
  let refreshQueued = false;
  const onScroll = () => {
    if (refreshQueued || !win) return;
    refreshQueued = true;
    win.requestAnimationFrame(() => {
      refreshQueued = false;
      if (nearbyOnly && !disposed) refreshNearby(all);
    });
  };
  return {
    mode: 'css-highlights',
    paint(spans, map) {
      if (disposed) return [];
      // Re-registered on every paint where missing: a page that cleared the registry, or put its
      // own highlight under our name, gets ours back with the next annotation run.
      for (const kind of kinds) {
        if (registry.get(HIGHLIGHT_NAMES[kind]) !== highlights.get(kind)) registry.set(HIGHLIGHT_NAMES[kind], highlights.get(kind)!);
      }
      const painted: PaintedSpan[] = [];
      for (const span of spans) {
        const range = map.toRange(doc, span.start, span.end);
        if (range) painted.push({ ...span, range });
      }
      all.push(...painted);
      lastMap = map;
      const switching = !nearbyOnly && (all.length > NEARBY_ONLY_ABOVE || map.textLength > NEARBY_ONLY_TEXT_CHARS);
      if (switching) {
        nearbyOnly = true;
        for (const highlight of highlights.values()) highlight.clear();
        registered.clear();
        win?.addEventListener('scroll', onScroll, { passive: true });
        win?.addEventListener('resize', onScroll, { passive: true });
      }
      if (!nearbyOnly) for (const span of painted) highlights.get(span.kind)!.add(span.range);
      else if (switching) refreshNearby();
      else refreshNearby(painted); // only the new spans can change: the screen has not moved
      return painted;
    },
    flash(range, ms, schedule) {
      flash.clear();
      flash.add(range);
      registry.set(FLASH_HIGHLIGHT, flash);
      schedule(() => {
        flash.delete(range);
        if (flash.size === 0) registry.delete(FLASH_HIGHLIGHT);
      }, ms);
    },
    clear() {
      for (const highlight of highlights.values()) highlight.clear();
      all = [];
      registered.clear();
      nearbyOnly = false;
    },
    dispose() {
      win?.removeEventListener('scroll', onScroll);
      win?.removeEventListener('resize', onScroll);
      for (const kind of kinds) {
        if (registry.get(HIGHLIGHT_NAMES[kind]) === highlights.get(kind)) registry.delete(HIGHLIGHT_NAMES[kind]);
      }
      if (registry.get(FLASH_HIGHLIGHT) === flash) registry.delete(FLASH_HIGHLIGHT);
      disposed = true;
    },
  };
}

function markPainter(doc: Document): HighlightPainter {
  let disposed = false;
  return {
    mode: 'marks',
    paint(spans, map) {
      if (disposed) return [];
      const requests = spans.map((span) => ({ kind: span.kind, pieces: map.pieces(span.start, span.end) }));
      const ranges = wrapInMarks(doc, requests);
      return spans.flatMap((span, i) => (ranges[i] ? [{ ...span, range: ranges[i]! }] : []));
    },
    flash(range, ms, schedule) {
      const marks = Array.from(doc.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`)).filter((mark) => range.intersectsNode(mark));
      for (const mark of marks) mark.classList.add('sourcelight-flash');
      schedule(() => marks.forEach((mark) => mark.classList.remove('sourcelight-flash')), ms);
    },
    clear: () => void unwrapMarks(doc),
    dispose() {
      disposed = true;
      unwrapMarks(doc);
    },
  };
}
