/**
 * Everything stays on the device: every request made during a full session (read an article,
 * sidebar, notes, export, import), from pages, the popup and the service worker, goes to the
 * test page's own server or inside the extension. Nothing else is contacted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, startStaticServer, waitForPainted, type ExtensionBrowser, type StaticServer } from './support';
import { openPopupFor, selectPassage, tabIdFor } from './popup-support';
import { collectErrors, extensionDirOption } from './hardening-support';
import { hostileServer } from './hostile-pages';

let server: StaticServer;
let browser: ExtensionBrowser;
let scratch: string;
const requests: { url: string; from: string }[] = [];

beforeAll(async () => {
  server = await startStaticServer(hostileServer());
  browser = await launchExtensionBrowser(extensionDirOption());
  scratch = mkdtempSync(join(tmpdir(), 'sourcelight-privacy-'));
  // Playwright reports requests of pages, frames and (Chromium) service workers on the context.
  browser.context.on('request', (request) => {
    const worker = request.serviceWorker();
    requests.push({ url: request.url(), from: worker ? `service worker ${worker.url()}` : (request.frame()?.url() ?? 'unknown') });
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('privacy', () => {
  it('contacts nothing but the page’s own server during a full session', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('framed-article.html'));
    await waitForPainted(page);
    await page.keyboard.press('Alt+Shift+S');
    const panel = page.locator('sourcelight-sidebar [role="complementary"]');
    await panel.locator('.claim').first().click();
    await page.keyboard.press('Escape');

    const popup = await openPopupFor(browser, await tabIdFor(browser.serviceWorker, server.url('framed-article.html')));
    await popup.getByRole('textbox', { name: 'Note' }).fill('Compare with the spring estimate');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.getByRole('list', { name: 'All notes' }).getByText('Compare with the spring estimate').waitFor();
    await page.bringToFront();
    await selectPassage(page, 'another eleven million euros');
    await popup.getByRole('textbox', { name: 'Note' }).fill('Who confirms the eleven million?');
    await popup.getByRole('button', { name: 'Add note to selection' }).click();
    await popup.getByRole('list', { name: 'All notes' }).getByText('Who confirms the eleven million?').waitFor();

    const files: string[] = [];
    for (const label of ['Sourcelight JSON', 'Markdown', 'CSV', 'W3C Web Annotation (JSON-LD)', 'Hypothesis JSON']) {
      await popup.getByRole('combobox', { name: 'Export format' }).selectOption({ label });
      const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export', exact: true }).click()]);
      const file = join(scratch, download.suggestedFilename());
      await download.saveAs(file);
      files.push(file);
    }
    expect(readFileSync(files[0], 'utf8')).toContain('Who confirms the eleven million?');
    await popup.getByLabel('Import (Sourcelight JSON or W3C JSON-LD)').setInputFiles(files[0]);
    await popup.getByRole('region', { name: 'Export and import' }).getByRole('status').waitFor();
    await page.reload();
    await waitForPainted(page);
    await page.waitForTimeout(500);

    const allowed = (url: string) =>
      url.startsWith(`${server.origin}/`) || url.startsWith(`chrome-extension://${browser.extensionId}/`) || url.startsWith('data:') || url.startsWith(`blob:chrome-extension://${browser.extensionId}/`);
    const elsewhere = requests.filter((r) => !allowed(r.url));
    console.log(`privacy: ${requests.length} requests seen, ${requests.filter((r) => r.url.startsWith('chrome-extension://')).length} inside the extension, ${elsewhere.length} elsewhere`);
    expect(elsewhere).toEqual([]);
    // The page's own server saw only the page itself and the browser's favicon probe.
    const toServer = new Set(requests.filter((r) => r.url.startsWith(server.origin)).map((r) => new URL(r.url).pathname));
    expect([...toServer].filter((path) => path !== '/framed-article.html' && path !== '/favicon.ico')).toEqual([]);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
