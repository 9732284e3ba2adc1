/**
 * Popup-side helpers for browser tests: find the tab id the background recorded for a page,
 * open the popup for that tab (`popup.html?tab=ID`), read the badge. Built on tests/e2e/support.
 */
import type { Page, Worker } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import type { ExtensionBrowser } from './support';

/** The extension API inside the service worker, where tests evaluate code. */
type WorkerGlobal = { chrome: typeof extensionApi };

/** Waits until the content script has reported `address` and returns the tab id the background stored it under. */
export async function tabIdFor(serviceWorker: Worker, address: string, timeout = 20_000): Promise<number> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const found = await serviceWorker.evaluate(async (wanted) => {
      const { chrome } = globalThis as unknown as WorkerGlobal;
      const all = (await chrome.storage.session.get(null)) as Record<string, { address?: string }>;
      const entry = Object.entries(all).find(([key, value]) => key.startsWith('sourcelight.tab.') && value?.address === wanted);
      return entry ? Number(entry[0].slice('sourcelight.tab.'.length)) : null;
    }, address);
    if (found !== null) return found;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the background never recorded ${address}`);
}

/** Opens the popup about one tab, the way tests tell it which page is current. */
export async function openPopupFor(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.getByRole('heading', { name: 'Sourcelight' }).waitFor();
  return popup;
}

/** The toolbar badge text of a tab, as the browser holds it. */
export async function badgeTextOf(serviceWorker: Worker, tabId: number): Promise<string> {
  return serviceWorker.evaluate((id) => (globalThis as unknown as WorkerGlobal).chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** A small news page written for these tests; `paragraphs` are plain text, one <p> each. */
export function articlePage(title: string, paragraphs: string[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta property="og:type" content="article"></head><body><main><article><h1>${escape(title)}</h1>
<p class="byline">By A. Reporter</p>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article></main></body></html>`;
}

/** Selects the first occurrence of `passage` inside the page's article, as a reader would with the mouse. */
export async function selectPassage(page: Page, passage: string): Promise<void> {
  const ok = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, passage);
  if (!ok) throw new Error(`passage not on the page: ${passage}`);
}
