/**
 * What the small content script does before the session's module exists: on an ordinary article it
 * reads the text and sends it to the engine host at once (early-read.ts), paints the answer
 * (early-paint.ts), and only then loads the session, which adopts that paint; on any other page it
 * loads the session at once. Kept out of the entrypoint so the order and the teardown are tested.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readEarly, type EarlyPort } from './early-read';
import { paintEarly, type EarlyPaintEnvironment } from './early-paint';
import type { SessionModule } from './session-handoff';

/** What the start needs from the browser, passed in by the entrypoint (and by tests). */
export interface EarlyStartDeps {
  win: Window & typeof globalThis;
  /** The start mark's time, taken before anything else ran. */
  startedAt: number;
  /** storage.local's read of the settings, started at once. */
  storedSettings: Promise<Record<string, unknown>>;
  connect(name: string): EarlyPort;
  lastError(): unknown;
  loadSession(): Promise<SessionModule>;
  setTimer?: EarlyPaintEnvironment['setTimer'];
}

/** Starts Sourcelight's first steps on this page and then the session; everything is undone on invalidation. */
export function startEarly(ctx: Pick<ContentScriptContext, 'onInvalidated' | 'isInvalid' | 'signal'>, deps: EarlyStartDeps): Promise<void> {
  const { win, storedSettings } = deps;
  const early = readEarly(win, deps.connect, deps.lastError);
  const setTimer = deps.setTimer ?? ((fn: () => void, ms: number) => win.setTimeout(fn, ms));
  const earlyPaint = early
    ? paintEarly(early, storedSettings, { win, setTimer, signal: ctx.signal }).catch((error: unknown) => {
        // the session asks for the same answer and reports a bad one itself; anything else is a bug worth seeing
        console.warn('Sourcelight: the first paint was left to the session:', error);
        return null;
      })
    : Promise.resolve(null);
  ctx.onInvalidated(() => {
    early?.release();
    void earlyPaint.then((painted) => painted?.undo());
  });
  // Compiled after the early paint: compiling it while the host's worker reads slows the worker.
  const session = early ? earlyPaint.then(() => deps.loadSession()) : deps.loadSession();
  return Promise.all([session, earlyPaint])
    .then(([loaded, painted]) => (ctx.isInvalid ? undefined : loaded.startSourcelight(ctx as ContentScriptContext, win, deps.startedAt, { storedSettings, early, earlyPaint: painted })))
    .catch((error: unknown) => console.error('Sourcelight could not start:', error));
}
