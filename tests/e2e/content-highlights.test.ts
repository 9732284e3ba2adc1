import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  lastPaint, launchExtensionBrowser, ourHighlightNames, paintedContainers, paintedTexts, pointInHighlight, startStaticServer, waitForPainted, waitForSkipped,
  type ExtensionBrowser, type StaticServer,
} from './support';
import { benchArticleHtml } from '../../scripts/lib/bench-pages';

/** The content script on real pages: what is painted, in which highlight, and what is left alone. */
let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  // A live blog long enough that only the highlights near the screen are registered (see highlight-painter).
  server = await startStaticServer({ fallbacks: { 'spa/': 'spa-story.html' }, pages: { 'long-live-blog.html': benchArticleHtml(40_000, 11) } });
  browser = await launchExtensionBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  return page;
}

const some = (list: string[], needle: string) => list.some((text) => text.includes(needle));

describe('highlights on an article page', () => {
  it('puts named and anonymous claims and their sources in their own highlights', async () => {
    const page = await open('harbour-port.html');
    await waitForPainted(page);
    const painted = await paintedTexts(page);
    expect(some(painted.named, 'We will not reopen the port')).toBe(true);
    expect(some(painted.source, 'Mara Ellison')).toBe(true);
    expect(some(painted.anonymous, 'the budget would be cut')).toBe(true);
    expect(some(painted.named, 'the budget would be cut')).toBe(false);
    expect(some(painted.anonymous, 'We will not reopen the port')).toBe(false);
    // The quotation that runs over two paragraphs is found and attributed to its speaker.
    expect(some(painted.named, 'The wall was built in 1962')).toBe(true);
    await page.close();
  });

  it('paints nothing outside the article: nav, promos, most read, comments, footer', async () => {
    const page = await open('harbour-port.html');
    await waitForPainted(page);
    const containers = await paintedContainers(page);
    expect(containers.length).toBeGreaterThan(0);
    expect(new Set(containers)).toEqual(new Set(['article']));
    const all = Object.values(await paintedTexts(page)).flat().join(' | ');
    for (const outside of ['Nothing to see here', 'Nobody warned us', 'Reporting the coast since', 'It sounded like the sea', 'best local reporting']) {
      expect(all).not.toContain(outside);
    }
    await page.close();
  });

  it('counts captions inside the article', async () => {
    const page = await open('inhaler-trial.html');
    await waitForPainted(page);
    const painted = await paintedTexts(page);
    expect(some([...painted.named, ...painted.anonymous], 'easier to use than existing devices')).toBe(true);
    await page.close();
  });

  it('leaves a page that is not an article untouched', async () => {
    const page = await open('not-article.html');
    expect(await waitForSkipped(page)).toBe('not-article');
    expect(await ourHighlightNames(page)).toEqual([]);
    expect(await page.locator('sourcelight-sidebar').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('mark[data-sourcelight]').length)).toBe(0);
    await page.close();
  });

  it('works under a strict CSP and picks the dark palette on a dark page', async () => {
    const violations: string[] = [];
    const page = await browser.context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(server.url('strict-csp.csp.html'));
    await waitForPainted(page);
    const painted = await paintedTexts(page);
    expect(some(painted.named, 'This was not an accident')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-sourcelight-theme'))).toBe('dark');
    // The highlight stylesheet (extension CSS) applies despite style-src 'self'.
    const underline = await page.evaluate(() => {
      const probe = document.createElement('mark');
      probe.setAttribute('data-sourcelight', 'anonymous');
      document.body.append(probe);
      const style = getComputedStyle(probe).textDecorationStyle;
      probe.remove();
      return style;
    });
    expect(underline).toBe('dashed');
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the first paint, made by the content script before the session loads', () => {
  /** Ranges in our three highlights now: a paint registered twice would count double. */
  const rangeCount = (page: Page) =>
    page.evaluate(() => ['sourcelight-named', 'sourcelight-anonymous', 'sourcelight-source'].reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0));

  it('is taken over by the session: painted once, and the claims answer a click', async () => {
    const page = await open('harbour-port.html');
    // The first page after the browser starts may find the engine host still loading (the early
    // paint then leaves it to the session); the page read again meets it ready, as pages do later.
    await waitForPainted(page);
    await page.reload();
    await waitForPainted(page);
    const detail = (await lastPaint(page)) as unknown as { adopted: boolean; engineRuns: number; spans: number; firstPaintMs: number; lastPaintMs: number };
    expect(detail.adopted).toBe(true);
    expect(detail.engineRuns).toBe(1);
    expect(detail.firstPaintMs).toBeGreaterThan(0);
    expect(detail.lastPaintMs).toBe(detail.firstPaintMs);
    expect(await rangeCount(page)).toBe(detail.spans);
    // The session's hit test reads the adopted ranges: a click on a claim opens the sidebar on it.
    const point = await pointInHighlight(page, 'We will not reopen the port');
    await page.mouse.click(point.x, point.y);
    await page.locator('sourcelight-sidebar [role="complementary"]').waitFor();
    // A change to the article after the takeover is read and painted by the session, replacing the first paint.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '“The ferries will run all winter,” the harbour master Tomas Lind said on Monday.';
      document.querySelector('article p')!.after(p);
    });
    await waitForPainted(page, 2);
    const second = (await lastPaint(page)) as unknown as { adopted: boolean; spans: number };
    expect(second.adopted).toBe(false);
    expect(await rangeCount(page)).toBe(second.spans);
    await page.close();
  });

  it('never shows, not even for a frame, on a page opened with highlights off', async () => {
    await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ 'sourcelight.settings': { highlights: false, disabledSites: [] } }),
    );
    const page = await browser.context.newPage();
    // From the page's first moment, the most ranges our highlights ever held in any frame.
    await page.addInitScript(() => {
      const w = window as unknown as { __mostRanges: number };
      w.__mostRanges = 0;
      const sample = () => {
        const size = ['sourcelight-named', 'sourcelight-anonymous', 'sourcelight-source'].reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0);
        w.__mostRanges = Math.max(w.__mostRanges, size);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    try {
      await page.goto(server.url('harbour-port.html'));
      expect(await waitForSkipped(page)).toBe('turned-off');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __mostRanges: number }).__mostRanges)).toBe(0);
    } finally {
      await browser.serviceWorker.evaluate(() =>
        (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ 'sourcelight.settings': { highlights: true, disabledSites: [] } }),
      );
      await page.close();
    }
  });
});

