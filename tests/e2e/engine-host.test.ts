import { describe, expect, it } from 'vitest';
import { paintedTexts, useServedExtension, waitForPainted } from './support';

/**
 * Where the engine runs: in the extension's engine host (Chrome's offscreen document and its
 * worker), never on the page's main thread; and when that host is gone, the background opens it
 * again at the content script's request.
 */
const served = useServedExtension();

/** What the last paint says about the engine: where it ran, how long it worked there, and whether the content script's early read was painted. */
async function engineOfLastPaint(page: import('playwright-core').Page): Promise<{ where: string; hostMs: number; earlyRead: boolean }> {
  return page.evaluate(() => {
    const marks = performance.getEntriesByName('sourcelight:painted') as PerformanceMark[];
    const detail = marks[marks.length - 1].detail as { engineWhere: string; hostEngineMs: number; earlyRead: boolean };
    return { where: detail.engineWhere, hostMs: detail.hostEngineMs, earlyRead: detail.earlyRead };
  });
}

/** The two chrome.* calls these tests make in the service worker (the test files see no extension types). */
interface ChromeInWorker {
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<Array<{ documentUrl?: string }>> };
  offscreen: { closeDocument(): Promise<void> };
}
async function engineHostOpen(): Promise<boolean> {
  return served.browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeInWorker };
    const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    return contexts.some((c) => c.documentUrl?.endsWith('/engine-host.html'));
  });
}

describe('the engine host', () => {
  it('reads the article in the extension’s worker, and the page paints what it found', async () => {
    await expect.poll(engineHostOpen, { timeout: 10_000 }).toBe(true); // opened when the background started
    const page = await served.browser.context.newPage();
    await page.goto(served.server.url('harbour-port.html'));
    await waitForPainted(page);
    const engine = await engineOfLastPaint(page);
    expect(engine.where).toBe('host');
    expect(engine.hostMs).toBeGreaterThan(0);
    expect(engine.earlyRead).toBe(true); // read and sent by the small content script before the session loaded
    const painted = await paintedTexts(page);
    expect(painted.named.some((t) => t.includes('We will not reopen the port'))).toBe(true);
    expect(painted.anonymous.some((t) => t.includes('the budget would be cut'))).toBe(true);
    await page.close();
  });

  it('is opened again when it was closed, and the next article still runs there', async () => {
    await served.browser.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: ChromeInWorker }).chrome.offscreen.closeDocument());
    expect(await engineHostOpen()).toBe(false);
    const page = await served.browser.context.newPage();
    await page.goto(served.server.url('library-budget.html'));
    await waitForPainted(page);
    // the early text went to a closed host: its failure is heard, the host reopened, the text asked again
    expect((await engineOfLastPaint(page)).where).toBe('host');
    expect(await engineHostOpen()).toBe(true);
    expect((await paintedTexts(page)).named.length).toBeGreaterThan(0);
    await page.close();
  });
});
