import '@/utils/highlight/highlights.css';
import { browser } from 'wxt/browser';
import { loadSession } from '@/utils/page/session-handoff';
import { readEarly } from '@/utils/page/early-read';
import { SETTINGS_STORAGE_KEY } from '@/utils/settings-key';

/** The start mark's name (utils/page/session-marks.ts holds them all; imported here it would pull in the session). */
const START_MARK = 'sourcelight:start';

/**
 * Sourcelight on every web page: it stays idle unless the page is a news article, then marks who
 * says what. This file marks the start, starts the settings' read (painting waits for it, so it
 * runs while the session's module loads) and imports that module (content-main.js) in a task of
 * its own; all work lives in utils/page.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const startedAt = performance.mark(START_MARK).startTime;
    const storedSettings = browser.storage.local.get(SETTINGS_STORAGE_KEY);
    const session = loadSession();
    const early = readEarly(window, (name) => browser.runtime.connect({ name }), () => browser.runtime.lastError);
    ctx.onInvalidated(() => early?.release());
    session
      .then((loaded) => (ctx.isInvalid ? undefined : loaded.startSourcelight(ctx, window, startedAt, { storedSettings, early })))
      .catch((error: unknown) => console.error('Sourcelight could not start:', error));
  },
});
