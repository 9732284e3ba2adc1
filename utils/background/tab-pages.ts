/**
 * Which page each tab shows, as its content script last reported: the popup asks by tab id,
 * so it needs neither the `tabs` permission nor the tab's URL. Kept in storage.session so it
 * survives the MV3 service worker being stopped, and is forgotten when the browser closes.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';

const tabPageSchema = z.object({ pageUrl: z.string(), address: z.string(), title: z.string(), site: z.string() });
/** A tab's page: the stored key, the address as loaded, its title and site. */
export type TabPage = z.infer<typeof tabPageSchema>;

/** The storage area used (session storage in the extension; any get/set/remove area in tests). */
export type TabPageArea = Pick<typeof browser.storage.session, 'get' | 'set' | 'remove'>;

const keyOf = (tabId: number) => `sourcelight.tab.${tabId}`;

/** Per-tab page records over a storage area. */
export function createTabPages(area: TabPageArea = browser.storage.session) {
  return {
    async set(tabId: number, page: TabPage): Promise<void> {
      await area.set({ [keyOf(tabId)]: page });
    },
    async get(tabId: number): Promise<TabPage | null> {
      const stored = await area.get(keyOf(tabId));
      const parsed = tabPageSchema.safeParse(stored[keyOf(tabId)]);
      return parsed.success ? parsed.data : null;
    },
    async remove(tabId: number): Promise<void> {
      await area.remove(keyOf(tabId));
    },
  };
}
/** The tab-to-page map's interface. */
export type TabPages = ReturnType<typeof createTabPages>;
