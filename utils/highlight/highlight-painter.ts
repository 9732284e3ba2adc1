/**
 * Paints spans of the article text: CSS Custom Highlight API where the browser has it (no DOM
 * change at all, the page's own styles and highlights untouched), our own <mark> elements where
 * it does not. One interface, so the content script never checks which one it got.
 */
import type { ArticleTextMap } from '@/utils/article';
import { FLASH_HIGHLIGHT, HIGHLIGHT_NAMES, MARK_ATTRIBUTE, type HighlightKind, type PaintSpan } from './highlight-kinds';
import { unwrapMarks, wrapInMarks } from './mark-fallback';

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
        if (!range) continue;
        highlights.get(span.kind)!.add(range);
        painted.push({ ...span, range });
      }
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
    },
    dispose() {
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
