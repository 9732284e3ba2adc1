import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, paintedTexts, startStaticServer, waitForPainted, type ExtensionBrowser, type StaticServer } from './support';
import { openPopupFor, tabIdFor } from './popup-support';

/** How many ranges Sourcelight has highlighted on the page right now. */
async function paintedCount(page: Page): Promise<number> {
  const painted = await paintedTexts(page);
  return painted.named.length + painted.anonymous.length + painted.source.length;
}

describe('highlights on/off', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('turns highlights off and on from the popup switch, and the choice persists', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('library-budget.html'));
    await waitForPainted(page);
    expect(await paintedCount(page)).toBeGreaterThan(0);
    const popup = await openPopupFor(browser, await tabIdFor(browser.serviceWorker, server.url('library-budget.html')));
    const toggle = popup.getByRole('switch', { name: 'Highlights' });
    expect(await toggle.isChecked()).toBe(true);

    await toggle.click();
    await expect.poll(() => paintedCount(page)).toBe(0);
    await popup.reload();
    expect(await popup.getByRole('switch', { name: 'Highlights' }).isChecked()).toBe(false);

    await popup.getByRole('switch', { name: 'Highlights' }).click();
    await expect.poll(() => paintedCount(page)).toBeGreaterThan(0);
  });

  it('turns one site off for good and back on', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('library-budget.html'));
    await waitForPainted(page);
    const popup = await openPopupFor(browser, await tabIdFor(browser.serviceWorker, server.url('library-budget.html')));
    const site = new URL(server.origin).hostname;

    await popup.getByRole('checkbox', { name: `Never on this site (${site})` }).check();
    await expect.poll(() => paintedCount(page)).toBe(0);
    expect(await popup.getByRole('switch', { name: 'Highlights' }).isChecked()).toBe(true);

    // Another article on the same site stays unmarked after a full load.
    const other = await browser.context.newPage();
    await other.goto(server.url('harbour-port.html'));
    await other.waitForFunction(() => performance.getEntriesByName('sourcelight:start').length > 0);
    await other.waitForLoadState('networkidle');
    expect(await paintedCount(other)).toBe(0);

    await popup.reload();
    await popup.getByRole('button', { name: `Turn on ${site}` }).click();
    await expect.poll(() => paintedCount(page)).toBeGreaterThan(0);
    await expect.poll(() => paintedCount(other)).toBeGreaterThan(0);
  });

  it('declares the keyboard command that toggles highlights', async () => {
    // Browser accelerators cannot be pressed through the DevTools protocol; the handler is covered
    // by tests/unit/storage/commands.test.ts, the manifest wiring here.
    const commands = await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).chrome.commands.getAll(),
    );
    expect(commands).toContainEqual(expect.objectContaining({ name: 'toggle-highlights', shortcut: 'Alt+Shift+H' }));
  });
});
