/**
 * Which tab the popup is about. Normally the active tab of the popup's window; a `?tab=ID`
 * query parameter names another tab (used by browser tests, which open popup.html in a tab of
 * their own). Everything after choosing the tab id is the same code path.
 */
import { browser } from 'wxt/browser';

/** The tab id from `?tab=ID`, or null when absent or malformed. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** The tab the popup describes, or null when there is none (e.g. no window focused). */
export async function resolveTabId(
  search: string = location.search,
  tabs: Pick<typeof browser.tabs, 'query'> = browser.tabs,
): Promise<number | null> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== null) return fromQuery;
  const [active] = await tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}
