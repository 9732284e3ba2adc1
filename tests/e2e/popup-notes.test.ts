import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, startStaticServer, waitForPainted, type ExtensionBrowser, type StaticServer } from './support';
import { articlePage, openPopupFor, selectPassage, tabIdFor } from './popup-support';

const PASSAGE = 'the night ferry would stop running in October';
const V1 = [
  'The harbour board met on Tuesday to discuss the timetable, its chair Ines Moreau said.',
  `Board members agreed that ${PASSAGE}, according to two people who attended the meeting.`,
  '“The decision was taken with a heavy heart,” Moreau said after the vote.',
];
// The page is edited: a correction on top, the sentence around the passage reworded.
const V2 = [
  'Correction: an earlier version of this story gave the wrong meeting date.',
  'The harbour board met on Wednesday to discuss the winter timetable, its chair Ines Moreau said.',
  `In a closed session, members decided ${PASSAGE}, two people who attended told this newspaper.`,
  '“The decision was taken with a heavy heart,” Moreau said after the vote.',
];
// The passage is gone altogether.
const V3 = [
  'The harbour board met on Wednesday, its chair Ines Moreau said.',
  '“The decision was taken with a heavy heart,” Moreau said after the vote.',
];

const pages: Record<string, string> = {
  'story.html': articlePage('Harbour board reviews the ferry timetable', V1),
  'changing.html': articlePage('Night ferry to stop in October', V1),
};

/** Opens `path` in a new tab, waits for Sourcelight, and opens the popup about that tab. */
async function visit(browser: ExtensionBrowser, server: StaticServer, path: string): Promise<{ page: Page; popup: Page }> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await waitForPainted(page);
  const popup = await openPopupFor(browser, await tabIdFor(browser.serviceWorker, server.url(path)));
  return { page, popup };
}

const pageNotes = (popup: Page) => popup.getByRole('list', { name: 'Notes on this page' }).getByRole('listitem');
const allNotes = (popup: Page) => popup.getByRole('list', { name: 'All notes' }).getByRole('listitem');

/** Anchors of all stored notes, read straight from the extension's IndexedDB (the popup shares its origin). */
async function storedNoteAnchors(popup: Page): Promise<{ prefix: string; start: number }[]> {
  return popup.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('sourcelight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('notes').objectStore('notes').getAll();
          read.onsuccess = () => {
            const notes = read.result as { anchor: { quote: { prefix: string }; position: { start: number } } | null }[];
            open.result.close();
            resolve(notes.filter((n) => n.anchor).map((n) => ({ prefix: n.anchor!.quote.prefix, start: n.anchor!.position.start })));
          };
        };
      }),
  );
}

/** How many records a table of the extension's IndexedDB holds. */
async function storedCount(popup: Page, table: string): Promise<number> {
  return popup.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('sourcelight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction(name).objectStore(name).count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
    table,
  );
}

async function writeNote(popup: Page, text: string): Promise<void> {
  await popup.getByRole('textbox', { name: 'Note' }).fill(text);
  await popup.getByRole('button', { name: 'Save note' }).click();
  await pageNotes(popup).filter({ hasText: text }).waitFor();
}

