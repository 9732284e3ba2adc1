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
  // the sidebar's launcher is built after the paint, in a task of its own, once its UI module has loaded
  await page.locator('sourcelight-sidebar .launcher').waitFor({ state: 'attached' });
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

describe('only the reader acts', () => {
  const panelOf = (page: Page) => page.locator('sourcelight-sidebar [role="complementary"]');
  const flashing = (page: Page) => page.evaluate(() => CSS.highlights.has('sourcelight-flash'));

  it('ignores the page’s own clicks and keys on the launcher, the claims and the sidebar; a real click works', async () => {
    const page = await openArticle();
    const point = await pointInHighlight(page, 'We will not reopen the port');
    // A page script tries every way to open the sidebar: click() and dispatched events on the launcher,
    // a dispatched click at the painted claim, dispatched Alt+Shift+S on the document and the launcher.
    const tried = await page.evaluate(({ x, y }) => {
      const root = document.querySelector('sourcelight-sidebar')!.shadowRoot!;
      const launcher = root.querySelector<HTMLButtonElement>('.launcher')!;
      launcher.click();
      launcher.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, button: 0 }));
      const under = document.elementFromPoint(x, y)!;
      under.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y, button: 0 }));
      (under as HTMLElement).click();
      for (const target of [document, document.body, launcher]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true, composed: true }));
      }
      return under.tagName;
    }, point);
    expect(tried).toBe('P');
    await page.waitForTimeout(400); // renders are batched: give a wrongly accepted event time to show
    expect(await panelOf(page).count()).toBe(0);

    await page.mouse.click(point.x, point.y); // the reader's own click
    await panelOf(page).waitFor();
    const selectedBefore = await panelOf(page).locator('[aria-current="true"]').textContent();

    // With the sidebar open: the page clicks another claim, the close button, and sends Esc.
    await page.evaluate(() => {
      const root = document.querySelector('sourcelight-sidebar')!.shadowRoot!;
      const other = [...root.querySelectorAll<HTMLButtonElement>('.claim')].find((b) => b.getAttribute('aria-current') !== 'true')!;
      other.click();
      other.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      root.querySelector<HTMLButtonElement>('.close')!.click();
      root.querySelector('.panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await page.waitForTimeout(400);
    expect(await panelOf(page).count()).toBe(1);
    expect(await panelOf(page).locator('[aria-current="true"]').textContent()).toBe(selectedBefore);
    expect(await flashing(page)).toBe(false);

    // The reader's own click on a claim in the sidebar does act, and so does the close button.
    await panelOf(page).locator('.claim', { hasText: 'she expected a decision on the grant' }).click();
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-flash'));
    await panelOf(page).getByRole('button', { name: 'Close sources sidebar' }).click();
    await panelOf(page).waitFor({ state: 'detached' });
    await page.close();
  });
});

describe('keyboard inside the sidebar', () => {
  const panelOf = (page: Page) => page.locator('sourcelight-sidebar [role="complementary"]');
  const focusedInSidebar = (page: Page) => page.evaluate(() => document.querySelector('sourcelight-sidebar')!.shadowRoot!.activeElement?.className ?? null);

  it('Alt+Shift+S toggles the sidebar with focus inside it, as it does from the page', async () => {
    const page = await openArticle();
    page.setDefaultTimeout(10_000);
    await page.keyboard.press('Alt+Shift+S');
    await panelOf(page).waitFor();
    expect(await focusedInSidebar(page)).toMatch(/close|claim/); // focus moved into the panel
    await panelOf(page).locator('button.claim').last().focus(); // another control inside the panel
    expect(await focusedInSidebar(page)).toMatch(/claim/);
    await page.keyboard.press('Alt+Shift+S');
    await panelOf(page).waitFor({ state: 'detached' });
    // Closed, focus is on the launcher (inside the sidebar's shadow root): the shortcut opens it again.
    await expect.poll(() => focusedInSidebar(page)).toBe('launcher');
    await page.keyboard.press('Alt+Shift+S');
    await panelOf(page).waitFor();

    // Focus inside the extension frame (another document): the shortcut and Esc still close the sidebar.
    const frame = panelOf(page).frameLocator('iframe[title="From other pages you read"]');
    await frame.locator('main').waitFor();
    await frame.locator('h2').click();
    expect(await frame.locator('body').evaluate(() => document.hasFocus())).toBe(true);
    await page.keyboard.press('Alt+Shift+S');
    await panelOf(page).waitFor({ state: 'detached' });
    await page.keyboard.press('Alt+Shift+S'); // focus went back to the launcher
    await panelOf(page).waitFor();
    await frame.locator('h2').click();
    await page.keyboard.press('Escape');
    await panelOf(page).waitFor({ state: 'detached' });
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
