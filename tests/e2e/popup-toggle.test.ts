import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { paintedTexts, waitForPainted, useServedExtension } from './support';
import { openPopupFor, tabIdFor } from './popup-support';

/** How many ranges Sourcelight has highlighted on the page right now. */
async function paintedCount(page: Page): Promise<number> {
  const painted = await paintedTexts(page);
  return painted.named.length + painted.anonymous.length + painted.source.length;
}

describe('highlights on/off', () => {
  const served = useServedExtension();

  it('turns highlights off and on from the popup switch, and the choice persists', async () => {
    const page = await served.browser.context.newPage();
    await page.goto(served.server.url('library-budget.html'));
    await waitForPainted(page);
    expect(await paintedCount(page)).toBeGreaterThan(0);
    const popup = await openPopupFor(served.browser, await tabIdFor(served.browser.serviceWorker, served.server.url('library-budget.html')));
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
    const page = await served.browser.context.newPage();
    await page.goto(served.server.url('library-budget.html'));
    await waitForPainted(page);
    const popup = await openPopupFor(served.browser, await tabIdFor(served.browser.serviceWorker, served.server.url('library-budget.html')));
    const site = new URL(served.server.origin).hostname;

    await popup.getByRole('checkbox', { name: `Never on this site (${site})` }).check();
    await expect.poll(() => paintedCount(page)).toBe(0);
    expect(await popup.getByRole('switch', { name: 'Highlights' }).isChecked()).toBe(true);

    // Another article on the same site stays unmarked after a full load.
    const other = await served.browser.context.newPage();
    await other.goto(served.server.url('harbour-port.html'));
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
    const commands = await served.browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).chrome.commands.getAll(),
    );
    expect(commands).toContainEqual(expect.objectContaining({ name: 'toggle-highlights', shortcut: 'Alt+Shift+H' }));
  });
});
