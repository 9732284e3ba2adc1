/**
 * Data is never lost: notes survive a browser restart and a restart of the service worker; damaged,
 * truncated and oversized import files are refused with a message, write nothing, and leave the
 * popup working; twenty article tabs opened at once are all stored, with no duplicates.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchExtensionBrowser, startStaticServer, waitForPainted, type ExtensionBrowser, type StaticServer } from './support';
import { articlePage, openPopupFor, tabIdFor } from './popup-support';
import { settle, storedRecords, extensionDirOption } from './hardening-support';

const TABS = 20;
const PLACES = ['Aarwick', 'Belmont', 'Corrin', 'Dunmore', 'Elster', 'Fenwick', 'Garron', 'Halden', 'Ilford', 'Jarrow', 'Kelso', 'Lanark', 'Marden', 'Norham', 'Orton', 'Penrith', 'Quarry Bank', 'Rothes', 'Selby', 'Thirsk'];

/** Twenty different small articles, each with named and anonymous claims. */
const storyPages = Object.fromEntries(
  PLACES.map((place, i) => [
    `story-${i}.html`,
    articlePage(`${place} library to cut opening hours`, [
      `The library in ${place} will close on Mondays from next month, the council leader Maya Rhee said on Tuesday.`,
      `“We cannot keep every branch open six days a week on this budget,” Rhee told a meeting of ${place} residents.`,
      `Two librarians, who asked not to be named because they feared losing their jobs, said ${i + 3} posts would go.`,
      `The union said in a statement that it would ballot members in ${place} over the cuts.`,
    ]),
  ]),
);

let server: StaticServer;
let profile: string;
let scratch: string;

