/**
 * A page whose DOM changes every 10 ms (a live ticker inside the article): the content script's
 * re-reading stays bounded by its debounce, a real new paragraph is still picked up while the
 * ticker runs, and the extension's share of the page's CPU is measured (printed, not asserted:
 * timings belong to benchmarks; the full 30 s measurement is `npx tsx scripts/bench-ticker.ts`).
 */
import { describe, expect, it } from 'vitest';
import { waitForPainted, useServedExtension } from './support';
import { collectErrors, extensionDirOption } from './hardening-support';
import { hostileServer } from './hostile-pages';
import { measureExtensionCpu } from './hardening-cpu';
// At most one re-read per settle period, plus the first.
import { SETTLE_MS } from '../../utils/page/change-timing';

const WINDOW_MS = 5_000;

const served = useServedExtension(hostileServer(), extensionDirOption());

describe('live ticker', () => {
  it('keeps annotation work bounded while the article changes every 10 ms, and still reads new paragraphs', async () => {
    const page = await served.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(served.server.url('ticker.html?where=article'));
    await waitForPainted(page);
    const runs = () => page.evaluate(() => ({
      painted: performance.getEntriesByName('sourcelight:painted').length,
      unchanged: performance.getEntriesByName('sourcelight:unchanged').length,
      ticks: Number(/tick (\d+)/.exec(document.getElementById('ticker')!.textContent ?? '')?.[1] ?? 0),
    }));
    const before = await runs();
    const cpu = await measureExtensionCpu(page, served.browser.extensionId, WINDOW_MS, async () => {
      await page.waitForTimeout(1_000);
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = '“The new timetable starts in March,” the transport director Ilse Brandt said on Friday.';
        document.querySelector('article')!.appendChild(p);
      });
    });
    const after = await runs();
    const annotationRuns = after.painted + after.unchanged - before.painted - before.unchanged;
    console.log(
      `ticker: ${after.ticks - before.ticks} ticks, ${annotationRuns} annotation runs in ${WINDOW_MS} ms; ` +
        `extension CPU ${cpu.extensionMs.toFixed(0)} ms (${(100 * cpu.extensionShare).toFixed(2)}% of the window), page scripts ${cpu.pageMs.toFixed(0)} ms`,
    );
    expect(after.ticks - before.ticks).toBeGreaterThan(100); // the ticker really ran
    expect(annotationRuns).toBeLessThanOrEqual(Math.ceil(WINDOW_MS / SETTLE_MS) + 1);
    const named = await page.evaluate(() => [...((CSS.highlights.get('sourcelight-named') ?? new Set()) as unknown as Set<Range>)].map((r) => (r as Range).toString()).join(' | '));
    expect(named).toContain('new timetable starts in March');
    expect(errors).toEqual([]);
    await page.close();
  });
});
