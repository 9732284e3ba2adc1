/**
 * The background owns the database and answers messages; everything it does lives in
 * utils/background/ and is wired here.
 */
import { browser } from 'wxt/browser';
import { openDatabase } from '@/utils/db';
import { createMessageListener, currentIdentity, sendToTab } from '@/utils/message-transport';
import { currentBadgeApi } from '@/utils/background/badge';
import { createBackgroundHandlers, defaultNoteEnvironment, type BackgroundDeps } from '@/utils/background/handlers';
import { registerCommands, registerContextMenu } from '@/utils/background/menus-and-commands';
import { createTabPages } from '@/utils/background/tab-pages';
import { ConflictTracker } from '@/utils/background/conflict-store';
import { startEngineHost } from '@/utils/background/engine-host-control';

export default defineBackground(() => {
  const db = openDatabase();
  const deps: BackgroundDeps = {
    db,
    conflicts: new ConflictTracker(db),
    tabPages: createTabPages(),
    badge: currentBadgeApi(),
    askTab: sendToTab,
    notes: defaultNoteEnvironment,
  };
  const identity = currentIdentity();
  browser.runtime.onMessage.addListener(createMessageListener(createBackgroundHandlers(deps), identity));
  registerContextMenu(deps);
  registerCommands();
  browser.tabs.onRemoved.addListener((tabId) => void deps.tabPages.remove(tabId));
  // A new address forgets the tab's page; a frame loading inside the page (the sidebar's own frame,
  // an ad) also sets the tab 'loading' but leaves its page as it was.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) void deps.tabPages.remove(tabId);
  });
  // The engine runs in its own host (a worker kept warm), not in the pages' content scripts;
  // started last, so nothing above depends on it starting.
  startEngineHost(identity);
  // Ask the browser not to evict the notes under storage pressure (Window-only API in some browsers).
  void (navigator.storage as StorageManager | undefined)?.persist?.().catch(() => false);
});
