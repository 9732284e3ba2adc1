/**
 * What the browser bench runs inside pages: a long-task and painted-mark probe installed before any
 * page script, the wait for the painted mark, a fixed workload to compare machines, and the heap.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** The middle value (upper middle for an even count): a run disturbed by the machine moves it least. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Collects long tasks from the very start of the page, before the content script runs, and keeps a
 * promise of the painted mark, so the bench can wait for it without Playwright's waitForFunction:
 * that injects Playwright's own script into the page, a 50 ms compile on the page's main thread in
 * the middle of the run being measured (seen in a Chrome trace of the 2,000-word page).
 */
export const LONG_TASK_PROBE = `
  globalThis.__slLongTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) globalThis.__slLongTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  globalThis.__slPainted = new Promise((done) => new PerformanceObserver((list, observer) => {
    if (list.getEntries().some((e) => e.name === 'sourcelight:painted')) { observer.disconnect(); done(true); }
  }).observe({ type: 'mark', buffered: true }));
`;

/**
 * Opens a DevTools session on the page now, before it navigates, and returns the wait for the
 * painted mark: attaching a session is work in the browser and the page's renderer, and done after
 * the load it fell inside the window being measured, on a two-core machine. Nothing of the bench's
 * runs in the page meanwhile (one evaluate that awaits the mark's promise).
 */
export async function paintedMarkWait(context: BrowserContext, page: Page, timeoutMs: number): Promise<PaintedWait> {
  const cdp = await context.newCDPSession(page);
  const expression = `Promise.race([globalThis.__slPainted, new Promise((_, fail) => setTimeout(() => fail(new Error('not painted within ${timeoutMs} ms')), ${timeoutMs}))])`;
  const wait = async () => {
    const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true });
    await cdp.detach();
    if (exceptionDetails) throw new Error(`waiting for the paint: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  };
  return Object.assign(wait, { cancel: () => cdp.detach().catch(() => undefined) });
}

/** The wait for the painted mark, and its cancel for a navigation that failed (the session is let go). */
export type PaintedWait = (() => Promise<void>) & { cancel(): Promise<void> };

/** Waits for the painted mark of a page that is already loading (the traced run, which has a session of its own open). */
export async function waitForPaintedMark(context: BrowserContext, page: Page, timeoutMs: number): Promise<void> {
  await (await paintedMarkWait(context, page, timeoutMs))();
}

/**
 * Median time of a fixed JS workload (integer hashing and a sort) in a plain page of the same
 * browser: the yardstick for "probe units", which stretch with machine load as the figures do.
 */
export async function machineProbe(page: Page): Promise<number> {
  const times = await page.evaluate(() => {
    const out: number[] = [];
    for (let round = 0; round < 7; round++) {
      const t0 = performance.now();
      let h = 0;
      for (let i = 0; i < 2_000_000; i++) h = Math.imul(h ^ i, 16777619) >>> 0;
      const words: string[] = [];
      for (let i = 0; i < 20_000; i++) words.push(`w${(i * 7919 + h) % 10007}`);
      words.sort();
      out.push(performance.now() - t0);
    }
    return out;
  });
  return median(times);
}

/** Used JS heap of the page's V8 isolate (all worlds) after a full GC, via the DevTools protocol. */
export async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}
