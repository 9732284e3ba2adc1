/**
 * Pages unlike the tidy fixtures: locked down by CSP, framed, enormous, right-to-left, not an
 * article at all. On each the page keeps working and Sourcelight either annotates or declines,
 * without an error in any console.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ourHighlightNames, waitForPainted, waitForSkipped, useServedExtension } from './support';
import { collectErrors, storedRecords, extensionDirOption } from './hardening-support';
import { hostilePages, hostileServer } from './hostile-pages';

/** The hostile article with 50,000 extra elements: a comment thread of 25,000 items after it. */
function hugePage(): string {
  const article = hostilePages()['framed-article.html'];
  const items = Array.from({ length: 25_000 }, (_, i) => `<li><span>Reader ${i} agrees</span></li>`).join('');
  return article.replace('</main>', `</main><section class="comments"><ul>${items}</ul></section>`);
}

const served = useServedExtension(hostileServer({ 'huge.html': hugePage() }), extensionDirOption());

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await served.browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(served.server.url(path));
  return { page, errors };
}

/** Waits for our first decision on the page: painted or skipped. */
async function outcome(page: Page, timeout = 30_000): Promise<'painted' | 'skipped'> {
  await page.waitForFunction(() => performance.getEntriesByName('sourcelight:painted').length + performance.getEntriesByName('sourcelight:skipped').length > 0, null, { timeout });
  return page.evaluate(() => (performance.getEntriesByName('sourcelight:painted').length > 0 ? 'painted' : 'skipped'));
}

describe('awkward pages', () => {
  it('annotates under a CSP of default-src none, and the sidebar still opens', async () => {
    const { page, errors } = await open('locked.csp.html');
    await waitForPainted(page);
    expect(await ourHighlightNames(page)).toContain('sourcelight-named');
    await page.keyboard.press('Alt+Shift+S');
    await page.locator('sourcelight-sidebar [role="complementary"]').waitFor();
    const shown = await page.evaluate(() => getComputedStyle(document.querySelector('sourcelight-sidebar')!.shadowRoot!.querySelector('[role="complementary"]')!).position);
    expect(shown).toBe('fixed'); // our constructed stylesheet applied despite style-src 'self'
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves a page that only frames an article alone, without errors in either frame', async () => {
    const { page, errors } = await open('iframe-host.html');
    expect(await waitForSkipped(page)).toBe('not-article');
    const frame = page.frame({ url: /framed-article\.html$/ })!;
    await frame.waitForLoadState();
    await page.waitForTimeout(1_000);
    const inFrame = await frame.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('sourcelight:')).map((e) => e.name));
    // Either the frame is annotated in full or not touched at all: no half-done state.
    if (inFrame.includes('sourcelight:painted')) expect(await frame.evaluate(() => CSS.highlights.has('sourcelight-named'))).toBe(true);
    else expect(await frame.evaluate(() => [...(CSS.highlights as unknown as Map<string, unknown>).keys()])).toEqual([]);
    expect(await frame.evaluate(() => document.querySelector('h1')?.textContent)).toContain('tram depot');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copes with 50,000 extra elements: paints only the article, and the page stays responsive', async () => {
    const { page, errors } = await open('huge.html');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(50_000);
    expect(await outcome(page, 60_000)).toBe('painted');
    const painted = await page.evaluate(() =>
      ['sourcelight-named', 'sourcelight-anonymous', 'sourcelight-source'].flatMap((n) => [...((CSS.highlights.get(n) ?? new Set()) as unknown as Set<Range>)].map((r) => (r as Range).startContainer.parentElement!.closest('section.comments') === null)),
    );
    expect(painted.length).toBeGreaterThan(0);
    expect(painted.every(Boolean)).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('section.comments li').length)).toBe(25_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('handles a right-to-left article (Arabic with Hebrew and English): annotates or declines, layout untouched', async () => {
    const { page, errors } = await open('rtl-arabic.html');
    const result = await outcome(page);
    if (result === 'painted') {
      // Whatever was painted lies inside the article and covers real text.
      const texts = await page.evaluate(() => [...((CSS.highlights.get('sourcelight-named') ?? new Set()) as unknown as Set<Range>)].map((r) => (r as Range).toString()));
      expect(texts.every((t) => t.trim().length > 0)).toBe(true);
    }
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    expect(await page.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);
    expect(errors).toEqual([]);
    console.log(`rtl-arabic.html: ${result}`);
    await page.close();
  });

  it('declines a page with no article, stays idle while it keeps changing, and stores nothing', async () => {
    const { page, errors } = await open('no-article.html');
    expect(await waitForSkipped(page)).toBe('not-article');
    await page.waitForTimeout(2_000); // the shop rewrites its basket every 50 ms meanwhile
    const marks = await page.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('sourcelight:')).map((e) => e.name));
    expect(marks).not.toContain('sourcelight:painted');
    expect(marks.filter((m) => m === 'sourcelight:skipped').length).toBeLessThanOrEqual(3);
    expect(await ourHighlightNames(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('sourcelight-sidebar').length)).toBe(0);
    expect((await storedRecords<{ url: string }>(served.browser.serviceWorker, 'pages')).map((p) => p.url)).not.toContain(served.server.url('no-article.html'));
    expect(errors).toEqual([]);
    await page.close();
  });
});
