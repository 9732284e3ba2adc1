/**
 * How one annotation run's results reach the screen: held back until the settings say painting is
 * on (the gate), then painted in batches at most every `intervalMs` (each change to the highlights
 * costs the browser a pass over all of them).
 */
import type { Attribution } from '@/utils/attribution';
import type { ArticleTextMap } from '@/utils/article';
import type { HighlightPainter, PaintedSpan } from '@/utils/highlight/highlight-painter';
import type { PaintSpan } from '@/utils/highlight/highlight-kinds';

/** The spans to paint for one attribution: its content by kind, and its source mention. */
export function paintSpansOf(a: Attribution): PaintSpan[] {
  const kind = a.anonymous ? 'anonymous' : 'named';
  const spans: PaintSpan[] = a.content.map((s) => ({ kind, start: s.start, end: s.end, attributionId: a.id }));
  if (a.source) spans.push({ kind: 'source', start: a.source.start, end: a.source.end, attributionId: a.id });
  return spans;
}

/** Where the run keeps what is painted, and the timings it reports. */
export interface RunPaintTarget {
  attributions: Attribution[];
  painted: PaintedSpan[];
  timings: { paintMs: number; firstPaintAt: number; lastPaintAt: number };
}

/** Inputs: the painter and map of this run, the clock, the target to fill. */
export interface RunPaintOptions {
  painter: HighlightPainter;
  map: ArticleTextMap;
  now: () => number;
  intervalMs: number;
  target: RunPaintTarget;
  /** Gate already open (no settings to wait for). */
  open?: boolean;
  onProgress?: () => void;
  /** Called once, right before the run's first paint (or by replaceNow): takes the last run's highlights down. */
  beforeFirstPaint?: () => void;
}

/** Creates the run's paint state; the run feeds it results and the gate's answer. */
export function createRunPaint(options: RunPaintOptions) {
  const { painter, map, now, target } = options;
  let gate: boolean | null = options.open ? true : null;
  const waiting: Attribution[] = [];
  let unpainted: Attribution[] = [];
  let lastPaint = -Infinity;
  let replaced = false;
  const replaceNow = () => {
    if (replaced) return;
    replaced = true;
    options.beforeFirstPaint?.();
  };

  const timedPaint = (found: Attribution[]) => {
    const start = now();
    replaceNow();
    const painted = painter.paint(found.flatMap(paintSpansOf), map);
    lastPaint = now();
    target.timings.paintMs += lastPaint - start;
    if (target.timings.firstPaintAt === 0) target.timings.firstPaintAt = lastPaint;
    target.timings.lastPaintAt = lastPaint;
    return painted;
  };
  const paint = (found: Attribution[], force = false) => {
    unpainted.push(...found);
    if (unpainted.length === 0 || (!force && now() - lastPaint < options.intervalMs)) return;
    const batch = unpainted;
    unpainted = [];
    target.attributions.push(...batch);
    target.painted.push(...timedPaint(batch));
    options.onProgress?.();
  };

  return {
    /** null until the gate answers; false means "do not paint": the run should stop. */
    get gate(): boolean | null {
      return gate;
    },
    /** The gate's answer: results held back so far are painted in one go. */
    answer(open: boolean): void {
      gate = open;
      if (open && waiting.length > 0) paint(waiting.splice(0));
    },
    /** Findings of a slice of the whole text. */
    add(found: Attribution[]): void {
      if (gate === true) paint(found);
      else if (gate === null) waiting.push(...found);
    },
    /** End of the run: paints what the interval held back. */
    finish(): void {
      if (gate === true) paint([], true);
    },
    /** Takes the last run's highlights down now if no paint did yet (a run that found nothing). */
    replaceNow,
  };
}
