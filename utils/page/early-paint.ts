/**
 * The first paint of an ordinary article, made by the small content script from its early read
 * (early-read.ts) the moment the engine host answers, before the session's module is even loaded:
 * fetching, compiling and starting that module took the last 15-25 ms before every paint, and
 * compiling it while the host's worker read the text slowed the worker on a two-core machine.
 * The session adopts what this painted (painter, attributions, ranges) instead of painting again.
 */
import type { Attribution } from '@/utils/attribution/types';
import { unpackAttributions } from '@/utils/engine-host/packed-attributions';
import { annotateTextResponseSchema } from '@/utils/engine-host/packed-schema';
import { createHighlightPainter, painterEnvironment, type HighlightPainter, type PaintedSpan } from '@/utils/highlight/highlight-painter';
import { THEME_ATTRIBUTE } from '@/utils/highlight/highlight-kinds';
import { unwrapReply } from '@/utils/reply-envelope';
import { highlightsActive, parseSettings } from '@/utils/settings';
import { SETTINGS_STORAGE_KEY } from '@/utils/settings-key';
import type { EarlyRead } from './early-read';
import { isDarkPage } from './page-theme';
import { paintSpansOf } from './run-paint';

/** What the early paint leaves for the session to adopt. */
export interface EarlyPaint {
  painter: HighlightPainter;
  attributions: Attribution[];
  painted: PaintedSpan[];
  /** performance.now() when the highlights went up. */
  paintedAt: number;
  /** The engine's own time on the text, in the host. */
  engineMs: number;
}

/**
 * Longest the early paint waits for the host before giving up (the session then loads and waits
 * for the same answer itself, with its own timeout and fallback): only a host busy with another
 * tab's long page, or a dead one, takes this long for one article.
 */
export const EARLY_PAINT_WAIT_MS = 1_000;

/** What the early paint needs of the window, and a timer (passed in so tests give their own). */
export interface EarlyPaintEnvironment {
  win: Window & typeof globalThis;
  setTimer(fn: () => void, ms: number): unknown;
}

/** A one-claim answer of our own, parsed while the host works so the real one meets warm code. */
const SAMPLE_ANSWER = { ok: true, data: { packed: { spans: [1, 0, 2, 3, 4, 5, 6], strings: ['s1', 'Ana Berg', 'Ana Berg, a pilot'], types: ['named-person', 'named-person'] }, engineMs: 0 } };

/**
 * Builds the answer's schema and runs the parser and unpacker once on the sample: a fresh page's
 * first parse is cold (schema built, code compiled on first use), and it would lie on the path.
 */
function warmAnswerReading(): void {
  unpackAttributions(unwrapReply('content:annotate-text', structuredClone(SAMPLE_ANSWER), annotateTextResponseSchema()).packed, 'We go, said Ana.');
}

const WINDOW_ENVIRONMENT = (): EarlyPaintEnvironment => ({ win: window, setTimer: (fn, ms) => setTimeout(fn, ms) });

/**
 * Paints the early read's answer if the settings allow it and nothing on the page changed since
 * the read; null otherwise (no Highlight API: the <mark> fallback changes the DOM and is left to
 * the session; highlights off; page changed; no answer in time). Throws on an answer that does not
 * validate: the session, asking for the same answer, reports it and falls back.
 */
export async function paintEarly(
  early: EarlyRead,
  storedSettings: Promise<Record<string, unknown>>,
  { win, setTimer }: EarlyPaintEnvironment = WINDOW_ENVIRONMENT(),
): Promise<EarlyPaint | null> {
  const env = painterEnvironment(win);
  if (!env.highlights || !env.Highlight) return null;
  // Decided as soon as the settings arrive, while the host still works.
  const active = storedSettings.then((stored) => highlightsActive(parseSettings(stored[SETTINGS_STORAGE_KEY]), win.location.href));
  setTimer(warmAnswerReading, 0);
  const gaveUp = new Promise<null>((resolve) => setTimer(() => resolve(null), EARLY_PAINT_WAIT_MS));
  const raw = await Promise.race([early.reply.then((reply) => ({ reply })), gaveUp]);
  if (raw === null || !(await active) || !early.isCurrent()) return null;
  const answer = unwrapReply('content:annotate-text', raw.reply, annotateTextResponseSchema());
  const attributions = unpackAttributions(answer.packed, early.text);
  if (isDarkPage(early.root, win)) win.document.documentElement.setAttribute(THEME_ATTRIBUTE, 'dark');
  const painter = createHighlightPainter(env);
  const painted = painter.paint(attributions.flatMap(paintSpansOf), early.map);
  return { painter, attributions, painted, paintedAt: win.performance.now(), engineMs: answer.engineMs };
}
