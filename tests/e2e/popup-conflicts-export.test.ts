/**
 * Conflicts and export/import in the built extension: two fixture articles that contradict each
 * other and one unrelated article are read; the popup shows that one conflict, its link opens
 * the passage, "Not a conflict" hides it for good; every export format is a real download that
 * parses; the JSON and JSON-LD files import into a fresh profile, refusing a broken file.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../utils/export';
import { launchExtensionBrowser, startStaticServer, waitForPainted, type ExtensionBrowser, type StaticServer } from './support';
import { badgeTextOf, openPopupFor, tabIdFor } from './popup-support';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'conflicts');
const conflictItems = (popup: Page) => popup.getByRole('region', { name: 'Conflicting claims' }).getByRole('listitem');

/** Chooses a format, presses Export and returns the downloaded file's name and text. */
async function exportAs(popup: Page, label: string): Promise<{ name: string; text: string }> {
  await popup.getByRole('combobox', { name: 'Export format' }).selectOption({ label });
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export', exact: true }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('conflicts and export in the popup', () => {
  let server: StaticServer;
  let reader: ExtensionBrowser;
  let fresh: ExtensionBrowser;
  const scratch = mkdtempSync(join(tmpdir(), 'sourcelight-export-'));
  const files: Record<string, { name: string; text: string }> = {};

  beforeAll(async () => {
    server = await startStaticServer({ root: FIXTURES });
    reader = await launchExtensionBrowser();
    fresh = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await reader?.close();
    await fresh?.close();
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  async function read(path: string): Promise<{ page: Page; tabId: number }> {
    const page = await reader.context.newPage();
    await page.goto(server.url(path));
    await waitForPainted(page);
    return { page, tabId: await tabIdFor(reader.serviceWorker, server.url(path)) };
  }

  it('shows only the conflict between the two ceasefire articles, links to the passage and dismisses it', async () => {
    await read('ceasefire-report.html');
    await read('orchard-festival.html');
    const { page: denialPage, tabId: denialTab } = await read('ceasefire-denial.html');
    expect(await badgeTextOf(reader.serviceWorker, denialTab)).toMatch(/!$/);

    // The sidebar's extension frame says the page conflicts, shows the claim with the other one, and knows Varga from the other page.
    await denialPage.locator('sourcelight-sidebar .launcher').click();
    const panel = denialPage.locator('sourcelight-sidebar [role="complementary"]');
    const frame = panel.frameLocator('iframe[title="From other pages you read"]');
    await frame.getByRole('status').filter({ hasText: 'This page conflicts with 1 page you read' }).waitFor();
    const mark = frame.getByRole('note');
    expect(await mark.count()).toBe(1);
    expect(await mark.textContent()).toMatch(/Here: “Veldoria did not mediate.*Helena Varga \(named\).*Veldoria acted as the mediator/);
    expect(await frame.locator('.also-quoted').filter({ hasText: 'Helena Varga' }).textContent()).toBe('Helena Varga: also quoted on 1 other page you read');
    // "Add note" on the contradicted claim: the popup then opens that note for writing.
    const contradicted = panel.locator('li').filter({ has: denialPage.locator('.claim', { hasText: 'Veldoria did not mediate' }) });
    await contradicted.getByRole('button', { name: /^Add note/ }).click();
    await expect.poll(() => denialPage.evaluate(() => document.querySelector('sourcelight-sidebar')!.shadowRoot!.textContent)).toContain('Note added');

    const popup = await openPopupFor(reader, denialTab);
    await expect.poll(() => conflictItems(popup).count()).toBe(1);
    const item = conflictItems(popup).first();
    const earlier = item.getByRole('group', { name: 'Earlier claim' });
    const later = item.getByRole('group', { name: 'Later claim' });
    expect(await earlier.textContent()).toContain('Veldoria acted as the mediator');
    expect(await earlier.textContent()).toContain('Helena Varga');
    expect(await earlier.textContent()).toContain('The Northern Ledger');
    expect(await later.textContent()).toContain('Veldoria did not mediate');
    expect(await popup.getByRole('region', { name: 'Conflicting claims' }).textContent()).not.toContain('orchard');

    const link = earlier.getByRole('link');
    const href = (await link.getAttribute('href'))!;
    expect(href.startsWith(server.url('ceasefire-report.html') + '#:~:text=')).toBe(true);
    expect(decodeURIComponent(href.split('#:~:text=')[1])).toContain('Veldoria');
    const [opened] = await Promise.all([reader.context.waitForEvent('page'), link.click()]);
    await opened.waitForLoadState();
    expect(opened.url().startsWith(server.url('ceasefire-report.html'))).toBe(true);
    expect(await opened.locator('h1').textContent()).toBe('Ostrana and Karsk agree ceasefire after secret talks');
    await opened.close();

    // The note added from the sidebar is open for writing, anchored to the claim.
    await popup.getByText('Note (editing)').waitFor();
    await popup.getByRole('textbox', { name: 'Note' }).fill('Who actually hosted the talks?');
    await popup.getByRole('button', { name: 'Save note' }).click();
    await popup.getByRole('list', { name: 'All notes' }).getByText('Who actually hosted the talks?').waitFor();

    for (const [key, label] of [['json', 'Sourcelight JSON'], ['markdown', 'Markdown'], ['csv', 'CSV'], ['w3c', 'W3C Web Annotation (JSON-LD)'], ['hypothesis', 'Hypothesis JSON']] as const) {
      files[key] = await exportAs(popup, label);
    }

    await item.getByRole('button', { name: 'Not a conflict' }).click();
    await popup.getByText('No conflicting claims among the pages you have read.').waitFor();
    await popup.reload();
    await popup.getByText('No conflicting claims among the pages you have read.').waitFor();
    expect(await conflictItems(popup).count()).toBe(0);
  });

  it('writes every format as a file that parses', () => {
    const json = JSON.parse(files.json.text);
    expect(files.json.name).toMatch(/\.sourcelight\.json$/);
    expect(json).toMatchObject({ format: 'sourcelight', version: 1 });
    expect(json.pages).toHaveLength(3);
    expect(json.notes.map((n: { text: string }) => n.text)).toEqual(['Who actually hosted the talks?']);

    expect(files.markdown.name).toMatch(/\.md$/);
    expect(files.markdown.text).toContain('Who actually hosted the talks?');

    const csv = Papa.parse<Record<string, string>>(files.csv.text, { delimiter: ',', header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(csv.data).toHaveLength(1);
    expect(csv.data[0].note).toBe('Who actually hosted the talks?');
    expect(csv.data[0].claim).toContain('Veldoria did not mediate');
    expect(csv.data[0].source).toContain('foreign ministry');

    const jsonld = JSON.parse(files.w3c.text);
    expect(files.w3c.name).toMatch(/\.jsonld$/);
    expect(jsonld['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const [annotation] = jsonld.first.items;
    expect(annotation).toMatchObject({ type: 'Annotation', body: { type: 'TextualBody', value: 'Who actually hosted the talks?' } });
    expect(typeof annotation.id).toBe('string');
    expect(annotation.target.source).toBe(server.url('ceasefire-denial.html'));

    const hypothesis = JSON.parse(files.hypothesis.text);
    expect(JSON.stringify(hypothesis)).toContain('Who actually hosted the talks?');
  });

  it('imports into a fresh profile: refuses a broken file, merges JSON once, and exports the same JSON', async () => {
    const popup = await openPopupFor(fresh, 999_999);
    const input = popup.getByLabel('Import (Sourcelight JSON or W3C JSON-LD)');
    const transfer = popup.getByRole('region', { name: 'Export and import' });

    const broken = JSON.parse(files.json.text);
    broken.pages[1].url = 'javascript:alert(1)';
    writeFileSync(join(scratch, 'broken.json'), JSON.stringify(broken));
    await input.setInputFiles(join(scratch, 'broken.json'));
    await expect.poll(() => transfer.getByRole('alert').textContent()).toMatch(/pages\[1\]\.url: expected an http\(s\) URL/);
    expect(await popup.getByText('No notes yet.').count()).toBe(1);

    writeFileSync(join(scratch, files.json.name), files.json.text);
    // The second import of the same file finds nothing new.
    for (const changed of [1, 0]) {
      await input.setInputFiles(join(scratch, files.json.name));
      await transfer.getByRole('status').filter({ hasText: `${changed} new or changed notes, 3 pages` }).waitFor();
    }
    writeFileSync(join(scratch, files.w3c.name), files.w3c.text);
    await input.setInputFiles(join(scratch, files.w3c.name));
    await transfer.getByRole('status').filter({ hasText: files.w3c.name }).waitFor();
    await popup.reload();
    // The list fills in after the popup's first message round trip: wait for it, then count.
    await expect.poll(() => popup.getByRole('list', { name: 'All notes' }).getByRole('listitem').count()).toBe(1);

    const again = await exportAs(popup, 'Sourcelight JSON');
    const withoutDate = (text: string) => ({ ...JSON.parse(text), exportedAt: null });
    expect(withoutDate(again.text)).toEqual(withoutDate(files.json.text));
  });
});