beforeAll(async () => {
  server = await startStaticServer({ pages: storyPages });
  profile = mkdtempSync(join(tmpdir(), 'sourcelight-restart-'));
  scratch = mkdtempSync(join(tmpdir(), 'sourcelight-imports-'));
});
afterAll(async () => {
  await server?.close();
  for (const dir of [profile, scratch]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const noteTexts = async (inExtension: Worker | Page) => (await storedRecords<{ text: string }>(inExtension, 'notes')).map((n) => n.text).sort();

describe('data is never lost', () => {
  it('stores 20 tabs opened together once each; notes survive a service-worker restart and a browser restart', async () => {
    let browser: ExtensionBrowser = await launchExtensionBrowser({ userDataDir: profile, ...extensionDirOption() });
    try {
      const tabs = await Promise.all(Object.keys(storyPages).map(async (path) => {
        const page = await browser.context.newPage();
        await page.goto(server.url(path));
        return page;
      }));
      await Promise.all(tabs.map((page) => waitForPainted(page, 1, 60_000)));
      const wanted = Object.keys(storyPages).map((path) => server.url(path)).sort();
      const pages = await settle(() => storedRecords<{ url: string }>(browser.serviceWorker, 'pages'), (p) => p.length >= TABS, 30_000);
      expect(pages.map((p) => p.url).sort()).toEqual(wanted);
      const claims = await storedRecords<{ pageUrl: string; id: string; claim: string }>(browser.serviceWorker, 'attributions');
      expect(new Set(claims.map((c) => `${c.pageUrl} ${c.id}`)).size).toBe(claims.length);
      expect(new Set(claims.map((c) => `${c.pageUrl} ${c.claim}`)).size).toBe(claims.length);
      expect(new Set(claims.map((c) => c.pageUrl)).size).toBe(TABS);
      // Revisiting every tab at once changes nothing.
      await Promise.all(tabs.map((page) => page.reload()));
      await Promise.all(tabs.map((page) => waitForPainted(page, 1, 60_000)));
      await new Promise((done) => setTimeout(done, 1_000));
      expect((await storedRecords(browser.serviceWorker, 'pages')).length).toBe(TABS);
      expect((await storedRecords(browser.serviceWorker, 'attributions')).length).toBe(claims.length);

      const popup = await openPopupFor(browser, await tabIdFor(browser.serviceWorker, server.url('story-0.html')));
      for (const text of ['Ask the union for the ballot date', 'Posts cut: check the budget papers']) {
        await popup.getByRole('textbox', { name: 'Note' }).fill(text);
        await popup.getByRole('button', { name: 'Save note' }).click();
        await popup.getByRole('list', { name: 'All notes' }).getByText(text).waitFor();
      }
      await Promise.all(tabs.map((page) => page.close()));
      await popup.close();

      // Stop the service worker (as the browser does when it idles), then ask again: a new worker
      // opens the same database. (A real update, chrome.runtime.reload() with new files on disk, is
      // hardening-update.test.ts.)
      await browser.serviceWorker.evaluate(() => void ((globalThis as unknown as { beforeStop: boolean }).beforeStop = true));
      const controller = await browser.openExtensionPage('popup.html');
      const cdp = await browser.context.newCDPSession(controller);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      await controller.reload();
      await controller.getByRole('list', { name: 'All notes' }).getByText('Posts cut: check the budget papers').waitFor();
      expect(await noteTexts(controller)).toEqual(['Ask the union for the ballot date', 'Posts cut: check the budget papers']);
      const fresh = await settle(async () => {
        const flags = await Promise.all(browser.context.serviceWorkers().map((w) => w.evaluate(() => (globalThis as unknown as { beforeStop?: boolean }).beforeStop === true).catch(() => true)));
        return flags.includes(false);
      }, Boolean, 10_000);
      expect(fresh).toBe(true); // the notes were read through a new worker
      await controller.close();
    } finally {
      await browser.close();
    }

    browser = await launchExtensionBrowser({ userDataDir: profile, ...extensionDirOption() });
    try {
      expect(await noteTexts(browser.serviceWorker)).toEqual(['Ask the union for the ballot date', 'Posts cut: check the budget papers']);
      expect((await storedRecords(browser.serviceWorker, 'pages')).length).toBe(TABS);
      const popup = await browser.openExtensionPage('popup.html');
      await popup.getByRole('list', { name: 'All notes' }).getByText('Ask the union for the ballot date').waitFor();

      // Damaged, truncated and 50 MB files: each refused with a message, nothing written, popup still answers.
      const good = JSON.stringify({ format: 'sourcelight', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', pages: [], claims: [], notes: [
        { id: 'imported-1', pageUrl: 'https://news.example/a', pageTitle: 'A', text: 'imported note', createdAt: 1, updatedAt: 2, anchor: null, attributionId: null, anchorStatus: 'page' },
      ] });
      const files = {
        'damaged.json': good.replace('"https://news.example/a"', '"javascript:alert(1)"'),
        'truncated.json': good.slice(0, Math.floor(good.length * 0.6)),
        'huge.json': good.replace('imported note', 'x'.repeat(50 * 1024 * 1024)),
      };
      const transfer = popup.getByRole('region', { name: 'Export and import' });
      const input = popup.getByLabel('Import (Sourcelight JSON or W3C JSON-LD)');
      const before = await storedRecords(browser.serviceWorker, 'notes');
      for (const [name, text] of Object.entries(files)) {
        writeFileSync(join(scratch, name), text);
        await input.setInputFiles(join(scratch, name));
        const alert = transfer.getByRole('alert').filter({ hasText: name });
        await alert.waitFor({ timeout: 60_000 });
        const message = (await alert.textContent()) ?? '';
        console.log(`import ${name}: ${message.slice(0, 160)}`);
        expect(message).toMatch(/Nothing was imported/);
        expect(message).not.toMatch(/^\S+: \[/); // one readable line, not a dump of validation issues
        if (name === 'huge.json') expect(message).toMatch(/limit is 50 MB/);
        expect(await storedRecords(browser.serviceWorker, 'notes')).toEqual(before);
        await popup.getByRole('searchbox', { name: 'Search notes' }).fill('ballot');
        await expect.poll(() => popup.getByRole('list', { name: 'All notes' }).getByRole('listitem').count()).toBe(1);
        await popup.getByRole('searchbox', { name: 'Search notes' }).fill('');
      }
      await popup.close();
    } finally {
      await browser.close();
    }
  });
});
