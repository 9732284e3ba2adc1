import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  pointInHighlight, waitForPainted, useServedExtension } from './support';

/** The sidebar and tooltip: reached by click, hover and keyboard; they jump back to the article. */
const served = useServedExtension();

async function openArticle(path = 'harbour-port.html'): Promise<Page> {
  const page = await served.browser.context.newPage();
  await page.goto(served.server.url(path));
  await waitForPainted(page);
  return page;
}

describe('sidebar', () => {
  it('opens on a click on a claim, with sources grouped and the clicked claim selected', async () => {
    const page = await openArticle();
    const point = await pointInHighlight(page, 'We will not reopen the port');
    await page.mouse.click(point.x, point.y);
    const panel = page.locator('sourcelight-sidebar [role="complementary"]');
    await panel.waitFor();
    expect(await page.evaluate(() => document.querySelector('sourcelight-sidebar')?.shadowRoot?.mode)).toBe('open');
    expect(await panel.getAttribute('aria-labelledby')).toBeTruthy();
    const named = panel.locator('section[data-group="named"]');
    await expect.poll(() => named.locator('.source-name').allTextContents()).toContain('Mara Ellison');
    const card = named.locator('.source', { hasText: 'Mara Ellison' });
    expect(await card.locator('.description').textContent()).toContain('the harbour commissioner');
    expect(await card.locator('.source-meta').textContent()).toMatch(/Named person · \d+ claims?/);
    const selected = panel.locator('[aria-current="true"]');
    expect(await selected.textContent()).toContain('We will not reopen the port');
    // Focus moved into the sidebar, onto the selected claim.
    expect(await page.evaluate(() => document.querySelector('sourcelight-sidebar')!.shadowRoot!.activeElement?.textContent)).toContain(
      'We will not reopen the port',
    );
    const anonymous = panel.locator('section[data-group="anonymous"]');
    expect(await anonymous.locator('.claim').count()).toBeGreaterThan(0);
    const label = await panel.locator('[role="img"]').getAttribute('aria-label');
    expect(label).toMatch(/^\d+% of \d+ claims from named sources, \d+% from anonymous or unnamed sources$/);
    await page.close();
  });

  it('jumps to a claim chosen in the sidebar, flashes it, and closes with Esc', async () => {
    const page = await openArticle();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('Alt+Shift+S');
    const panel = page.locator('sourcelight-sidebar [role="complementary"]');
    await panel.waitFor();
    const claim = panel.locator('.claim', { hasText: 'she expected a decision on the grant' });
    await claim.click();
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-flash'));
    const flashed = await page.evaluate(() => [...(CSS.highlights.get('sourcelight-flash') as unknown as Set<Range>)].map((r) => r.toString()));
    expect(flashed.join(' ')).toContain('she expected a decision on the grant');
    await page.waitForFunction(() => {
      const range = [...(CSS.highlights.get('sourcelight-flash') as unknown as Set<Range>)][0];
      const rect = range?.getBoundingClientRect();
      return rect !== undefined && rect.top >= 0 && rect.bottom <= innerHeight;
    });
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    // The flash is temporary.
    await page.waitForFunction(() => !CSS.highlights.has('sourcelight-flash'), undefined, { timeout: 5_000 });
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    // Focus goes back to the launcher, so keyboard users can reopen it.
    await expect.poll(() => page.evaluate(() => document.querySelector('sourcelight-sidebar')!.shadowRoot!.activeElement?.className)).toBe('launcher');
    await page.close();
  });

  it('closes with its close button', async () => {
    const page = await openArticle('library-budget.html');
    await page.locator('sourcelight-sidebar .launcher').click();
    const panel = page.locator('sourcelight-sidebar [role="complementary"]');
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Close sources sidebar' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.close();
  });
});

describe('tooltip', () => {
  it('shows who said a claim when the pointer rests on it', async () => {
    const page = await openArticle();
    const point = await pointInHighlight(page, 'We will not reopen the port');
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('sourcelight-sidebar [role="tooltip"]');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/Mara Ellison.*Named person/);
    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached' });
    await page.close();
  });

  it('shows and announces the source when the caret enters a claim', async () => {
    const page = await openArticle();
    await page.evaluate(() => {
      const range = [...(CSS.highlights.get('sourcelight-named') as unknown as Set<Range>)].find((r) => r.toString().includes('We will not reopen'))!;
      const caret = document.createRange();
      caret.setStart(range.startContainer, range.startOffset + 3);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(caret);
    });
    const tooltip = page.locator('sourcelight-sidebar [role="tooltip"]');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('Mara Ellison');
    const live = page.locator('sourcelight-sidebar [aria-live="polite"]');
    expect(await live.textContent()).toMatch(/Claim attributed to Mara Ellison.*named person/);
    await page.close();
  });
});
