import '@/utils/highlight/highlights.css';
import { browser } from 'wxt/browser';
import { loadSession } from '@/utils/page/session-handoff';
import { readEarly } from '@/utils/page/early-read';
import { paintEarly } from '@/utils/page/early-paint';
import { SETTINGS_STORAGE_KEY } from '@/utils/settings-key';

/** The start mark's name (utils/page/session-marks.ts holds them all; imported here it would pull in the session). */
const START_MARK = 'sourcelight:start';

/**
 * Sourcelight on every web page: it stays idle unless the page is a news article, then marks who
 * says what. This file marks the start, starts the settings' read, reads an ordinary article and
 * sends it to the engine host at once, paints the host's answer (early-paint.ts), and only then
 * imports the session's module (content-main.js), which adopts that paint; on a long page it
 * imports the module at once. All work lives in utils/page.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const startedAt = performance.mark(START_MARK).startTime;
    const storedSettings = browser.storage.local.get(SETTINGS_STORAGE_KEY);
    const early = readEarly(window, (name) => browser.runtime.connect({ name }), () => browser.runtime.lastError);
    // An answer that does not validate is the session's to report: it asks for the same answer.
    const earlyPaint = early ? paintEarly(early, storedSettings).catch(() => null) : Promise.resolve(null);
    ctx.onInvalidated(() => {
      early?.release();
      void earlyPaint.then((painted) => painted?.painter.dispose());
    });
    // Compiled after the early paint: compiling it while the host's worker reads slows the worker.
    const session = early ? earlyPaint.then(() => loadSession()) : loadSession();
    Promise.all([session, earlyPaint])
      .then(([loaded, painted]) => (ctx.isInvalid ? undefined : loaded.startSourcelight(ctx, window, startedAt, { storedSettings, early, earlyPaint: painted })))
      .catch((error: unknown) => console.error('Sourcelight could not start:', error));
  },
});
