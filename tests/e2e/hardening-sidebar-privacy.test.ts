/**
 * The sidebar tells the reader what other pages they read say (a conflict, a source quoted
 * elsewhere), but the article's own scripts must learn nothing about those pages. A main-world
 * script searches everything a page can reach while the reader has the sidebar open on a
 * conflict: the DOM, every open shadow root, every frame it can enter, its selection, innerText,
 * window.find, its resource timing. It finds no title, address or claim of the other page; the
 * reader, in the extension's own frame (reached over CDP), does see them.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useServedExtension, waitForPainted } from './support';
import { tabIdFor } from './popup-support';
import { collectErrors, extensionDirOption } from './hardening-support';

const served = useServedExtension({ root: resolve(import.meta.dirname, '..', 'fixtures', 'conflicts') }, extensionDirOption());

/** What the reader read elsewhere: the other page's title, address and claim, and the fact of the match (the frame's fixed title, "From other pages you read", says nothing). */
const OTHER_PAGE_SECRETS = [
  'Ostrana and Karsk agree ceasefire',
  'Northern Ledger',
  'ceasefire-report',
  'Veldoria acted as the mediator',
  'also quoted',
  'conflicts with',
];

/** Runs in the page's main world: everything a page script can read, as one string per channel. */
function harvestAsPage(): Record<string, string> {
  const out: Record<string, string> = {};
  const roots: (Document | ShadowRoot)[] = [document];
  const frames: string[] = [];
  // Every open shadow root, however deep, and every same-origin frame's document.
  for (let i = 0; i < roots.length; i++) {
    for (const el of Array.from(roots[i].querySelectorAll('*'))) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      if (el instanceof HTMLIFrameElement) {
        frames.push(`iframe src=${el.src} title=${el.title}`);
        try {
          const inner = el.contentDocument;
          if (inner) roots.push(inner);
          else frames.push('contentDocument: null');
        } catch (error) {
          frames.push(`contentDocument threw: ${(error as Error).name}`);
        }
      }
    }
  }
  out.markup = roots.map((root) => (root instanceof Document ? root.documentElement.outerHTML : root.innerHTML)).join('\n');
  out.text = roots.map((root) => (root instanceof Document ? root.documentElement.textContent : root.textContent)).join('\n');
  out.innerText = document.body.innerText + '\n' + document.documentElement.innerText;
  out.frames = frames.join('\n');
  for (let i = 0; i < window.frames.length; i++) {
    try {
      out.frames += `\nframe ${i}: ${window.frames[i].document.documentElement.outerHTML} ${window.frames[i].location.href}`;
    } catch (error) {
      out.frames += `\nframe ${i} threw: ${(error as Error).name}`;
    }
  }
  // Select everything (the document and each shadow root), as a page's copy script would.
  const selection = getSelection()!;
  selection.selectAllChildren(document.documentElement);
  out.selection = selection.toString();
  document.execCommand('selectAll');
  out.selection += '\n' + getSelection()!.toString();
  for (const root of roots) {
    if (root instanceof ShadowRoot && root.firstElementChild) {
      selection.selectAllChildren(root.firstElementChild);
      out.selection += '\n' + selection.toString();
    }
  }
  selection.removeAllRanges();
  out.resources = performance.getEntriesByType('resource').map((entry) => entry.name).join('\n');
  out.roots = String(roots.length);
  return out;
}

describe('sidebar privacy', () => {
  it('shows the reader a conflict with another page while the page itself can read nothing of it', async () => {
    const { browser, server } = served;
    const other = await browser.context.newPage();
    await other.goto(server.url('ceasefire-report.html'));
    await waitForPainted(other);
    await tabIdFor(browser.serviceWorker, server.url('ceasefire-report.html'));
    await other.close();

    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('ceasefire-denial.html'));
    await waitForPainted(page);
    await tabIdFor(browser.serviceWorker, server.url('ceasefire-denial.html'));
    await page.locator('sourcelight-sidebar .launcher').click();
    const panel = page.locator('sourcelight-sidebar [role="complementary"]');
    await panel.waitFor();

    // The reader sees the other page: its claim, its title and that Varga is quoted there too.
    const inFrame = panel.frameLocator('iframe[title="From other pages you read"]');
    await inFrame.getByRole('note').filter({ hasText: 'Veldoria acted as the mediator' }).waitFor();
    const seen = await inFrame.locator('main').innerText();
    expect(seen).toContain('This page conflicts with 1 page you read');
    expect(seen).toContain('Ostrana and Karsk agree ceasefire after secret talks');
    expect(seen).toContain('Helena Varga: also quoted on 1 other page you read');
    // ... in a frame of the extension's origin, whose link leads to the other page.
    const frame = page.frames().find((f) => f.url().startsWith(`chrome-extension://${browser.extensionId}/sidebar-context.html#`));
    expect(frame, 'the extension frame is a frame of its own').toBeTruthy();
    expect(await inFrame.getByRole('link').getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ceasefire-report\.html#:~:text=/);

    // The page's own script, in the main world, looks everywhere it can.
    const harvest = await page.evaluate(harvestAsPage);
    console.log(`page-side harvest: ${harvest.roots} documents and shadow roots searched; frames: ${harvest.frames.replace(/\n/g, ' | ')}`);
    expect(Number(harvest.roots)).toBeGreaterThanOrEqual(2); // the document and the sidebar's open shadow root at least
    expect(harvest.text).toContain('Veldoria did not mediate'); // this page's own claims are there, as they should be
    expect(harvest.frames).toMatch(/contentDocument: null|contentDocument threw/);
    for (const [channel, text] of Object.entries(harvest)) {
      for (const secret of OTHER_PAGE_SECRETS) expect(text.toLowerCase(), `${channel} leaks "${secret}"`).not.toContain(secret.toLowerCase());
    }
    // window.find searches rendered text, shadow trees included; it must not find the other page either.
    const found = await page.evaluate((secrets) => secrets.filter((s) => (window as unknown as { find(s: string): boolean }).find(s)), OTHER_PAGE_SECRETS);
    expect(found).toEqual([]);

    // A page that embeds our frame itself (it can read the address) gets a document it cannot read either.
    const embedded = await page.evaluate(async () => {
      const ours = document.querySelector('sourcelight-sidebar')!.shadowRoot!.querySelector('iframe')!;
      const copy = document.createElement('iframe');
      copy.src = ours.src;
      document.body.append(copy);
      await new Promise((done) => copy.addEventListener('load', done, { once: true }));
      let read = 'unreadable';
      try {
        read = copy.contentDocument?.documentElement.outerHTML ?? 'null';
      } catch (error) {
        read = `threw ${(error as Error).name}`;
      }
      copy.remove();
      return read;
    });
    expect(embedded).toBe('null');
    expect(errors).toEqual([]);
    await page.close();
  });
});
