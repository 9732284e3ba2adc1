/**
 * The first paint of an ordinary article, made by the small content script from its early read
 * (early-read.ts) the moment the engine host answers, before the session's module is even loaded:
 * fetching, compiling and starting that module took the last 15-25 ms before every paint, and
 * compiling it while the host's worker read the text slowed the worker on a two-core machine.
 * The session adopts what this painted (prepainted.ts) instead of painting again.
 */
import { unpackAttributions } from '@/utils/engine-host/packed-attributions';
import { annotateTextResponseSchema } from '@/utils/engine-host/packed-schema';
import { createHighlightPainter, painterEnvironment, type HighlightPainter } from '@/utils/highlight/highlight-painter';
import { THEME_ATTRIBUTE } from '@/utils/highlight/highlight-kinds';
import { unwrapReply } from '@/utils/reply-envelope';
import { highlightsActive, parseSettings } from '@/utils/settings';
import { SETTINGS_STORAGE_KEY } from '@/utils/settings-key';
import type { EarlyRead } from './early-read';
import { isDarkPage } from './page-theme';
import type { Prepainted } from './prepainted';
import { warmReplyParser } from './reply-parser-warm-up';
import { paintSpansOf } from './run-paint';

/** What the early paint leaves for the session to adopt, and how to take it all down if the session never comes. */
export interface EarlyPaint extends Prepainted {
  painter: HighlightPainter;
  /** The engine's own time on the text, in the host. */
  engineMs: number;
  /** Removes the highlights and the dark-palette mark this paint put up (the script was invalidated first). */
  undo(): void;
}

/**
 * Longest the early paint waits for the host before giving up (the session then loads and waits
 * for the same answer itself, with its own timeout and fallback): only a host busy with another
 * tab's long page, or a dead one, takes this long for one article.
 */
export const EARLY_PAINT_WAIT_MS = 1_000;

/** What the early paint needs: the window, a timer and the script's abort signal (passed in so tests give their own). */
export interface EarlyPaintEnvironment {
  win: Window & typeof globalThis;
  setTimer(fn: () => void, ms: number): unknown;
  /** Aborted when the content script is invalidated: nothing is painted after that. */
  signal?: AbortSignal;
}

const WINDOW_ENVIRONMENT = (): EarlyPaintEnvironment => ({ win: window, setTimer: (fn, ms) => setTimeout(fn, ms) });

/**
 * Paints the early read's answer if the settings allow it and nothing on the page changed since
 * the read; null otherwise (no Highlight API: the <mark> fallback changes the DOM and is left to
 * the session; highlights off, known as soon as the settings arrive; page changed; no answer in
 * time; script invalidated). Throws on an answer that does not validate, painting nothing: the
 * session, asking for the same answer, reports it and falls back.
 */
export async function paintEarly(early: EarlyRead, storedSettings: Promise<Record<string, unknown>>, env: EarlyPaintEnvironment = WINDOW_ENVIRONMENT()): Promise<EarlyPaint | null> {
  const { win, setTimer, signal } = env;
  const highlights = painterEnvironment(win);
  if (!highlights.highlights || !highlights.Highlight) return null;
  const sentAt = win.performance.now();
  const active = storedSettings.then((stored) => highlightsActive(parseSettings(stored[SETTINGS_STORAGE_KEY]), win.location.href));
  setTimer(warmReplyParser, 0); // while the host works: the real answer then meets warm code
  const declined = new Promise<null>((resolve) => {
    setTimer(() => resolve(null), EARLY_PAINT_WAIT_MS);
    void active.then((on) => (on ? undefined : resolve(null)), () => resolve(null));
  });
  const answered = await Promise.race([early.reply.then((reply) => ({ reply })), declined]);
  if (answered === null || !(await active) || !early.isCurrent() || signal?.aborted) return null;
  const waitMs = win.performance.now() - sentAt;
  const answer = unwrapReply('content:annotate-text', answered.reply, annotateTextResponseSchema());
  const attributions = unpackAttributions(answer.packed, early.text);
  const paintStart = win.performance.now();
  const root = win.document.documentElement;
  const themed = isDarkPage(early.root, win);
  const painter = createHighlightPainter(highlights);
  const undo = () => {
    painter.dispose();
    if (themed) root.removeAttribute(THEME_ATTRIBUTE);
  };
  try {
    if (themed) root.setAttribute(THEME_ATTRIBUTE, 'dark');
    const painted = painter.paint(attributions.flatMap(paintSpansOf), early.map);
    const paintedAt = win.performance.now();
    return { painter, attributions, painted, paintedAt, waitMs, paintMs: paintedAt - paintStart, engineMs: answer.engineMs, dark: themed, undo };
  } catch (error) {
    undo(); // a paint that failed half-way leaves nothing registered
    throw error;
  }
}
