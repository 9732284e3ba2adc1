import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, lastPaint, paintedTexts, startStaticServer, waitForPainted, type ExtensionBrowser, type StaticServer } from './support';
import { articlePage, badgeTextOf, openPopupFor, tabIdFor } from './popup-support';

const PAGES = {
  'anonymous-heavy.html': articlePage('Port authority weighs closing the night ferry', [
    'The port authority is considering an end to the night ferry service, two officials who asked not to be named said on Friday.',
    '“We cannot keep running empty boats at midnight,” said Maria Lindqvist, the authority’s operations director.',
    'A senior official, speaking on condition of anonymity, said the decision would be taken before the summer timetable.',
    'People familiar with the discussions said unions had not yet been told.',
    'The ferry operators’ association said in a statement that it had not been consulted.',
  ]),
};

describe('badge and page counts', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startStaticServer({ pages: PAGES });
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function countsFor(path: string) {
    const page = await browser.context.newPage();
    const address = server.url(path);
    await page.goto(address);
    await waitForPainted(page);
    const claims = (await lastPaint(page)).claims;
    const painted = await paintedTexts(page);
    const tabId = await tabIdFor(browser.serviceWorker, address);
    const popup = await openPopupFor(browser, tabId);
    const region = popup.getByRole('region', { name: 'Claims on this page', exact: true });
    await region.waitFor();
    const read = async (kind: string) => Number(await region.locator(`[data-count="${kind}"]`).textContent());
    const counts = { named: await read('named'), anonymous: await read('anonymous'), sources: await read('sources') };
    const badge = await badgeTextOf(browser.serviceWorker, tabId);
    await popup.close();
    return { claims, painted, counts, badge };
  }

  it('shows how many claims are anonymous, on the badge and in the popup, consistent with the page', async () => {
    for (const path of ['library-budget.html', 'anonymous-heavy.html']) {
      const { claims, painted, counts, badge } = await countsFor(path);
      expect(counts.named + counts.anonymous).toBe(claims);
      expect(counts.sources).toBeGreaterThan(0);
      expect(counts.anonymous > 0).toBe(painted.anonymous.length > 0);
      expect(badge).toBe(counts.anonymous > 0 ? String(counts.anonymous) : '');
    }
  });

  it('counts anonymous claims on a page built around anonymous sources', async () => {
    const { counts, badge } = await countsFor('anonymous-heavy.html');
    expect(counts.anonymous).toBeGreaterThan(0);
    expect(Number(badge)).toBe(counts.anonymous);
  });
});
