import '@/utils/highlight/highlights.css';
import { browser } from 'wxt/browser';
import { loadSession } from '@/utils/page/session-handoff';
import { startEarly } from '@/utils/page/early-start';
import { SETTINGS_STORAGE_KEY } from '@/utils/settings-key';

/** The start mark's name (utils/page/session-marks.ts holds them all; imported here it would pull in the session). */
const START_MARK = 'sourcelight:start';

/**
 * Sourcelight on every web page: it stays idle unless the page is a news article, then marks who
 * says what. This file marks the start and starts the settings' read; utils/page/early-start.ts
 * reads and paints an ordinary article before importing the session's module (content-main.js).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const startedAt = performance.mark(START_MARK).startTime;
    void startEarly(ctx, {
      win: window,
      startedAt,
      storedSettings: browser.storage.local.get(SETTINGS_STORAGE_KEY),
      connect: (name) => browser.runtime.connect({ name }),
      lastError: () => browser.runtime.lastError,
      loadSession: () => loadSession(),
    });
  },
});