describe('notes in the popup', () => {
  let server: StaticServer;
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-notes-profile-'));
  beforeAll(async () => {
    server = await startStaticServer({ pages });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('writes, edits, deletes and searches notes that survive a reload and a browser restart', async () => {
    let browser = await launchExtensionBrowser({ userDataDir: profile });
    try {
      const { page, popup } = await visit(browser, server, 'story.html');
      await writeNote(popup, 'Check the board minutes when they are published');
      await writeNote(popup, 'Temporary thought');
      expect(await allNotes(popup).first().textContent()).toContain('Temporary thought'); // newest first

      await pageNotes(popup).filter({ hasText: 'Check the board minutes' }).getByRole('button', { name: 'Edit' }).click();
      await popup.getByRole('textbox', { name: 'Note' }).fill('Check the board minutes (published Friday)');
      await popup.getByRole('button', { name: 'Save note' }).click();
      await pageNotes(popup).filter({ hasText: 'published Friday' }).waitFor();

      await pageNotes(popup).filter({ hasText: 'Temporary thought' }).getByRole('button', { name: 'Delete' }).click();
      await pageNotes(popup).filter({ hasText: 'Temporary thought' }).waitFor({ state: 'detached' });
      expect(await pageNotes(popup).count()).toBe(1);

      await popup.getByRole('searchbox', { name: 'Search notes' }).fill('minutes friday');
      await expect.poll(() => allNotes(popup).count()).toBe(1);
      await popup.getByRole('searchbox', { name: 'Search notes' }).fill('nothing like this');
      await expect.poll(() => allNotes(popup).count()).toBe(0);

      await popup.close();
      await page.reload();
      await waitForPainted(page);
      const reopened = await openPopupFor(browser, await tabIdFor(browser.serviceWorker, server.url('story.html')));
      await pageNotes(reopened).filter({ hasText: 'published Friday' }).waitFor();
      expect(await storedCount(reopened, 'pages')).toBe(1); // the revisit updated the page, no duplicate
      const claims = await storedCount(reopened, 'attributions');
      expect(claims).toBeGreaterThan(0);
      await page.reload();
      await waitForPainted(page);
      await tabIdFor(browser.serviceWorker, server.url('story.html'));
      expect(await storedCount(reopened, 'attributions')).toBe(claims);
    } finally {
      await browser.close();
    }

    browser = await launchExtensionBrowser({ userDataDir: profile });
    try {
      const { popup } = await visit(browser, server, 'story.html');
      await pageNotes(popup).filter({ hasText: 'published Friday' }).waitFor();
      expect(await pageNotes(popup).count()).toBe(1);
      const link = allNotes(popup).first().getByRole('link');
      expect(await link.getAttribute('href')).toBe(server.url('story.html'));
    } finally {
      await browser.close();
    }
  });

  it('re-finds a note on selected text after the page changes, and keeps it as orphaned when the passage is gone', async () => {
    const browser = await launchExtensionBrowser();
    try {
      const { page, popup } = await visit(browser, server, 'changing.html');
      await selectPassage(page, PASSAGE);
      await popup.getByRole('textbox', { name: 'Note' }).fill('Ask the board for the vote count');
      await popup.getByRole('button', { name: 'Add note to selection' }).click();
      const note = pageNotes(popup).filter({ hasText: 'Ask the board for the vote count' });
      await note.waitFor();
      expect(await note.locator('blockquote').textContent()).toBe(PASSAGE);
      const [firstAnchor] = await storedNoteAnchors(popup);

      const reload = async (paragraphs: string[]) => {
        pages['changing.html'] = articlePage('Night ferry to stop in October', paragraphs);
        await page.reload();
        await waitForPainted(page);
        return openPopupFor(browser, await tabIdFor(browser.serviceWorker, server.url('changing.html')));
      };

      const afterEdit = await reload(V2);
      const moved = pageNotes(afterEdit).filter({ hasText: 'Ask the board for the vote count' });
      await moved.waitFor();
      expect(await moved.getByText(/Orphaned/).count()).toBe(0);
      expect(await moved.locator('blockquote').textContent()).toBe(PASSAGE);
      const href = (await moved.getByRole('link').getAttribute('href')) ?? '';
      expect(href.startsWith(`${server.url('changing.html')}#:~:text=`)).toBe(true);
      expect(decodeURIComponent(href.split('#:~:text=')[1])).toContain(PASSAGE);
      // The stored anchor moved with the text: its context is now the reworded sentence.
      const stored = await storedNoteAnchors(afterEdit);
      expect(stored).toHaveLength(1);
      expect(stored[0].prefix).toContain('members decided');
      expect(stored[0].start).toBeGreaterThan(firstAnchor.start);

      const afterRemoval = await reload(V3);
      const orphan = pageNotes(afterRemoval).filter({ hasText: 'Ask the board for the vote count' });
      await orphan.getByText(/Orphaned/).waitFor();
      expect(await orphan.locator('blockquote').textContent()).toBe(PASSAGE);
    } finally {
      await browser.close();
    }
  });
});