describe('teardown', () => {
  it('removes highlights, sidebar and theme mark when the content script is invalidated', async () => {
    const page = await open('strict-csp.csp.html');
    await waitForPainted(page);
    await page.locator('sourcelight-sidebar .launcher').click();
    await page.locator('sourcelight-sidebar [role="complementary"]').waitFor();
    // What WXT does when a newer copy of the content script starts (extension updated or reloaded).
    await page.evaluate((id) => {
      document.dispatchEvent(
        new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'newer-copy' } }),
      );
    }, browser.extensionId);
    await page.waitForFunction(() => !document.querySelector('sourcelight-sidebar'));
    expect(await ourHighlightNames(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-sourcelight-theme'))).toBe(false);
    // Nothing is watching any more: new article text is not annotated.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '“We will rebuild the pumps this year,” said Grace Whitfield.';
      document.querySelector('article')!.append(p);
    });
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => performance.getEntriesByName('sourcelight:painted').length)).toBe(1);
    expect(await ourHighlightNames(page)).toEqual([]);
    await page.close();
  });

  it('paints nothing and leaves no theme mark when invalidated before the first paint', async () => {
    const page = await browser.context.newPage();
    // The newer copy starts the moment this copy does: before the engine host can have answered.
    await page.addInitScript((id) => {
      new PerformanceObserver((list, observer) => {
        if (!list.getEntries().some((e) => e.name === 'sourcelight:start')) return;
        observer.disconnect();
        document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'newer-copy' } }));
      }).observe({ type: 'mark' });
    }, browser.extensionId);
    await page.goto(server.url('strict-csp.csp.html'));
    await page.waitForFunction(() => performance.getEntriesByName('sourcelight:start').length > 0);
    await page.waitForTimeout(1_500); // past the early paint's longest wait
    expect(await ourHighlightNames(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-sourcelight-theme'))).toBe(false);
    expect(await page.evaluate(() => performance.getEntriesByName('sourcelight:painted').length)).toBe(0);
    await page.close();
  });
});

describe('the reader\'s switch', () => {
  it('removes highlights when turned off in settings and paints again when turned back on', async () => {
    const page = await open('harbour-port.html');
    await waitForPainted(page);
    const setHighlights = (on: boolean) =>
      browser.serviceWorker.evaluate(
        (value) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ 'sourcelight.settings': { highlights: value, disabledSites: [] } }),
        on,
      );
    await setHighlights(false);
    expect(await waitForSkipped(page)).toBe('turned-off');
    const painted = await paintedTexts(page);
    expect([...painted.named, ...painted.anonymous, ...painted.source]).toEqual([]);
    expect(await page.locator('sourcelight-sidebar .launcher').count()).toBe(0);
    await setHighlights(true);
    await waitForPainted(page, 2);
    expect(some((await paintedTexts(page)).named, 'We will not reopen the port')).toBe(true);
    await page.close();
  });
});

