/**
 * Notes survive an extension update: the unpacked extension's files change on disk (a new
 * version), an extension page calls chrome.runtime.reload(), the browser starts a new service
 * worker from the new files, and every note (a page note and one anchored to a passage) is still
 * there, listed by the popup and re-found on the page.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { launchExtensionBrowser, startStaticServer, waitForPainted, type ExtensionBrowser, type StaticServer } from './support';
import { articlePage, openPopupFor, selectPassage, tabIdFor } from './popup-support';
import { copyBuiltExtension, enableDeveloperMode, settle, storedRecords } from './hardening-support';

const PAGE = articlePage('Tram line extension delayed again', [
  'The tram extension to the airport will open a year late, the transport commissioner Odile Marchetti said on Wednesday.',
  '“The tunnel under the river needs another year of work,” Marchetti told the city council.',
  'An engineer on the project, who was not authorised to speak publicly, said the budget had doubled.',
]);
const UPDATED_VERSION = '0.1.1';

let server: StaticServer;
let browser: ExtensionBrowser;
let copy: string;

beforeAll(async () => {
  server = await startStaticServer({ pages: { 'tram.html': PAGE } });
  copy = copyBuiltExtension(() => undefined);
  browser = await launchExtensionBrowser({ extensionDir: copy });
  await enableDeveloperMode(browser.context);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

type StoredNote = { id: string; text: string; anchorStatus: string; pageUrl: string };
const notesIn = async (inExtension: Worker) => (await storedRecords<StoredNote>(inExtension, 'notes')).sort((a, b) => a.text.localeCompare(b.text));

describe('extension update', () => {
  it('keeps every note through a real reload of the unpacked extension with a new version', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('tram.html'));
    await waitForPainted(page);
    const popup = await openPopupFor(browser, await tabIdFor(browser.serviceWorker, server.url('tram.html')));
    await popup.getByRole('textbox', { name: 'Note' }).fill('Ask for the tunnel survey');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.getByRole('list', { name: 'All notes' }).getByText('Ask for the tunnel survey').waitFor();
    await page.bringToFront();
    await selectPassage(page, 'the budget had doubled');
    await popup.getByRole('textbox', { name: 'Note' }).fill('Doubled from what? Find the 2024 figure');
    await popup.getByRole('button', { name: 'Add note to selection' }).click();
    await popup.getByRole('list', { name: 'All notes' }).getByText('Doubled from what?').waitFor();
    const before = await notesIn(browser.serviceWorker);
    expect(before.map((n) => [n.text, n.anchorStatus])).toEqual([
      ['Ask for the tunnel survey', 'page'],
      ['Doubled from what? Find the 2024 figure', 'anchored'],
    ]);

    // The update: new files on disk, then the extension reloads itself from an extension page.
    const manifestPath = join(copy, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    expect(manifest.version).not.toBe(UPDATED_VERSION);
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: UPDATED_VERSION }));
    const oldWorker = browser.serviceWorker;
    const nextWorker = browser.context.waitForEvent('serviceworker', { timeout: 30_000 });
    await popup.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    const worker = await nextWorker;
    expect(worker).not.toBe(oldWorker);
    expect(new URL(worker.url()).host).toBe(browser.extensionId);
    const version = await settle(
      () => worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version).catch(() => ''),
      (v) => v === UPDATED_VERSION,
    );
    expect(version).toBe(UPDATED_VERSION);

    // Every note is still in the database the new worker opens.
    expect(await notesIn(worker)).toEqual(before);

    // The reader's view: the page is read again by the new content script, the popup lists both
    // notes, and the anchored one is re-found in the page.
    await page.reload();
    await waitForPainted(page);
    const tabId = await tabIdFor(worker, server.url('tram.html'));
    const after = await openPopupFor(browser, tabId);
    const all = after.getByRole('list', { name: 'All notes' });
    await all.getByText('Ask for the tunnel survey').waitFor();
    await all.getByText('Doubled from what? Find the 2024 figure').waitFor();
    expect(await all.getByRole('listitem').count()).toBe(2);
    const reread = await settle(() => notesIn(worker), (notes) => notes.length === 2);
    expect(reread.map((n) => [n.id, n.text, n.anchorStatus])).toEqual(before.map((n) => [n.id, n.text, n.anchorStatus]));
    await after.close();
    await page.close();
  });
});
