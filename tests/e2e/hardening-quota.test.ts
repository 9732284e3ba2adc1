/**
 * A quota error, in the browser: the extension origin's storage quota is made tiny over CDP
 * (Storage.overrideQuotaForOrigin) and the reader saves a note in the popup. They are told in
 * plain words, the draft stays in the box, nothing stored before is lost; once the quota is
 * lifted the same save works.
 *
 * The build's `unlimitedStorage` permission exempts it from quotas altogether (that is why it is
 * asked for), so a copy of the build without it stands in for a browser whose disk is full: the
 * same code, refused by IndexedDB the same way (QuotaExceededError).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchExtensionBrowser, startStaticServer, waitForPainted, type ExtensionBrowser, type StaticServer } from './support';
import { articlePage, openPopupFor, tabIdFor } from './popup-support';
import { copyBuiltExtension, settle, storedRecords } from './hardening-support';

const PAGE = articlePage('Harbour ferry timetable to change', [
  'The night ferry will stop running in October, the harbour master Ines Carvalho said on Friday.',
  '“We carry fewer than ten people a night after eleven,” Carvalho told the harbour board.',
  'A crew member, who asked not to be named, said the decision had been taken months ago.',
]);

let server: StaticServer;
let browser: ExtensionBrowser;
let copy: string;

beforeAll(async () => {
  server = await startStaticServer({ pages: { 'ferry.html': PAGE } });
  copy = copyBuiltExtension((manifest) => {
    manifest.permissions = (manifest.permissions as string[]).filter((permission) => permission !== 'unlimitedStorage');
  });
  browser = await launchExtensionBrowser({ extensionDir: copy });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const noteTexts = async () => (await storedRecords<{ text: string }>(browser.serviceWorker, 'notes')).map((n) => n.text).sort();
/**
 * Whether the extension origin's IndexedDB takes a small write now, tried in a scratch database
 * of its own from the popup page (same origin, same storage bucket as Sourcelight's database).
 */
const scratchWriteFits = (popup: Page) =>
  popup.evaluate(
    () =>
      new Promise<boolean>((done) => {
        const open = indexedDB.open('quota-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('probe');
        open.onerror = () => done(false);
        open.onsuccess = () => {
          const tx = open.result.transaction('probe', 'readwrite');
          tx.objectStore('probe').put('x'.repeat(10_000), Math.random());
          tx.oncomplete = () => (open.result.close(), done(true));
          tx.onabort = () => (open.result.close(), done(false));
        };
      }),
  );

/**
 * Chromium's IndexedDB remembers the space it had for a while (up to ~30 s) before asking the
 * quota manager again: wait until a write of our own sees the new quota.
 */
const untilQuotaSeen = (popup: Page, fits: boolean) => settle(() => scratchWriteFits(popup), (ok) => ok === fits, 60_000);
const setQuota = (cdp: CDPSession, quotaSize?: number) =>
  cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${browser.extensionId}`, ...(quotaSize === undefined ? {} : { quotaSize }) });

describe('storage quota', () => {
  it('tells the reader a note did not fit, keeps the draft and every stored note, and saves once space is back', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('ferry.html'));
    await waitForPainted(page);
    const popup = await openPopupFor(browser, await tabIdFor(browser.serviceWorker, server.url('ferry.html')));
    const box = popup.getByRole('textbox', { name: 'Note' });
    const notes = popup.getByRole('list', { name: 'All notes' });
    await box.fill('Ask the board for the passenger counts');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await notes.getByText('Ask the board for the passenger counts').waitFor();
    const storedBefore = await storedRecords(browser.serviceWorker, 'notes');
    const claimsBefore = await storedRecords(browser.serviceWorker, 'attributions');

    const cdp = await browser.context.newCDPSession(popup);
    await setQuota(cdp, 1);
    expect(await untilQuotaSeen(popup, false)).toBe(false);
    // A long note, as a reader writing up a story might: far more than the quota allows.
    const draft = `Crew member says decided months ago. ${'Check the minutes of every board meeting since spring. '.repeat(200)}`;
    await box.fill(draft);
    await popup.getByRole('button', { name: 'Save note' }).click();
    const alert = popup.getByRole('alert');
    await alert.waitFor();
    const told = (await alert.textContent()) ?? '';
    console.log(`quota: the popup said: ${told}`);
    expect(told).toMatch(/no storage space left/);
    expect(told).toMatch(/Everything saved before is kept/);
    expect(await box.inputValue()).toBe(draft); // nothing typed is lost either
    expect(await storedRecords(browser.serviceWorker, 'notes')).toEqual(storedBefore);
    expect(await storedRecords(browser.serviceWorker, 'attributions')).toEqual(claimsBefore);
    // The popup still reads: the earlier note is listed after a reload, under the tiny quota.
    await popup.reload();
    await notes.getByText('Ask the board for the passenger counts').waitFor();

    // Space is back: the same draft saves.
    await setQuota(cdp);
    expect(await untilQuotaSeen(popup, true)).toBe(true);
    await popup.evaluate(() => new Promise((done) => (indexedDB.deleteDatabase('quota-probe').onsuccess = done)));
    await box.fill(draft);
    await popup.getByRole('button', { name: 'Save note' }).click();
    await notes.getByText('Crew member says decided months ago.', { exact: false }).waitFor();
    expect(await popup.getByRole('alert').count()).toBe(0);
    const after = await settle(noteTexts, (texts) => texts.length === 2);
    expect(after).toEqual(['Ask the board for the passenger counts', draft].sort());
    await cdp.detach();
    await popup.close();
    await page.close();
  });
});