describe('pages that change', () => {
  it('annotates paragraphs that load late, once, and not the comments loaded with them', async () => {
    const page = await open('late-loading.html');
    await waitForPainted(page);
    await page.waitForFunction(() => document.querySelectorAll('#more p').length === 2);
    await waitForPainted(page, 2);
    const painted = await paintedTexts(page);
    expect(some(painted.named, 'People will have to choose')).toBe(true);
    expect(some(painted.anonymous, 'ministers were unlikely to offer')).toBe(true);
    expect(painted.named.filter((t) => t.includes('We cannot run boats')).length).toBe(1);
    expect(some(Object.values(painted).flat(), 'boats were always half full')).toBe(false);
    await page.close();
  });

  it('keeps the highlights up while a changed article is read again, until the new ones replace them', async () => {
    const page = await open('harbour-port.html');
    await waitForPainted(page);
    // From the page: our highlights' size at every frame until the second paint, then the fewest seen.
    const fewest = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let least = Infinity;
          const sample = () => {
            const sizes = ['sourcelight-named', 'sourcelight-anonymous', 'sourcelight-source'].map((name) => CSS.highlights.get(name)?.size ?? 0);
            least = Math.min(least, sizes[0] + sizes[1] + sizes[2]);
            if (performance.getEntriesByName('sourcelight:painted').length >= 2) done(least);
            else requestAnimationFrame(sample);
          };
          requestAnimationFrame(sample);
          const p = document.createElement('p');
          p.textContent = '“The ferries will run all winter,” the harbour master Tomas Lind said on Monday.';
          document.querySelector('article p')!.after(p);
        }),
    );
    expect(fewest).toBeGreaterThan(0); // never a frame without highlights between the two runs
    expect(some((await paintedTexts(page)).named, 'The ferries will run all winter')).toBe(true);
    await page.close();
  });

  it('does not re-run or repaint when the page changes but the article text does not', async () => {
    const page = await open('harbour-port.html');
    await waitForPainted(page);
    await page.evaluate(() => {
      const comment = document.createElement('div');
      comment.className = 'comment';
      comment.textContent = 'newreader: The mayor said the port will reopen next week.';
      document.getElementById('comments')!.append(comment);
      document.querySelector('article p')!.append(document.createElement('span'));
    });
    await page.waitForFunction(() => performance.getEntriesByName('sourcelight:unchanged').length >= 1);
    expect(await page.evaluate(() => performance.getEntriesByName('sourcelight:painted').length)).toBe(1);
    expect(some(Object.values(await paintedTexts(page)).flat(), 'the port will reopen next week')).toBe(false);
    await page.close();
  });

  it('re-annotates after a single-page navigation and drops the old story', async () => {
    const page = await open('spa-story.html');
    await waitForPainted(page);
    expect(some((await paintedTexts(page)).named, 'Safety tests on the signalling system')).toBe(true);
    await page.click('#next-story');
    await waitForPainted(page, 2);
    const painted = await paintedTexts(page);
    expect(page.url()).toContain('/spa/rent-controls');
    expect(some(painted.named, 'Families are being priced out')).toBe(true);
    expect(some(Object.values(painted).flat(), 'Safety tests on the signalling system')).toBe(false);
    await page.close();
  });
});

describe('highlights on a very long page', () => {
  /** Whether any registered range of ours touches one of the article's last paragraphs. */
  const endRegistered = (page: Page) =>
    page.evaluate(() => {
      const last = [...document.querySelectorAll('article p')].slice(-8);
      for (const name of ['sourcelight-named', 'sourcelight-anonymous', 'sourcelight-source']) {
        for (const range of (CSS.highlights.get(name) ?? new Set()) as unknown as Set<Range>) {
          if (last.some((p) => range.intersectsNode(p))) return true;
        }
      }
      return false;
    });

  it('registers only the highlights near the screen, and follows the reader down the page', async () => {
    const page = await open('long-live-blog.html');
    await waitForPainted(page, 1, 60_000);
    const { spans } = await lastPaint(page);
    const registered = await page.evaluate(() =>
      ['sourcelight-named', 'sourcelight-anonymous', 'sourcelight-source'].reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0),
    );
    expect(spans).toBeGreaterThan(2_000);
    expect(registered).toBeGreaterThan(10);
    expect(registered).toBeLessThan(spans / 2);
    expect(await endRegistered(page)).toBe(false);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => endRegistered(page)).toBe(true);
    await page.close();
  });

  it('keeps to the nearby highlights from the first paint, not only once 2,000 ranges are painted', async () => {
    const page = await browser.context.newPage();
    // Samples our highlights' sizes at every frame until the run is painted: what the browser had to revisit.
    await page.addInitScript(() => {
      const probe = window as unknown as { slMostRegistered: number };
      probe.slMostRegistered = 0;
      const sample = () => {
        const sizes = ['sourcelight-named', 'sourcelight-anonymous', 'sourcelight-source'].map((name) => CSS.highlights.get(name)?.size ?? 0);
        probe.slMostRegistered = Math.max(probe.slMostRegistered, sizes[0] + sizes[1] + sizes[2]);
        if (performance.getEntriesByName('sourcelight:painted').length === 0) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.goto(server.url('long-live-blog.html'));
    await waitForPainted(page, 1, 60_000);
    const { spans } = await lastPaint(page);
    const most = await page.evaluate(() => (window as unknown as { slMostRegistered: number }).slMostRegistered);
    expect(spans).toBeGreaterThan(2_000);
    expect(most).toBeGreaterThan(10); // the first screens were painted while the run went on
    expect(most).toBeLessThan(1_000); // never the 2,000 ranges painted before the switch
    await page.close();
  });
});
